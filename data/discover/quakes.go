package discover

import "github.com/caravan-analytics/caravan/data"

// An earthquake strikes a region, not a city: the reports of the one
// disaster of 6 February 2023 place it by the province each of them looks
// at ("a bambina estratta viva ad Antiochia, nella provincia turca di
// Hatay, … il sisma di lunedì"; "Kahramanmaraş merkezli depremler";
// "de eerste beving … bij Gaziantep"). joinSharedPlaces joins the day
// clusters that name the same city and joinWithin a cluster placed by its
// country to the one placed by its city; neither joins two clusters placed
// by two cities of one country, which for a fire or an attack are two
// events. In a folder of many reports, one report naming both provinces
// bridged them; in a folder of sixty (the size of an analyst's folder),
// the story was split in two ("Earthquake in Kahramanmaraş" and "Disaster
// in Hatay"). joinQuakes joins the day clusters of disasters whose
// members call them an earthquake (or a fire it set off), nothing else, and that are placed,
// in their members' own words, in cities or provinces of one country.
// (Italian "sisma", French "tremblement de terre" and Arabic "الزلزال" were
// disaster words that did not say earthquake: added to qEarthquake.)
// Look-alikes stay apart: an earthquake another day (an aftershock is
// told as its own), a flood or a crash in the other city (another hazard),
// an earthquake in a city of another country.
func joinQuakes(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct {
		from, to day
		country  string
	}
	first := map[key]int{} // the first earthquake cluster in the country that day
	root := make([]int, len(clusters))
	for i := range root {
		root[i] = i
	}
	find := func(i int) int {
		for root[i] != i {
			root[i] = root[root[i]]
			i = root[i]
		}
		return i
	}
	joined := false
	for i, cl := range clusters {
		if cl.Span.Precision() != data.Day || cl.kind != Disaster || !onlyQuake(cl) {
			continue
		}
		for _, id := range groundPlaces(cl, byID) {
			n := byID[id]
			if n == nil || n.Country == "" {
				continue // a country, or a place of no known country
			}
			k := key{cl.from, cl.to, n.Country}
			j, ok := first[k]
			if !ok {
				first[k] = i
				continue
			}
			if a, b := find(j), find(i); a != b {
				root[b] = a
				joined = true
			}
		}
	}
	if !joined {
		return clusters
	}
	gone := map[*Cluster]bool{}
	for i, cl := range clusters {
		if r := find(i); r != i {
			absorb(clusters[r], cl)
			gone[cl] = true
		}
	}
	return without(clusters, gone)
}

// onlyQuake reports whether a cluster's members say an earthquake struck
// and nothing else did but what it sets off: fires, and the buildings that
// fell (an accident word: "وانهارت عدة مبان", "se derrumbó", "ingestort").
func onlyQuake(cl *Cluster) bool {
	h := hazardsOf(cl)
	return h.has(qEarthquake) && h&^quakeAndWhatItSetsOff == 0
}

var quakeAndWhatItSetsOff = qualList(0).with(qEarthquake).with(qFire).with(qAccident)
