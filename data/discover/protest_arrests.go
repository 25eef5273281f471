package discover

import (
	"github.com/caravan-analytics/caravan/data"
)

// The arrests of a day of protests are the protests' own: "thousands took
// to the streets of Tbilisi all night; police used water cannon and
// detained 43" is one event, and reports that tell it by the arrests
// ("more than 220 people have been detained since Thursday") and reports
// that tell it by the crowds made two events of one day in one country,
// "Protests in Georgia" and "Arrests in Georgia", each with half the
// story. joinProtestArrests joins a day's arrests into that day's
// protests when both are placed in the one same country (see placing: by
// their places, or by the leaders they name, the protests of "Kobakhidze
// said on Nov. 28 …" being Georgia's) and share a name beyond it: an actor (the prime minister whose announcement
// set them off) or a place. Arrests on another day, in another country,
// or sharing nothing but the country stay apart: an opposition leader
// arrested in Moscow on the day of protests in Yakutsk is no arrest of
// those protesters.
func joinProtestArrests(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type day1 struct {
		from    day
		country string
	}
	type arrest struct {
		cl *Cluster
		at day1 // its day and the one country it is placed in
	}
	protests := map[day1][]*Cluster{}
	var arrests []arrest
	for _, cl := range clusters {
		if cl.Span.Precision() != data.Day || cl.to-cl.from != 1 || cl.kind != Protest && cl.kind != Arrest {
			continue
		}
		p, ok := placing(cl, byID)
		if !ok || p.level < byLeader || len(p.countries) != 1 {
			continue
		}
		k := day1{cl.from, p.countries[0]}
		if cl.kind == Protest {
			protests[k] = append(protests[k], cl)
		} else {
			arrests = append(arrests, arrest{cl, k})
		}
	}
	if len(protests) == 0 || len(arrests) == 0 {
		return clusters
	}
	gone := folded{}
	for _, a := range arrests {
		// The largest of that day's protests that shares a name takes
		// the arrests, and stays a protest: the arrests are its own.
		var into *Cluster
		for _, p := range protests[a.at] {
			if shareNameBeyond(p, a.cl, a.at.country) && (into == nil || len(p.Members) > len(into.Members)) {
				into = p
			}
		}
		if into != nil {
			gone.fold(into, a.cl)
			into.kind = Protest
		}
	}
	return gone.left(clusters)
}

// shareNameBeyond reports whether two clusters' own words name one actor
// or place other than country.
func shareNameBeyond(a, b *Cluster, country string) bool {
	theirs := ownNames(b)
	for id := range ownNames(a) {
		if _, ok := theirs[id]; ok && id != country {
			return true
		}
	}
	return false
}
