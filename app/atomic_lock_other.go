//go:build !unix

package app

import (
	"os"
	"time"
)

// lockTemp does nothing where there is no advisory file lock; isAbandoned
// judges by age instead.
func lockTemp(*os.File) error { return nil }

// staleAfter is how long a temporary must sit unchanged before an export
// takes it for abandoned, where no lock can tell: far longer than any
// export spends writing one.
const staleAfter = time.Hour

// isAbandoned reports whether the temporary at path was last changed
// longer ago than staleAfter.
func isAbandoned(path string) (*os.File, bool) {
	info, err := os.Lstat(path)
	if err != nil || time.Since(info.ModTime()) < staleAfter {
		return nil, false
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	return f, true
}
