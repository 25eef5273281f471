package app

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/search"
)

// searchHits is what a query found: the events and articles to keep bright,
// and the passages to list, a page at a time.
type searchHits struct {
	Events   map[string]bool
	Articles map[string]bool // articles with a passage found, or supporting an event found
	Passages []data.Excerpt  // the first page of passages, with the words found as evidence
	Total    int             // how many passages were found
	// pages lists the passages after the first page; nil when Passages
	// holds them all. Shared by the copies of the hits (the filter's and
	// the panel's), so a page listed stays listed.
	pages *hitPages
}

// searchPage is how many passages are listed at first, and then each time
// the analyst asks for more: listing reads the text of each passage's
// article, which for a corpus reopened from the cache is a read each.
const searchPage = 100

// hitPages is the passages of a search listed so far, and the rest to
// list.
type hitPages struct {
	found  *search.Hits
	mu     sync.Mutex
	listed []data.Excerpt
	read   int // how many hits were listed or left out
}

// listed returns the passages listed so far.
func (h searchHits) listed() []data.Excerpt {
	if h.pages == nil {
		return h.Passages
	}
	h.pages.mu.Lock()
	defer h.pages.mu.Unlock()
	return h.pages.listed
}

// more reports how many passages are not listed yet.
func (h searchHits) more() int {
	if h.pages == nil {
		return 0
	}
	h.pages.mu.Lock()
	defer h.pages.mu.Unlock()
	return max(0, h.pages.found.Len()-h.pages.read)
}

// listMore lists the next page of passages (reading their texts) and
// returns all listed so far. It may be called off the UI goroutine.
func (h searchHits) listMore() []data.Excerpt {
	if h.pages == nil {
		return h.Passages
	}
	h.pages.mu.Lock()
	defer h.pages.mu.Unlock()
	// A passage whose text can no longer be read is left out of its page,
	// so the next page starts after the hits read, not after the count
	// listed.
	for _, p := range h.pages.found.Page(h.pages.read, searchPage) {
		h.pages.listed = append(h.pages.listed, hitExcerpt(p))
	}
	h.pages.read += searchPage
	return h.pages.listed
}

// corpusSearch answers the search box's queries over one corpus.
type corpusSearch interface {
	search(query string) searchHits
}

// contextSearch is a corpusSearch that stops when the query is typed
// over (ctx done): the search runner uses it when it can.
type contextSearch interface {
	searchContext(ctx context.Context, query string) (searchHits, error)
}

// newCorpusSearch indexes the corpus for the search box. Indexing reads
// every paragraph once; it is done once per corpus, off the UI goroutine
// when the corpus is loaded. Queries run off the UI goroutine too (see
// searchRunner): on a large corpus one can take longer than a frame.
func newCorpusSearch(c *data.Corpus) corpusSearch {
	if c == nil {
		return nil
	}
	// The index kept with a cached corpus is read back; one built afresh
	// is kept for the next opening in the background (a failure to keep
	// it only costs that opening the build).
	ix, keep := search.OpenIndex(c)
	if keep != nil {
		go func() { _ = keep() }()
	}
	return indexSearch{index: ix}
}

// indexLater returns the corpus's search, whose index start builds on
// another goroutine; a query made before the index is ready waits for it.
func indexLater(c *data.Corpus) *pendingSearch {
	return &pendingSearch{c: c, ready: make(chan struct{})}
}

// pendingSearch is a search whose index is being built.
type pendingSearch struct {
	c     *data.Corpus
	ready chan struct{} // closed when s is set
	s     corpusSearch
	once  sync.Once
}

// start builds the index in the background; only the first call does.
func (p *pendingSearch) start() {
	p.once.Do(func() {
		go func() {
			defer close(p.ready)
			p.s = newCorpusSearch(p.c)
		}()
	})
}

// search waits for the index, starting it if nothing has yet (the window
// starts it after its first frame).
func (p *pendingSearch) search(query string) searchHits {
	p.start()
	<-p.ready
	return p.s.search(query)
}

// searchContext is search, given up when ctx is done.
func (p *pendingSearch) searchContext(ctx context.Context, query string) (searchHits, error) {
	p.start()
	select {
	case <-p.ready:
	case <-ctx.Done():
		return searchHits{}, ctx.Err()
	}
	if cs, ok := p.s.(contextSearch); ok {
		return cs.searchContext(ctx, query)
	}
	return p.s.search(query), nil
}

// indexSearch is data/search's multilingual search, which also finds
// a name in the other languages' spellings of the name lists.
type indexSearch struct{ index *search.Index }

func (s indexSearch) search(query string) searchHits {
	hits, _ := s.searchContext(context.Background(), query)
	return hits
}

// searchContext finds the query's passages without their texts, and
// lists the first page of them.
func (s indexSearch) searchContext(ctx context.Context, query string) (searchHits, error) {
	found, err := s.index.Find(ctx, query)
	if err != nil {
		return searchHits{}, err
	}
	hits := searchHits{Events: map[string]bool{}, Articles: map[string]bool{}, Total: found.Len()}
	for _, e := range found.Events {
		hits.Events[e.ID] = true
		for _, x := range e.Excerpts {
			hits.Articles[x.Article] = true
		}
	}
	for _, a := range found.Articles() {
		hits.Articles[a.ID] = true
	}
	for _, p := range found.Page(0, searchPage) {
		hits.Passages = append(hits.Passages, hitExcerpt(p))
	}
	if found.Len() > searchPage {
		hits.pages = &hitPages{found: found, listed: hits.Passages, read: searchPage}
	}
	return hits, nil
}

// hitExcerpt shows a passage found as an excerpt, the words found as its
// evidence, so the excerpt panel highlights them.
func hitExcerpt(p search.PassageHit) data.Excerpt {
	a := p.Article
	par := a.Paragraphs[p.Paragraph]
	// p.Text, not par.Text: an article reopened from the cache is not
	// given its text by a search (only the passages found hold it).
	return data.Excerpt{Article: a.ID, Paragraph: p.Paragraph, Start: par.Start, End: par.End, Text: p.Text,
		Language: a.Language, Evidence: p.Matches, ArticleRef: a}
}

// searchDelay is how long the search box waits after a keystroke before
// searching: typing "Tokayev" searches once, not seven times.
const searchDelay = 150 * time.Millisecond

// searchRunner runs the search box's queries off the UI goroutine, after
// the typing pauses, and hands back only the last query's hits: a query
// typed over is cancelled before it starts, or its hits are dropped if it
// was already running.
type searchRunner struct {
	delay time.Duration

	mu      sync.Mutex
	timer   *time.Timer
	fire    func() // what the pending timer runs, for flush
	stop    context.CancelFunc
	current int // the latest query's number; older results are stale
	busy    sync.WaitGroup
}

// run searches for query after the delay and calls done with its hits on
// the UI goroutine, unless another query or a cancel came first. Called on
// the UI goroutine.
func (r *searchRunner) run(search corpusSearch, query string, done func(searchHits)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancelLocked()
	r.current++
	n := r.current
	ctx, stop := context.WithCancel(context.Background())
	r.stop = stop
	r.busy.Add(1)
	var once sync.Once
	r.fire = func() {
		once.Do(func() {
			defer r.busy.Done()
			if ctx.Err() != nil {
				return
			}
			var hits searchHits
			if cs, ok := search.(contextSearch); ok {
				var err error
				if hits, err = cs.searchContext(ctx, query); err != nil {
					return // typed over while searching
				}
			} else {
				hits = search.search(query)
			}
			if ctx.Err() != nil {
				return // typed over while searching
			}
			r.busy.Add(1)
			fyne.Do(func() {
				defer r.busy.Done()
				r.mu.Lock()
				latest := n == r.current && ctx.Err() == nil
				r.mu.Unlock()
				if latest {
					done(hits)
				}
			})
		})
	}
	fire := r.fire
	r.timer = time.AfterFunc(r.delay, fire)
}

// cancel drops the pending query, if any.
func (r *searchRunner) cancel() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancelLocked()
	r.current++
}

func (r *searchRunner) cancelLocked() {
	if r.stop != nil {
		r.stop()
		r.stop = nil
	}
	if r.timer != nil && r.timer.Stop() {
		r.busy.Done() // the timer will not run the search it was counted for
	}
	r.timer, r.fire = nil, nil
}

// flush runs the pending query now rather than after the delay, and waits
// until every query started has handed back its hits or given up. For
// tests, which would otherwise sleep through the delay.
func (r *searchRunner) flush() {
	r.mu.Lock()
	fire := r.fire
	stopped := r.timer != nil && r.timer.Stop()
	r.timer = nil
	r.mu.Unlock()
	if stopped && fire != nil {
		fire()
	}
	r.busy.Wait()
}
