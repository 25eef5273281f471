package discover

import "github.com/caravan-analytics/caravan/data"

// The sides of a fighting are no place of it. Reports of a border war
// between two countries name their capitals for the two governments:
// "Bichkek fait état de 59 morts, Douchanbé de 41", "Душанбе в свою
// очередь обвиняет Бишкек" (Dushanbe accuses Bishkek). Read as places,
// they made the Kyrgyz–Tajik clashes of 14 September 2022 "Fighting in
// Dushanbe", an event apart from the same day's "Fighting in Batken" (a
// city of each country: joinWithin joins a cluster placed by its country
// alone to the one placed by a city, never two placed by cities). A
// sentence of fighting that names, in its own words, cities of two or more
// countries names the sides: each such city stands for its country, for
// grouping (groundPlaces) and for the title (notHere). The lists do not
// mark capitals; two cities of two countries in one sentence of fighting
// are most often the two capitals speaking, and at worst a front city is
// told by its country ("Fighting in Ukraine").

// sideCity reports whether place id, named by c, is a city of one side of
// the fighting c tells: c is of fighting, and its own places hold cities
// of two or more countries, id one of them.
func sideCity(c *Candidate, id string, byID map[string]*data.Name) bool {
	if byID == nil || !c.Kinds.Has(Clash) {
		return false
	}
	n := byID[id]
	if n == nil || n.Country == "" || countries()[id] {
		return false
	}
	for _, x := range c.evidence {
		if x.kind != cluePlace {
			continue
		}
		if o := byID[refName(x.ref)]; o != nil && o.Country != "" && o.Country != n.Country && !countries()[o.ID] {
			return true
		}
	}
	return false
}
