package data_test

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/data/knowledge"
	"github.com/caravan-analytics/caravan/seeds"
)

// catalogueHead is a valid beginning that the error cases build on.
const catalogueHead = `[[storyline]]
id = "kz"
title = "Kazakhstan unrest"

[[storyline]]
id = "other"
title = "Background"
`

// catalogueCases are catalogues with the events they must give, or the
// error (line and words of the message).
var catalogueCases = []struct {
	name    string
	in      string
	want    []string // events as "id start end storyline place actors terms"
	errLine int
	errText string
}{
	{
		name: "day, month and year precision, span, terms",
		in: catalogueHead + `
[[event]]
id = "shoot"
title = "Shoot-to-kill order"
start = "2022-01-07"
storyline = "kz"
place = "kazakhstan"
actors = ["tokayev"]
summary = "Tokayev orders troops to fire without warning."

[event.terms]
nl = ["te vuren om te doden"]
"*" = ["shoot-to-kill"]

[[event]]
id = "covid"
title = "Covid-19 outbreak"
start = "2020-01"
storyline = "other"

[[event]]
id = "rule"
title = "Nazarbayev rules"
start = "1989"
end = "2019"
storyline = "other"
actors = "nazarbayev"
`,
		want: []string{
			"shoot 2022-01-07  kz kazakhstan [tokayev] map[*:[shoot-to-kill] nl:[te vuren om te doden]]",
			"covid 2020-01  other  [] map[]",
			"rule 1989 2019 other  [nazarbayev] map[]",
		},
	},
	{name: "storylines only", in: catalogueHead, want: []string{}},
	{name: "syntax error", in: catalogueHead + "\n[[event]]\nid = \"x\"\ntitle = Kazakhstan\n", errLine: 11, errText: "put text in quotes"},
	{name: "bad date", in: catalogueHead + event("x", "2022-13-01", "", "kz"), errLine: 12, errText: "month 13 out of range"},
	{name: "impossible day", in: catalogueHead + event("x", "2022-02-30", "", "kz"), errLine: 12, errText: "day 30 out of range"},
	{name: "date not ISO", in: catalogueHead + event("x", "7 januari 2022", "", "kz"), errLine: 12, errText: "want YYYY"},
	{name: "end before start", in: catalogueHead + event("x", "2022-09-16", "2022-09-15", "kz"), errLine: 13, errText: "end 2022-09-15 is before start 2022-09-16"},
	{name: "end month before start month", in: catalogueHead + event("x", "2022-09", "2022-08", "kz"), errLine: 13, errText: "before start"},
	{name: "unknown storyline", in: catalogueHead + event("x", "2022", "", "kazakhstan"), errLine: 13, errText: `unknown storyline "kazakhstan"`},
	{name: "duplicate event id", in: catalogueHead + event("x", "2022", "", "kz") + event("x", "2023", "", "kz"), errLine: 16, errText: `duplicate event id "x" (first defined on line 10)`},
	{name: "duplicate storyline id", in: catalogueHead + "\n[[storyline]]\nid = \"kz\"\ntitle = \"Again\"\n", errLine: 10, errText: `duplicate storyline id "kz"`},
	{name: "storyline without title", in: "[[storyline]]\nid = \"kz\"\n", errLine: 1, errText: "missing title"},
	{name: "missing title", in: catalogueHead + "\n[[event]]\nid = \"x\"\nstart = \"2022\"\nstoryline = \"kz\"\n", errLine: 9, errText: "missing title"},
	{name: "blank title", in: catalogueHead + "\n[[event]]\nid = \"x\"\ntitle = \"  \"\nstart = \"2022\"\nstoryline = \"kz\"\n", errLine: 11, errText: "title is empty"},
	{name: "missing start", in: catalogueHead + "\n[[event]]\nid = \"x\"\ntitle = \"X\"\nstoryline = \"kz\"\n", errLine: 9, errText: "missing start"},
	{name: "start not a string", in: catalogueHead + "\n[[event]]\nid = \"x\"\ntitle = \"X\"\nstart = 2022\nstoryline = \"kz\"\n", errLine: 12, errText: "start must be a string"},
	{name: "unknown event key", in: catalogueHead + event("x", "2022", "", "kz") + "places = [\"kz\"]\n", errLine: 14, errText: `unknown event key "places"`},
	{name: "terms not a table", in: catalogueHead + event("x", "2022", "", "kz") + "terms = [\"CSTO\"]\n", errLine: 14, errText: "terms must be a table"},
	{name: "terms with a bad language", in: catalogueHead + event("x", "2022", "", "kz") + "[event.terms]\nnl = [\"CSTO\"]\nDutch = [\"CSTO\"]\n", errLine: 16, errText: `"Dutch" is not a language code`},
	{name: "empty term", in: catalogueHead + event("x", "2022", "", "kz") + "[event.terms]\nnl = [\"\"]\n", errLine: 15, errText: "empty string"},
	{name: "misspelt table", in: catalogueHead + "\n[[evnt]]\nid = \"x\"\n", errLine: 9, errText: `unknown table "evnt"`},
}

// event writes an [[event]] table after a blank line: after catalogueHead
// its header is on line 9, id 10, title 11, start 12, then end (if any)
// and storyline.
func event(id, start, end, storyline string) string {
	s := fmt.Sprintf("\n[[event]]\nid = %q\ntitle = \"Event %s\"\nstart = %q\n", id, id, start)
	if end != "" {
		s += fmt.Sprintf("end = %q\n", end)
	}
	return s + fmt.Sprintf("storyline = %q\n", storyline)
}

func TestParseCatalogue(t *testing.T) {
	for _, tc := range catalogueCases {
		t.Run(tc.name, func(t *testing.T) {
			cat, err := data.ParseCatalogue("catalogue.toml", []byte(tc.in))
			if tc.errText != "" {
				checkCuratedError(t, err, "catalogue.toml", tc.errLine, tc.errText)
				return
			}
			if err != nil {
				t.Fatalf("ParseCatalogue: %v", err)
			}
			if len(cat.Storylines) != 2 || cat.Storylines[0] != (data.Storyline{ID: "kz", Title: "Kazakhstan unrest"}) {
				t.Errorf("storylines %v", cat.Storylines)
			}
			got := make([]string, len(cat.Events))
			for i, e := range cat.Events {
				got[i] = fmt.Sprintf("%s %s %s %s %s %v %v", e.ID, e.Span.Start, e.Span.End, e.Storyline, e.Place, e.Actors, e.Terms)
				if e.Source != data.EventFromCatalogue {
					t.Errorf("event %s: source %q", e.ID, e.Source)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// FuzzParseCatalogue checks that no input makes ParseCatalogue panic, that
// errors name the file and a line inside it, and that what it accepts keeps
// the catalogue's rules.
func FuzzParseCatalogue(f *testing.F) {
	for _, tc := range catalogueCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		cat, err := data.ParseCatalogue("catalogue.toml", []byte(in))
		if err != nil {
			checkErrorInFile(t, err, "catalogue.toml", in)
			return
		}
		storylines := map[string]bool{}
		for _, s := range cat.Storylines {
			storylines[s.ID] = true
		}
		ids := map[string]bool{}
		for _, e := range cat.Events {
			switch {
			case ids[e.ID]:
				t.Errorf("duplicate id %q accepted", e.ID)
			case e.Title == "" || e.Span.Start.IsZero():
				t.Errorf("event %q without title or start accepted", e.ID)
			case !storylines[e.Storyline]:
				t.Errorf("event %q: unknown storyline %q accepted", e.ID, e.Storyline)
			case !e.Span.End.IsZero() && e.Span.End.Start().Before(e.Span.Start.Start()):
				t.Errorf("event %q ends before it starts", e.ID)
			}
			ids[e.ID] = true
		}
	})
}

// TestShippedCurated checks the files that ship with Caravan beyond what
// the parsers check: every place and actor of an event is in the name
// lists, every hand-written name is spelt in the six languages of the
// seeds and their neighbours, and every event has terms in them. (The
// generated country names have what CLDR and iso-codes have: see
// TestShippedCountryNames.)
func TestShippedCurated(t *testing.T) {
	cur := datatest.ShippedCurated(t)
	if len(cur.Problems) > 0 {
		t.Errorf("problems in the seeds' curated files: %v", cur.Problems)
	}
	languages := []string{"en", "nl", "de", "ar", "fr", "ru"}
	handWritten := handWrittenNames(t)
	names := map[string]*data.Name{}
	for _, n := range cur.Names {
		names[n.ID] = n
		if !handWritten[n.ID] {
			continue
		}
		for _, lang := range languages {
			if len(n.Spellings[lang]) == 0 {
				t.Errorf("name %q has no %s spelling", n.ID, lang)
			}
		}
	}
	storylines := map[string]bool{}
	for _, s := range cur.Catalogue.Storylines {
		storylines[s.ID] = true
	}
	if !storylines[data.OtherStoryline] {
		t.Errorf("no %q storyline for background and text events", data.OtherStoryline)
	}
	for _, e := range cur.Catalogue.Events {
		for _, id := range append([]string{e.Place}, e.Actors...) {
			if id != "" && names[id] == nil {
				t.Errorf("event %q: %q is not in the name lists", e.ID, id)
			}
		}
		for _, lang := range languages {
			if len(e.Terms[lang]) == 0 {
				t.Errorf("event %q has no %s terms", e.ID, lang)
			}
		}
		if e.Summary == "" {
			t.Errorf("event %q has no summary", e.ID)
		}
	}
}

// handWrittenNames are the ids of the names written by hand: the shipped
// files other than the generated one, and the seeds' own.
func handWrittenNames(tb testing.TB) map[string]bool {
	tb.Helper()
	ids := map[string]bool{}
	add := func(fsys fs.FS, file string) {
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			tb.Fatal(err)
		}
		names, err := data.ParseNames(file, b)
		if err != nil {
			tb.Fatal(err)
		}
		for _, n := range names {
			ids[n.ID] = true
		}
	}
	files, err := fs.Glob(knowledge.FS, "*.toml")
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range files {
		if f != knowledge.Generated && !knowledge.IsCalendar(f) {
			add(knowledge.FS, f)
		}
	}
	add(seeds.FS, data.NamesFile)
	return ids
}
