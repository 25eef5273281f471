package data

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TermsReader gives discovery rule 17's reading of the people a report
// titles: their terms, intersected. A weekday before a title is a day,
// not a word qualifying the office ("On Saturday President Sadyr Japarov
// abandoned …" titles the president); another capitalised word still is
// ("Senate President …" was the Senate's).
func TestTermsReader(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC) }
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		from       string // the first day of the terms, "" for none
		who        string
	}{
		{"en", "Thousands of protesters marched through Bishkek last week. President Sadyr Japarov met the organisers and promised to hear them.\n", "2020-10-15", "Sadyr Japarov"},
		{"en, after a weekday", "Thousands of protesters marched through Bishkek last week. On Saturday President Sadyr Japarov met the organisers and promised to hear them.\n", "2020-10-15", "Sadyr Japarov"},
		{"en, a weekday alone before", "Thousands of protesters marched through Bishkek last week, and Tuesday President Sadyr Japarov met the organisers to hear them.\n", "2020-10-15", "Sadyr Japarov"},
		{"en, another office", "Thousands of protesters marched through Astana last week. Senate President Kassym-Jomart Tokayev met the organisers and promised to hear them.\n", "", ""},
		{"en, former", "Thousands of protesters marched through Bishkek last week. On Saturday former President Sadyr Japarov met the organisers and promised to hear them.\n", "", ""},
		{"en, no one titled", "Thousands of protesters marched through Bishkek last week. On Saturday Sadyr Japarov met the organisers and promised to hear them.\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := oneReport(t, cur, "r.txt", tc.text)
			terms, who := NewTermsReader(cur.Names).Terms(a)
			got := ""
			if len(terms) > 0 {
				got = terms[0].From.Format(time.DateOnly)
			}
			if got != tc.from || !strings.Contains(who, tc.who) {
				t.Errorf("terms from %q (%s), want %q (%s)", got, who, tc.from, tc.who)
			}
		})
	}
}
