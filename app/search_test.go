package app

import (
	"slices"
	"sync"
	"testing"
	"time"
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
