package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// matching lists the ids of the shown events the window's filter keeps.
func matching(mw *mainWindow) []string {
	var ids []string
	for _, e := range mw.corpus.Events {
		if mw.filter.eventMatches(e) {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// TestFilterByStarsAndTags: the toolbar offers the starred and tag
// filters once the analyst stars or tags an event, they keep only those
// events, and they follow the project as it changes (an unstar, an undo).
func TestFilterByStarsAndTags(t *testing.T) {
	mw := newProjectWindow(t)
	tb := mw.toolbar
	if tb.starred.Visible() || tb.tag.Visible() {
		t.Fatal("the curation filters are shown before anything is starred or tagged")
	}
	tag := func(e *data.Event, word string) {
		mw.timeline.Select(e.ID)
		click(t, mw, "Edit", "Tag…")
		test.Type(mw.work.form.entries["Tag"], word)
		test.Tap(mw.work.form.ok)
	}
	if len(mw.corpus.Events) < 3 {
		t.Fatal("the shipped corpus has too few events for this test")
	}
	first, second := mw.corpus.Events[0], mw.corpus.Events[1]
	mw.timeline.Select(first.ID)
	click(t, mw, "Edit", "Star / unstar")
	tag(first, "brief")
	tag(second, "check")
	if !tb.starred.Visible() || !tb.tag.Visible() {
		t.Fatal("the curation filters are not offered once an event is starred and tagged")
	}
	if want := []string{"All tags", "#brief", "#check"}; !slices.Equal(tb.tag.Options, want) {
		t.Errorf("tag choices %v, want %v", tb.tag.Options, want)
	}

	test.Tap(tb.starred)
	if got := matching(mw); !slices.Equal(got, []string{first.ID}) {
		t.Errorf("starred keeps %v, want %v", got, []string{first.ID})
	}
	tb.tag.selectID("check")
	if got := matching(mw); len(got) != 0 {
		t.Errorf("starred and #check keep %v, want none", got)
	}
	test.Tap(tb.starred)
	if got := matching(mw); !slices.Equal(got, []string{second.ID}) {
		t.Errorf("#check keeps %v, want %v", got, []string{second.ID})
	}
	for _, x := range second.Excerpts {
		if a := mw.corpus.ArticleOf(x); !mw.filter.articleMatches(a) {
			t.Errorf("article %s supports #check's event but is filtered out", a.ID)
		}
	}

	// The filter reads the project as it is now: undoing the tag leaves
	// no #check, and the tag filter lets everything through again.
	undo(t, mw)
	if tb.tag.id() != "" || mw.filter.state.Tag != "" {
		t.Errorf("the tag filter still asks for %q after its tag was undone", mw.filter.state.Tag)
	}
	if want := []string{"All tags", "#brief"}; !slices.Equal(tb.tag.Options, want) {
		t.Errorf("tag choices after undo %v, want %v", tb.tag.Options, want)
	}
	test.Tap(tb.starred)
	mw.timeline.Select(first.ID)
	click(t, mw, "Edit", "Star / unstar") // unstarred with the filter on
	if got := matching(mw); len(got) != 0 {
		t.Errorf("starred keeps %v after the only star was taken back", got)
	}
}

// TestDeclarationCancelled: declaring an event the corpus lacks shows its
// linking in a dialog; Cancel there records nothing and changes nothing,
// and declaring again links and records it.
func TestDeclarationCancelled(t *testing.T) {
	mw := newProjectWindow(t)
	before, decisions := windowState(mw), len(mw.work.session.Project.Decisions)
	release := make(chan struct{})
	mw.work.prepare.gate = func() { <-release }
	declare := func() {
		click(t, mw, "Edit", "Declare catalogue event…")
		fill(t, mw, map[string]string{"Id": "declared-talks", "Title": "Talks in Samarkand", "Start": "2022-09-15",
			"Storyline": "=", "Terms": "*: Samarkand"})
	}
	declare()
	if mw.work.prepare.shown == nil {
		close(release)
		t.Fatal("no linking dialog is shown while the event is linked")
	}
	mw.work.prepare.shown.Hide() // Cancel
	close(release)
	mw.work.prepare.running.Wait()
	if windowState(mw) != before || len(mw.work.session.Project.Decisions) != decisions {
		t.Error("a cancelled declaration changed the project")
	}
	mw.work.prepare.gate = nil
	declare()
	mw.work.prepare.running.Wait()
	if e := mw.corpus.Event("declared-talks"); e == nil || len(e.Excerpts) == 0 {
		t.Errorf("declared again, the event is not linked: %+v", e)
	}
	if len(mw.work.session.Project.Decisions) != decisions+1 {
		t.Error("the declaration was not recorded")
	}
}

// TestOpeningProjectLinksDeclaredInBackground: a project beside the folder
// that declares an event the corpus lacks opens with that event linked,
// the linking done off the UI goroutine, and the project unchanged (its
// file, nothing unsaved).
func TestOpeningProjectLinksDeclaredInBackground(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	c := seedCorpus(t)
	dir := t.TempDir()
	d := project.Stamp(project.Decision{Op: project.EventDefine, Event: "declared-talks", Title: "Talks in Samarkand",
		Start: "2022-09-15", Storyline: c.Storylines[0].ID, Terms: map[string][]string{"*": {"Samarkand"}}},
		"Ann Analyst", time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC))
	p := &project.Project{Corpus: dir, Decisions: []project.Decision{d}}
	if err := p.Save(project.DefaultPath(dir)); err != nil {
		t.Fatal(err)
	}
	mw := openCorpusWindow(t, c, dir)
	mw.work.prepare.running.Wait()
	if e := mw.corpus.Event("declared-talks"); e == nil || len(e.Excerpts) == 0 {
		t.Fatalf("the declared event is not shown linked: %+v", e)
	}
	if mw.work.path != project.DefaultPath(dir) || mw.work.dirty() || len(mw.work.session.Project.Decisions) != 1 {
		t.Errorf("the project opened as %q, dirty %v, %d decisions", mw.work.path, mw.work.dirty(), len(mw.work.session.Project.Decisions))
	}
}
