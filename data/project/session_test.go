package project

import (
	"fmt"
	"maps"
	"slices"
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

// digest writes everything a state shows — the snapshot, which article
// copy each passage points at, hidden events and storylines, curation,
// slides and what was skipped — so that two states can be compared.
func digest(r *Result) string {
	var b strings.Builder
	b.WriteString(snapshot(r.Corpus))
	for _, e := range r.Corpus.Events {
		for _, x := range e.Excerpts {
			if r.Corpus.ArticleOf(x) != r.Corpus.Article(x.Article) {
				fmt.Fprintf(&b, "stale article pointer in %s: %s\n", e.ID, x.Article)
			}
		}
	}
	for _, e := range r.Hidden {
		fmt.Fprintf(&b, "hidden %s %d\n", e.ID, len(e.Excerpts))
	}
	for _, s := range r.HiddenStorylines {
		fmt.Fprintf(&b, "hidden storyline %s\n", s.ID)
	}
	keys := slices.SortedFunc(maps.Keys(r.Curation), func(x, y Target) int { return strings.Compare(x.String(), y.String()) })
	for _, k := range keys {
		fmt.Fprintf(&b, "curation %s %+v\n", k, *r.Curation[k])
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(&b, "skipped %s\n", s)
	}
	fmt.Fprintf(&b, "slides %v\n", r.Slides)
	return b.String()
}

// TestSessionCheckpointsMatchApply: every state a session reaches through
// its checkpoints — undo, redo and new decisions, beyond the states kept —
// is the state applying its decisions from scratch gives, and the
// computed corpus is never changed.
func TestSessionCheckpointsMatchApply(t *testing.T) {
	c := shippedCorpus(t)
	before := snapshot(c)
	ds := manyDecisions(c, 5*checkpointEvery+7)
	s := NewSession(c, &Project{Decisions: slices.Clone(ds[:4*checkpointEvery+3])})
	check := func(step string) {
		t.Helper()
		s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0 // replay, never a kept state
		got := s.Current()
		if want := ApplyDecisions(c, s.Project.Decisions); digest(got) != digest(want) {
			t.Fatalf("%s (%d decisions): the checkpointed state differs from Apply:\n%s", step, len(s.Project.Decisions), firstDiff(digest(got), digest(want)))
		}
	}
	check("open")
	for i := range 2*checkpointEvery + 5 {
		s.Undo()
		if i%7 == 0 {
			check("undo")
		}
	}
	check("undo")
	for range checkpointEvery + 2 {
		s.Redo()
	}
	check("redo")
	// New decisions after undo: the checkpoints past the fork are dropped.
	for _, d := range ds[4*checkpointEvery+3:] {
		d.ID += "-again"
		if _, err := s.Do(d); err != nil {
			continue // refused, as Apply would skip it
		}
	}
	check("do")
	for _, cp := range s.checkpoints {
		if !prefixOf(cp.ids, s.Project.Decisions) {
			t.Errorf("a checkpoint of %d decisions is no prefix of the project", len(cp.ids))
		}
	}
	if len(s.checkpoints) == 0 {
		t.Error("no checkpoint was taken")
	}
	if snapshot(c) != before {
		t.Error("the session changed the computed corpus")
	}
}

// firstDiff returns the first line where two digests differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(al), len(bl))
}

// TestSessionPrefetch: the state an undo would show is prepared in the
// background, so the undo returns it as it is; a prefetch of a project
// replaced meanwhile is dropped.
func TestSessionPrefetch(t *testing.T) {
	c := shippedCorpus(t)
	ds := manyDecisions(c, 40)
	s := NewSession(c, &Project{Decisions: slices.Clone(ds)})
	s.Current()
	s.Prefetch()
	s.WaitPrefetch()
	before := s.Project.Decisions[len(s.Project.Decisions)-2].ID
	prepared := s.cache[before]
	if prepared == nil {
		t.Fatal("the state before the last decision was not prepared")
	}
	r, ok := s.Undo()
	if !ok || r != prepared {
		t.Error("undo did not return the prepared state")
	}
	if digest(r) != digest(ApplyDecisions(c, s.Project.Decisions)) {
		t.Error("the prepared state differs from Apply")
	}
	s.Prefetch()
	s.Replace(&Project{Decisions: slices.Clone(ds[:3])})
	s.WaitPrefetch()
	for k := range s.cache {
		if k != ds[2].ID {
			t.Errorf("a state of the replaced project (after %q) was kept", k)
		}
	}
}

// TestSessionThinsCheckpoints: a long project keeps checkpoints dense near
// the present and logarithmically sparse beyond, and walking back through
// it still finds a checkpoint within checkpointEvery decisions of every
// state, with every state the one Apply gives.
func TestSessionThinsCheckpoints(t *testing.T) {
	c := shippedCorpus(t)
	n := 40 * checkpointEvery
	ds := manyDecisions(c, n)
	s := NewSession(c, &Project{Decisions: slices.Clone(ds)})
	s.Current()
	if got, most := len(s.checkpoints), denseCheckpoints+4*5; got > most || got < denseCheckpoints {
		t.Errorf("a project of %d decisions keeps %d checkpoints (want %d to %d)", n, got, denseCheckpoints, most)
	}
	for step := 1; step <= n-checkpointEvery; step++ {
		s.Undo()
		present := len(s.Project.Decisions)
		below := present / checkpointEvery * checkpointEvery
		if below > 0 && !slices.ContainsFunc(s.checkpoints, func(cp checkpoint) bool { return len(cp.ids) == below }) {
			t.Fatalf("at %d decisions no checkpoint at %d: the next undo replays from further back", present, below)
		}
		for _, cp := range s.checkpoints {
			if !wantedCheckpoint(len(cp.ids), present) {
				t.Fatalf("at %d decisions a checkpoint at %d is kept that thinning drops", present, len(cp.ids))
			}
		}
		if step%97 == 0 {
			s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
			if got, want := digest(s.Current()), digest(ApplyDecisions(c, s.Project.Decisions)); got != want {
				t.Fatalf("after %d undos the state differs from Apply:\n%s", step, firstDiff(got, want))
			}
		}
	}
}

// TestWantedCheckpoint: each step is a multiple of the nearer ones, so a
// checkpoint kept far away stays wanted as the present comes nearer.
func TestWantedCheckpoint(t *testing.T) {
	for n := checkpointEvery; n <= 200*checkpointEvery; n += checkpointEvery {
		wanted := false
		for present := 300 * checkpointEvery; present >= n; present-- {
			w := wantedCheckpoint(n, present)
			if wanted && !w {
				t.Fatalf("checkpoint %d wanted at present %d, dropped nearer", n, present+1)
			}
			wanted = w
		}
		if !wantedCheckpoint(n, n) {
			t.Fatalf("checkpoint %d not wanted at its own state", n)
		}
	}
}
