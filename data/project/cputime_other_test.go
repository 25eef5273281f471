//go:build !unix

package project

import "time"

// processCPUTime is not measured here; benchmarks then report zero CPU.
func processCPUTime() time.Duration { return 0 }
