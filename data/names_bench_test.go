package data_test

import (
	"context"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkFindNames2k finds the shipped names in every paragraph of
// 2,000 synthetic articles with one NameScanner, as discovery's
// extraction does for its sentences: the word scanner, the form lookups
// and the phrase matching, on one core.
func BenchmarkFindNames2k(b *testing.B) {
	cur := datatest.ShippedCurated(b)
	articles, _, err := data.ReadArticles(context.Background(), synthetic.GenerateFS(2000, 1), nil)
	if err != nil {
		b.Fatal(err)
	}
	s := data.NewNameFinder(cur.Names).Scanner()
	var found []data.Match
	names := 0
	for b.Loop() {
		names = 0
		for _, a := range articles {
			s.In(a)
			for _, p := range a.Paragraphs {
				found = s.Find(p.Text, p.Start, found[:0])
				names += len(found)
			}
		}
	}
	b.ReportMetric(float64(names), "names/op")
}
