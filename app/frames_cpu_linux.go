package app

import (
	"syscall"
	"time"
)

// cpuClocks reads the CPU time of the calling thread and of the process.
// The frame log uses them: the UI goroutine is locked to its thread in the
// desktop driver, so the thread's time is the UI's.
func cpuClocks() (thread, process time.Duration, ok bool) {
	const rusageThread = 1 // RUSAGE_THREAD
	var t, p syscall.Rusage
	if syscall.Getrusage(rusageThread, &t) != nil || syscall.Getrusage(syscall.RUSAGE_SELF, &p) != nil {
		return 0, 0, false
	}
	return time.Duration(t.Utime.Nano() + t.Stime.Nano()), time.Duration(p.Utime.Nano() + p.Stime.Nano()), true
}
