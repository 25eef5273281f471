package app

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/search"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// gatedSearch records the queries run and holds one query until released,
// so a test can type over a search that is still running.
type gatedSearch struct {
	real    corpusSearch
	hold    string
	started chan struct{}
	release chan struct{}

	mu  sync.Mutex
	ran []string
}

func (g *gatedSearch) search(q string) searchHits {
	g.mu.Lock()
	g.ran = append(g.ran, q)
	g.mu.Unlock()
	if q == g.hold {
		close(g.started)
		<-g.release
	}
	return g.real.search(q)
}

func (g *gatedSearch) queries() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.Clone(g.ran)
}

// shownSearch is the query whose hits the excerpt panel lists, from its
// heading row.
func shownSearch(mw *mainWindow) string {
	for _, s := range labelTexts(allRows(mw.excerpts.list)) {
		if q, ok := cutPrefix(s, "Search: "); ok {
			return q
		}
	}
	return ""
}

func cutPrefix(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):], true
	}
	return "", false
}

// Typing quickly searches once, for what was typed last.
func TestSearchTypedQuicklyRunsOnlyTheLastQuery(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	g := &gatedSearch{real: mw.search}
	mw.search = g
	mw.searches.delay = time.Hour // the typing never pauses until flushed
	for _, q := range []string{"S", "Sa", "Sam", "Tok", "Toka", "Tokayev"} {
		mw.onFiltersChanged(filterState{Query: q})
	}
	if got := g.queries(); len(got) != 0 {
		t.Fatalf("searched %q while the typing went on", got)
	}
	mw.waitForSearch()
	if got := g.queries(); !slices.Equal(got, []string{"Tokayev"}) {
		t.Errorf("searched %q, want only the last query", got)
	}
	if got := shownSearch(mw); got != "Tokayev" || mw.filter.state.Query != "Tokayev" {
		t.Errorf("the panel shows the search %q (filter %q), want Tokayev", got, mw.filter.state.Query)
	}
}

// A search still running when the next key is typed never shows its hits:
// only the last query's results reach the window.
func TestSearchTypedOverWhileRunningShowsOnlyTheLastQuerysResults(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	g := &gatedSearch{real: mw.search, hold: "Samarkand", started: make(chan struct{}), release: make(chan struct{})}
	mw.search = g
	mw.searches.delay = 0

	mw.onFiltersChanged(filterState{Query: "Samarkand"})
	<-g.started // the search for Samarkand is running, off the UI goroutine
	mw.onFiltersChanged(filterState{Query: "Tokayev"})
	close(g.release)
	mw.waitForSearch()

	if got := shownSearch(mw); got != "Tokayev" {
		t.Fatalf("the panel shows the search %q, want Tokayev", got)
	}
	for _, x := range mw.excerpts.passages {
		for _, m := range x.Evidence {
			if m.Text == "Samarkand" || m.Text == "سمرقند" {
				t.Errorf("a passage of the Samarkand search is listed: %s", x.Article)
			}
		}
	}
	if len(mw.excerpts.passages) == 0 {
		t.Error("the Tokayev search listed nothing")
	}
	// Deleting back to the query shown does not search again.
	before := len(g.queries())
	mw.onFiltersChanged(filterState{Query: "Tokayev", Language: "nl"})
	mw.waitForSearch()
	if len(g.queries()) != before || mw.filter.hits == nil {
		t.Errorf("changing a filter ran the search again (%q)", g.queries()[before:])
	}
}

// A search finding more passages than a page lists the first page with
// the whole count, and "List the next" lists the next page below it, in
// the order the index gives.
func TestSearchListsItsPassagesAPageAtATime(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(300, 3), "generated", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	mw := newTestMainWindow(t, c)
	mw.onFiltersChanged(filterState{Query: "Tokayev"})
	mw.waitForSearch()
	hits := mw.filter.hits
	want := search.NewIndex(c).Search("Tokayev").Passages
	if hits == nil || hits.Total != len(want) || hits.Total <= 2*searchPage {
		t.Fatalf("the search counts %v passages, the index %d (want more than two pages)", hits, len(want))
	}
	if got := len(mw.excerpts.passages); got != searchPage {
		t.Fatalf("%d passages listed at first, want a page of %d", got, searchPage)
	}
	texts := labelTexts(allRows(mw.excerpts.list))
	if !slices.Contains(texts, fmt.Sprintf("%d events, %d passages in %d articles", len(hits.Events), hits.Total, len(hits.Articles))) {
		t.Errorf("no caption with the whole count in %q", texts[:3])
	}
	last := mw.excerpts.rows[len(mw.excerpts.rows)-1].obj.(*widget.Button)
	if wantLabel := fmt.Sprintf("List the next %d passages (%d not listed)", searchPage, hits.Total-searchPage); last.Text != wantLabel {
		t.Errorf("the last row is %q, want %q", last.Text, wantLabel)
	}
	shown := make(chan struct{})
	moreHitsShown = func() { close(shown) }
	defer func() { moreHitsShown = nil }()
	test.Tap(last)
	<-shown
	if got := len(mw.excerpts.passages); got != 2*searchPage {
		t.Fatalf("%d passages listed after one more page, want %d", got, 2*searchPage)
	}
	for i, x := range mw.excerpts.passages {
		if w := want[i]; x.ArticleRef != w.Article || x.Paragraph != w.Paragraph || x.Text != w.Text || !reflect.DeepEqual(x.Evidence, w.Matches) {
			t.Fatalf("passage %d listed is %s ¶%d, the index's is %s ¶%d", i, x.Article, x.Paragraph, w.Article.ID, w.Paragraph)
		}
	}
	if got := mw.excerpts.rows[len(mw.excerpts.rows)-1].obj.(*widget.Button).Text; !strings.Contains(got, fmt.Sprintf("(%d not listed)", hits.Total-2*searchPage)) {
		t.Errorf("after a page the last row is %q", got)
	}
}

// A query typed over while the index is still being built gives up
// rather than wait for it.
func TestSearchTypedOverBeforeTheIndexIsReadyGivesUp(t *testing.T) {
	p := &pendingSearch{ready: make(chan struct{})}
	p.once.Do(func() {}) // the index is "being built" and never ready
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.searchContext(ctx, "Tokayev"); !errors.Is(err, context.Canceled) {
		t.Errorf("searchContext on a cancelled query waiting for the index: %v", err)
	}
}
