package pipeline_test

import (
	"context"
	"runtime"
	"runtime/metrics"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/seeds"
)

// BenchmarkBuild10k is the whole load of 10,000 generated articles, as
// `caravan generate -n 10000` writes them: reading, dating, linking, then
// discovery and storylines. Besides the wall time (which on a shared
// machine says little) it reports the CPU seconds of one load (all
// goroutines), the peak heap during the load and the heap in use after
// it (the corpus as the app holds it).
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
	runtime.GC()
	b.ReportAllocs()
	peak := watchHeap()
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

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// watchHeap samples the live heap (objects) every few milliseconds until
// the returned function is called, which returns the largest sample.
func watchHeap() func() uint64 {
	var (
		mu   sync.Mutex
		top  uint64
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			top = max(top, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return top
	}
}

// BenchmarkDiscover10k is discovery alone on 10,000 generated articles
// already read, dated and linked: its CPU seconds, and its wall time.
func BenchmarkDiscover10k(b *testing.B) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	fsys := data.GenerateFS(10000, 1)
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
