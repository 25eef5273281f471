package data

import (
	"testing"

	"github.com/caravan-analytics/caravan/seeds"
)

// shippedCurated loads the event catalogue and name lists shipped in
// seeds/, failing tb when they do not load. The external tests, and the
// tests of the packages around data, use datatest.ShippedCurated
// (data/internal/datatest), which this package's tests cannot import.
func shippedCurated(tb testing.TB) Curated {
	tb.Helper()
	cur, err := LoadCurated(seeds.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return cur
}
