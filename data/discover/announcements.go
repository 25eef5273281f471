package discover

import "github.com/caravan-analytics/caravan/data"

// An announcement is what someone made known that day, and a report that
// tells the day's decision, vote or signing by the word "announced" alone
// made an event of its own: "De Europese Centrale Bank verhoogde gisteren
// … dan ze vorige maand had aangekondigd" was "Announcement by ECB" beside
// the same day's "Decision by ECB in Frankfurt". A day's announcement
// cluster joins the one other event of that day sharing a person or an
// organisation with it, when exactly one does: a leader's several events
// of a day leave it apart.

// joinAnnouncements applies the rule above to the day-precise clusters.
// byID tells people and organisations from places.
func joinAnnouncements(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct{ from, to day }
	byDay := map[key][]*Cluster{}
	for _, cl := range clusters {
		if cl.Span.Precision() == data.Day && cl.kind != Happening {
			k := key{cl.from, cl.to}
			byDay[k] = append(byDay[k], cl)
		}
	}
	gone := folded{}
	for _, cl := range clusters {
		if cl.kind != Announcement || cl.Span.Precision() != data.Day || gone[cl] {
			continue
		}
		var into *Cluster
		n := 0
		for _, o := range byDay[key{cl.from, cl.to}] {
			if o == cl || gone[o] || o.kind == Announcement || !sharesPartyOf(cl, o, byID) {
				continue
			}
			into = o
			n++
		}
		if n != 1 {
			continue // none, or several: nothing tells which
		}
		gone.fold(into, cl)
	}
	return gone.left(clusters)
}

// sharesPartyOf reports whether clusters a and b both name a person or an
// organisation of the lists.
func sharesPartyOf(a, b *Cluster, byID map[string]*data.Name) bool {
	for id := range a.names {
		if b.names[id] == 0 {
			continue
		}
		if n := byID[id]; n != nil && (n.Kind == data.Person || n.Kind == data.Organisation) {
			return true
		}
	}
	return false
}
