package discover

import (
	"github.com/caravan-analytics/caravan/data"
)

// diplomatic are the kinds of what leaders do on one visit: the arrival,
// the talks, the meeting, the signing.
func diplomatic(k Kind) bool {
	return k == Visit || k == Talks || k == Meeting || k == Agreement
}

// addParties records the people candidate c names in its own words.
func (cl *Cluster) addParties(c *Candidate) {
	if c.Context || c.Undated || len(c.People) == 0 {
		return
	}
	if cl.parties == nil {
		cl.parties = map[string]bool{}
	}
	for _, id := range c.People {
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
	if (c.Kind != Talks && c.Kind != Visit && c.Kind != Agreement) || c.Context || len(c.People) < 2 || len(cl.parties) < 2 {
		return false
	}
	shared := 0
	for _, id := range c.People {
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
// order; the one met first takes the others' members.
func mergeVisits(clusters []*Cluster) []*Cluster {
	byDay := map[data.Span][]*Cluster{}
	for _, cl := range clusters {
		if diplomatic(cl.kind) && cl.Span.Precision() == data.Day && cl.Span.End.IsZero() {
			byDay[cl.Span] = append(byDay[cl.Span], cl)
		}
	}
	gone := map[*Cluster]bool{}
	for _, same := range byDay {
		for i, a := range same {
			if gone[a] {
				continue
			}
			for _, b := range same[i+1:] {
				if !gone[b] && oneVisit(a, b) {
					for _, m := range b.Members {
						if m.Undated {
							// As Group keeps them: supporting, not counted.
							a.Members = append(a.Members, m)
						} else {
							a.add(m)
						}
					}
					gone[b] = true
				}
			}
		}
	}
	if len(gone) == 0 {
		return clusters
	}
	out := clusters[:0]
	for _, cl := range clusters {
		if !gone[cl] {
			out = append(out, cl)
		}
	}
	return out
}

// oneVisit reports whether two same-day clusters tell one visit: they
// share two actors, or one actor and a place when one of them names a
// single actor ("Putin arrived in Astana" and "Putin and Tokayev signed
// in Astana"). Two meetings of one leader with two others on the
// sidelines of a summit ("Xi met Putin", "Xi met Erdoğan", both in
// Astana) stay two events.
func oneVisit(a, b *Cluster) bool {
	names, actors := sharedNames(a, b)
	if actors >= 2 {
		return true
	}
	return actors == 1 && names >= 2 && (len(ownActors(a)) < 2 || len(ownActors(b)) < 2)
}

// ownActors returns the actors that the cluster's members name in their
// own words (see sharedNames).
func ownActors(cl *Cluster) map[string]bool {
	set := map[string]bool{}
	for _, m := range cl.Members {
		if m.Context || m.Undated {
			continue
		}
		for _, id := range m.Actors {
			set[id] = true
		}
	}
	return set
}

// sharedNames counts the names that members of both clusters give in
// their own words (not borrowed from the paragraph or the lead): actors
// and places, and among them the actors.
func sharedNames(a, b *Cluster) (names, actors int) {
	own := func(cl *Cluster) map[string]bool {
		set := map[string]bool{}
		for _, m := range cl.Members {
			if m.Context || m.Undated {
				continue
			}
			for _, id := range m.Actors {
				set[id] = true
			}
			for _, id := range m.Places {
				if id != m.Dateline {
					set[id] = false
				}
			}
		}
		return set
	}
	x, y := own(a), own(b)
	for id, actor := range x {
		if other, ok := y[id]; ok {
			names++
			if actor && other {
				actors++
			}
		}
	}
	return names, actors
}
