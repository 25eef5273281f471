package project

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestUndoneDeclarationStaysOut: on the seeds (read with their project),
// undoing the declaration of an event and going on withdraws it; the
// event stays out in the session and when the saved project is opened
// again, and undoing the withdrawal gives the event back, as read, in
// both.
func TestUndoneDeclarationStaysOut(t *testing.T) {
	c := shippedCorpus(t)
	s := NewSession(c, seedsProject(t))
	last := s.Project.Decisions[len(s.Project.Decisions)-1]
	if last.Op != EventDefine || c.Event(last.Event) == nil {
		t.Fatalf("the seeds' project does not end with a declaration of one of their events: %s", last.Describe())
	}
	id := last.Event
	if r, _ := s.Undo(); r.Corpus.Event(id) != nil {
		t.Fatalf("the state before the declaration of %s shows it", id)
	}
	other := c.Events[0].ID
	if other == id {
		other = c.Events[1].ID
	}
	r, err := s.Do(Stamp(Decision{Op: Star, Event: other}, "ann", t0))
	if err != nil {
		t.Fatal(err)
	}
	ds := s.Project.Decisions
	if n := len(ds); n < 2 || ds[n-2].Op != EventWithdraw || ds[n-2].Event != id || ds[n-2].Author != "ann" {
		t.Fatalf("no withdrawal recorded before the new decision: %s", ds[n-2].Describe())
	}
	if r.Corpus.Event(id) != nil || r.HiddenEvent(id) != nil {
		t.Errorf("%s is back after the new decision", id)
	}
	file := filepath.Join(t.TempDir(), "p.toml")
	if err := s.Project.Save(file); err != nil {
		t.Fatal(err)
	}
	p, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	reopened := NewSession(c, p)
	if got, want := digest(reopened.Current()), digest(s.Current()); got != want {
		t.Fatalf("the reopened project shows another state:\n%s", firstDiff(got, want))
	}
	if len(reopened.Current().Skipped) > 0 {
		t.Errorf("reopened: %v", reopened.Current().Skipped)
	}
	// In the session the withdrawal is part of the action that made it:
	// one undo takes both back, to the state with the declaration undone.
	n := len(s.Project.Decisions)
	if r, _ := s.Undo(); len(s.Project.Decisions) != n-2 || r.Corpus.Event(id) != nil || r.Of("event", other) != nil {
		t.Errorf("undo of the star left %d of %d decisions", len(s.Project.Decisions), n)
	}
	if r, _ := s.Redo(); len(s.Project.Decisions) != n || r.Corpus.Event(id) != nil || r.Of("event", other) == nil {
		t.Error("redo did not give the star and the withdrawal back")
	}
	// Reopened, the project undoes decision by decision: the withdrawal
	// undone gives the event back as the corpus was read.
	reopened.Undo()
	if r, _ := reopened.Undo(); r.Corpus.Event(id) == nil || digest(r) == digest(s.Current()) {
		t.Errorf("undoing the withdrawal does not give %s back", id)
	}
	// A refused decision leaves the declaration to be redone.
	s2 := NewSession(c, seedsProject(t))
	s2.Undo()
	if _, err := s2.Do(Stamp(Decision{Op: Star, Event: "ghost"}, "ann", t0)); err == nil {
		t.Fatal("a star on a missing event was accepted")
	}
	if r, ok := s2.Redo(); !ok || r.Corpus.Event(id) == nil {
		t.Error("after a refused decision the declaration cannot be redone")
	}
	if slices.ContainsFunc(s2.Project.Decisions, func(d Decision) bool { return d.Op == EventWithdraw }) {
		t.Error("a refused decision left a withdrawal")
	}
}

// TestActionUndoesAsOne: decisions made by one action (DoAll) are undone
// and redone together, the state one undo back that Prefetch prepares is
// the one before the whole action, and a refused action records nothing.
func TestActionUndoesAsOne(t *testing.T) {
	c := smallCorpus()
	s := NewSession(c, nil)
	if _, err := s.Do(Stamp(Decision{Op: EventRename, Event: "e1", Title: "First"}, "ann", t0)); err != nil {
		t.Fatal(err)
	}
	before := digest(s.Current())
	r, err := s.DoAll(Stamp(Decision{Op: EventPlace, Event: "e1", Place: "astana"}, "ann", t0),
		Stamp(Decision{Op: EventActors, Event: "e1", Actors: []string{"a", "b"}}, "ann", t0))
	if err != nil {
		t.Fatal(err)
	}
	after := digest(r)
	s.Prefetch()
	s.WaitPrefetch()
	if prepared := s.cache[s.Project.Decisions[0].ID]; prepared == nil || digest(prepared) != before {
		t.Error("the prepared state is not the one before the whole action")
	}
	if r, _ := s.Undo(); digest(r) != before || len(s.Project.Decisions) != 1 {
		t.Errorf("one undo left %d decisions", len(s.Project.Decisions))
	}
	if r, _ := s.Redo(); digest(r) != after || len(s.Project.Decisions) != 3 {
		t.Errorf("one redo gave back %d decisions", len(s.Project.Decisions))
	}
	if _, err := s.DoAll(Stamp(Decision{Op: EventPlace, Event: "e2", Place: "x"}, "ann", t0),
		Stamp(Decision{Op: EventRename, Event: "ghost", Title: "x"}, "ann", t0)); err == nil {
		t.Error("an action with a decision that does not apply was accepted")
	}
	if len(s.Project.Decisions) != 3 || digest(s.Current()) != after {
		t.Error("a refused action changed the project")
	}
}

// TestMergeWithdrawalConflicts: one analyst kept a declaration the other
// withdrew: the merge lists the conflict and keeps A's answer.
func TestMergeWithdrawalConflicts(t *testing.T) {
	a := &Project{Decisions: decide(Decision{Op: EventDefine, Event: "x", Title: "X", Start: "2022-09", Storyline: "talks"})}
	b := &Project{Decisions: []Decision{Stamp(Decision{Op: EventWithdraw, Event: "x"}, "bob", t0.Add(time.Hour))}}
	merged, conflicts := Merge(a, b, false)
	if len(conflicts) != 1 || conflicts[0].Key != "event x declaration" {
		t.Fatalf("conflicts %v", conflicts)
	}
	if len(merged.Decisions) != 1 || merged.Decisions[0].Op != EventDefine {
		t.Errorf("merged %v, want A's declaration only", merged.Decisions)
	}
	if merged, _ := Merge(a, b, true); len(merged.Decisions) != 1 || merged.Decisions[0].Op != EventWithdraw {
		t.Errorf("--prefer b merged %v", merged.Decisions)
	}
}

// TestSavedWhileUndone: a project saved with a declaration undone (still
// to redo) writes its withdrawal, so reopening shows what the session
// shows; the session keeps the declaration to redo.
func TestSavedWhileUndone(t *testing.T) {
	c := shippedCorpus(t)
	s := NewSession(c, seedsProject(t))
	last := s.Project.Decisions[len(s.Project.Decisions)-1]
	s.Undo()
	saved := s.ToSave("ann", t0)
	n := len(saved.Decisions)
	if w := saved.Decisions[n-1]; w.Op != EventWithdraw || w.Event != last.Event || w.ID != last.ID+"-withdrawn" {
		t.Fatalf("the file ends with %s", w.Describe())
	}
	if again := s.ToSave("ann", t0.Add(time.Hour)); again.Decisions[n-1].ID != saved.Decisions[n-1].ID {
		t.Error("saving twice writes another withdrawal")
	}
	file := filepath.Join(t.TempDir(), "p.toml")
	if err := saved.Save(file); err != nil {
		t.Fatal(err)
	}
	p, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := digest(NewSession(c, p).Current()), digest(s.Current()); got != want {
		t.Fatalf("reopened, the project shows another state:\n%s", firstDiff(got, want))
	}
	if r, ok := s.Redo(); !ok || r.Corpus.Event(last.Event) == nil {
		t.Error("the session lost the declaration to redo")
	}
	if len(s.ToSave("ann", t0).Decisions) != len(s.Project.Decisions) {
		t.Error("a redone declaration is still withdrawn in the file")
	}
}
