//go:build unix

package app

import (
	"os"
	"syscall"
)

// lockTemp takes an exclusive lock on a temporary file or folder that an
// export is writing. The lock lives as long as the process holds f open:
// when the export ends, is cancelled or the program is killed, the system
// drops it, so a temporary whose lock can be taken is one nobody writes.
func lockTemp(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
}

// isAbandoned reports whether no running export holds the temporary at
// path: its lock can be taken. The lock taken to find out goes with the
// returned file, which the caller closes after removing the temporary.
func isAbandoned(path string) (*os.File, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	if lockTemp(f) != nil {
		f.Close()
		return nil, false
	}
	return f, true
}
