package store

import (
	"runtime/debug"
	"sync"
)

// Decoding a kept corpus allocates the corpus itself: nearly everything it
// allocates stays live, and what does not (each part's encoded bytes, read
// from the database, about a tenth of the result) is small. A collector
// running meanwhile, as the heap grows from nothing to the whole corpus
// (0.6 GB at 100,000 articles), marks the same live objects over and over
// for little to free: about 0.7 of 3.8 CPU-s of a warm reopening of
// 100,000 articles. So the collector is paused while the parts are
// decoded (a memory limit set on the process still holds), and the
// collection runs once, with the corpus whole.

var (
	pauseMu  sync.Mutex
	pausers  int // decodings running now
	gcBefore int // the collector's setting before the first of them
)

// pauseCollector pauses the collector until the returned function is
// called. Decodings that overlap share the pause: the setting comes back
// when the last one ends.
func pauseCollector() (resume func()) {
	pauseMu.Lock()
	if pausers == 0 {
		gcBefore = debug.SetGCPercent(-1)
	}
	pausers++
	pauseMu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			pauseMu.Lock()
			defer pauseMu.Unlock()
			if pausers--; pausers == 0 {
				debug.SetGCPercent(gcBefore)
			}
		})
	}
}
