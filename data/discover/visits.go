package discover

import (
	"maps"
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// diplomatic are the kinds of what leaders do on one visit: the arrival,
// the talks, the meeting, the signing.
func diplomatic(k Kind) bool {
	return k == Visit || k == Talks || k == Meeting || k == Agreement
}

// addParties records the people candidate c names in its own words.
func (cl *Cluster) addParties(c *Candidate) {
	if c.Context || c.Undated || len(c.People()) == 0 {
		return
	}
	if cl.parties == nil {
		cl.parties = map[string]bool{}
	}
	for _, id := range c.People() {
		cl.parties[id] = true
	}
}

// otherParties reports whether candidate c tells of talks, a visit or a
// signing between other people than the cluster's: both name two people
// or more and share one at most. On the sidelines of a summit one leader
// meets several others the same day in the same city ("Xi met Putin",
// "Xi met Erdoğan"): those are different talks. Organisations do not
// count: "Putin came for the CSTO summit" is still Putin's visit.
func otherParties(cl *Cluster, c *Candidate) bool {
	if (c.Kind() != Talks && c.Kind() != Visit && c.Kind() != Agreement) || c.Context || len(c.People()) < 2 || len(cl.parties) < 2 {
		return false
	}
	shared := 0
	for _, id := range c.People() {
		if cl.parties[id] {
			shared++
		}
	}
	return shared < 2
}

// mergeVisits joins the clusters that tell one visit in other words: a
// state visit is reported as an arrival by one article, as talks by
// another and as the signing of a treaty by a third. Clusters of those
// kinds on the same day, known to the day, that tell one visit (see
// oneVisit) are one event. Clusters on other days stay apart: the same
// leaders at another summit are another event. The clusters keep their
// order; the one met first takes the others' members. Only clusters of
// one day that share an actor are compared: the work grows with the
// clusters of a day and leader, not with the square of a day's. Days
// share no cluster, so they are merged on every core.
func mergeVisits(clusters []*Cluster) []*Cluster {
	byDay := map[data.Span][]*Cluster{}
	var days []data.Span // those with more than one cluster
	for _, cl := range clusters {
		if diplomatic(cl.kind) && cl.Span.Precision() == data.Day && cl.Span.End.IsZero() {
			byDay[cl.Span] = append(byDay[cl.Span], cl)
			if len(byDay[cl.Span]) == 2 {
				days = append(days, cl.Span)
			}
		}
	}
	goneOn := make([]folded, len(days))
	onEveryCore(len(days), func() func(int) {
		return func(i int) {
			goneOn[i] = folded{}
			mergeDay(byDay[days[i]], goneOn[i])
		}
	})
	gone := folded{}
	for _, g := range goneOn {
		maps.Copy(gone, g)
	}
	return gone.left(clusters)
}

// mergeDay merges the clusters of one day that tell one visit, marking
// those taken in gone.
func mergeDay(same []*Cluster, gone folded) {
	own := make([]map[string]bool, len(same))
	byActor := map[string][]int{}
	for i, cl := range same {
		own[i] = ownNames(cl)
		for id, actor := range own[i] {
			if actor {
				byActor[id] = append(byActor[id], i)
			}
		}
	}
	for i, a := range same {
		if gone[a] {
			continue
		}
		seen := map[int]bool{}
		var next []int
		partners := func(names map[string]bool) {
			for id, actor := range names {
				if !actor {
					continue
				}
				for _, j := range byActor[id] {
					if j > i && !seen[j] {
						seen[j] = true
						next = append(next, j)
					}
				}
			}
			slices.Sort(next) // in cluster order, as one by one
		}
		partners(own[i])
		for len(next) > 0 {
			j := next[0]
			next = next[1:]
			b := same[j]
			if gone[b] || !oneVisit(own[i], own[j]) {
				continue
			}
			gone.fold(a, b)
			for id, actor := range own[j] {
				own[i][id] = own[i][id] || actor
			}
			partners(own[j])
		}
	}
}

// oneVisit reports whether two same-day clusters, by the names their
// members give in their own words (see ownNames), tell one visit: they
// share two actors, or one actor and a place when one of them names a
// single actor ("Putin arrived in Astana" and "Putin and Tokayev signed
// in Astana"). Two meetings of one leader with two others on the
// sidelines of a summit ("Xi met Putin", "Xi met Erdoğan", both in
// Astana) stay two events.
func oneVisit(x, y map[string]bool) bool {
	names, actors, xActors, yActors := 0, 0, 0, 0
	for id, actor := range x {
		if actor {
			xActors++
		}
		if other, ok := y[id]; ok {
			names++
			if actor && other {
				actors++
			}
		}
	}
	for _, actor := range y {
		if actor {
			yActors++
		}
	}
	if actors >= 2 {
		return true
	}
	return actors == 1 && names >= 2 && (xActors < 2 || yActors < 2)
}

// ownNames returns the names the cluster's members give in their own
// words (not borrowed from the paragraph or the lead), true for an actor
// and false for a place (a dateline is no place of theirs).
func ownNames(cl *Cluster) map[string]bool {
	set := map[string]bool{}
	for _, m := range cl.Members {
		if m.Context || m.Undated {
			continue
		}
		for _, id := range m.Actors() {
			set[id] = true
		}
		for _, id := range m.Places() {
			if id != m.Dateline() && !set[id] {
				set[id] = false
			}
		}
	}
	return set
}
