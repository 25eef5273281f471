package project

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// seedsProject reads the shipped seeds' project.
func seedsProject(t *testing.T) *Project {
	t.Helper()
	p, err := FromFS(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSeedsProjectIsTheirCatalogue: the seeds' project declares their 4
// storylines and 21 events; applied to the seeds it confirms what was
// read (nothing changes, nothing is curated, nothing skipped).
func TestSeedsProjectIsTheirCatalogue(t *testing.T) {
	c := shippedCorpus(t)
	p := seedsProject(t)
	var storylines, events int
	for _, d := range p.Decisions {
		switch d.Op {
		case StorylineDefine:
			storylines++
		case EventDefine:
			events++
			if e := c.Event(d.Event); e == nil || e.Source != data.EventFromCatalogue || len(d.Terms) == 0 {
				t.Errorf("declared event %s: in the corpus as %+v, %d term languages", d.Event, e, len(d.Terms))
			}
		default:
			t.Errorf("the seeds' project decides %s", d.Describe())
		}
		if d.Author != "Caravan" || d.Time.IsZero() {
			t.Errorf("decision %s: author %q, time %v", d.ID, d.Author, d.Time)
		}
	}
	if storylines != 4 || events != 21 {
		t.Errorf("%d storylines and %d events declared, want 4 and 21", storylines, events)
	}
	r := Apply(c, p)
	if len(r.Skipped) > 0 || len(r.Curation) > 0 || len(r.Hidden) > 0 {
		t.Errorf("skipped %v, curation %d, hidden %d", r.Skipped, len(r.Curation), len(r.Hidden))
	}
	if snapshot(r.Corpus) != snapshot(c) {
		t.Error("applying the seeds' project changed the seeds")
	}
}

// TestSeedsProjectUndo: every declaration undoes and redoes like any
// decision. Undoing an event's takes the event and its links away; undoing
// them all leaves no catalogue event or storyline; redoing gives the seeds
// back as read. A declaration undone and then dropped stays undone.
func TestSeedsProjectUndo(t *testing.T) {
	c := shippedCorpus(t)
	p := seedsProject(t)
	s := NewSession(c, p)
	if snapshot(s.Current().Corpus) != snapshot(c) {
		t.Fatal("the session opened on the seeds' project differs from the seeds")
	}
	last := p.Decisions[len(p.Decisions)-1]
	r, ok := s.Undo()
	if !ok || r.Corpus.Event(last.Event) != nil || r.HiddenEvent(last.Event) != nil {
		t.Fatalf("undoing %q left the event", last.Describe())
	}
	for _, a := range r.Corpus.Articles {
		if slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == last.Event }) {
			t.Errorf("article %s still links the undeclared event %s", a.ID, last.Event)
		}
	}
	if _, err := s.Do(Decision{ID: "x", Time: t0, Op: Note, Event: last.Event, Text: "n"}); err == nil ||
		!strings.Contains(err.Error(), last.Event) {
		t.Errorf("a note on an undeclared event: %v", err)
	}
	if r, _ := s.Redo(); snapshot(r.Corpus) != snapshot(c) {
		t.Error("redo did not give the seeds back")
	}
	for s.Project.CanUndo() {
		s.Undo()
	}
	s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
	r = s.Current()
	for _, e := range slices.Concat(r.Corpus.Events, r.Hidden) {
		if e.Source == data.EventFromCatalogue {
			t.Errorf("catalogue event %s without its declaration", e.ID)
		}
	}
	for _, st := range r.Corpus.Storylines {
		if slices.ContainsFunc(p.Decisions, func(d Decision) bool { return d.Op == StorylineDefine && d.Storyline == st.ID }) {
			t.Errorf("storyline %s without its declaration", st.ID)
		}
	}
	for s.Project.CanRedo() {
		s.Redo()
	}
	s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
	if snapshot(s.Current().Corpus) != snapshot(c) {
		t.Error("redoing every declaration did not give the seeds back")
	}
	// Undone, then dropped by a new decision: the event stays out.
	s.Undo()
	if _, err := s.Do(Decision{ID: "y", Time: t0, Op: Star, Article: c.Articles[0].ID}); err != nil {
		t.Fatal(err)
	}
	if s.Current().Corpus.Event(last.Event) != nil {
		t.Error("a declaration undone and dropped came back")
	}
}

// TestSeedsProjectSavedIsReadAlike: the seeds' project saved by Caravan
// (as the window's Save does) and read with a folder gives the same
// catalogue as the shipped file, terms in every language included.
func TestSeedsProjectSavedIsReadAlike(t *testing.T) {
	shipped, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := seedsProject(t).Save(DefaultPath(dir)); err != nil {
		t.Fatal(err)
	}
	names, err := fs.ReadFile(seeds.FS, data.NamesFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, data.NamesFile), names, 0o644); err != nil {
		t.Fatal(err)
	}
	saved, err := data.LoadCurated(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Problems) != 0 {
		t.Errorf("problems: %v", saved.Problems)
	}
	if !reflect.DeepEqual(saved.Catalogue, shipped.Catalogue) {
		t.Error("the saved seeds' project declares another catalogue than the shipped one")
	}
	if len(shipped.Catalogue.Events) != 21 || len(shipped.Catalogue.Storylines) != 4 {
		t.Errorf("the shipped catalogue has %d events and %d storylines", len(shipped.Catalogue.Events), len(shipped.Catalogue.Storylines))
	}
}
