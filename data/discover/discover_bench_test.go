package discover

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkDiscover10k and BenchmarkDiscover40k are discovery alone on a
// folder `caravan generate` wrote (10,000 and 40,000 articles), already
// read and dated, with the folder's own curated files (the shipped names,
// no catalogue) as `caravan articles --corpus DIR` loads it. Their
// cpu-s/op and peak-heap-MB show how discovery grows with the corpus:
// linear growth is four times the 10k figures at 40k.
func BenchmarkDiscover10k(b *testing.B) { benchmarkDiscover(b, 10000) }

func BenchmarkDiscover40k(b *testing.B) { benchmarkDiscover(b, 40000) }

func benchmarkDiscover(b *testing.B, n int) {
	fsys := synthetic.GenerateFS(n, 1)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	var (
		cpu  time.Duration
		peak uint64
	)
	for b.Loop() {
		b.StopTimer()
		c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		base := measure.HeapNow()
		b.StartTimer()
		watch := measure.WatchHeap()
		cpu0, _ := measure.CPUTime()
		if err := Discover(context.Background(), c, nil); err != nil {
			b.Fatal(err)
		}
		cpu1, _ := measure.CPUTime()
		cpu += cpu1 - cpu0
		if top := watch(); top > base {
			peak = max(peak, top-base)
		}
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB") // above the read corpus
}
