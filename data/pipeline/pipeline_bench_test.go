package pipeline_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/seeds"
)

// BenchmarkBuild10k is the whole load of 10,000 generated articles, as
// `caravan generate -n 10000` writes them: reading, dating, linking, then
// discovery and storylines. It reports the heap in use after the load
// (the corpus as the app holds it).
func BenchmarkBuild10k(b *testing.B) { benchmarkBuild(b, 10000) }

// BenchmarkBuild2500 and BenchmarkBuild5000 show how the cost grows with N.
func BenchmarkBuild2500(b *testing.B) { benchmarkBuild(b, 2500) }

func BenchmarkBuild5000(b *testing.B) { benchmarkBuild(b, 5000) }

func benchmarkBuild(b *testing.B, n int) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	fsys := data.GenerateFS(n, 1)
	b.ReportAllocs()
	var c *data.Corpus
	for b.Loop() {
		c, err = pipeline.Build(context.Background(), fsys, "synthetic", cur, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(c.Events)), "events")
}
