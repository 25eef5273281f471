//go:build unix

package data_test

import (
	"syscall"
	"time"
)

// processCPUTime is the CPU time this process has used, user and system,
// so that benchmarks can report work done apart from waiting for a busy
// machine.
func processCPUTime() (time.Duration, bool) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, false
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()), true
}
