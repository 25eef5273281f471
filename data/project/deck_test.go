package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDeckSlidesRoundTrip: the chosen slides survive a save and a reopen
// in their order, and the file documents the op.
func TestDeckSlidesRoundTrip(t *testing.T) {
	p := &Project{Corpus: "small", Decisions: decide(Decision{Op: DeckSlides, Slides: []string{"e3", "e1"}})}
	var b bytes.Buffer
	if err := p.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `slides = ["e3", "e1"]`) {
		t.Errorf("slides not written as a list in order:\n%s", b.String())
	}
	q, err := Parse("p.toml", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !Equal(p, q) {
		t.Fatal("reopened project differs")
	}
	if got := Apply(smallCorpus(), q).Slides; !slices.Equal(got, []string{"e3", "e1"}) {
		t.Errorf("slides %v", got)
	}
}

func TestDeckSlidesParseErrors(t *testing.T) {
	cases := []struct{ text, msg string }{
		{"format = 1\n\n[[decision]]\nid = \"a\"\nop = \"deck.slides\"\n", "needs slides"},
		{"format = 1\n\n[[decision]]\nid = \"a\"\nop = \"deck.slides\"\nslides = [\"e1\", \"e1\"]\n", "twice"},
		{"format = 1\n\n[[decision]]\nid = \"a\"\nop = \"deck.slides\"\nslides = [\"e1\", \"  \"]\n", "empty event id"},
	}
	for _, tc := range cases {
		_, err := Parse("p.toml", []byte(tc.text))
		var pe *Error
		if !errors.As(err, &pe) || pe.Line != 3 || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%q: error %v, want p.toml:3: …%s", tc.text, err, tc.msg)
		}
	}
	_, err := Parse("p.toml", []byte("[[decision]]\nid = \"a\"\nop = \"deck.slides\"\nslides = \"e1\"\n"))
	var pe *Error
	if !errors.As(err, &pe) || pe.Line != 4 {
		t.Errorf("slides as a string: %v, want line 4", err)
	}
}

// TestApplyDeckSlides: the latest choice counts; events that are gone are
// named as no longer applying and the rest are kept in order; a hidden
// event keeps its place so that restoring it brings the slide back.
func TestApplyDeckSlides(t *testing.T) {
	c := smallCorpus()
	r := ApplyDecisions(c, decide(
		Decision{Op: DeckSlides, Slides: []string{"e1", "e2"}},
		Decision{Op: DeckSlides, Slides: []string{"e3", "gone", "e1"}},
		Decision{Op: EventHide, Event: "e1"},
	))
	if !slices.Equal(r.Slides, []string{"e3", "e1"}) {
		t.Errorf("slides %v, want [e3 e1]", r.Slides)
	}
	if len(r.Skipped) != 1 || r.Skipped[0].Decision.ID != "db" || !r.Skipped[0].Partial ||
		!strings.Contains(r.Skipped[0].Reason, "gone") || strings.Contains(r.Skipped[0].Reason, "e3") {
		t.Fatalf("skipped %v, want decision db naming event gone only", r.Skipped)
	}
	// All events gone: no choice remains.
	r = ApplyDecisions(c, decide(Decision{Op: DeckSlides, Slides: []string{"x", "y"}}))
	if r.Slides != nil || len(r.Skipped) != 1 || r.Skipped[0].Partial || !strings.Contains(r.Skipped[0].Reason, "x, y") {
		t.Errorf("slides %v, skipped %v", r.Slides, r.Skipped)
	}
	if r := ApplyDecisions(c, decide(Decision{Op: Star, Event: "e1"})); r.Slides != nil {
		t.Errorf("no choice made, slides %v", r.Slides)
	}
}

func TestMergeDeckSlidesConflict(t *testing.T) {
	a := &Project{Decisions: []Decision{at(Decision{Op: DeckSlides, Slides: []string{"e1", "e2"}}, "a1", 1, "ann")}}
	b := &Project{Decisions: []Decision{at(Decision{Op: DeckSlides, Slides: []string{"e2", "e1"}}, "b1", 2, "bob")}}
	for _, preferB := range []bool{false, true} {
		m, conflicts := Merge(a, b, preferB)
		if len(conflicts) != 1 || conflicts[0].Key != "deck slides" {
			t.Fatalf("conflicts %v", conflicts)
		}
		want := []string{"e1", "e2"}
		if preferB {
			want = []string{"e2", "e1"}
		}
		if got := Apply(smallCorpus(), m).Slides; !slices.Equal(got, want) || len(m.Decisions) != 1 {
			t.Errorf("preferB=%v: slides %v from %d decisions, want %v", preferB, got, len(m.Decisions), want)
		}
	}
	// The same choice made by both is no conflict and counts once.
	same := &Project{Decisions: []Decision{at(Decision{Op: DeckSlides, Slides: []string{"e1", "e2"}}, "b2", 3, "bob")}}
	if m, conflicts := Merge(a, same, false); len(conflicts) != 0 || len(m.Decisions) != 1 {
		t.Errorf("same choice: %d conflicts, %d decisions", len(conflicts), len(m.Decisions))
	}
}

func TestEditDeckSlides(t *testing.T) {
	e1, e2, _ := supported(t)
	file := filepath.Join(t.TempDir(), "p.toml")
	p := "--project=" + file
	if out, errOut, err := cli(t, "edit", p, "deck", "slides", e2.ID, e1.ID); err != nil || out != "" {
		t.Fatalf("out %q, err %v %s", out, err, errOut)
	}
	proj, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(proj.Decisions) != 1 || proj.Decisions[0].Op != DeckSlides {
		t.Fatalf("decisions %v", proj.Decisions)
	}
	r := Apply(shippedCorpus(t), proj)
	if !slices.Equal(r.Slides, []string{e2.ID, e1.ID}) || len(r.Skipped) != 0 {
		t.Errorf("slides %v, skipped %v", r.Slides, r.Skipped)
	}
	before, _ := os.ReadFile(file)
	for _, args := range [][]string{{"deck", "slides", e1.ID, "ghost-event"}, {"deck", "slides", e1.ID, e1.ID}, {"deck", "slides"}} {
		_, _, err := cli(t, append([]string{"edit", p}, args...)...)
		if err == nil {
			t.Errorf("%v: no error", args)
		}
		if after, _ := os.ReadFile(file); !bytes.Equal(after, before) {
			t.Fatalf("%v changed the project file", args)
		}
	}
	if _, _, err := cli(t, "edit", p, "deck", "slides", e1.ID, "ghost-event"); err == nil || !strings.Contains(err.Error(), "ghost-event") {
		t.Errorf("bad id not named: %v", err)
	}
	// An event that went away since: check names it, and the choice still
	// counts as applying (the rest of it is kept).
	proj.Decisions[0].Slides = append(proj.Decisions[0].Slides, "vanished")
	if err := proj.Save(file); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := cli(t, "project", "check", file)
	if err != nil || !strings.Contains(out, "vanished") || !strings.Contains(errOut, "1 of 1 decisions apply") {
		t.Errorf("check: out %q, err %q %v", out, errOut, err)
	}
}

// TestEventsJSONCarriesTheDeck: "caravan events --project" says which
// events are on the deck and in which order, beside each event's notes,
// stars, tags and the fields the analyst set; without a choice it says
// nothing about slides.
func TestEventsJSONCarriesTheDeck(t *testing.T) {
	c := shippedCorpus(t)
	e1, e2, _ := supported(t)
	file := filepath.Join(t.TempDir(), "p.toml")
	events := func() map[string]any {
		t.Helper()
		var b, warn bytes.Buffer
		if err := WriteReport(&b, "events", c, file, "json", &warn); err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		return doc
	}
	byID := func(doc map[string]any, id string) map[string]any {
		for _, e := range doc["events"].([]any) {
			if m := e.(map[string]any); m["id"] == id {
				return m
			}
		}
		t.Fatalf("event %s not in the JSON", id)
		return nil
	}
	if _, _, err := cli(t, "edit", "--project="+file, "star", e1.ID); err != nil {
		t.Fatal(err)
	}
	doc := events()
	if _, ok := doc["slides"]; ok {
		t.Error("a project without a deck choice lists slides")
	}
	if _, ok := byID(doc, e1.ID)["slide"]; ok {
		t.Error("an event has a slide number without a deck choice")
	}
	if _, _, err := cli(t, "edit", "--project="+file, "deck", "slides", e2.ID, e1.ID); err != nil {
		t.Fatal(err)
	}
	doc = events()
	if got := fmt.Sprint(doc["slides"]); got != fmt.Sprint([]any{e2.ID, e1.ID}) {
		t.Errorf("slides %s, want [%s %s]", got, e2.ID, e1.ID)
	}
	first, second := byID(doc, e2.ID), byID(doc, e1.ID)
	if first["slide"] != 1.0 || second["slide"] != 2.0 || second["starred"] != true {
		t.Errorf("slide numbers %v and %v, starred %v", first["slide"], second["slide"], second["starred"])
	}
	for _, e := range doc["events"].([]any) {
		if m := e.(map[string]any); m["id"] != e1.ID && m["id"] != e2.ID && m["slide"] != nil {
			t.Errorf("event %s is not on the deck but has slide %v", m["id"], m["slide"])
		}
	}
}
