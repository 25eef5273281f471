package app

import (
	"context"
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// windowState writes what the window shows of the curated state: lanes,
// events with their facts and passages, articles with their dates and
// links, what is hidden and every curation.
func windowState(mw *mainWindow) string {
	var b strings.Builder
	for _, s := range mw.corpus.Storylines {
		fmt.Fprintf(&b, "storyline %s %q\n", s.ID, s.Title)
	}
	for _, e := range mw.corpus.Events {
		fmt.Fprintf(&b, "event %s %q %v–%v %s %q %v %q", e.ID, e.Title, e.Span.Start, e.Span.End, e.Storyline, e.Place, e.Actors, e.Summary)
		for _, x := range e.Excerpts {
			fmt.Fprintf(&b, " %s#%d", x.Article, x.Paragraph)
		}
		b.WriteString("\n")
	}
	for _, a := range mw.corpus.Articles {
		fmt.Fprintf(&b, "article %s %v %s %v\n", a.ID, a.Date, a.DateSource, a.Links)
	}
	r := mw.work.result()
	for _, e := range r.Hidden {
		fmt.Fprintf(&b, "hidden %s\n", e.ID)
	}
	for _, s := range r.HiddenStorylines {
		fmt.Fprintf(&b, "hidden storyline %s\n", s.ID)
	}
	keys := slices.SortedFunc(maps.Keys(r.Curation), func(x, y project.Target) int { return strings.Compare(x.String(), y.String()) })
	for _, k := range keys {
		fmt.Fprintf(&b, "curation %s %+v\n", k, *r.Curation[k])
	}
	return b.String()
}

// windowAction is one curation action as the analyst makes it in the
// window: menus, dialogs, OK.
type windowAction struct {
	name string
	// setup makes what the action needs (a tag to remove, a hidden event
	// to restore); it is undone after the action.
	setup func(t *testing.T, mw *mainWindow)
	act   func(t *testing.T, mw *mainWindow)
}

// fill types into a form's entries and picks its choices ("=" picks the
// first option, "+" the second), then taps OK.
func fill(t *testing.T, mw *mainWindow, values map[string]string) {
	t.Helper()
	f := mw.work.form
	for name, v := range values {
		if e := f.entries[name]; e != nil {
			e.SetText(v)
			continue
		}
		s := f.selects[name]
		if s == nil {
			t.Fatalf("the form has no field %s", name)
		}
		switch v {
		case "=":
			s.SetSelected(s.Options[0])
		case "+":
			s.SetSelected(s.Options[1])
		default:
			s.SetSelected(v)
		}
	}
	test.Tap(f.ok)
	if f.err.Text != "" {
		t.Fatalf("the dialog refused: %s", f.err.Text)
	}
}

// TestEveryWindowActionUndoesAndRedoes: every curation action of the
// window, made through its menus and dialogs, changes the state shown,
// marks the project unsaved, and one Undo gives back the state before it,
// one Redo the state after it.
func TestEveryWindowActionUndoesAndRedoes(t *testing.T) {
	mw := newProjectWindow(t)
	var e *data.Event
	for _, ev := range mw.corpus.Events {
		if len(ev.Excerpts) >= 3 {
			e = ev
			break
		}
	}
	if e == nil {
		t.Fatal("no event with three passages")
	}
	sel := func() { mw.timeline.Select(e.ID) }
	x := func() data.Excerpt { return mw.corpus.Event(e.ID).Excerpts[1] }
	art := mw.corpus.Articles[1]
	edit := func(label string, values map[string]string) func(*testing.T, *mainWindow) {
		return func(t *testing.T, mw *mainWindow) {
			sel()
			click(t, mw, "Edit", label)
			if values != nil {
				fill(t, mw, values)
			}
		}
	}
	passage := func(label string, values map[string]string) func(*testing.T, *mainWindow) {
		return func(t *testing.T, mw *mainWindow) {
			sel()
			menuAction(t, mw.work.passageActions(x()), label)
			if values != nil {
				fill(t, mw, values)
			}
		}
	}
	article := func(label string, values map[string]string) func(*testing.T, *mainWindow) {
		return func(t *testing.T, mw *mainWindow) {
			menuAction(t, mw.work.articleActions(mw.corpus.Article(art.ID)), label)
			if values != nil {
				fill(t, mw, values)
			}
		}
	}
	other := ""
	for _, s := range mw.corpus.Storylines {
		if s.ID != e.Storyline {
			other = s.Title + " (" + s.ID + ")"
		}
	}
	actions := []windowAction{
		{name: "rename", act: edit("Rename…", map[string]string{"Title": "Renamed by hand"})},
		{name: "summary", act: edit("Edit summary…", map[string]string{"Summary": "Written by hand."})},
		{name: "re-date", act: edit("Re-date…", map[string]string{"Start": "2022-09", "End": "", "Precision": "month", "Earliest": "2022-08", "Latest": "2022-10"})},
		{name: "move", act: edit("Move to storyline…", map[string]string{"Storyline": other})},
		{name: "place and actors", act: edit("Place and actors…", map[string]string{"Place": "somewhere", "Actors": "someone, another"})},
		{name: "merge", act: func(t *testing.T, mw *mainWindow) {
			sel()
			click(t, mw, "Edit", "Merge with…")
			test.Tap(mw.work.form.checks[0])
			fill(t, mw, nil)
		}},
		{name: "split", act: func(t *testing.T, mw *mainWindow) {
			sel()
			click(t, mw, "Edit", "Split…")
			test.Tap(mw.work.form.checks[0])
			fill(t, mw, map[string]string{"New title": "Split off"})
		}},
		{name: "star", act: edit("Star / unstar", nil)},
		{name: "tag", act: edit("Tag…", map[string]string{"Tag": "brief"})},
		{name: "untag", setup: edit("Tag…", map[string]string{"Tag": "old"}), act: edit("Remove a tag…", map[string]string{"Tag": "="})},
		{name: "note", act: edit("Note…", map[string]string{"Note": "Ask the desk."})},
		{name: "confirm", act: edit("Mark confirmed", nil)},
		{name: "cancel", act: edit("Mark cancelled", nil)},
		{name: "hide", act: edit("Hide event", nil)},
		{name: "restore", setup: edit("Hide event", nil), act: func(t *testing.T, mw *mainWindow) {
			click(t, mw, "Edit", "Restore hidden event…")
			fill(t, mw, nil)
		}},
		{name: "new event", act: func(t *testing.T, mw *mainWindow) {
			click(t, mw, "Edit", "New event…")
			fill(t, mw, map[string]string{"Title": "Made from scratch", "Start": "2022-09-14", "Storyline": "="})
		}},
		{name: "declare catalogue event", act: func(t *testing.T, mw *mainWindow) {
			click(t, mw, "Edit", "Declare catalogue event…")
			fill(t, mw, map[string]string{"Id": "declared-summit", "Title": "Summit in Samarkand", "Start": "2022-09-15",
				"End": "2022-09-16", "Storyline": "=", "Terms": "*: Samarkand\nru: Самарканд"})
			mw.work.prepare.running.Wait() // linked off the UI goroutine
			if e := mw.corpus.Event("declared-summit"); e == nil || len(e.Excerpts) == 0 {
				t.Errorf("the declared event did not link at once: %+v", e)
			}
		}},
		{name: "unlink", act: passage("Unlink from this event (wrong)", nil)},
		{name: "split passage", act: passage("Split into a new event", nil)},
		{name: "link passage", act: func(t *testing.T, mw *mainWindow) {
			sel()
			menuAction(t, mw.work.passageActions(x()), "Link to another event…")
			s := mw.work.form.selects["Event"]
			i := slices.IndexFunc(s.Options, func(o string) bool { return !strings.HasSuffix(o, "("+e.ID+")") })
			fill(t, mw, map[string]string{"Event": s.Options[i]})
		}},
		{name: "new event from passage", act: passage("New event from this passage…", map[string]string{"Title": "From a passage", "Start": "2022-09"})},
		{name: "star passage", act: passage("Star passage", nil)},
		{name: "tag passage", act: passage("Tag passage…", map[string]string{"Tag": "quote"})},
		{name: "untag passage", setup: passage("Tag passage…", map[string]string{"Tag": "old"}), act: passage("Remove a tag…", map[string]string{"Tag": "="})},
		{name: "note on passage", act: passage("Note on passage…", map[string]string{"Note": "Check the translation."})},
		{name: "article date", act: article("Set date…", map[string]string{"Date": "2022-09", "Precision": "month", "Reason": "the header is wrong"})},
		{name: "article duplicate", act: article("Mark duplicate", nil)},
		{name: "article irrelevant", act: article("Mark irrelevant", nil)},
		{name: "article clear mark", setup: article("Mark duplicate", nil), act: article("Clear mark", nil)},
		{name: "article star", act: article("Star / unstar", nil)},
		{name: "article tag", act: article("Tag…", map[string]string{"Tag": "source"})},
		{name: "article untag", setup: article("Tag…", map[string]string{"Tag": "old"}), act: article("Remove a tag…", map[string]string{"Tag": "="})},
		{name: "article note", act: article("Note…", map[string]string{"Note": "Ask the agency."})},
		{name: "new storyline", act: edit("New storyline…", map[string]string{"Title": "Border talks"})},
		{name: "rename storyline", act: edit("Rename storyline…", map[string]string{"Storyline": "=", "Title": "Renamed lane"})},
		{name: "storyline up", act: edit("Move storyline up…", map[string]string{"Storyline": "+"})},
		{name: "hide storyline", act: edit("Hide storyline…", map[string]string{"Storyline": "="})},
		{name: "restore storyline", setup: edit("Hide storyline…", map[string]string{"Storyline": "="}), act: edit("Restore hidden storyline…", map[string]string{"Storyline": "="})},
	}
	for _, a := range actions {
		if a.setup != nil {
			a.setup(t, mw)
		}
		n := len(mw.work.session.Project.Decisions)
		before := windowState(mw)
		a.act(t, mw)
		after := windowState(mw)
		if after == before || len(mw.work.session.Project.Decisions) == n {
			t.Errorf("%s: the action changed nothing", a.name)
			continue
		}
		if !strings.HasPrefix(mw.win.Title(), "*") {
			t.Errorf("%s: the title %q does not mark unsaved work", a.name, mw.win.Title())
		}
		undo(t, mw)
		if got := windowState(mw); got != before || len(mw.work.session.Project.Decisions) != n {
			t.Errorf("%s: one undo did not give back the state before it (%d decisions, had %d)", a.name, len(mw.work.session.Project.Decisions), n)
		}
		redo(t, mw)
		if windowState(mw) != after {
			t.Errorf("%s: redo did not give back the state after it", a.name)
		}
		undo(t, mw)
		if a.setup != nil {
			undo(t, mw)
		}
	}
}

// TestFinderListsArticlesAndPassages: the curated finder searches the
// stars, tags and notes of articles and passages too, and choosing one
// opens the article.
func TestFinderListsArticlesAndPassages(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 2)
	x := e.Excerpts[1]
	menuAction(t, mw.work.passageActions(x), "Tag passage…")
	fill(t, mw, map[string]string{"Tag": "translation-check"})
	art := mw.corpus.Articles[2]
	menuAction(t, mw.work.articleActions(art), "Note…")
	fill(t, mw, map[string]string{"Note": "Agency copy, not a witness"})
	menuAction(t, mw.work.articleActions(mw.corpus.Article(art.ID)), "Star / unstar")

	click(t, mw, "Edit", "Find curated events…")
	test.Type(mw.work.finderQuery, "translation")
	if mw.work.finder.Length() != 1 {
		t.Fatalf("finder lists %d lines for a passage's tag, want 1", mw.work.finder.Length())
	}
	mw.work.finder.Select(0)
	if mw.tabs.Selected() != mw.articleTab {
		t.Error("choosing a passage did not open its article")
	}

	click(t, mw, "Edit", "Find curated events…")
	test.Type(mw.work.finderQuery, "witness")
	if got := mw.work.curatedEvents("witness"); len(got) != 1 || got[0].article != art.ID || !strings.HasPrefix(got[0].text, "★ article") {
		t.Errorf("the starred, noted article is listed as %+v", got)
	}
	if first := mw.work.curatedEvents(""); len(first) == 0 || !strings.HasPrefix(first[0].text, "★") {
		t.Error("starred lines do not come first")
	}
}

// TestWindowExportCarriesTheCuration: the window's events export (CSV)
// carries the project's stars, tags and notes, as `caravan events
// --project` does; with no decision it is the export without a project.
func TestWindowExportCarriesTheCuration(t *testing.T) {
	mw := newProjectWindow(t)
	if projectCurations(mw) != nil {
		t.Error("a project without decisions gives the export a curation")
	}
	e := supportedEvent(t, mw, 1)
	click(t, mw, "Edit", "Star / unstar")
	click(t, mw, "Edit", "Tag…")
	fill(t, mw, map[string]string{"Tag": "brief"})
	h := newDialogHarness(t, exportSource{corpus: mw.corpus, curation: projectCurations(mw)})
	h.choose(t, "Events (CSV)", 1, 1)
	res, _ := h.export(t)
	if res.err != nil {
		t.Fatal(res.err)
	}
	b, err := os.ReadFile(res.path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := rows[0]
	header[0] = strings.TrimPrefix(header[0], "\ufeff") // the byte-order mark spreadsheets want
	starred, tags, id := slices.Index(header, "starred"), slices.Index(header, "tags"), slices.Index(header, "id")
	if starred < 0 || tags < 0 || id < 0 {
		t.Fatalf("the CSV has no curation columns: %v", header)
	}
	found := false
	for _, row := range rows[1:] {
		if row[id] == e.ID {
			found = true
			if row[starred] != "yes" || row[tags] != "brief" {
				t.Errorf("event %s: starred %q, tags %q", e.ID, row[starred], row[tags])
			}
		}
	}
	if !found {
		t.Errorf("event %s is not in the export", e.ID)
	}
}

// TestChangedCorpusOpensWithWhatStillApplies: a project made on a corpus
// that changed since (an event gone, a file removed, a paragraph edited)
// opens with the decisions that still apply applied, and the window names
// each one that no longer does, with the reason.
func TestChangedCorpusOpensWithWhatStillApplies(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	c := seedCorpus(t)
	var e *data.Event
	for _, ev := range c.Events {
		if len(ev.Excerpts) >= 2 {
			e = ev
			break
		}
	}
	x := e.Excerpts[0]
	p := &project.Project{Corpus: "seeds"}
	for _, d := range []project.Decision{
		{Op: project.EventRename, Event: e.ID, Title: "Still applies"},
		{Op: project.EventRename, Event: "event-since-gone", Title: "Gone"},
		{Op: project.ArticleDate, Article: "file-since-removed", Date: "2022-09"},
		{Op: project.LinkRemove, Event: e.ID, Article: x.Article, Paragraph: &x.Paragraph, Quote: "Words the paragraph no longer begins with"},
	} {
		if err := p.Add(project.Stamp(d, "ann", time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC))); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "p.toml")
	if err := p.Save(file); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	mw := newMainWindow(a, w, Config{Project: file, Open: func(context.Context, string, func(data.Progress)) (*data.Corpus, error) { return c, nil }})
	mw.setCorpus(c)
	if got := mw.corpus.Event(e.ID); got == nil || got.Title != "Still applies" || len(got.Excerpts) != len(e.Excerpts) {
		t.Fatalf("the decisions that apply were not applied: %+v", got)
	}
	var shown []string
	for _, o := range w.Canvas().Overlays().List() {
		walkLabels(o, &shown)
	}
	text := strings.Join(shown, "\n")
	for _, want := range []string{"3 of the project's decisions no longer apply", "event-since-gone is not in the corpus",
		"article file-since-removed is not in the corpus", "no longer begins"} {
		if !strings.Contains(text, want) {
			t.Errorf("the window does not say %q; it shows:\n%s", want, text)
		}
	}
}

// TestParseTerms reads the declaration dialog's terms and refuses a line
// without a language.
func TestParseTerms(t *testing.T) {
	got, err := parseTerms("nl: Samarkand-top, SCO-top\n\n*: SCO\n")
	if err != nil || !slices.Equal(got["nl"], []string{"Samarkand-top", "SCO-top"}) || !slices.Equal(got["*"], []string{"SCO"}) {
		t.Errorf("got %v, %v", got, err)
	}
	for _, bad := range []string{"Samarkand", ": x", "n l: x"} {
		if _, err := parseTerms(bad); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}
