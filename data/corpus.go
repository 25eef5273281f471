package data

import (
	"context"
	"io/fs"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// Curated is the knowledge a corpus is read with: the names that ship
// with Caravan (package data/knowledge) with the corpus's own names.toml
// layered over them, and the corpus's own event catalogue, if it has one.
// A catalogue belongs to its corpus: another folder never gets it.
type Curated struct {
	Catalogue *Catalogue // the corpus's storylines and events; nil when it has none
	Names     []*Name
	// Problems are the mistakes found in the corpus's curated files, as
	// "file:line: message"; Build lists them with the corpus's problems.
	Problems []Problem
}

// Catalogue is the curated list of storylines and events.
type Catalogue struct {
	Storylines []Storyline
	Events     []*Event
}

// Progress reports how far Build has come.
type Progress struct {
	Stage string // "reading", "dating and linking"
	Done  int
	Total int
}

// Build turns the articles under fsys into a Corpus: it reads and decodes
// them, finds the dates in their text, links their passages to the curated
// events and dates every article. The events found only in text are
// package discover's; package pipeline runs both.
// root names the corpus for people ("seeds" for the shipped one).
// progress may be nil. Build stops early when ctx is cancelled.
func Build(ctx context.Context, fsys fs.FS, root string, cur Curated, progress func(Progress)) (*Corpus, error) {
	return BuildCached(ctx, fsys, root, cur, nil, progress)
}

// BuildCached is Build taking from cache, which may be nil, the articles
// of files that have not changed since they were cached, already dated and
// linked, and telling it about the others. The cache must hold results
// for the same curated knowledge (see ArticleCache).
func BuildCached(ctx context.Context, fsys fs.FS, root string, cur Curated, cache ArticleCache, progress func(Progress)) (*Corpus, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	c := &Corpus{Root: root, Names: cur.Names}
	events := map[string]*Event{}
	if cur.Catalogue != nil {
		c.Storylines = append(c.Storylines, cur.Catalogue.Storylines...)
		for _, e := range cur.Catalogue.Events {
			copied := *e
			copied.Excerpts = nil
			c.Events = append(c.Events, &copied)
			events[e.ID] = &copied
		}
	}
	// Compiling the names and terms costs a tenth to a third of a second
	// on one core: it is done while the files are read, from the first
	// file that needs analysing on (all of them without a cache), and not
	// at all by a load whose articles all come analysed from the cache.
	compiled := make(chan *Linker, 1)
	var compiling sync.Once
	compile := func() {
		compiling.Do(func() {
			go func() { compiled <- NewLinker(c.Events, linkNames(c.Events, cur.Names)) }()
		})
	}
	if cache == nil {
		compile()
	}
	loaded, problems, err := readArticles(ctx, fsys, cache, compile, func(done, total int) {
		progress(Progress{Stage: "reading", Done: done, Total: total})
	})
	if err != nil {
		return nil, err
	}
	articles := make([]*Article, len(loaded))
	var toAnalyse []*Article
	for i := range loaded {
		articles[i] = loaded[i].Article
		if !loaded[i].analysed && loaded[i].DuplicateOf == "" {
			toAnalyse = append(toAnalyse, loaded[i].Article)
		}
	}
	c.Articles, c.Problems = articles, append(slices.Clip(cur.Problems), problems...)
	var linker *Linker
	offices := newOfficeFinder(cur.Names)
	anniversaries := newAnniversaryFinder(cur.Names)
	if len(toAnalyse) > 0 {
		compile()
		linker = <-compiled
	}

	// Each article is dated and linked on its own, so the work spreads over
	// the cores; only the shared counter needs a lock. The workers take
	// the articles in turn by an atomic index, as readArticles does: handed
	// over a channel, one article at a time by a third goroutine, an
	// article waited for the feeder to be scheduled, and a tenth of the
	// stage ran on one core (seen in an execution trace of 10,000
	// generated articles).
	var (
		mu   sync.Mutex
		done int
		next atomic.Int64 // index of the next article to analyse
		wg   sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), len(toAnalyse)) {
		wg.Go(func() {
			w := newAnalyser(linker, events)
			w.ctx = ctx
			w.dates.offices = offices
			w.dates.anniversaries = anniversaries
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(toAnalyse) {
					return
				}
				w.analyse(toAnalyse[i])
				mu.Lock()
				done++
				progress(Progress{Stage: "dating and linking", Done: done, Total: len(toAnalyse)})
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	if cache != nil {
		for i := range loaded {
			if l := &loaded[i]; l.store || !l.analysed && l.DuplicateOf == "" {
				cache.Store(l.File, l.stamp, l.cached())
			}
		}
	}
	attachExcerpts(c.Articles, events)
	sortEvents(c.Events)
	return c, nil
}

// analyser is what one of Build's workers keeps from one article to the
// next: the scratch space of each step, so that it is allocated once per
// worker rather than once per article.
type analyser struct {
	ctx     context.Context // the load's, or nil
	events  map[string]*Event
	dates   dateReader
	matcher *linkMatcher
	checker linkChecker
	// open holds the mentions dateReader.find left for dating to resolve,
	// with their reasons, so that an article can be dated again from
	// scratch.
	open []openMention
}

// openMention is a mention as dateReader.find left it, unresolved.
type openMention struct {
	index  int
	reason string
}

// cancelled reports whether the load the analyser works for was cancelled.
func (w *analyser) cancelled() bool { return w.ctx != nil && w.ctx.Err() != nil }

func newAnalyser(linker *Linker, events map[string]*Event) *analyser {
	return &analyser{events: events, matcher: linker.newMatcher(), checker: linkChecker{events: events}}
}

// analyse finds an article's dates and links, then dates the article.
// Links are first proposed on names alone, because the article's date may
// only be known through the events it reports; once it is dated, links
// whose dates disagree are dropped. An article is never dated by an event
// it is not linked to: when the check drops the event the date rests on,
// the article is dated again from the links that stood, and those are
// checked again against the new date. Each round has fewer candidates, so
// this ends. Dropped background events are only left out of the reason.
//
// A cancelled load stops between the steps (each is linear in the
// article, seconds for a file of tens of megabytes); what it leaves is
// thrown away with the corpus.
func (w *analyser) analyse(a *Article) {
	if a.DuplicateOf != "" || w.cancelled() {
		return
	}
	w.dates.find(a)
	if w.cancelled() {
		return
	}
	candidates := w.matcher.match(a)
	w.open = w.open[:0]
	for i, m := range a.Mentions {
		if !m.Resolved() {
			w.open = append(w.open, openMention{i, m.Reason})
		}
	}
	for !w.cancelled() {
		dated := dateArticle(a, candidates, w.events, &w.dates, w.dates.future)
		// The candidates are dropped once checked, so the links may keep
		// their evidence.
		a.Links = w.checker.confirmLinks(a, candidates, true)
		if len(a.Links) == len(candidates) {
			return
		}
		if dated.datedOnly(a.Links) {
			dated.forgetBackground(a.Links)
			return
		}
		candidates = keepConfirmed(candidates, a.Links)
		for _, o := range w.open {
			a.Mentions[o.index].SetSpan(Span{}, o.reason)
		}
	}
}

// keepConfirmed returns, in place, the candidates that links confirmed.
// ConfirmLinks keeps the candidates' order, so links is a subsequence of
// them.
func keepConfirmed(candidates, links []Link) []Link {
	kept := candidates[:0]
	for _, c := range candidates {
		if len(kept) < len(links) && links[len(kept)].Event == c.Event && links[len(kept)].Paragraph == c.Paragraph {
			kept = append(kept, c)
		}
	}
	return kept
}

// attachExcerpts lists on every event of byID the passages of articles
// linked to it.
func attachExcerpts(articles []*Article, byID map[string]*Event) {
	// Counted first, so that each list is allocated once at its size.
	counts := map[*Event]int{}
	for _, a := range articles {
		for _, l := range a.Links {
			if e := byID[l.Event]; e != nil {
				counts[e]++
			}
		}
	}
	for e, n := range counts {
		e.Excerpts = make([]Excerpt, 0, n)
	}
	for _, a := range articles {
		for _, l := range a.Links {
			e := byID[l.Event]
			if e == nil {
				continue
			}
			e.Excerpts = append(e.Excerpts, paragraphExcerpt(a, l.Paragraph, l.Evidence))
		}
	}
}

// paragraphExcerpt is paragraph p of article a as an excerpt with the
// evidence that put it on an event.
func paragraphExcerpt(a *Article, p int, evidence []Match) Excerpt {
	para := a.Paragraphs[p]
	return Excerpt{
		Article: a.ID, Paragraph: p, Start: para.Start, End: para.End,
		Text: para.Text, Language: a.Language, Evidence: evidence, ArticleRef: a,
	}
}

// sortEvents orders events by start, then id, so that every listing of
// them is the same from run to run.
func sortEvents(events []*Event) {
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i].Span.Start, events[j].Span.Start
		if a.Before(b) != b.Before(a) {
			return a.Before(b)
		}
		return events[i].ID < events[j].ID
	})
}
