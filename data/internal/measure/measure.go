// Package measure gives benchmarks two figures testing.B does not report:
// the CPU time the process has used (all goroutines, user and system),
// which on a shared machine is steadier than wall time, and the most heap
// in use at once while something ran. Benchmarks of several packages
// report them (cpu-s/op, peak-heap-MB); this is their one copy.
package measure

import (
	"runtime/metrics"
	"sync"
	"time"
)

// WatchHeap samples the bytes of heap objects every few milliseconds until
// the returned function is called, which stops the sampling and returns the
// largest sample, the heap at the stop included. Short peaks between two
// samples are missed.
func WatchHeap() (stop func() uint64) {
	var (
		mu   sync.Mutex
		top  uint64
		quit = make(chan struct{})
		done = make(chan struct{})
	)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	take := func() {
		metrics.Read(sample)
		mu.Lock()
		top = max(top, sample[0].Value.Uint64())
		mu.Unlock()
	}
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			take()
			select {
			case <-quit:
				take() // what is live at the stop counts too
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(quit)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return top
	}
}

// HeapNow is the bytes of heap objects now, as WatchHeap samples them.
func HeapNow() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}
