package discover

import (
	"cmp"
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// A day of mourning is its country's. A government declares it, though its
// reports name where the dead died: "ulusal yas ilan edildi" for the
// victims of the plane "düşen … Aktau kenti yakınlarında" was "Day of
// mourning in Aktau", the crash's city in Kazakhstan, for Azerbaijan's day
// of mourning. The place of a day of mourning is its scene (a province
// that declares its own, "Day of mourning in Dagestan", stays) unless the
// scene lies in another country than the one its passages name most: then
// that country, "Day of mourning in Azerbaijan". One told with no place
// takes the country too ("Day of mourning in Russia", was "… involving
// Vladimir Putin"). A parade or a remembrance keeps its scene.

// mourningPlace is placeFor's answer for a commemoration.
func mourningPlace(cl *Cluster, t *titlePlaces) string {
	scene := scenePlace(cl, t)
	if !nationalMourning(cl) {
		return scene
	}
	country := countryNamedMost(cl, t)
	if scene == "" || countries()[scene] || country == "" || t.h == nil || t.h.byID == nil {
		return cmp.Or(country, scene)
	}
	if n := t.h.byID[scene]; n != nil && n.Country != "" && n.Country != country {
		return country
	}
	return scene
}

// nationalMourning reports whether half or more of cl's members tell of
// mourning (the qMourning words: "national mourning", "траур", "matəm")
// and none of a parade.
func nationalMourning(cl *Cluster) bool {
	n := 0
	for _, c := range cl.Members {
		if c.quals.has(qMourning) {
			n++
		}
	}
	return n > 0 && 2*n >= len(cl.Members) && !slices.ContainsFunc(cl.Members, func(c *Candidate) bool { return c.quals.has(qParade) })
}

// countryNamedMost is the country cl's members name most, not in a
// dateline nor as a place the event was not (see notHere); a member's
// scene counts twice.
func countryNamedMost(cl *Cluster, t *titlePlaces) string {
	count := map[string]int{}
	for i, c := range cl.Members {
		for _, id := range c.Places() {
			if countries()[id] && id != c.Dateline() && !t.notHere(i, id) {
				count[id]++
				if id == t.sceneOf(i) {
					count[id]++
				}
			}
		}
	}
	if len(count) == 0 && t.h != nil {
		// Named nowhere: the country its articles are about, each
		// article once (as a national vote's, see placeFor).
		seen := map[*data.Article]bool{}
		for _, c := range cl.Members {
			if id := t.h.country(c); id != "" && !seen[c.Article] {
				seen[c.Article] = true
				count[id]++
			}
		}
	}
	if top := topNames(count, 1); len(top) > 0 {
		return top[0]
	}
	return ""
}
