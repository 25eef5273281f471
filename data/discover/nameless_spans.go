package discover

import "github.com/caravan-analytics/caravan/data"

// A statement that names no one and dates its event by a span of days
// ("The General Conference, the first held outside Paris since 1985,
// opened last week and runs until Nov. 13": last week, and Paris is where
// it was not) is grouped before the events of the days inside that span,
// since grouping takes the earlier start first; and a named report never
// joins a nameless event. It stayed a "Meeting" of 27 October – 2
// November beside the "Meeting in Samarkand" of 30 October that the other
// reports tell. joinNamelessSpans joins such an event to the one event of
// its kind reported on a day of its span, when there is exactly one: the
// nameless statement joins the one event of its kind on its date, as a
// day-dated one does (see grouper.best). Two events of the kind in the
// span leave it apart: nothing tells which. A span event that names
// something joins only a day's event that names it too (the Paris of
// "outside Paris", which the Uzbek report writes as well).

// namelessSpanDays is the longest span, in days, a nameless statement may
// be joined through: a week ("last week", "this week").
const namelessSpanDays = 7

// joinNamelessSpans applies the rule above. The clusters keep their order;
// the day's event takes the nameless one's members.
func joinNamelessSpans(clusters []*Cluster) []*Cluster {
	type key struct {
		kind Kind
		d    day
	}
	byDay := map[key][]*Cluster{}
	var spans []*Cluster
	for _, cl := range clusters {
		if cl.Span.Precision() != data.Day {
			continue
		}
		switch n := cl.to - cl.from; {
		case n == 1 && len(cl.names) > 0:
			k := key{cl.kind, cl.from}
			byDay[k] = append(byDay[k], cl)
		case n > 1 && n <= namelessSpanDays && writtenSpan(cl):
			spans = append(spans, cl)
		}
	}
	if len(spans) == 0 || len(byDay) == 0 {
		return clusters
	}
	gone := folded{}
	for _, cl := range spans {
		var into *Cluster
		n := 0
		for d := cl.from; d < cl.to; d++ {
			for _, o := range byDay[key{cl.kind, d}] {
				if !gathering(cl.kind) && o.home != "" && o.home != "*" && cl.home != "" && cl.home != "*" && o.home != cl.home {
					// A report about another country (see sameHome); a
					// conference or a summit is reported from everywhere
					// (an Egyptian's election at UNESCO in Samarkand).
					continue
				}
				if len(cl.names) > 0 && !clustersShareName(cl, o) {
					continue
				}
				into = o
				n++
			}
		}
		if n != 1 || twoPeople(into) && !twoPeople(cl) {
			// Two leaders' meeting on a day of a summit is one of its
			// sideline meetings: "the meetings lasted from September 14
			// to 15", naming no one, are not Xi's and Putin's.
			continue
		}
		gone.fold(into, cl)
	}
	return gone.left(clusters)
}

// clustersShareName reports whether two clusters have a place or an actor in
// common.
func clustersShareName(a, b *Cluster) bool {
	for id := range a.names {
		if b.names[id] > 0 {
			return true
		}
	}
	return false
}

// writtenSpan reports whether every dated member of a cluster dates it by
// its whole span, as "last week" does: a vote over three days that
// mergeSpans made of its days is one event, no span a statement wrote.
func writtenSpan(cl *Cluster) bool {
	for _, m := range cl.Members {
		if !m.Undated && (m.from != cl.from || m.to != cl.to) {
			return false
		}
	}
	return true
}

// twoPeople reports whether a cluster's members name two people or more.
func twoPeople(cl *Cluster) bool {
	var first string
	for _, m := range cl.Members {
		for _, id := range m.People() {
			switch {
			case first == "":
				first = id
			case id != first:
				return true
			}
		}
	}
	return false
}
