//go:build unix

package project

import (
	"syscall"
	"time"
)

// processCPUTime is the CPU time the test process has used, user and
// system. Benchmarks report it per operation because the machines they run
// on are shared: wall time also counts the time other programs held the
// cores.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
