//go:build unix

package measure

import (
	"syscall"
	"time"
)

// CPUTime is the user and system CPU time this process has used so far;
// ok is false where the system does not tell.
func CPUTime() (t time.Duration, ok bool) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, false
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()), true
}
