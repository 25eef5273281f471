package discover

import "github.com/caravan-analytics/caravan/data"

// A death is told by one report with the city ("李克强……于2023年10月27日凌晨在
// 上海逝世", in Shanghai) and by another with the country alone ("Xitoyning
// sobiq Bosh vaziri … vafot etdi", China's former premier); a death the
// lists cannot name (an opposition leader they do not know) by one report
// with the country ("the Russian opposition leader died in a penal colony")
// and by others with nothing but the date ("L'opposant est mort le 16
// février"). Grouping ties candidates by a name they share, so such reports
// made one "Deaths" event each. A death is therefore a ground event (see
// joinWithin): told by its country or by nothing, it joins the one death of
// that day placed more precisely — when the two do not tell of different
// people: see sameDead.

// sameDead reports whether two death clusters of one day may be the death
// of the same people: the people their words say died (see deathSubjects)
// are at most one person between the two, and a cluster that names people
// of the lists names that one. "Death of Li Keqiang" and a report of a
// death in Shanghai naming Li Keqiang are one; "Death of Islam Karimov" and
// deaths in Tashkent naming only Shavkat Mirziyoyev are not; two deaths of
// no one the lists know are one when placed so (the rule of joinWithin).
// Clusters of other kinds always agree.
func sameDead(a, b *Cluster, byID map[string]*data.Name) bool {
	if a.kind != Death || b.kind != Death {
		return true
	}
	dead := deathSubjects(a.Members)
	for id, n := range deathSubjects(b.Members) {
		dead[id] += n
	}
	switch len(dead) {
	case 0:
		return true
	case 1:
	default:
		return false
	}
	for who := range dead {
		for _, cl := range []*Cluster{a, b} {
			if cl.names[who] == 0 && namesPerson(cl, byID) {
				return false
			}
		}
	}
	return true
}

// namesPerson reports whether a cluster's members name a person of the
// lists.
func namesPerson(cl *Cluster, byID map[string]*data.Name) bool {
	for id := range cl.names {
		if n := byID[id]; n != nil && n.Kind == data.Person {
			return true
		}
	}
	return false
}
