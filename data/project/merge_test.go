package project

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func at(d Decision, id string, minute int, author string) Decision {
	d.ID, d.Time, d.Author = id, t0.Add(time.Duration(minute)*time.Minute), author
	return d
}

func TestMerge(t *testing.T) {
	shared := at(Decision{Op: Note, Event: "e1", Text: "both saw this"}, "s1", 0, "ann")
	a := &Project{Corpus: "small", Decisions: []Decision{
		shared,
		at(Decision{Op: EventRename, Event: "e1", Title: "Ann's title"}, "a1", 1, "ann"),
		at(Decision{Op: Tag, Event: "e2", Tag: "key"}, "a2", 3, "ann"),
		at(Decision{Op: EventDate, Event: "e3", Start: "2024"}, "a3", 5, "ann"),
	}}
	b := &Project{Corpus: "small", Decisions: []Decision{
		shared,
		at(Decision{Op: EventRename, Event: "e1", Title: "Bob's title"}, "b1", 2, "bob"),
		// The same decision as a2, made separately: kept once.
		at(Decision{Op: Tag, Event: "e2", Tag: "key"}, "b2", 4, "bob"),
		at(Decision{Op: EventDate, Event: "e3", Start: "2024"}, "b3", 6, "bob"),
		at(Decision{Op: EventMerge, Events: []string{"e1", "e2"}}, "b4", 7, "bob"),
		at(Decision{Op: ArticleDate, Article: "a1", Date: "2024-03"}, "b5", 8, "bob"),
	}}
	for _, preferB := range []bool{false, true} {
		m, conflicts := Merge(a, b, preferB)
		var ids []string
		for _, d := range m.Decisions {
			ids = append(ids, d.ID)
		}
		want := []string{"s1", "a1", "a2", "a3", "b4", "b5"}
		wantTitle := "Ann's title"
		if preferB {
			want = []string{"s1", "b1", "a2", "a3", "b4", "b5"}
			wantTitle = "Bob's title"
		}
		if !slices.Equal(ids, want) {
			t.Errorf("preferB=%v: decisions %v, want %v", preferB, ids, want)
		}
		if len(conflicts) != 1 || conflicts[0].Key != "event e1 title" {
			t.Fatalf("preferB=%v: conflicts %v", preferB, conflicts)
		}
		if s := conflicts[0].String(); !strings.Contains(s, "Ann's title") || !strings.Contains(s, "Bob's title") {
			t.Errorf("conflict %q does not show both sides", s)
		}
		r := Apply(smallCorpus(), m)
		if len(r.Skipped) != 0 {
			t.Errorf("skipped %v", r.Skipped)
		}
		if got := r.Corpus.Event("e1").Title; got != wantTitle {
			t.Errorf("preferB=%v: title %q", preferB, got)
		}
	}
}

// TestMergeRoundTrip: a merged project saved and reopened is the same.
func TestMergeRoundTrip(t *testing.T) {
	a := &Project{Decisions: everyOp()[:12]}
	b := &Project{Decisions: everyOp()[10:]}
	m, conflicts := Merge(a, b, false)
	if len(conflicts) != 0 {
		t.Errorf("conflicts %v", conflicts)
	}
	if len(m.Decisions) != len(everyOp()) {
		t.Errorf("%d decisions, want %d", len(m.Decisions), len(everyOp()))
	}
	path := t.TempDir() + "/m.toml"
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	q, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !Equal(m, q) {
		t.Error("merged project changed on the round trip")
	}
}

func TestUndoRedo(t *testing.T) {
	c := smallCorpus()
	p := &Project{}
	states := []string{snapshot(Apply(c, p).Corpus)}
	for _, d := range everyOp()[:11] {
		if err := p.Add(d); err != nil {
			t.Fatal(err)
		}
		states = append(states, snapshot(Apply(c, p).Corpus))
	}
	for i := len(states) - 2; i >= 0; i-- {
		if _, ok := p.Undo(); !ok {
			t.Fatal("nothing to undo")
		}
		if got := snapshot(Apply(c, p).Corpus); got != states[i] {
			t.Fatalf("after undo to %d decisions the corpus differs", i)
		}
	}
	if _, ok := p.Undo(); ok || p.CanUndo() {
		t.Error("undo past the start")
	}
	for i := 1; i < len(states); i++ {
		if _, ok := p.Redo(); !ok {
			t.Fatal("nothing to redo")
		}
		if got := snapshot(Apply(c, p).Corpus); got != states[i] {
			t.Fatalf("after redo to %d decisions the corpus differs", i)
		}
	}
	if p.CanRedo() {
		t.Error("redo past the end")
	}
	// A new decision after an undo forgets what could be redone.
	p.Undo()
	if err := p.Add(Decision{ID: "new", Op: Star, Event: "e1", Time: t0}); err != nil {
		t.Fatal(err)
	}
	if p.CanRedo() {
		t.Error("redo still possible after a new decision")
	}
	if err := p.Add(Decision{ID: "new", Op: Star, Event: "e1"}); err == nil {
		t.Error("a duplicate id was accepted")
	}
	if err := p.Add(Decision{ID: "bad", Op: EventRename, Event: "e1"}); err == nil {
		t.Error("a decision without its title was accepted")
	}
}

// TestMergeDeclarations: two copies of the seeds' project merge into one
// (the declarations have the same ids); the same event declared with
// other terms by two analysts is a conflict, kept from A unless B is
// preferred; declared identically under other ids, it is kept once.
func TestMergeDeclarations(t *testing.T) {
	seedsA, seedsB := seedsProject(t), seedsProject(t)
	if m, conflicts := Merge(seedsA, seedsB, false); len(conflicts) != 0 || len(m.Decisions) != len(seedsA.Decisions) {
		t.Errorf("two copies of the seeds' project: %d decisions, %d conflicts", len(m.Decisions), len(conflicts))
	}
	declare := func(id string, minute int, who string, terms ...string) Decision {
		return at(Decision{Op: EventDefine, Event: "talks", Title: "Talks", Start: "2024-03", Storyline: "water",
			Terms: map[string][]string{"en": terms}}, id, minute, who)
	}
	a := &Project{Decisions: []Decision{declare("a1", 1, "ann", "water talks")}}
	b := &Project{Decisions: []Decision{declare("b1", 2, "bob", "river talks")}}
	for _, preferB := range []bool{false, true} {
		m, conflicts := Merge(a, b, preferB)
		if len(conflicts) != 1 || conflicts[0].Key != "event talks declaration" || len(m.Decisions) != 1 {
			t.Fatalf("preferB=%v: conflicts %v, %d decisions", preferB, conflicts, len(m.Decisions))
		}
		if want := map[bool]string{false: "a1", true: "b1"}[preferB]; m.Decisions[0].ID != want {
			t.Errorf("preferB=%v: kept %s", preferB, m.Decisions[0].ID)
		}
	}
	same := &Project{Decisions: []Decision{declare("b2", 3, "bob", "water talks")}}
	if m, conflicts := Merge(a, same, false); len(conflicts) != 0 || len(m.Decisions) != 1 {
		t.Errorf("the same declaration twice: %d decisions, %d conflicts", len(m.Decisions), len(conflicts))
	}
}
