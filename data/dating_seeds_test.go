package data_test

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

// TestDateSeeds dates the shipped articles with the shipped catalogue. The
// expected dates were worked out by reading the articles (see the dating
// brief); nothing in the code knows them.
func TestDateSeeds(t *testing.T) {
	cur := datatest.ShippedCurated(t)
	if cur.Catalogue == nil || len(cur.Catalogue.Events) == 0 {
		t.Fatal("the shipped event catalogue is empty: the seeds can only be dated through their events")
	}
	c := datatest.BuildShipped(t, cur)
	want := []struct {
		prefix string // the seed's file name starts with it
		date   string
		source data.DateSource
	}{
		{"000", "2022-09-16", "header+event"},
		{"001", "2022-09-13", "event"},
		// The text's "op 2 januari" further down says January too.
		{"002", "2022-01-07", "header+text+event"},
		{"003", "2022-09-14", "event"},
		{"004", "2023-05-19", "event"},
	}
	for _, w := range want {
		var a *data.Article
		for _, x := range c.Articles {
			if len(x.ID) >= 3 && x.ID[:3] == w.prefix {
				a = x
			}
		}
		if a == nil {
			t.Errorf("seed %s not loaded", w.prefix)
			continue
		}
		if a.Date.String() != w.date || a.DateSource != w.source {
			t.Errorf("%s: got %s from %q, want %s from %q\n\treason: %s", a.ID, a.Date, a.DateSource, w.date, w.source, a.DateReason)
		}
		if a.Date.Precision != data.Day {
			continue
		}
		for _, m := range a.Mentions {
			if m.Kind == data.MentionWeekday && !m.Resolved() {
				t.Errorf("%s: weekday %q unresolved on a day-dated article: %s", a.ID, m.Text, m.Reason)
			}
		}
	}
}
