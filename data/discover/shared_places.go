package discover

import "github.com/caravan-analytics/caravan/data"

// Grouping is greedy: a candidate joins the cluster it shares most names
// with among those already made, so reports of one protest can end in two
// clusters of the same day when the first ones named different places: a
// French report's "à Noukous" made one, its "en Ouzbékistan" another, and
// the Russian report naming Nukus and Karakalpakstan went to the first,
// the Arabic one naming Uzbekistan and Karakalpakstan to the second — two
// "Protests in Karakalpakstan" of 2 July 2022. joinSharedPlaces joins the
// day clusters of a ground kind (see ground) that name, in their own
// words, the same city or province: one protest, fire or battle in one
// place on one day, told by reports that happened to be grouped apart.
// Look-alikes stay apart: another kind (an earthquake is no fire: the
// refinements must agree), another day, deaths of different people (see
// sameDead), places only a country or a dateline.
func joinSharedPlaces(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct {
		kind     Kind
		from, to day
		place    string
	}
	first := map[key]int{} // the first cluster naming the place, by index
	sets := newClusterForest(len(clusters))
	joined := false
	for i, cl := range clusters {
		if cl.Span.Precision() != data.Day || !ground(cl.kind) {
			continue
		}
		for _, id := range groundPlaces(cl, byID) {
			if n := byID[id]; n == nil || n.Country == "" {
				continue // a country, or a place of no known country
			}
			k := key{cl.kind, cl.from, cl.to, id}
			j, ok := first[k]
			if !ok {
				first[k] = i
				continue
			}
			a, b := sets.find(j), sets.find(i)
			if a == b || !sameRefinement(clusters[a], cl) || !sameDead(clusters[a], cl, byID) {
				continue
			}
			sets[b] = a
			joined = true
		}
	}
	if !joined {
		return clusters
	}
	return sets.absorbJoined(clusters)
}
