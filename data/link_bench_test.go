package data_test

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkMatch10k links the paragraphs of 10,000 synthetic articles to
// the shipped catalogue with one Linker, on every core, as Build does.
// The figure to watch is the time per op: the whole corpus.
func BenchmarkMatch10k(b *testing.B) {
	cur := datatest.ShippedCurated(b)
	articles, _, err := data.ReadArticles(context.Background(), synthetic.GenerateFS(10000, 1), nil)
	if err != nil {
		b.Fatal(err)
	}
	paragraphs := 0
	for _, a := range articles {
		paragraphs += len(a.Paragraphs)
	}
	linker := data.NewLinker(cur.Catalogue.Events, cur.Names)
	b.ReportAllocs()
	b.ResetTimer()
	var links atomic.Int64
	for b.Loop() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := next.Add(1) - 1; i < int64(len(articles)); i = next.Add(1) - 1 {
					links.Add(int64(len(linker.Match(articles[i]))))
				}
			})
		}
		wg.Wait()
	}
	b.ReportMetric(float64(paragraphs), "paragraphs/op")
	b.ReportMetric(float64(links.Load())/float64(b.N), "links/op")
}

// BenchmarkNewLinker compiles the shipped catalogue and name lists.
func BenchmarkNewLinker(b *testing.B) {
	cur := datatest.ShippedCurated(b)
	b.ReportAllocs()
	for b.Loop() {
		data.NewLinker(cur.Catalogue.Events, cur.Names)
	}
}
