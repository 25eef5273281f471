package data_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/knowledge"
)

// The calendar's format: what an occasion reads as, and every mistake on
// its line.
func TestParseCalendar(t *testing.T) {
	const summit = "[[occasion]]\nkind  = \"summit\"\nof    = \"sco\"\nplace = \"astana\"\nfrom  = \"2024-07-03\"\nto    = \"2024-07-04\"\nnote  = \"x\"\n"
	got, err := data.ParseShippedCalendar("calendar_x.toml", []byte(summit+"\n[[occasion]]\nkind = \"election\"\nof = \"kazakhstan\"\nwhat = \"presidential\"\nfrom = \"2022-11-20\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d occasions, want 2", len(got))
	}
	s, e := got[0], got[1]
	if s.Kind != data.OccasionSummit || s.Of != "sco" || s.Place != "astana" || s.Span != (data.Span{Start: data.DayDate(2024, time.July, 3), End: data.DayDate(2024, time.July, 4)}) || s.Line != 1 {
		t.Errorf("summit = %+v", s)
	}
	if e.Kind != data.OccasionElection || e.Of != "kazakhstan" || e.What != "presidential" || e.Span != (data.Span{Start: data.DayDate(2022, time.November, 20)}) || e.Line != 9 {
		t.Errorf("election = %+v", e)
	}
	display := func(id string) string {
		return map[string]string{"sco": "SCO", "astana": "Astana", "kazakhstan": "Kazakhstan"}[id]
	}
	if d := s.Describe(display); d != "SCO summit in Astana, 3–4 July 2024" {
		t.Errorf("Describe = %q", d)
	}
	if d := e.Describe(display); d != "Kazakhstan presidential election, 20 November 2022" {
		t.Errorf("Describe = %q", d)
	}
	for _, tc := range []struct {
		name, in string
		line     int
		text     string
	}{
		{"unknown key", strings.Replace(summit, "note", "notes", 1), 7, `unknown occasion key "notes"`},
		{"unknown kind", strings.Replace(summit, `"summit"`, `"forum"`, 1), 2, `unknown occasion kind "forum"`},
		{"unknown id", strings.Replace(summit, `"sco"`, `"sso"`, 1), 3, `of "sso" is in no shipped name list`},
		{"a summit of a country", strings.Replace(summit, `"sco"`, `"kazakhstan"`, 1), 3, "a summit is of an organisation"},
		{"a summit in a country", strings.Replace(summit, `"astana"`, `"kazakhstan"`, 1), 4, "a summit's place is a city"},
		{"an unknown city", strings.Replace(summit, `"astana"`, `"astan"`, 1), 4, `place "astan" is in no shipped name list`},
		{"an election of an organisation", "[[occasion]]\nkind = \"election\"\nof = \"sco\"\nwhat = \"presidential\"\nfrom = \"2022-11-20\"\n", 3, "a vote (election, referendum) is of a country"},
		{"an election of a city", "[[occasion]]\nkind = \"election\"\nof = \"astana\"\nwhat = \"presidential\"\nfrom = \"2022-11-20\"\n", 3, "a vote (election, referendum) is of a country"},
		{"an election of no kind", "[[occasion]]\nkind = \"election\"\nof = \"kazakhstan\"\nfrom = \"2022-11-20\"\n", 1, `what "" is none of`},
		{"a referendum with a place", "[[occasion]]\nkind = \"referendum\"\nof = \"kazakhstan\"\nplace = \"astana\"\nfrom = \"2022-06-05\"\n", 4, "give no place"},
		{"a month", strings.Replace(summit, `"2024-07-03"`, `"2024-07"`, 1), 5, "written YYYY-MM-DD"},
		{"a bad day", strings.Replace(summit, `"2024-07-03"`, `"2024-02-30"`, 1), 5, "2024-02-30"},
		{"to before from", strings.Replace(summit, `"2024-07-04"`, `"2024-07-02"`, 1), 6, "before from"},
		{"no from", strings.Replace(summit, "from  = \"2024-07-03\"\n", "", 1), 1, "missing from"},
		{"another table", "[[event]]\nid = \"x\"\n", 1, `unknown table "event"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := data.ParseShippedCalendar("calendar_x.toml", []byte(tc.in))
			checkCuratedError(t, err, "calendar_x.toml", tc.line, tc.text)
		})
	}
}

// The shipped calendar loads (every id known, of the right kind), and the
// name lists do not read its files.
func TestShippedCalendar(t *testing.T) {
	files, err := fs.Glob(knowledge.FS, knowledge.CalendarGlob)
	if err != nil {
		t.Fatal(err)
	}
	occasions, err := data.ShippedCalendar()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) > 0 && len(occasions) == 0 {
		t.Errorf("%d calendar files, no occasion", len(files))
	}
	for _, o := range occasions {
		if o.Span.Start.Year < 2015 || o.Span.Start.Year > 2026 {
			t.Errorf("%s:%d: %s, outside 2015–2026", o.File, o.Line, o.Span)
		}
	}
	if _, err := data.LoadCurated(fstestEmpty{}); err != nil {
		t.Errorf("LoadCurated: %v", err)
	}
}

// fstestEmpty is an empty folder.
type fstestEmpty struct{}

func (fstestEmpty) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// Every occasion of the shipped calendar is one: no entry written twice
// (one kind, one holder, one refinement, one day), no summit of more
// than a fortnight (a summit of two weeks would be a conference; votes in
// phases, India's, may last weeks), and no organisation holds two summits
// on one day.
func TestShippedCalendarEntries(t *testing.T) {
	occasions, err := data.ShippedCalendar()
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		kind     data.OccasionKind
		of, what string
		day      string
	}
	seen := map[key]string{}
	for _, o := range occasions {
		at := fmt.Sprintf("%s:%d", o.File, o.Line)
		from, to := o.Days()
		if o.Kind == data.OccasionSummit && to.Sub(from) > 15*24*time.Hour {
			t.Errorf("%s: %s lasts %v", at, o.Span, to.Sub(from))
		}
		for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
			k := key{o.Kind, o.Of, o.What, d.Format(time.DateOnly)}
			if o.Kind == data.OccasionSummit {
				k.what = ""
			}
			if other, ok := seen[k]; ok {
				t.Errorf("%s: %s %s on %s, as %s", at, o.Of, o.Kind, k.day, other)
			}
			seen[k] = at
		}
	}
}
