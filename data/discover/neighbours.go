package discover

import (
	"cmp"
	"maps"
	"slices"
)

// nearByName calls tie for each pair of entries filed under one name whose
// clusters lie within gap days of each other (the later one starting no
// more than gap days after the earlier one ends), the earlier first. The
// names are visited in sorted order and each name's entries by their
// cluster's first day, so that the unions the callers make happen in the
// same order on every run. clusterOf gives an entry's index in clusters;
// each list of byName is sorted in place.
func nearByName[E any](byName map[string][]E, clusters []*Cluster, clusterOf func(E) int, gap day, tie func(x, y E, id string)) {
	for _, id := range slices.Sorted(maps.Keys(byName)) {
		list := byName[id]
		slices.SortFunc(list, func(x, y E) int {
			i, j := clusterOf(x), clusterOf(y)
			return cmp.Or(cmp.Compare(clusters[i].from, clusters[j].from), cmp.Compare(i, j))
		})
		for k, x := range list {
			a := clusters[clusterOf(x)]
			for _, y := range list[k+1:] {
				if clusters[clusterOf(y)].from > a.to+gap {
					break
				}
				tie(x, y, id)
			}
		}
	}
}
