package project

import (
	"context"
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/seeds"
)

// withoutEvent builds the shipped corpus with one catalogue event left
// out, as a folder read before that event was declared.
func withoutEvent(t *testing.T, id string) *data.Corpus {
	t.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	cat := *cur.Catalogue
	cat.Events = slices.DeleteFunc(slices.Clone(cat.Events), func(e *data.Event) bool { return e.ID == id })
	cur.Catalogue = &cat
	c, err := pipeline.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestDeclaredEventLinksAtOnce: an event.define of an event the corpus
// was read without links at once the passages its terms, place and
// actors find when the folder is read with it; undo takes them back, and
// Apply (the command line) links them the same way.
func TestDeclaredEventLinksAtOnce(t *testing.T) {
	full := shippedCorpus(t)
	p := seedsProject(t)
	for _, id := range []string{"xi-putin-samarkand", "kz-fuel-protests"} {
		want := full.Event(id)
		if want == nil || len(want.Excerpts) < 2 {
			t.Fatalf("the shipped corpus has no well-supported event %s", id)
		}
		i := slices.IndexFunc(p.Decisions, func(d Decision) bool { return d.Op == EventDefine && d.Event == id })
		if i < 0 {
			t.Fatalf("the seeds' project does not declare %s", id)
		}
		define := p.Decisions[i]
		c := withoutEvent(t, id)
		if c.Event(id) != nil {
			t.Fatalf("%s is still in the corpus read without it", id)
		}
		s := NewSession(c, nil)
		before := digest(s.Current())
		r, err := s.Do(define)
		if err != nil {
			t.Fatal(err)
		}
		got := r.Corpus.Event(id)
		if got == nil {
			t.Fatalf("declared %s is not shown", id)
		}
		// Reading with the event also merges into it the passages of a
		// happening discovery found that it covers (package discover);
		// a declaration links what its terms, place and actors find.
		if len(got.Excerpts) == 0 || slices.ContainsFunc(passages(got), func(p string) bool { return !slices.Contains(passages(want), p) }) {
			t.Errorf("%s declared after reading links %v, reading with it links %v", id, passages(got), passages(want))
		}
		for _, x := range got.Excerpts {
			a := r.Corpus.ArticleOf(x)
			if !slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == id && l.Paragraph == x.Paragraph }) {
				t.Errorf("article %s does not list its link to %s", a.ID, id)
			}
			if len(x.Evidence) == 0 {
				t.Errorf("passage %s#%d of %s carries no evidence", x.Article, x.Paragraph, id)
			}
		}
		if r, _ := s.Undo(); digest(r) != before {
			t.Errorf("undoing the declaration of %s did not give back the corpus as read", id)
		}
		if r, _ := s.Redo(); !slices.Equal(passages(r.Corpus.Event(id)), passages(got)) {
			t.Errorf("redo of %s gave other passages", id)
		}
		if applied := ApplyDecisions(c, []Decision{define}); digest(applied) != digest(s.Current()) {
			t.Errorf("Apply and the session differ on the declaration of %s", id)
		}
	}
}
