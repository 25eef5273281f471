//go:build !unix

package measure

import "time"

// CPUTime is not measured on this system: ok is false.
func CPUTime() (t time.Duration, ok bool) { return 0, false }
