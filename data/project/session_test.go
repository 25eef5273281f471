package project

import (
	"strings"
	"testing"
	"time"
)

func TestSession(t *testing.T) {
	c := smallCorpus()
	s := NewSession(c, nil)
	start := snapshot(s.Current().Corpus)
	r, err := s.Do(Stamp(Decision{Op: EventRename, Event: "e1", Title: "One"}, "ann", t0))
	if err != nil {
		t.Fatal(err)
	}
	if r.Corpus.Event("e1").Title != "One" || r != s.Current() {
		t.Fatal("Do did not return the new state")
	}
	if _, err := s.Do(Stamp(Decision{Op: EventRename, Event: "nope", Title: "x"}, "ann", t0)); err == nil ||
		!strings.Contains(err.Error(), "nope") {
		t.Errorf("a decision about a missing event: %v", err)
	}
	if _, err := s.Do(Stamp(Decision{Op: LinkRemove, Event: "e3", Article: "a1", Paragraph: intp(0)}, "ann", t0)); err == nil {
		t.Error("unlinking a passage that does not support the event was accepted")
	}
	if len(s.Project.Decisions) != 1 {
		t.Fatalf("refused decisions were kept: %d", len(s.Project.Decisions))
	}
	if s.Project.Decisions[0].Author != "ann" || s.Project.Decisions[0].ID == "" {
		t.Errorf("decision not stamped: %+v", s.Project.Decisions[0])
	}
	r, ok := s.Undo()
	if !ok || snapshot(r.Corpus) != start {
		t.Error("undo did not return to the computed corpus")
	}
	if _, ok := s.Undo(); ok {
		t.Error("undo past the start")
	}
	r, ok = s.Redo()
	if !ok || r.Corpus.Event("e1").Title != "One" {
		t.Error("redo did not give the rename back")
	}
	// Beyond the cache, states are replayed and still right.
	s.weight = sessionBudget // as if the states kept were heavy
	for i := range sessionMinimum + 5 {
		if _, err := s.Do(Stamp(Decision{Op: Note, Event: "e2", Text: "n"}, "ann", t0.Add(time.Duration(i)*time.Second))); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.recent) > sessionMinimum+1 {
		t.Errorf("a full cache keeps %d states", len(s.recent))
	}
	for range sessionMinimum + 5 {
		s.Undo()
	}
	if got := s.Current(); got.Corpus.Event("e1").Title != "One" || got.Of("event", "e2") != nil {
		t.Error("a replayed state is wrong")
	}
}

// TestSessionKeepsASmallHistory: on a small corpus every state fits the
// budget, so undo never replays.
func TestSessionKeepsASmallHistory(t *testing.T) {
	s := NewSession(smallCorpus(), nil)
	for i := range 200 {
		if _, err := s.Do(Stamp(Decision{Op: Note, Event: "e1", Text: "n"}, "ann", t0.Add(time.Duration(i)*time.Second))); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.recent) != 200 {
		t.Errorf("%d states kept, want all 200", len(s.recent))
	}
	if s.weight <= 0 || s.weight > sessionBudget {
		t.Errorf("weight %d", s.weight)
	}
}
