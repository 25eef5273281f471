package pipeline_test

import (
	"context"
	"io/fs"
	"runtime"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// BenchmarkBuild10k is the whole load of 10,000 generated articles, as
// `caravan generate -n 10000` writes them: reading, dating, linking, then
// discovery and storylines. Besides the wall time (which on a shared
// machine says little) it reports the CPU seconds of one load (all
// goroutines), the peak heap during the load and the heap in use after
// it (the corpus as the app holds it).
func BenchmarkBuild10k(b *testing.B) { benchmarkBuild(b, 10000) }

// BenchmarkBuild1000, BenchmarkBuild2500 and BenchmarkBuild5000 show how
// the cost grows with N.
func BenchmarkBuild1000(b *testing.B) { benchmarkBuild(b, 1000) }

func BenchmarkBuild2500(b *testing.B) { benchmarkBuild(b, 2500) }

func BenchmarkBuild5000(b *testing.B) { benchmarkBuild(b, 5000) }

// BenchmarkFolder10k is the load `caravan articles --no-cache --corpus
// DIR` does on a folder `caravan generate -n 10000` wrote: the folder's
// own curated files (none: the shipped names only, no catalogue, so
// nothing to link), then reading, dating, discovery and storylines.
func BenchmarkFolder10k(b *testing.B) {
	fsys := synthetic.GenerateFS(10000, 1)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkLoad(b, fsys, cur)
}

func benchmarkBuild(b *testing.B, n int) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkLoad(b, synthetic.GenerateFS(n, 1), cur)
}

// benchmarkLoad loads fsys with cur's names and catalogue, and reports
// the CPU seconds, peak heap and kept heap of one load.
func benchmarkLoad(b *testing.B, fsys fs.FS, cur data.Curated) {
	var err error
	runtime.GC()
	b.ReportAllocs()
	peak := measure.WatchHeap()
	cpu0 := cpuTime()
	var c *data.Corpus
	for b.Loop() {
		c, err = pipeline.Build(context.Background(), fsys, "synthetic", cur, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(c.Events)), "events")
}

// cpuTime is the process's CPU time so far (0 where the system does not
// tell).
func cpuTime() time.Duration {
	t, _ := measure.CPUTime()
	return t
}

// BenchmarkDiscover10k is discovery alone on 10,000 generated articles
// already read, dated and linked: its CPU seconds, and its wall time.
func BenchmarkDiscover10k(b *testing.B) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	fsys := synthetic.GenerateFS(10000, 1)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		cpu0 := cpuTime()
		if err := discover.Discover(context.Background(), c, nil); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - cpu0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
