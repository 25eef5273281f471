//go:build !linux

package app

import "time"

// cpuClocks is not read outside Linux: the frame log gives wall times only.
func cpuClocks() (thread, process time.Duration, ok bool) { return 0, 0, false }
