package data

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestDateBrokenFolder dates the broken-folder articles with the shipped
// catalogue. Two of them report the Kazakh unrest without a date: one
// says "يوم الثلاثاء" of protests that began on a Sunday, the other
// "am Dienstag" and names only Tokayev and Kazakhstan. Neither text says
// which day it was written, so neither may be dated to a day; and no
// article's reason may name an event it is not linked to.
func TestDateBrokenFolder(t *testing.T) {
	cur := shippedCurated(t)
	if cur.Catalogue == nil || len(cur.Catalogue.Events) == 0 {
		t.Fatal("the shipped event catalogue is empty: nothing to date the broken folder with")
	}
	c, err := Build(context.Background(), os.DirFS(filepath.Join("testdata", "broken")), "broken", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"tokayev-1256", "tokajew-latin1"} {
		a := c.Article(id)
		if a == nil {
			t.Errorf("%s not loaded", id)
			continue
		}
		if a.Date.Precision == Day {
			t.Errorf("%s dated to the day %s: %s", id, a.Date, a.DateReason)
		}
	}
	for _, a := range c.Articles {
		checkCitesOnlyLinked(t, a, cur.Catalogue.Events)
	}
}
