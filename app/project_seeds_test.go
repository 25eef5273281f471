package app

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
	"github.com/caravan-analytics/caravan/seeds"
)

// privateHome keeps a test's preferences and autosaves out of the
// analyst's home.
func privateHome(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
}

// windowOn makes a main window of app a, 1366×768, whose loads give c;
// seedsFS is the shipped seeds' file system, or nil.
func windowOn(t *testing.T, a fyne.App, c *data.Corpus, seedsFS fs.FS) *mainWindow {
	w := test.NewTempWindow(t, nil)
	mw := newMainWindow(a, w, Config{Seeds: seedsFS, Open: func(context.Context, string, func(data.Progress)) (*data.Corpus, error) {
		return c, nil
	}})
	w.Resize(fyne.NewSize(1366, 768))
	return mw
}

// TestSeedsOpenWithTheirProject: the window opens the shipped seeds with
// their own project — the decisions that declare their storylines and
// events — unmodified, listed in the history, each undoable from the Edit
// menu: undoing the last declaration takes its event off the timeline,
// redoing brings it back.
func TestSeedsOpenWithTheirProject(t *testing.T) {
	privateHome(t)
	mw := windowOn(t, test.NewTempApp(t), seedCorpus(t), seeds.FS)
	mw.load("")
	mw.loader.wait()
	ds := mw.work.session.Project.Decisions
	if len(ds) != 25 || mw.work.dirty() || strings.HasPrefix(mw.win.Title(), "*") || !strings.Contains(mw.win.Title(), "the seeds' project") {
		t.Fatalf("%d decisions, dirty %v, title %q", len(ds), mw.work.dirty(), mw.win.Title())
	}
	last := ds[len(ds)-1]
	if last.Op != project.EventDefine || mw.corpus.Event(last.Event) == nil {
		t.Fatalf("last decision %s; event on the timeline: %v", last.Describe(), mw.corpus.Event(last.Event) != nil)
	}
	events := len(mw.corpus.Events)
	// The excerpt panel says the project declares the event, and how it links.
	mw.timeline.Select(last.Event)
	if texts := strings.Join(labelTexts(mw.work.eventExtra(mw.corpus.Event(last.Event))), "\n"); !strings.Contains(texts, "declared in the project (by Caravan); linked by its terms in") {
		t.Errorf("the event's panel does not say it is declared: %q", texts)
	}
	click(t, mw, "File", "History of decisions…")
	if mw.work.history == nil || mw.work.history.Length() != 25 {
		t.Fatal("the history does not list the seeds' declarations")
	}
	click(t, mw, "Edit", "Undo")
	if mw.corpus.Event(last.Event) != nil || len(mw.corpus.Events) != events-1 || !mw.work.dirty() {
		t.Errorf("undo left event %s (%d events, dirty %v)", last.Event, len(mw.corpus.Events), mw.work.dirty())
	}
	click(t, mw, "Edit", "Redo")
	if mw.corpus.Event(last.Event) == nil || len(mw.corpus.Events) != events || mw.work.dirty() {
		t.Errorf("redo did not bring event %s back", last.Event)
	}
	// A new project on the seeds starts from their project again.
	click(t, mw, "File", "New project")
	if n := len(mw.work.session.Project.Decisions); n != 25 {
		t.Errorf("a new seeds project has %d decisions, want their 25", n)
	}
}
