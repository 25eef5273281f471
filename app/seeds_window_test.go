package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// These tests drive the real window on the shipped corpus, built the way
// main builds it. They hold whatever the catalogue and the analysis of the
// seeds say: the expectations are read from the corpus, not written here.

func TestSeedsTappingAnEventShowsItsPassages(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	e := c.Event("xi-kazakhstan-visit") // the catalogue's event, supported in all three languages
	if e == nil || len(e.Languages()) < 2 {
		t.Fatalf("the seeds should support Xi's visit in several languages, got %v", e)
	}
	tl.SetView(timeRange{From: e.Span.From().AddDate(0, 0, -3), To: e.Span.To().AddDate(0, 0, 3)})
	test.TapAt(tl, markPos(markOf(t, tl, e.ID)))

	if tl.Selected() != e {
		t.Fatalf("tapping the mark selected %v", tl.Selected())
	}
	if len(mw.excerpts.passages) != len(e.Excerpts) {
		t.Fatalf("the panel lists %d passages, the event has %d", len(mw.excerpts.passages), len(e.Excerpts))
	}
	texts := labelTexts(allRows(mw.excerpts.list))
	for _, x := range e.Excerpts {
		if !slices.Contains(texts, x.Text) {
			t.Errorf("the panel lacks the %s passage of %s", x.Language, x.Article)
		}
		for _, m := range x.Evidence {
			if !strings.Contains(x.Text, m.Text) {
				t.Errorf("evidence %q is not in its passage", m.Text)
			}
		}
	}
}

func TestSeedsSearchForTokayevFindsTheDutchAndArabicPassages(t *testing.T) {
	mw := newTestMainWindow(t, seedCorpus(t))
	test.Type(mw.toolbar.search, "Tokayev")
	mw.waitForSearch()

	found := map[string][]string{} // language → the words found
	for _, x := range mw.excerpts.passages {
		for _, m := range x.Evidence {
			found[x.Language] = append(found[x.Language], m.Text)
		}
	}
	if !slices.Contains(found["nl"], "Tokajev") {
		t.Errorf("no Dutch passage with Tokajev: %q", found["nl"])
	}
	if !slices.ContainsFunc(found["ar"], func(w string) bool { return strings.Contains(w, "توكاييف") }) {
		t.Errorf("no Arabic passage with توكاييف: %q", found["ar"])
	}
	if mw.filter.hits == nil || len(mw.filter.hits.Events) == 0 {
		t.Error("the search found no event to keep bright")
	}
}

func TestSeedsRightStepsThroughEveryEventInTime(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	var prev *timeRange
	seen := 0
	for range len(c.Events) {
		tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		e := tl.Selected()
		if e == nil {
			t.Fatal("Right selected nothing")
		}
		r := timeRange{From: e.Span.From(), To: e.Span.To()}
		if prev != nil && r.From.Before(prev.From) {
			t.Errorf("%s starts before the event selected before it", e.ID)
		}
		prev = &r
		seen++
	}
	if seen != len(c.Events) {
		t.Errorf("stepped through %d of %d events", seen, len(c.Events))
	}
}

func TestSeedsOpenArticleScrollsToThePassage(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	// The supporting passage that lies deepest in its article.
	var deepest *data.Excerpt
	for _, e := range c.Events {
		for i, x := range e.Excerpts {
			if deepest == nil || x.Paragraph > deepest.Paragraph {
				deepest = &e.Excerpts[i]
			}
		}
	}
	if deepest == nil || deepest.Paragraph < 3 {
		t.Fatalf("no passage deep enough in an article to need scrolling: %+v", deepest)
	}
	mw.onOpenArticle(*deepest)

	if mw.tabs.Selected() != mw.articleTab || mw.article.focus != deepest.Paragraph {
		t.Fatalf("the article view shows paragraph %d, want %d", mw.article.focus, deepest.Paragraph)
	}
	if mw.article.list.list.GetScrollOffset() <= 0 {
		t.Error("the article view did not scroll to the passage")
	}
	settle(mw, nil)
	// At the top of the view, or lower when the article ends before the
	// view does; never scrolled past.
	if top, shown := articleTop(mw, mw.article.focusRow()); !shown || top < -1 || top >= mw.article.root.Size().Height {
		t.Errorf("the passage is drawn %v below the top of the view (made: %v)", top, shown)
	}
}
