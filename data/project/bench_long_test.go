package project

import (
	"runtime"
	"testing"
)

// BenchmarkLongProject: a project of 10,000 decisions on the 10,000-article
// corpus, opened (every decision replayed, checkpoints taken on the way),
// then one undo at the present. It reports how many checkpoints the
// session keeps and the heap they hold (measured after a collection, with
// no state kept but the present one): what thinning bounds.
func BenchmarkLongProject(b *testing.B) {
	c := big(b)
	ds := manyDecisions(c, 10000)
	var kept int
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		s := NewSession(c, &Project{Decisions: ds})
		s.Current()
		s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		kept = len(s.checkpoints)
		heap = float64(after.HeapAlloc) - float64(before.HeapAlloc)
		runtime.KeepAlive(s)
	}
	b.ReportMetric(float64(kept), "checkpoints")
	b.ReportMetric(heap/1e6, "MB-kept")
}
