package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

func eventIDs(events []*data.Event) []string {
	var ids []string
	for _, e := range events {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestSlideChoiceIsKeptInTheProject ticks, skips and moves slides in the
// Slides dialog, presents with Enter, and checks that the choice is a
// decision (unsaved, undoable), that it survives save and reopen, and that
// the reopened dialog starts from it.
func TestSlideChoiceIsKeptInTheProject(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	dir := t.TempDir()
	c := seedCorpus(t)
	open := func() *mainWindow { return openCorpusWindow(t, c, dir) }
	enter := func(mw *mainWindow) { mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

	mw := open()
	var got []*data.Event
	// Presenting the default choice untouched decides nothing.
	chooseSlides(mw, func(events []*data.Event) { got = events })
	enter(mw)
	if len(got) == 0 || len(mw.work.session.Project.Decisions) != 0 || mw.work.dirty() {
		t.Fatalf("the default choice: presented %d, decisions %d", len(got), len(mw.work.session.Project.Decisions))
	}
	chooseSlides(mw, func(events []*data.Event) { got = events })
	sc := choosers[mw]
	if sc == nil {
		t.Fatal("no chooser shown")
	}
	plan := sc.plan
	if len(plan.order) < 3 {
		t.Fatalf("the seeds give %d events; the test needs 3", len(plan.order))
	}
	// Show the first three events only, the third first; skip the rest.
	for i, e := range plan.order {
		sc.setShown(e, i < 3)
	}
	sc.move(2, -1)
	sc.move(1, -1)
	want := eventIDs(plan.order[:3])
	if want[0] != eventIDs(presentationEvents(mw.corpus, ""))[2] {
		t.Fatalf("moving did not bring the third event first: %v", want)
	}
	enter(mw)
	if !slices.Equal(eventIDs(got), want) {
		t.Fatalf("presented %v, want %v", eventIDs(got), want)
	}
	for _, e := range got {
		if mw.corpus.Event(e.ID) != e {
			t.Errorf("presented event %s is not the one the window shows", e.ID)
		}
	}
	ds := mw.work.session.Project.Decisions
	if len(ds) != 1 || ds[0].Op != project.DeckSlides || !slices.Equal(ds[0].Slides, want) {
		t.Fatalf("decisions %v, want one deck.slides %v", ds, want)
	}
	if !mw.work.dirty() || !strings.HasPrefix(mw.win.Title(), "*") {
		t.Errorf("the choice does not mark the project unsaved: title %q", mw.win.Title())
	}
	// Presenting the same choice again records nothing new.
	chooseSlides(mw, func(events []*data.Event) { got = events })
	enter(mw)
	if n := len(mw.work.session.Project.Decisions); n != 1 {
		t.Errorf("presenting the same choice made %d decisions", n)
	}
	// Undo goes back to the default choice; redo gives the choice back.
	undo(t, mw)
	if ids := planFor(mw).chosenIDs(); slices.Equal(ids, want) {
		t.Error("undo kept the choice")
	}
	if !slices.Equal(planFor(mw).chosenIDs(), newDeckPlan(mw.corpus, "").chosenIDs()) {
		t.Error("after undo the plan is not the default one")
	}
	redo(t, mw)
	if ids := planFor(mw).chosenIDs(); !slices.Equal(ids, want) {
		t.Errorf("after redo the plan chooses %v, want %v", ids, want)
	}

	click(t, mw, "File", "Save project")
	mw2 := open()
	got = nil
	chooseSlides(mw2, func(events []*data.Event) { got = events })
	sc2 := choosers[mw2]
	if ids := sc2.plan.chosenIDs(); !slices.Equal(ids, want) {
		t.Fatalf("the reopened dialog chooses %v, want %v", ids, want)
	}
	if n := len(sc2.plan.order); n != len(plan.order) {
		t.Errorf("the reopened dialog lists %d events, want all %d", n, len(plan.order))
	}
	enter(mw2)
	if !slices.Equal(eventIDs(got), want) || mw2.work.dirty() {
		t.Errorf("reopened: presented %v (want %v), unsaved %v", eventIDs(got), want, mw2.work.dirty())
	}
}

// TestProjectPlanKeepsChosenOrder: the project's choice comes first in its
// order, the other events follow skipped, and ids not shown are ignored.
func TestProjectPlanKeepsChosenOrder(t *testing.T) {
	c := seedCorpus(t)
	all := presentationEvents(c, "")
	if len(all) < 3 {
		t.Fatal("the seeds give fewer than 3 events")
	}
	slides := []string{all[2].ID, "not-shown", all[0].ID}
	p := projectPlan(c, "", slides)
	if ids := p.chosenIDs(); !slices.Equal(ids, []string{all[2].ID, all[0].ID}) {
		t.Errorf("chosen %v", ids)
	}
	if len(p.order) != len(all) || p.skip[all[2]] || !p.skip[all[1]] {
		t.Errorf("order of %d events, skip %v", len(p.order), p.skip)
	}
}

// TestDeckExportUsesTheChosenSlides: a deck exported with the project's
// choice has one page per chosen slide in scope, in the chosen order; a
// choice with nothing in scope is an error, not an empty file.
func TestDeckExportUsesTheChosenSlides(t *testing.T) {
	c := testCorpus()
	all := presentationEvents(c, "")
	if len(all) < 3 {
		t.Fatal("the test corpus has fewer than 3 events")
	}
	slides := []string{all[2].ID, "gone", all[0].ID}
	if got := eventIDs(chosenSlides(all, slides)); !slices.Equal(got, []string{all[2].ID, all[0].ID}) {
		t.Errorf("chosenSlides %v", got)
	}
	if got := chosenSlides(all, nil); len(got) != len(all) {
		t.Errorf("no choice gave %d slides of %d", len(got), len(all))
	}
	out := filepath.Join(t.TempDir(), "deck.pdf")
	o := parseExportFlags(t, "--deck", "--out", out)
	o.Slides = slides
	if err := Export(c, o); err != nil {
		t.Fatal(err)
	}
	if got := pdfPages(t, out); got != 2 {
		t.Errorf("%d pages, want the 2 chosen slides", got)
	}
	o = parseExportFlags(t, "--deck", "--from", "2030", "--out", filepath.Join(t.TempDir(), "none.pdf"))
	o.Slides = slides
	if err := Export(c, o); err == nil || !strings.Contains(err.Error(), "no events") {
		t.Errorf("no chosen slide in scope: %v", err)
	}
}
