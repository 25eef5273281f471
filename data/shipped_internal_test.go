package data

import (
	"testing"

	"github.com/caravan-analytics/caravan/seeds"
)

// shippedCurated loads the event catalogue and name lists shipped in
// seeds/, failing tb when they do not load. The external tests have their
// own copy in shipped_test.go: package data_test cannot see this one.
func shippedCurated(tb testing.TB) Curated {
	tb.Helper()
	cur, err := LoadCurated(seeds.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return cur
}
