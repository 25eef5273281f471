//go:build linux

package app

import (
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: the calling thread's usage.
const rusageThread = 1

// threadCPUTime is the CPU time the calling OS thread has used. With the
// goroutine locked to its thread it is the goroutine's own CPU time, the
// garbage collector's background work on other threads left out: what a
// step holds the UI goroutine for.
func threadCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return processCPUTime()
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
