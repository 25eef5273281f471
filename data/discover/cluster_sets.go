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

// clusterSets is a union-find forest over cluster indexes, kept in a map
// since a pass files only some clusters; a set is named by its smallest
// member, the cluster met first, whatever the order of the unions.
type clusterSets map[int]int

// find returns the root of i's set (i itself when it was never joined).
func (s clusterSets) find(i int) int {
	r, ok := s[i]
	if !ok || r == i {
		return i
	}
	r = s.find(r)
	s[i] = r
	return r
}

// join puts the sets of roots ra and rb together under the smaller one,
// which it returns.
func (s clusterSets) join(ra, rb int) int {
	if rb < ra {
		ra, rb = rb, ra
	}
	s[rb] = ra
	return ra
}

// union joins the sets of a and b.
func (s clusterSets) union(a, b int) {
	if ra, rb := s.find(a), s.find(b); ra != rb {
		s.join(ra, rb)
	}
}

// clusterForest is a union-find forest over all the clusters of a pass,
// kept in a slice: sets[i] is i's parent, i itself for a root. The passes
// that join clusters by a key met first (joinSharedPlaces, joinQuakes)
// make the cluster met first the root by setting sets[b] = a themselves.
type clusterForest []int

// newClusterForest returns n clusters, each its own set.
func newClusterForest(n int) clusterForest {
	sets := make(clusterForest, n)
	for i := range sets {
		sets[i] = i
	}
	return sets
}

// find returns the root of i's set, halving the path on the way.
func (sets clusterForest) find(i int) int {
	for sets[i] != i {
		sets[i] = sets[sets[i]]
		i = sets[i]
	}
	return i
}

// absorbJoined folds each cluster into the root of its set and returns
// the clusters left, in their order.
func (sets clusterForest) absorbJoined(clusters []*Cluster) []*Cluster {
	gone := folded{}
	for i, cl := range clusters {
		if r := sets.find(i); r != i {
			gone.fold(clusters[r], cl)
		}
	}
	return gone.left(clusters)
}
