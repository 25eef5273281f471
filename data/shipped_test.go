package data_test

import (
	"context"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// shippedCurated loads the event catalogue and name lists shipped in
// seeds/, failing tb when they do not load.
func shippedCurated(tb testing.TB) data.Curated {
	tb.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return cur
}

// buildShipped builds the shipped seed articles with cur, as the app does
// at start, failing tb when the build fails.
func buildShipped(tb testing.TB, cur data.Curated) *data.Corpus {
	tb.Helper()
	c, err := data.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
