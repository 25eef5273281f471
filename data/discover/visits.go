package discover

import (
	"github.com/caravan-analytics/caravan/data"
)

// diplomatic are the kinds of what leaders do on one visit: the arrival,
// the talks, the meeting, the signing.
func diplomatic(k Kind) bool {
	return k == Visit || k == Talks || k == Meeting || k == Agreement
}

// mergeVisits joins the clusters that tell one visit in other words: a
// state visit is reported as an arrival by one article, as talks by
// another and as the signing of a treaty by a third. Clusters of those
// kinds on the same day, known to the day, whose members name the same
// two names, a leader at least (two leaders, or a leader and the city
// he visits), are one event. Clusters on other days stay apart: the same leaders at another
// summit are another event. The clusters keep their order; the one met
// first takes the others' members.
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
				if names, actors := sharedNames(a, b); !gone[b] && names >= 2 && actors >= 1 {
					for _, m := range b.Members {
						a.add(m)
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
