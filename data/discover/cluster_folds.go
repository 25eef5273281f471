package discover

// The passes that join clusters after grouping (announcements, polling
// days, spaceflights, visits, spans, happenings, …) each fold some
// clusters into others and at their end drop the folded ones from the
// list, which keeps its order. folded is that bookkeeping, written once.

// folded are the clusters a pass has folded into others.
type folded map[*Cluster]bool

// fold moves from's members into into and marks from folded.
func (f folded) fold(into, from *Cluster) {
	absorb(into, from)
	f[from] = true
}

// foldWidened is fold, with into's days widened to cover from's (see
// widen): what lasts is one event over the days of both.
func (f folded) foldWidened(into, from *Cluster) {
	absorb(into, from)
	widen(into, from)
	f[from] = true
}

// left returns clusters, in order, without those folded, reusing its
// array.
func (f folded) left(clusters []*Cluster) []*Cluster {
	if len(f) == 0 {
		return clusters
	}
	out := clusters[:0]
	for _, cl := range clusters {
		if !f[cl] {
			out = append(out, cl)
		}
	}
	return out
}

// absorb moves from's members into into: the dated ones counted, the
// undated ones kept as Group keeps them, supporting and not counted.
func absorb(into, from *Cluster) {
	for _, m := range from.Members {
		if m.Undated {
			into.Members = append(into.Members, m)
		} else {
			into.add(m)
		}
	}
}

// foldIntoRoots folds the cluster of each entry, in the entries' order,
// into the cluster at the root of its set, widened (foldWidened); at
// gives an entry's index in clusters. It returns what it folded.
func foldIntoRoots[E any](sets clusterSets, clusters []*Cluster, entries []E, at func(E) int) folded {
	gone := folded{}
	for _, e := range entries {
		if i, r := at(e), sets.find(at(e)); r != i {
			gone.foldWidened(clusters[r], clusters[i])
		}
	}
	return gone
}
