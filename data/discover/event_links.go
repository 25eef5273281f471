package discover

import (
	"hash/maphash"
	"runtime"
	"sync"

	"github.com/caravan-analytics/caravan/data"
)

// linkAll makes the links of every cluster's passages to its event: for
// a cluster a catalogue event covers, the passages mergeCovered left to
// link (toLink); for the others, their event's excerpts, then the
// passages it does not list (built). Each article must get its links in
// cluster order, as one pass over the clusters would make them: the
// order is what an article's links keep for passages of one paragraph.
//
// The articles are dealt among the cores by a hash of their pointer (an
// article's own fields are not read for the links of another's), and each
// goroutine walks all the clusters in order, making only its own
// articles' links: an article's links are made, in order, by one
// goroutine alone. Done in one pass on one core, this was about 1 CPU-s
// at 100,000 generated articles, with the other core idle.
func linkAll(covered []*data.Event, toLink [][]pendingLink, built []builtEvent) {
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 {
		linkInOrder(covered, toLink, built, func(*data.Article) bool { return true })
		return
	}
	seed := maphash.MakeSeed()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			linkInOrder(covered, toLink, built, func(a *data.Article) bool {
				return maphash.Comparable(seed, a)%uint64(workers) == uint64(w)
			})
		})
	}
	wg.Wait()
}

// linkInOrder is linkAll's pass over the clusters, in order, for the
// articles mine accepts.
func linkInOrder(covered []*data.Event, toLink [][]pendingLink, built []builtEvent, mine func(*data.Article) bool) {
	for i, e := range covered {
		if e != nil {
			linkPending(e, toLink[i], mine)
			continue
		}
		e = built[i].event
		linkArticles(e, e.Excerpts, mine)
		linkPending(e, built[i].unlisted, mine)
	}
}
