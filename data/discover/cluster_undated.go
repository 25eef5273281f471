package discover

import "github.com/caravan-analytics/caravan/data"

// placeUndated puts each undated lead sentence, in order, into the event
// it reports (see undatedTies), if any; it adds them as members only, so
// that they tie nothing more to the cluster.
//
// Joining a cluster changes, of what the choice reads, only the number
// of its members, which breaks the last tie. So the clusters each
// sentence may join are found on every core (at 100,000 generated
// articles, one core alone spent about a third of a CPU-second on them),
// and the choice among the tied ones is made in order, as one pass would
// make it, with the clusters' sizes as the sentences before left them.
func (g *grouper) placeUndated(undated []*Candidate) {
	for i, cl := range g.clusters {
		cl.num = int32(i)
	}
	ties := make([][]*Cluster, len(undated))
	onEveryCore(len(undated), func() func(int) {
		u := newUndatedLookup(len(g.clusters))
		return func(i int) { ties[i] = g.undatedTies(undated[i], u) }
	})
	for i, c := range undated {
		if cl := largest(ties[i]); cl != nil {
			cl.Members = append(cl.Members, c)
		}
	}
}

// undatedLookup is one goroutine's scratch space for undatedTies: the
// buckets of the spans it looked up, and the round in which it last met
// each cluster, by the cluster's number (the grouper's own marks are not
// for sharing; a map by cluster cost more than the lookups it marked).
type undatedLookup struct {
	lookups map[data.Span][]bucket
	met     []int32
	round   int32
}

// newUndatedLookup returns the scratch space for n clusters.
func newUndatedLookup(n int) *undatedLookup {
	return &undatedLookup{lookups: map[data.Span][]bucket{}, met: make([]int32, n)}
}

// undatedReach returns the days [from, to) in which an undated sentence
// c's event may lie, and the span whose buckets hold its candidates: a
// plan without a date ("will attend the summit") is of the event of its
// kind and names in the weeks after the article; a sentence of an
// article dated to the day, of the days up to that day.
func undatedReach(c *Candidate) (from, to day, within data.Span) {
	from, to, within = c.from, c.to, c.Span()
	switch {
	case c.Announced:
		to += announcedWindow
		within = monthsOf(from, to)
	case c.Span().Precision() == data.Day:
		from -= undatedWindow
		within = data.Span{Start: from.date(), End: c.Span().Start}
	}
	return from, to, within
}

// undatedTies returns the clusters an undated lead sentence may report,
// in the order met: clusters of its kind (not only a kind it touches)
// that share a name with it and happened in the days up to the article's
// date (within the article's month when only the month is known). Only
// those with the most names in common are returned and, among them,
// those a dated member reports as having taken place, if any does (what
// was only announced loses a tie: "signed" is the day of the signing,
// not the day it was first planned for). The largest of them is the
// event (see largest).
func (g *grouper) undatedTies(c *Candidate, u *undatedLookup) []*Cluster {
	from, to, within := undatedReach(c)
	bs, ok := u.lookups[within]
	if !ok {
		bs = lookupBuckets(within)
		u.lookups[within] = bs
	}
	var (
		ties         []*Cluster
		bestScore    int
		bestReported bool
	)
	u.round++
	for _, b := range bs {
		for _, ids := range [][]string{c.Places(), c.Actors()} {
			for _, id := range ids {
				for _, cl := range g.index[nameKey{b, id}] {
					if u.met[cl.num] == u.round {
						continue
					}
					u.met[cl.num] = u.round
					// A cluster that only says something took place is no
					// match for a sentence without a date.
					if cl.Span.Precision() < data.Month || !(cl.from < to && from < cl.to) || cl.kind == Happening || !cl.kindAgrees(c) {
						continue
					}
					score := 0
					for _, n := range c.Places() {
						score += min(cl.names[n], 1)
					}
					for _, n := range c.Actors() {
						score += min(cl.names[n], 1)
					}
					if score == 0 || c.Announced && (score < 2 || !confirmed(cl)) {
						continue
					}
					switch {
					case score > bestScore:
						ties, bestScore, bestReported = append(ties[:0], cl), score, reported(cl)
					case score == bestScore:
						if r := reported(cl); r && !bestReported {
							ties, bestReported = append(ties[:0], cl), true
						} else if r == bestReported {
							ties = append(ties, cl)
						}
					}
				}
			}
		}
	}
	return ties
}

// largest returns the cluster with the most members, the first on a tie,
// or nil.
func largest(clusters []*Cluster) *Cluster {
	var top *Cluster
	for _, cl := range clusters {
		if top == nil || len(cl.Members) > len(top.Members) {
			top = cl
		}
	}
	return top
}
