package project

import (
	"context"
	"slices"
	"testing"
)

// TestPreparedDeclarationLinksAsDirect: a declaration prepared in the
// background (a few articles at a time, as on a large corpus) gives the
// state, links and undo that applying it directly gives; a cancelled
// preparation leaves the session as it was, and the decision still
// applies (linking then).
func TestPreparedDeclarationLinksAsDirect(t *testing.T) {
	p := seedsProject(t)
	const id = "xi-putin-samarkand"
	i := slices.IndexFunc(p.Decisions, func(d Decision) bool { return d.Op == EventDefine && d.Event == id })
	if i < 0 {
		t.Fatalf("the seeds' project does not declare %s", id)
	}
	define := p.Decisions[i]
	c := withoutEvent(t, id)

	direct := NewSession(c, nil)
	want, err := direct.Do(define)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Corpus.Event(id).Excerpts) == 0 {
		t.Fatalf("declared %s links nothing: the comparison would prove nothing", id)
	}

	prepared := NewSession(c, nil)
	before := digest(prepared.Current())
	if !prepared.NeedsPreparing(define) {
		t.Fatal("a declaration of an event the corpus lacks needs no preparing")
	}
	var reports []int
	if err := prepared.prepareDeclaration(context.Background(), define, func(done, total int) {
		if total != len(c.Articles) {
			t.Errorf("progress names %d articles, the corpus has %d", total, len(c.Articles))
		}
		reports = append(reports, done)
	}, 3); err != nil {
		t.Fatal(err)
	}
	if len(reports) < 2 || reports[len(reports)-1] != len(c.Articles) {
		t.Errorf("progress reports %v, want several ending at %d", reports, len(c.Articles))
	}
	if prepared.NeedsPreparing(define) {
		t.Error("a prepared declaration still needs preparing")
	}
	if digest(prepared.Current()) != before || len(prepared.Project.Decisions) != 0 {
		t.Error("preparing changed the session's state")
	}
	got, err := prepared.Do(define)
	if err != nil {
		t.Fatal(err)
	}
	if digest(got) != digest(want) || !slices.Equal(passages(got.Corpus.Event(id)), passages(want.Corpus.Event(id))) {
		t.Errorf("prepared declaration links %v, direct links %v", passages(got.Corpus.Event(id)), passages(want.Corpus.Event(id)))
	}
	if r, _ := prepared.Undo(); digest(r) != before {
		t.Error("undoing a prepared declaration did not give back the corpus as read")
	}
	if r, _ := prepared.Redo(); digest(r) != digest(want) {
		t.Error("redoing a prepared declaration gave another state")
	}

	cancelled := NewSession(c, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := cancelled.PrepareDeclaration(ctx, define, nil); err != context.Canceled {
		t.Errorf("cancelled preparation returned %v, want context.Canceled", err)
	}
	if !cancelled.NeedsPreparing(define) || len(cancelled.ix.declared) != 0 {
		t.Error("a cancelled preparation kept links")
	}
	if digest(cancelled.Current()) != before || len(cancelled.Project.Decisions) != 0 {
		t.Error("a cancelled preparation changed the session")
	}
	if r, err := cancelled.Do(define); err != nil || digest(r) != digest(want) {
		t.Errorf("after a cancelled preparation the declaration applies differently (%v)", err)
	}

	// Other decisions, and events the corpus has, need nothing.
	if direct.NeedsPreparing(Decision{Op: EventRename, Event: id, Title: "x"}) || NewSession(shippedCorpus(t), nil).NeedsPreparing(define) {
		t.Error("a decision that links nothing needs preparing")
	}
}
