package app

import (
	"encoding/csv"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// exportResult is how one export from the dialog ended.
type exportResult struct {
	path string
	err  error
}

// dialogHarness is an export dialog over a test window, exporting into a
// temporary folder, with its confirmations recorded and answered.
type dialogHarness struct {
	d        *exportDialog
	results  chan exportResult
	asked    []string // the confirmation messages shown
	answerOK bool     // how confirmations are answered
}

func newDialogHarness(t *testing.T, src exportSource) *dialogHarness {
	t.Helper()
	a := test.NewTempApp(t)
	src.win = test.NewTempWindow(t, widget.NewLabel("main window"))
	src.win.Resize(fyne.NewSize(1200, 800))
	src.prefs = a.Preferences()
	if src.corpus == nil {
		src.corpus = testCorpus()
	}
	h := &dialogHarness{d: newExportDialog(src), results: make(chan exportResult, 1)}
	h.d.folder = t.TempDir()
	h.d.finished = func(path string, err error) { h.results <- exportResult{path, err} }
	h.d.confirm = func(_, message string, answer func(bool)) {
		h.asked = append(h.asked, message)
		answer(h.answerOK)
	}
	return h
}

// choose selects the format with the label and a custom size.
func (h *dialogHarness) choose(t *testing.T, label string, width, height int) {
	t.Helper()
	h.d.format.SetSelected(label)
	if h.d.chosenFormat().label != label {
		t.Fatalf("no format %q", label)
	}
	h.d.size.SetSelected(sizeCustom)
	h.d.width.SetText(strconv.Itoa(width))
	h.d.height.SetText(strconv.Itoa(height))
}

// export presses Export and waits for the export to end; ok is false when
// nothing was exported because a confirmation was declined.
func (h *dialogHarness) export(t *testing.T) (exportResult, bool) {
	t.Helper()
	asked := len(h.asked)
	h.d.onExport()
	if len(h.asked) > asked && !h.answerOK {
		return exportResult{}, false
	}
	return <-h.results, true
}

func TestExportDialogWritesEachFormat(t *testing.T) {
	tests := []struct {
		label string
		check func(t *testing.T, path string)
	}{
		{"Timeline image (PNG)", checkPNG(640, 360)},
		{"Timeline image (SVG)", func(t *testing.T, path string) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			assertXML(t, f)
		}},
		{"Briefing deck (PDF)", func(t *testing.T, path string) {
			if got := pdfPages(t, path); got != 5 {
				t.Errorf("%d pages, want 5", got)
			}
		}},
		{"Briefing slides (folder of PNGs)", func(t *testing.T, path string) {
			names := dirNames(t, path)
			if len(names) != 5 {
				t.Fatalf("folder holds %q, want 5 slides", names)
			}
			checkPNG(640, 360)(t, filepath.Join(path, names[0]))
		}},
		{"TimelineJS (JSON)", func(t *testing.T, path string) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var timeline struct {
				Events []json.RawMessage `json:"events"`
			}
			if err := json.Unmarshal(b, &timeline); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if len(timeline.Events) == 0 {
				t.Error("no events in the TimelineJS file")
			}
		}},
		{"Events (CSV)", func(t *testing.T, path string) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, err := csv.NewReader(f).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			// A header and one row per excerpt, or per event without one.
			if len(rows) != 1+8 {
				t.Errorf("%d rows, want 9", len(rows))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			h := newDialogHarness(t, exportSource{})
			h.d.include.SetSelected(includeWhole)
			h.choose(t, tt.label, 640, 360)
			res, _ := h.export(t)
			if res.err != nil {
				t.Fatal(res.err)
			}
			if len(h.asked) != 0 {
				t.Errorf("asked %q before writing a new file", h.asked)
			}
			tt.check(t, res.path)
			if want := filepath.Join(h.d.folder, proposedName(h.d.chosenFormat(), h.d.src.corpus, exportScope{})); strings.TrimSuffix(res.path, string(filepath.Separator)) != want {
				t.Errorf("wrote %s, want the proposed %s", res.path, want)
			}
		})
	}
}

// checkPNG checks that path is a PNG of the size.
func checkPNG(width, height int) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cfg, err := png.DecodeConfig(f)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if cfg.Width != width || cfg.Height != height {
			t.Errorf("%s is %d×%d, want %d×%d", path, cfg.Width, cfg.Height, width, height)
		}
	}
}

func TestExportDialogAsksBeforeReplacing(t *testing.T) {
	for _, answer := range []bool{false, true} {
		t.Run(map[bool]string{false: "declined", true: "agreed"}[answer], func(t *testing.T) {
			h := newDialogHarness(t, exportSource{})
			h.choose(t, "Events (CSV)", 1, 1)
			path := h.d.target()
			if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			h.answerOK = answer
			res, exported := h.export(t)
			if len(h.asked) != 1 || !strings.Contains(h.asked[0], filepath.Base(path)) {
				t.Fatalf("asked %q, want one question naming %s", h.asked, filepath.Base(path))
			}
			got, _ := os.ReadFile(path)
			if answer {
				if !exported || res.err != nil || string(got) == "old" {
					t.Errorf("agreed to replace: exported %v, error %v, file %q", exported, res.err, got)
				}
			} else if exported || string(got) != "old" {
				t.Errorf("declined: exported %v, file now %q", exported, got)
			}
		})
	}
}

func TestExportDialogAsksBeforeReplacingSlides(t *testing.T) {
	h := newDialogHarness(t, exportSource{})
	h.d.include.SetSelected(includeWhole)
	h.choose(t, "Briefing slides (folder of PNGs)", 640, 360)
	dir := h.d.target()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"slide-02.png", "slide-05.png", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h.export(t)
	if len(h.asked) != 1 || !strings.Contains(h.asked[0], "2 slide files") {
		t.Errorf("asked %q, want one question about 2 slide files", h.asked)
	}
}

func TestExportDialogUnwritableFolder(t *testing.T) {
	h := newDialogHarness(t, exportSource{})
	blocker := filepath.Join(h.d.folder, "notes.txt") // a file where a folder should be
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.d.folder = blocker
	for _, label := range []string{"Timeline image (PNG)", "Briefing deck (PDF)", "Events (CSV)"} {
		h.choose(t, label, 640, 360)
		res, _ := h.export(t)
		if res.err == nil || !strings.Contains(res.err.Error(), res.path) {
			t.Errorf("%s: error %v, want one naming %s", label, res.err, res.path)
		}
	}
}

func TestExportDialogFieldsFollowTheFormat(t *testing.T) {
	h := newDialogHarness(t, exportSource{})
	fullHD, uhd := charts.Presets[0].Name, charts.Presets[1].Name
	tests := []struct {
		label, size  string
		sizeDisabled bool
		customOff    bool
	}{
		{"Timeline image (PNG)", fullHD, false, true},
		{"Timeline image (PNG)", sizeCustom, false, false},
		{"Briefing deck (PDF)", uhd, true, true}, // vector pages: no pixel size
		{"Events (CSV)", sizeCustom, true, true},
		{"TimelineJS (JSON)", fullHD, true, true},
	}
	for _, tt := range tests {
		h.d.format.SetSelected(tt.label)
		h.d.size.SetSelected(tt.size)
		if h.d.size.Disabled() != tt.sizeDisabled || h.d.width.Disabled() != tt.customOff || h.d.height.Disabled() != tt.customOff {
			t.Errorf("%s, %s: size disabled %v (want %v), custom fields disabled %v (want %v)", tt.label, tt.size,
				h.d.size.Disabled(), tt.sizeDisabled, h.d.width.Disabled(), tt.customOff)
		}
	}
	h.d.size.SetSelected(uhd)
	if got := h.d.chosenSize(); got != fyne.NewSize(3840, 2160) {
		t.Errorf("4K preset gives %v", got)
	}
}

func TestExportDialogProposesNamesUntilTheAnalystTypes(t *testing.T) {
	view := timeRange{From: data.MonthDate(2022, time.September).Start(), To: data.MonthDate(2022, time.September).End()}
	h := newDialogHarness(t, exportSource{view: view, storyline: "trip"})
	if got, want := h.d.name.Text, "caravan-timeline-trip-2022-09_2022-09.png"; got != want {
		t.Errorf("first proposal %q, want %q", got, want)
	}
	h.d.storyline.SetChecked(false)
	h.d.format.SetSelected("Briefing deck (PDF)")
	if got, want := h.d.name.Text, "caravan-deck-2022-09_2022-09.pdf"; got != want {
		t.Errorf("after changes %q, want %q", got, want)
	}
	test.Type(h.d.name, "mine-") // typed at the start of the proposal
	h.d.format.SetSelected("Events (CSV)")
	if got, want := h.d.name.Text, "mine-caravan-deck-2022-09_2022-09.csv"; got != want {
		t.Errorf("typed name became %q, want %q: kept, with the new format's extension", got, want)
	}
	h.d.name.SetText("briefing")
	if got := filepath.Base(h.d.target()); got != "briefing.csv" {
		t.Errorf("target %q, want briefing.csv", got)
	}
}

func TestProposedName(t *testing.T) {
	c := testCorpus()
	format := func(label string) exportFormat {
		for _, f := range exportFormats {
			if f.label == label {
				return f
			}
		}
		t.Fatalf("no format %q", label)
		return exportFormat{}
	}
	sep := data.MonthDate(2022, time.September)
	tests := []struct {
		format string
		scope  exportScope
		want   string
	}{
		{"Timeline image (PNG)", exportScope{}, "caravan-timeline-2022-01_2023-05.png"},
		{"Timeline image (SVG)", exportScope{Storyline: "unrest"}, "caravan-timeline-unrest-2022-01_2022-01.svg"},
		{"Coverage chart (PNG)", exportScope{From: sep.Start(), To: sep.End()}, "caravan-coverage-2022-09_2022-09.png"},
		{"Briefing deck (PDF)", exportScope{From: sep.Start()}, "caravan-deck-2022-09_2023-05.pdf"},
		{"Briefing slides (folder of PNGs)", exportScope{Storyline: "trip"}, "caravan-slides-trip-2022-09_2023-05"},
		{"Events (CSV)", exportScope{From: data.YearDate(2030).Start()}, "caravan-events.csv"},
		// A view wider than the events names the events' months, not its
		// empty edges.
		{"Timeline image (PNG)", exportScope{From: data.MonthDate(2021, time.December).Start(), To: data.MonthDate(2023, time.July).End()}, "caravan-timeline-2022-01_2023-05.png"},
		{"TimelineJS (JSON)", exportScope{}, "caravan-timelinejs-2022-01_2023-05.json"},
	}
	for _, tt := range tests {
		if got := proposedName(format(tt.format), c, tt.scope); got != tt.want {
			t.Errorf("%s %+v: %q, want %q", tt.format, tt.scope, got, tt.want)
		}
	}
}

func TestValidateFileName(t *testing.T) {
	for name, ok := range map[string]bool{
		"timeline.png": true, "briefing 2022": true, "": false, "  ": false,
		"a/b.png": false, `a\b.png`: false, "..": false,
	} {
		if err := validateFileName(name); (err == nil) != ok {
			t.Errorf("validateFileName(%q) = %v", name, err)
		}
	}
}

func TestExportDialogCurrentViewFollowsTheFilters(t *testing.T) {
	c := winCorpus()
	f := newFilter(c, filterState{Storyline: "sco", Language: "ar"}, newCorpusSearch(c))
	h := newDialogHarness(t, exportSource{corpus: c, storyline: "sco", filter: f})
	tests := []struct {
		include   string
		storyline bool
		want      exportScope
	}{
		{includeView, true, exportScope{Storyline: "sco", Filter: f.withoutStoryline()}},
		{includeView, false, exportScope{Filter: f.withoutStoryline()}},
		{includeWhole, true, exportScope{Storyline: "sco"}},
		{includeWhole, false, exportScope{}},
	}
	for _, tt := range tests {
		h.d.include.SetSelected(tt.include)
		h.d.storyline.SetChecked(tt.storyline)
		if got := h.d.chosenScope(); got != tt.want {
			t.Errorf("%s, storyline %v: scope %+v, want %+v", tt.include, tt.storyline, got, tt.want)
		}
	}
}
