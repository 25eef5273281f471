package app

import (
	"encoding/xml"
	"flag"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// parseExportFlags reads a command line the way main does.
func parseExportFlags(t *testing.T, args ...string) ExportOptions {
	t.Helper()
	var o ExportOptions
	fs := flag.NewFlagSet("caravan export", flag.ContinueOnError)
	o.Bind(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestExportDeckFromTheCommandLine(t *testing.T) {
	tests := []struct {
		name  string
		args  []string // "OUT" stands for the output path
		out   string   // relative to a temporary folder
		pages int      // slides expected
	}{
		{"pdf", []string{"--deck", "--out", "OUT"}, "deck.pdf", 5},
		{"pdf of one storyline", []string{"--deck", "--storyline", "unrest", "--width", "640", "--height", "360", "--out", "OUT"}, "Deck.PDF", 2},
		{"pdf of some months", []string{"--deck", "--from", "2022-09", "--to", "2022-09", "--width", "640", "--height", "360", "--out", "OUT"}, "sep.pdf", 2},
		{"folder", []string{"--deck", "--width", "640", "--height", "360", "--out", "OUT"}, "slides/", 5},
		{"folder of a year", []string{"--deck", "--from", "2023", "--width", "640", "--height", "360", "--out", "OUT"}, "2023/", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), tt.out)
			if strings.HasSuffix(tt.out, "/") {
				out += "/"
			}
			args := strings.Join(tt.args, "\x00")
			o := parseExportFlags(t, strings.Split(strings.ReplaceAll(args, "OUT", out), "\x00")...)
			if err := Export(testCorpus(), o); err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(out, "/") {
				if got := len(dirNames(t, out)); got != tt.pages {
					t.Errorf("%d slides, want %d", got, tt.pages)
				}
				return
			}
			if got := pdfPages(t, out); got != tt.pages {
				t.Errorf("%d pages, want %d", got, tt.pages)
			}
		})
	}
}

func TestExportErrorsSayWhatIsWrong(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string // in the error message
	}{
		{"no output", nil, "--out is required"},
		{"unknown extension", []string{"--out", "chart.jpg"}, `unknown extension ".jpg"`},
		{"no extension", []string{"--out", "chart"}, "no file extension"},
		{"pdf without deck", []string{"--out", "deck.pdf"}, "add --deck"},
		{"deck to a png", []string{"--deck", "--out", filepath.Join(dir, "deck.png")}, "FILE.pdf or to a folder"},
		{"bad from date", []string{"--from", "2022-13", "--out", "x.png"}, "--from"},
		{"bad to date", []string{"--to", "16/09/2022", "--out", "x.png"}, "--to"},
		{"from after to", []string{"--from", "2023", "--to", "2022-09", "--out", "x.png"}, "after"},
		{"unknown storyline", []string{"--storyline", "moon", "--out", "x.png"}, `unknown storyline "moon"; the corpus has unrest, trip`},
		{"unknown chart", []string{"--chart", "pie", "--out", "x.png"}, `unknown chart "pie"`},
		{"zero width", []string{"--width", "0", "--out", "x.png"}, "between 1 and"},
		{"huge height", []string{"--height", "100000", "--out", "x.png"}, "between 1 and"},
		{"no events in range", []string{"--deck", "--from", "2030", "--out", filepath.Join(dir, "d.pdf")}, "no events"},
		{"unwritable deck", []string{"--deck", "--out", filepath.Join(blocker, "deck.pdf")}, filepath.Join(blocker, "deck.pdf")},
		{"unwritable folder", []string{"--deck", "--width", "640", "--height", "360", "--out", blocker + "/slides/"}, filepath.Join(blocker, "slides")},
		{"too small to read", []string{"--width", "320", "--height", "200", "--out", "x.png"}, "320×200 is too small to read; the smallest is 640×360"},
		{"too low to read", []string{"--width", "1920", "--height", "300", "--out", "x.png"}, "the smallest is 640×360"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Export(testCorpus(), parseExportFlags(t, tt.args...))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestExportScope(t *testing.T) {
	c := testCorpus()
	ids := func(s exportScope) string {
		var out []string
		for _, e := range s.events(c) {
			out = append(out, e.ID)
		}
		return strings.Join(out, " ")
	}
	month := func(y int, m time.Month) data.Date { return data.MonthDate(y, m) }
	tests := []struct {
		name  string
		scope exportScope
		want  string
	}{
		{"everything", exportScope{}, "almaty-shutdown csto-landing xi-astana sco-summit c5-summit"},
		{"storyline", exportScope{Storyline: "trip"}, "xi-astana sco-summit c5-summit"},
		{"from", exportScope{From: month(2022, time.September).Start()}, "xi-astana sco-summit c5-summit"},
		{"to", exportScope{To: month(2022, time.January).End()}, "almaty-shutdown csto-landing"},
		// A span that starts before the range and ends inside it overlaps it.
		{"overlapping span", exportScope{From: data.DayDate(2022, time.January, 7).Start(), To: month(2022, time.January).End()}, "almaty-shutdown"},
		// A month-precision event overlaps a day range inside the month.
		{"month event in a day range", exportScope{From: data.DayDate(2023, time.May, 18).Start(), To: data.DayDate(2023, time.May, 19).End()}, "c5-summit"},
		{"nothing", exportScope{From: month(2024, time.January).Start()}, ""},
	}
	for _, tt := range tests {
		if got := ids(tt.scope); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestExportScopeArticles(t *testing.T) {
	c := testCorpus()
	undated := testArticle("undated", "nl", data.Date{}, "Zonder datum.")
	c.Articles = append(c.Articles, undated)
	ids := func(s exportScope) string {
		var out []string
		for _, a := range s.corpus(c).Articles {
			out = append(out, a.ID)
		}
		return strings.Join(out, " ")
	}
	sep := data.MonthDate(2022, time.September)
	tests := []struct {
		name  string
		scope exportScope
		want  string
	}{
		{"everything, undated included", exportScope{}, "nl-onrust de-reise ar-zyara undated"},
		{"storyline: articles supporting its events", exportScope{Storyline: "unrest"}, "nl-onrust"},
		{"month range", exportScope{From: sep.Start(), To: sep.End()}, "de-reise ar-zyara"},
		// A month-dated article overlaps a day inside the month.
		{"day range", exportScope{From: data.DayDate(2022, time.September, 20).Start()}, "ar-zyara"},
		{"range and storyline", exportScope{To: sep.End(), Storyline: "trip"}, "de-reise ar-zyara"},
	}
	for _, tt := range tests {
		if got := ids(tt.scope); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestExportChartFromTheCommandLine(t *testing.T) {
	tests := []struct {
		name string
		args []string
		out  string
	}{
		{"timeline png", []string{"--width", "1280", "--height", "720"}, "timeline.png"},
		{"timeline png of one storyline", []string{"--storyline", "trip", "--width", "800", "--height", "600"}, "trip.PNG"},
		{"timeline svg of some months", []string{"--from", "2022-09", "--to", "2023", "--width", "1600", "--height", "900"}, "months.svg"},
		{"timeline png at the default size", nil, "default.png"},
		{"coverage png", []string{"--chart", "coverage", "--width", "1200", "--height", "800"}, "coverage.png"},
		{"coverage svg of one storyline", []string{"--chart", "coverage", "--storyline", "unrest"}, "coverage.svg"},
		{"actors png", []string{"--chart", "actors", "--width", "1000", "--height", "700"}, "actors.png"},
		{"actors svg of some months", []string{"--chart", "actors", "--from", "2022-09-01", "--to", "2022-12"}, "actors.svg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), tt.out)
			o := parseExportFlags(t, append(tt.args, "--out", out)...)
			if err := Export(testCorpus(), o); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if strings.EqualFold(filepath.Ext(out), ".svg") {
				assertXML(t, f)
				return
			}
			cfg, err := png.DecodeConfig(f)
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if cfg.Width != o.Width || cfg.Height != o.Height {
				t.Errorf("image is %d×%d, want %d×%d", cfg.Width, cfg.Height, o.Width, o.Height)
			}
		})
	}
}

// assertXML fails unless r is a well-formed SVG document.
func assertXML(t *testing.T, r io.Reader) {
	t.Helper()
	dec := xml.NewDecoder(r)
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse as XML: %v", err)
		}
		if el, ok := tok.(xml.StartElement); ok && root == "" {
			root = el.Name.Local
		}
	}
	if root != "svg" {
		t.Errorf("root element %q, want svg", root)
	}
}

// FuzzExportScope feeds the date and storyline flags anything: the scope
// either fails with a message naming the flag, or is a proper range whose
// events all fall in it.
func FuzzExportScope(f *testing.F) {
	for _, seed := range [][3]string{
		{"", "", ""}, {"2022-09", "2022-09", "trip"}, {"2022-13", "", ""}, {"", "16/09/2022", ""},
		{"2023", "2022-09", ""}, {"", "", "moon"}, {"2022-02-29", "2024-02-29", "unrest"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	c := testCorpus()
	f.Fuzz(func(t *testing.T, from, to, storyline string) {
		s, err := ExportOptions{From: from, To: to, Storyline: storyline}.scope(c)
		if err != nil {
			if !strings.Contains(err.Error(), "--from") && !strings.Contains(err.Error(), "--to") && !strings.Contains(err.Error(), "storyline") {
				t.Errorf("error %q names no flag", err)
			}
			return
		}
		if !s.From.IsZero() && !s.To.IsZero() && !s.From.Before(s.To) {
			t.Errorf("from %q to %q gave the empty range %v – %v", from, to, s.From, s.To)
		}
		for _, e := range s.events(c) {
			if (!s.To.IsZero() && !e.Span.From().Before(s.To)) || (!s.From.IsZero() && !s.From.Before(e.Span.To())) {
				t.Errorf("event %s (%v) outside %v – %v", e.ID, e.Span, s.From, s.To)
			}
		}
	})
}

// TestExportScopeFollowsTheWindowFilters checks the articles the charts of
// the window's filters count, and what their subtitle says was filtered.
func TestExportScopeFollowsTheWindowFilters(t *testing.T) {
	c := winCorpus()
	search := newCorpusSearch(c)
	tests := []struct {
		name     string
		state    filterState
		articles []string
		note     string
	}{
		{"nothing filtered", filterState{}, []string{"nl-unrest", "de-visit", "ar-visit"}, ""},
		{"a language", filterState{Language: "ar"}, []string{"ar-visit"}, "language: ar"},
		{"hiding changes nothing", filterState{Language: "ar", Hide: true}, []string{"ar-visit"}, "language: ar"},
		{"a storyline, which the title names", filterState{Storyline: "unrest"}, []string{"nl-unrest"}, ""},
		{"a place", filterState{Place: "almaty"}, []string{"nl-unrest"}, "place: Almaty"},
		{"an actor", filterState{Actor: "xi"}, []string{"nl-unrest", "de-visit", "ar-visit"}, "actor: Xi Jinping"},
		{"a search", filterState{Query: "Rusland"}, []string{"nl-unrest"}, "search: Rusland"},
		{"a search in a language", filterState{Query: "Samarkand", Language: "de"}, []string{"de-visit"},
			"language: de · search: Samarkand"},
		{"nothing left", filterState{Query: "Rusland", Language: "de"}, nil, "language: de · search: Rusland"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scopeOf(newFilter(c, tt.state, search))
			if s.Storyline != tt.state.Storyline {
				t.Errorf("storyline %q, want %q", s.Storyline, tt.state.Storyline)
			}
			var got []string
			for _, a := range s.corpus(c).Articles {
				got = append(got, a.ID)
			}
			if strings.Join(got, " ") != strings.Join(tt.articles, " ") {
				t.Errorf("articles %q, want %q", got, tt.articles)
			}
			if n := s.Filter.note(); n != tt.note {
				t.Errorf("note %q, want %q", n, tt.note)
			}
		})
	}
}

// TestExportReplacesOnlyWithOverwrite checks that the command line, which
// cannot ask, refuses to replace a file or an earlier deck's slides unless
// --overwrite is given, and that a replaced deck leaves none of the earlier
// one's slides behind.
func TestExportReplacesOnlyWithOverwrite(t *testing.T) {
	const old = "earlier export"
	small := []string{"--width", "640", "--height", "360"}
	tests := []struct {
		name   string
		args   []string
		out    string   // relative to a temporary folder; a trailing / makes it a slide folder
		before []string // files there already, in out when a folder
		after  []string // the folder's files after an export with --overwrite
	}{
		{"png", []string{"--chart", "coverage"}, "chart.png", nil, nil},
		{"svg", []string{"--chart", "actors"}, "chart.svg", nil, nil},
		{"pdf deck", []string{"--deck"}, "deck.pdf", nil, nil},
		{"folder of a longer deck", []string{"--deck"}, "slides/",
			[]string{"notes.txt", "slide-01.png", "slide-06.png", "slide-07.png"},
			[]string{"notes.txt", "slide-01.png", "slide-02.png", "slide-03.png", "slide-04.png", "slide-05.png"}},
		{"folder of a deck numbered wider", []string{"--deck", "--from", "2023"}, "slides/",
			[]string{"slide-001.png", "slide-100.png", "slide-1.png"},
			[]string{"slide-01.png", "slide-1.png"}}, // slide-1.png is not a name of ours
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), tt.out)
			folder := strings.HasSuffix(tt.out, "/")
			existing := []string{out}
			if folder {
				out += "/"
				existing = nil
				if err := os.MkdirAll(out, 0o755); err != nil {
					t.Fatal(err)
				}
				for _, name := range tt.before {
					existing = append(existing, filepath.Join(out, name))
				}
			}
			for _, p := range existing {
				if err := os.WriteFile(p, []byte(old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := append(append(slices.Clone(small), tt.args...), "--out", out)

			err := Export(testCorpus(), parseExportFlags(t, args...))
			if err == nil || !strings.Contains(err.Error(), out) || !strings.Contains(err.Error(), "pass --overwrite") {
				t.Fatalf("without --overwrite: error %v, want one naming %s and --overwrite", err, out)
			}
			for _, p := range existing {
				if b, _ := os.ReadFile(p); string(b) != old {
					t.Fatalf("without --overwrite %s became %q", p, b)
				}
			}

			if err := Export(testCorpus(), parseExportFlags(t, append(args, "--overwrite")...)); err != nil {
				t.Fatalf("with --overwrite: %v", err)
			}
			if folder {
				if got := dirNames(t, out); !slices.Equal(got, tt.after) {
					t.Errorf("the folder holds %q, want %q", got, tt.after)
				}
				if b, _ := os.ReadFile(filepath.Join(out, "notes.txt")); tt.before[0] == "notes.txt" && string(b) != old {
					t.Errorf("notes.txt became %q", b)
				}
				return
			}
			if b, _ := os.ReadFile(out); string(b) == old {
				t.Errorf("with --overwrite %s was not replaced", out)
			}
		})
	}
}

func TestExportIntoAFolderWithoutSlidesNeedsNoOverwrite(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	o := parseExportFlags(t, "--deck", "--from", "2023", "--width", "640", "--height", "360", "--out", dir+"/")
	if err := Export(testCorpus(), o); err != nil {
		t.Fatal(err)
	}
	if got, want := dirNames(t, dir), []string{"notes.txt", "slide-01.png"}; !slices.Equal(got, want) {
		t.Errorf("the folder holds %q, want %q", got, want)
	}
}
