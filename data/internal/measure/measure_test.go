package measure

import (
	"runtime"
	"testing"
)

// TestWatchHeapSeesAnAllocation: a 64 MB slice live when the watch stops
// is in its peak.
func TestWatchHeapSeesAnAllocation(t *testing.T) {
	runtime.GC()
	before := HeapNow()
	stop := WatchHeap()
	big := make([]byte, 64<<20)
	for i := range big {
		big[i] = byte(i)
	}
	peak := stop()
	runtime.KeepAlive(big)
	if peak < before+60<<20 {
		t.Errorf("peak %d MB, before %d MB: the 64 MB slice was not seen", peak>>20, before>>20)
	}
}

// TestCPUTimeGrows: busy work shows as CPU time where the system tells it.
func TestCPUTimeGrows(t *testing.T) {
	t0, ok := CPUTime()
	if !ok {
		if runtime.GOOS == "linux" || runtime.GOOS == "darwin" {
			t.Fatal("no CPU time on a unix system")
		}
		return
	}
	x := 0
	for i := range 20_000_000 {
		x += i ^ x>>3
	}
	t1, _ := CPUTime()
	if t1 <= t0 {
		t.Errorf("CPU time did not grow: %v then %v (x=%d)", t0, t1, x)
	}
}
