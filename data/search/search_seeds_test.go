package search

import (
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

// TestSearchSeedsTokayev searches the shipped corpus, built the way the app
// builds it, for the English spelling of a name the articles write in Dutch
// and in Arabic.
func TestSearchSeedsTokayev(t *testing.T) {
	cur := datatest.ShippedCurated(t)
	if len(cur.Names) == 0 {
		t.Fatal("the shipped name lists yield no names")
	}
	c := datatest.BuildShipped(t, cur)
	if len(c.Articles) == 0 {
		t.Fatal("the loader reads no seed articles")
	}
	res := NewIndex(c).Search("Tokayev")
	found := map[string][]string{} // article id → the words found
	for _, p := range res.Passages {
		for _, m := range p.Matches {
			found[p.Article.ID] = append(found[p.Article.ID], m.Text)
		}
	}
	// 002 is Dutch ("Tokajev"), 003 Arabic ("توكاييف").
	for _, prefix := range []string{"002_", "003_"} {
		var got []string
		for id, words := range found {
			if strings.HasPrefix(id, prefix) {
				got = words
			}
		}
		if len(got) == 0 {
			t.Errorf("Tokayev not found in article %s…; found %v (terms %q)", prefix, found, res.Terms)
		}
	}
	t.Logf("found %v", found)
}
