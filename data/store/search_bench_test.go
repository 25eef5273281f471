package store

import (
	"context"
	"flag"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// The search benchmarks measure what the window does with a corpus
// reopened from the cache: build the search index (index: cpu-s/op, and
// kept-heap-MB, the heap in use once it is ready, corpus included), then
// answer queries as the search box does, counting every passage and
// reading the first page of them (query: ms/query and cpu-ms/query over
// the queries below). 100,000 articles take minutes to generate and load,
// so that one runs only when asked for by name:
//
//	go test -run '^$' -bench 'SearchWarm100k' ./data/store/
func BenchmarkSearchWarm10k(b *testing.B)  { benchmarkSearchWarm(b, 10_000) }
func BenchmarkSearchWarm100k(b *testing.B) { benchmarkSearchWarm(b, 100_000) }

// searchBenchQueries are common and rare names, words, a phrase and a
// prefix of the generated corpus, and a word it does not hold.
var searchBenchQueries = []string{"Tokayev", "Xi", `"Xi Jinping"`, "summit", "Samarkand", "kaz*", "China Russia", "zzzz"}

// searchBenchPage is how many passages the window lists at first.
const searchBenchPage = 100

func benchmarkSearchWarm(b *testing.B, n int) {
	if n > 10_000 && !strings.Contains(flag.Lookup("test.bench").Value.String(), "100k") {
		b.Skip("opt-in: run with -bench SearchWarm100k")
	}
	cur, folder := generatedFolder(b, n)
	cache := Cached{Folder: folder, Dir: b.TempDir()}
	load := func() *data.Corpus {
		c, err := cache.LoadFinished(context.Background(), cur, discoverAll, nil)
		if err != nil || len(c.Articles) != n {
			b.Fatalf("Load: %v", err)
		}
		return c
	}
	load() // fills the cache
	c := load()
	if !c.Articles[0].TextDeferred() {
		b.Fatal("the corpus was not reopened from the cache")
	}
	var ix *data.SearchIndex
	b.Run("index", func(b *testing.B) {
		var kept uint64
		measure(b, func() {
			ix = data.NewSearchIndex(c)
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			kept = max(kept, m.HeapAlloc)
		})
		b.ReportMetric(float64(kept)/(1<<20), "kept-heap-MB")
	})
	if ix == nil {
		return
	}
	b.Run("query", func(b *testing.B) {
		var found, queries int
		cpu0, t0 := cpuTime(), time.Now()
		for b.Loop() {
			for _, q := range searchBenchQueries {
				h, err := ix.Find(context.Background(), q)
				if err != nil {
					b.Fatal(err)
				}
				h.Page(0, searchBenchPage)
				found += h.Len()
				queries++
			}
		}
		b.ReportMetric(float64(time.Since(t0).Milliseconds())/float64(queries), "ms/query")
		if cpu := cpuTime() - cpu0; cpu > 0 {
			b.ReportMetric(float64(cpu.Milliseconds())/float64(queries), "cpu-ms/query")
		}
		b.ReportMetric(float64(found)/float64(queries), "passages/query")
	})
	runtime.KeepAlive(c)
}
