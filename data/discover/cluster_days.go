package discover

import (
	"cmp"
	"slices"
	"sync"
)

// filing is one entry a grouper made in its index (name) or in its exact
// index (exact, when isExact), while placing the pos-th candidate.
type filing struct {
	pos     int
	name    nameKey
	exact   exactKey
	isExact bool
	cl      *Cluster
}

// minDayShard is how many day-precise candidates are worth grouping on
// several cores.
const minDayShard = 4096

// groupDays places the day-precise candidates cands (in grouping order;
// undated ones among them are left for later), on every core, with the
// same result as placing them one after the other. It uses up to
// workers goroutines, when there are at least minShard candidates.
//
// A day-precise candidate only meets the clusters filed under its own
// days, or under exactly its date: clusters known to a month or a year
// come from coarser candidates, which come later. So candidates whose
// days never touch (through a span of several days) cannot meet, and the
// days fall apart into groups that are grouped each on its own. The
// groups' clusters and index entries are then merged in the order one
// grouper would have made them: by the position of the candidate that
// made each.
func (g *grouper) groupDays(cands []*Candidate, workers, minShard int) {
	if workers < 2 || len(cands) < minShard {
		for i, c := range cands {
			if !c.Undated {
				g.place(c, i)
			}
		}
		return
	}
	shards := dayShards(cands, workers)
	if len(shards) < 2 {
		for i, c := range cands {
			if !c.Undated {
				g.place(c, i)
			}
		}
		return
	}
	subs := make([]*grouper, len(shards))
	var wg sync.WaitGroup
	for w, positions := range shards {
		sub := newGrouper()
		sub.filings = &[]filing{}
		sub.home = g.home
		subs[w] = sub
		wg.Go(func() {
			for _, i := range positions {
				sub.place(cands[i], i)
			}
		})
	}
	wg.Wait()
	// Each shard made its clusters and filings in the order of its
	// candidates' positions, which no two shards share: merging the
	// shards' lists by position gives the order one grouper would have
	// made them in, without sorting them all again on one core.
	clusters := make([][]*Cluster, len(subs))
	filings := make([][]filing, len(subs))
	for w, sub := range subs {
		clusters[w], filings[w] = sub.clusters, *sub.filings
		// A cluster a shard met in its round r must not look met in
		// round r of g.
		g.round = max(g.round, sub.round)
	}
	mergeByPosition(clusters, func(cl **Cluster) int { return (*cl).created }, func(cl **Cluster) {
		g.clusters = append(g.clusters, *cl)
	})
	// The filings of one candidate stay in the order it made them.
	mergeByPosition(filings, func(f *filing) int { return f.pos }, func(f *filing) {
		if f.isExact {
			g.exact[f.exact] = append(g.exact[f.exact], f.cl)
		} else {
			g.index[f.name] = append(g.index[f.name], f.cl)
		}
	})
}

// mergeByPosition calls visit on every item of runs, each run in
// increasing position (pos), in increasing position overall; of items at
// one position, those of an earlier run come first and a run's own keep
// their order — a stable sort of the runs laid end to end.
func mergeByPosition[T any](runs [][]T, pos func(*T) int, visit func(*T)) {
	next := make([]int, len(runs)) // each run's first item not visited
	for {
		r := -1
		for k := range runs {
			if next[k] < len(runs[k]) && (r < 0 || pos(&runs[k][next[k]]) < pos(&runs[r][next[r]])) {
				r = k
			}
		}
		if r < 0 {
			return
		}
		visit(&runs[r][next[r]])
		next[r]++
	}
}

// dayShards splits the positions of the dated candidates among at most
// workers shards such that candidates of different shards share no day
// (their first maxBucketDays days, as they are filed and looked up), each
// shard's positions in order. It returns one shard when the days hold
// together.
func dayShards(cands []*Candidate, workers int) [][]int {
	// Union-find over the days (a day-precise span's days are its day
	// buckets, one for one), numbered in the order they are first met.
	node, ok := newDayNodes(cands)
	if !ok {
		return nil // a span of no day: left to one grouper
	}
	var parent []int32
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	of := make([]int32, len(cands)) // each candidate's first day
	for i, c := range cands {
		if c.Undated {
			of[i] = -1
			continue
		}
		first := int32(-1)
		lo, hi := shardDays(c)
		for d := lo; d < hi; d++ {
			n := node.of(d)
			if n < 0 {
				n = int32(len(parent))
				node.set(d, n)
				parent = append(parent, n)
			}
			if first < 0 {
				first = n
			} else if r, s := find(first), find(n); r != s {
				parent[max(r, s)] = min(r, s)
			}
		}
		of[i] = first
	}
	// Count each group's candidates, then hand the groups, largest first,
	// to the shard with fewest so far.
	size := make([]int, len(parent))
	for i := range cands {
		if of[i] >= 0 {
			of[i] = find(of[i])
			size[of[i]]++
		}
	}
	var roots []int32
	for n := range parent {
		if size[n] > 0 {
			roots = append(roots, int32(n))
		}
	}
	if len(roots) < 2 {
		return nil
	}
	slices.SortFunc(roots, func(a, b int32) int {
		if c := cmp.Compare(size[b], size[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	shardOf := make([]int, len(parent))
	load := make([]int, min(workers, len(roots)))
	for _, r := range roots {
		w := 0
		for k := range load {
			if load[k] < load[w] {
				w = k
			}
		}
		shardOf[r] = w
		load[w] += size[r]
	}
	shards := make([][]int, len(load))
	for w := range shards {
		// Sized by the count: grown by append, the shards of 100,000
		// articles took 35 MB where they hold 8.
		shards[w] = make([]int, 0, load[w])
	}
	for i := range cands {
		if of[i] >= 0 {
			w := shardOf[of[i]]
			shards[w] = append(shards[w], i)
		}
	}
	return shards
}

// shardDays returns the days a dated day-precise candidate is filed and
// looked up under, as dayShards joins them: its first maxBucketDays days,
// and for a plan the days either side (see slipped).
func shardDays(c *Candidate) (lo, hi day) {
	lo, hi = c.from, min(c.to, c.from+maxBucketDays)
	if c.Announced {
		lo, hi = lo-slipDays, hi+slipDays
	}
	return lo, hi
}

// maxDenseDays is the widest range of days dayNodes numbers in a slice
// (4 MB); a wider one, which only odd dates make, goes to a map.
const maxDenseDays = 1 << 20

// dayNodes is dayShards' number of each day: a slice over the range of
// the candidates' days, which a corpus keeps to a few years (at 100,000
// generated articles the map it replaces was about half a CPU-second of
// one core), or a map when the range is wide.
type dayNodes struct {
	first  day
	dense  []int32 // by day - first; -1 for a day not numbered yet
	sparse map[day]int32
}

// newDayNodes returns an empty numbering for the days of cands' dated
// candidates, and false when one of them spans no day.
func newDayNodes(cands []*Candidate) (dayNodes, bool) {
	lo, hi, any := day(0), day(0), false
	for _, c := range cands {
		if c.Undated {
			continue
		}
		if c.to <= c.from {
			return dayNodes{}, false
		}
		l, h := shardDays(c)
		if !any || l < lo {
			lo = l
		}
		if !any || h > hi {
			hi = h
		}
		any = true
	}
	if int64(hi)-int64(lo) > maxDenseDays {
		return dayNodes{sparse: map[day]int32{}}, true
	}
	dense := make([]int32, hi-lo)
	for i := range dense {
		dense[i] = -1
	}
	return dayNodes{first: lo, dense: dense}, true
}

// of returns the day's number, or -1.
func (n *dayNodes) of(d day) int32 {
	if n.sparse != nil {
		if k, ok := n.sparse[d]; ok {
			return k
		}
		return -1
	}
	return n.dense[d-n.first]
}

// set numbers the day k.
func (n *dayNodes) set(d day, k int32) {
	if n.sparse != nil {
		n.sparse[d] = k
		return
	}
	n.dense[d-n.first] = k
}
