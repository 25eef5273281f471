package discover

import (
	"cmp"
	"slices"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Cluster is the candidates that speak of one event.
type Cluster struct {
	Members []*Candidate
	// Span is the date the members agree on so far: the first member's,
	// narrowed by finer members that fall inside it. A candidate joins
	// only when its date overlaps it, so members never drift apart.
	Span     data.Span
	from, to time.Time // Span's first instant and the first after it
	buckets  []bucket  // the months it is filed under
	kinds    map[Kind]int
	kind     Kind           // the kind most members name (see Kind)
	names    map[string]int // place and actor ids → members naming them
}

// bucket keys clusters by year and month; month 0 holds the clusters
// known to the year only.
type bucket struct {
	year  int
	month int
}

// nameKey files a cluster under a month and one of its names; nameless
// clusters are filed under their kind instead (name "", kind set).
type nameKey struct {
	bucket
	name string
	kind Kind
}

// namelessKey files the clusters begun by a candidate without names, so
// that a candidate with names finds them without going through every
// cluster of its kind.
const namelessKey = "\x00nameless"

// Group puts candidates into clusters. Candidates are one event when
// their dates overlap (at their precisions), their kinds agree, and they
// share a name (a place or an actor); a candidate that names nobody joins
// a cluster of its kind on exactly its date when there is only one.
//
// Candidates are taken finest date first, so day-precise reports form the
// events and coarser ones ("in July") join them. Clusters are filed by
// month and name, so a candidate is only compared with the clusters of
// its months that share one of its names: the work grows with the number
// of candidates times the clusters of one month and name, not with the
// square of the corpus.
func Group(cands []*Candidate) []*Cluster {
	slices.SortStableFunc(cands, func(a, b *Candidate) int {
		if c := cmp.Compare(b.Span.Precision(), a.Span.Precision()); c != 0 {
			return c
		}
		if c := a.from.Compare(b.from); c != 0 {
			return c
		}
		if c := a.to.Compare(b.to); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Order, b.Order); c != 0 {
			return c
		}
		return cmp.Compare(a.Start, b.Start)
	})
	g := grouper{index: map[nameKey][]*Cluster{}, seen: map[*Cluster]bool{}}
	var undated []*Candidate
	for _, c := range cands {
		if c.Undated {
			undated = append(undated, c)
			continue
		}
		cl := g.best(c)
		if cl == nil {
			cl = &Cluster{Span: c.Span, from: c.from, to: c.to, buckets: bucketsOf(c.Span), kinds: map[Kind]int{}, names: map[string]int{}}
			g.clusters = append(g.clusters, cl)
		}
		g.add(cl, c)
	}
	for _, c := range undated {
		if cl := g.bestUndated(c); cl != nil {
			cl.Members = append(cl.Members, c)
		}
	}
	return g.clusters
}

// undatedWindow is how long before its article an event may have happened
// for an undated sentence of the article's lead to be about it: news
// reports what happened in the last days.
const undatedWindow = 3 * 24 * time.Hour

// bestUndated returns the event an undated lead sentence reports, or nil:
// a cluster of its kind (not only a kind it touches) that shares a name
// with it and happened in the days up to the article's date (within the
// article's month when only the month is known).
func (g *grouper) bestUndated(c *Candidate) *Cluster {
	from, to := c.from, c.to
	within := c.Span
	if c.Span.Precision() == data.Day {
		from = from.Add(-undatedWindow)
		within = data.Span{Start: data.DateOf(from), End: c.Span.Start}
	}
	var (
		best      *Cluster
		bestScore int
	)
	clear(g.seen)
	for _, b := range lookupBuckets(within) {
		for _, ids := range [][]string{c.Places, c.Actors} {
			for _, id := range ids {
				for _, cl := range g.index[nameKey{b, id, ""}] {
					if g.seen[cl] {
						continue
					}
					g.seen[cl] = true
					if cl.Span.Precision() < data.Month || !(cl.from.Before(to) && from.Before(cl.to)) || cl.kind != c.Kind {
						continue
					}
					score := 0
					for _, n := range c.Places {
						score += min(cl.names[n], 1)
					}
					for _, n := range c.Actors {
						score += min(cl.names[n], 1)
					}
					if score > bestScore || (score == bestScore && best != nil && len(cl.Members) > len(best.Members)) {
						best, bestScore = cl, score
					}
				}
			}
		}
	}
	return best
}

// grouper is Group's state.
type grouper struct {
	clusters []*Cluster
	index    map[nameKey][]*Cluster
	seen     map[*Cluster]bool // scratch: clusters already looked at
}

// add puts c into cl and files cl under the names and kind it gains.
func (g *grouper) add(cl *Cluster, c *Candidate) {
	file := func(name string, kind Kind) {
		for _, b := range cl.buckets {
			k := nameKey{b, name, kind}
			g.index[k] = append(g.index[k], cl)
		}
	}
	if cl.kinds[c.Kind] == 0 {
		file("", c.Kind)
		if len(cl.Members) == 0 && len(c.Places)+len(c.Actors) == 0 {
			file(namelessKey, c.Kind)
		}
	}
	for _, id := range c.Places {
		if cl.names[id] == 0 {
			file(id, "")
		}
	}
	for _, id := range c.Actors {
		if cl.names[id] == 0 {
			file(id, "")
		}
	}
	cl.add(c)
}

// best returns the cluster c belongs to, or nil: of those whose date and
// kind agree, the one sharing most names.
func (g *grouper) best(c *Candidate) *Cluster {
	var (
		best      *Cluster
		bestScore int
		nameless  []*Cluster
	)
	clear(g.seen)
	months := lookupBuckets(c.Span)
	named := len(c.Places)+len(c.Actors) > 0
	consider := func(cl *Cluster) {
		if g.seen[cl] {
			return
		}
		g.seen[cl] = true
		if !(cl.from.Before(c.to) && c.from.Before(cl.to)) || !cl.kindAgrees(c) {
			return
		}
		if !named || len(cl.names) == 0 {
			if cl.Span == c.Span && cl.kinds[c.Kind] > 0 {
				nameless = append(nameless, cl)
			}
			return
		}
		score := 0
		for _, id := range c.Places {
			score += min(cl.names[id], 1) * 2
		}
		for _, id := range c.Actors {
			score += min(cl.names[id], 1) * 2
		}
		if c.Context {
			score /= 2
		}
		if score == 0 {
			return
		}
		// The same kind outweighs a kind the cluster only touches.
		if cl.kinds[c.Kind] > 0 {
			score++
		}
		if score > bestScore {
			best, bestScore = cl, score
		}
	}
	for _, b := range months {
		for _, id := range c.Places {
			for _, cl := range g.index[nameKey{b, id, ""}] {
				consider(cl)
			}
		}
		for _, id := range c.Actors {
			for _, cl := range g.index[nameKey{b, id, ""}] {
				consider(cl)
			}
		}
		// Clusters of the kind: for a candidate without names, and the
		// clusters without names, which only their kind and day tie.
		key := nameKey{b, "", c.Kind}
		if named {
			key.name = namelessKey
		}
		for _, cl := range g.index[key] {
			consider(cl)
		}
	}
	if best == nil && len(nameless) == 1 {
		return nameless[0]
	}
	return best
}

// kindAgrees reports whether c can be of the cluster's event: its kind is
// one the cluster's members name, or a member's kind is one c names. A
// sentence that only says something "took place" agrees with any kind.
func (cl *Cluster) kindAgrees(c *Candidate) bool {
	if c.Kind == Happening || cl.kinds[c.Kind] > 0 {
		return true
	}
	return cl.kind == Happening || slices.Contains(c.Kinds, cl.kind)
}

// Kind is the kind most members name, the more specific on a tie.
func (cl *Cluster) Kind() Kind { return cl.kind }

func (cl *Cluster) add(c *Candidate) {
	cl.Members = append(cl.Members, c)
	cl.kinds[c.Kind]++
	if n, m := cl.kinds[c.Kind], cl.kinds[cl.kind]; cl.kind == "" || n > m || (n == m && rank(c.Kind) < rank(cl.kind)) {
		cl.kind = c.Kind
	}
	for _, id := range c.Places {
		cl.names[id]++
	}
	for _, id := range c.Actors {
		cl.names[id]++
	}
	if c.Span.Precision() > cl.Span.Precision() && !c.from.Before(cl.from) && !cl.to.Before(c.to) {
		cl.Span, cl.from, cl.to = c.Span, c.from, c.to
	}
}

// overlaps reports whether two spans share a moment.
func overlaps(a, b data.Span) bool {
	return a.From().Before(b.To()) && b.From().Before(a.To())
}

// contains reports whether b lies within a.
func contains(a, b data.Span) bool {
	return !b.From().Before(a.From()) && !a.To().Before(b.To())
}

// maxBucketMonths caps the months a long span is filed under: an event
// "from 2019 to 2023" is filed under its first months only, so that one
// span cannot fill the index.
const maxBucketMonths = 3

// bucketsOf returns the buckets a cluster with the span is filed under.
func bucketsOf(s data.Span) []bucket {
	if s.Precision() == data.Year || s.Start.Precision == data.Year {
		return []bucket{{s.Start.Year, 0}}
	}
	var out []bucket
	y, m := s.Start.Year, int(s.Start.Month)
	last := s.Last()
	for len(out) < maxBucketMonths {
		out = append(out, bucket{y, m})
		if y > last.Year || (y == last.Year && m >= int(last.Month)) {
			break
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

// lookupBuckets returns the buckets where clusters that may overlap a
// candidate with the span are filed: its months and its year's bucket, or
// every month of the year for a year.
func lookupBuckets(s data.Span) []bucket {
	if s.Precision() == data.Year || s.Start.Precision == data.Year {
		out := make([]bucket, 0, 13)
		for m := range 13 {
			out = append(out, bucket{s.Start.Year, m})
		}
		return out
	}
	out := bucketsOf(s)
	return append(out, bucket{s.Start.Year, 0})
}
