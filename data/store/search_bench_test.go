package store

import (
	"context"
	"flag"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/search"
)

// The search benchmarks measure what the window does with a corpus
// reopened from the cache: build the search index (index: cpu-s/op, and
// kept-heap-MB, the heap in use once it is ready, corpus included), keep
// it in the cache (keep) and read it back (kept, the next reopening), then
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
	var ix *search.Index
	b.Run("index", func(b *testing.B) {
		var kept uint64
		measure(b, func() {
			ix = search.NewIndex(c)
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
	// keep: what the window does in the background once the index is
	// ready (encode it, write it to the cache); kept: what the next
	// reopening does instead of index (read it back).
	if c.SearchKeeper == nil {
		b.Fatal("the reopened corpus has no search keeper")
	}
	b.Run("keep", func(b *testing.B) {
		_, keep := search.OpenIndex(c) // not kept yet: built
		if keep == nil {
			b.Fatal("an index was kept before")
		}
		measure(b, func() {
			if err := keep(); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("kept", func(b *testing.B) {
		// Each on a corpus reopened afresh, as the window's is (its texts
		// not read yet); only opening the index is counted.
		var cpu time.Duration
		for b.Loop() {
			b.StopTimer()
			fresh := load()
			b.StartTimer()
			cpu0 := cpuTime()
			if _, keep := search.OpenIndex(fresh); keep != nil {
				b.Fatal("the kept index was not used")
			}
			cpu += cpuTime() - cpu0
		}
		if cpu > 0 {
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		}
	})
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
