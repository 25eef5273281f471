package project

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// applier holds the state of one Apply. Articles, events, passage lists
// and curations are copied when a decision first changes them (copy on
// write), so applying a project costs in proportion to what it decides,
// not to the corpus; and an applier can be forked (a checkpoint of a
// Session) with both sides sharing everything made so far.
type applier struct {
	base   *data.Corpus
	ix     *baseIndex
	c      *data.Corpus
	res    *Result
	events map[string]*data.Event // every event, visible or hidden, by id
	order  []string               // event ids in the order they came
	hidden map[string]bool        // event ids hidden
	merged map[string]bool        // hidden because merged into another

	own     ownership           // what this applier may change in place
	ordered map[string][]int32  // events whose passages are in article order: their article indices (excerpts.go)
	pending map[string]*changes // passage changes not yet settled, by event id

	storylines       []data.Storyline
	hiddenStorylines map[string]bool
	resort           bool // an event's date changed or one was added
	linksChanged     bool
	irrelevant       map[string]bool // articles marked irrelevant
	slides           *Decision       // the latest deck.slides

	// undeclared are the computed corpus's catalogue events and
	// storylines that a define decision of the project declares, while
	// that decision is not (yet) applied: a Session's state before it,
	// where the event does not exist (see declared in define.go).
	undeclared           map[string]bool
	undeclaredStorylines map[string]bool
}

// ownership is what an applier made itself and may change in place;
// everything else (the computed corpus, a checkpoint's copies) it copies
// before changing.
type ownership struct {
	article  map[*data.Article]bool
	event    map[*data.Event]bool
	excerpts map[*data.Event]bool // the event's passage list
	curation map[*data.Curation]bool
}

func newOwnership() ownership {
	return ownership{map[*data.Article]bool{}, map[*data.Event]bool{}, map[*data.Event]bool{}, map[*data.Curation]bool{}}
}

func newApplier(c *data.Corpus, ix *baseIndex) *applier {
	a := &applier{
		base:             c,
		ix:               ix,
		res:              &Result{Curation: map[Target]*data.Curation{}},
		events:           make(map[string]*data.Event, len(c.Events)),
		order:            make([]string, 0, len(c.Events)),
		hidden:           map[string]bool{},
		merged:           map[string]bool{},
		own:              newOwnership(),
		ordered:          map[string][]int32{},
		pending:          map[string]*changes{},
		storylines:       slices.Clone(c.Storylines),
		hiddenStorylines: map[string]bool{},
		irrelevant:       map[string]bool{},
		undeclared:       map[string]bool{},

		undeclaredStorylines: map[string]bool{},
	}
	copied := *c
	copied.Articles = slices.Clone(c.Articles)
	a.c = &copied
	for _, e := range c.Events {
		a.events[e.ID] = e
		a.order = append(a.order, e.ID)
	}
	return a
}

// fork returns an applier that goes on from a's state independently of
// a: both share every article, event, passage list and curation made so
// far, and from now on neither changes those in place (each copies what
// it changes). A fork costs the maps and the article list, not the copies.
func (a *applier) fork() *applier {
	b := *a
	c := *a.c
	c.Articles = slices.Clone(a.c.Articles)
	b.c = &c
	b.res = &Result{Curation: maps.Clone(a.res.Curation), Skipped: slices.Clone(a.res.Skipped)}
	b.events = maps.Clone(a.events)
	b.order = slices.Clone(a.order)
	b.hidden, b.merged = maps.Clone(a.hidden), maps.Clone(a.merged)
	b.ordered = maps.Clone(a.ordered)
	b.pending = make(map[string]*changes, len(a.pending))
	for id, ch := range a.pending {
		b.pending[id] = ch.clone()
	}
	b.storylines = slices.Clone(a.storylines)
	b.hiddenStorylines, b.irrelevant = maps.Clone(a.hiddenStorylines), maps.Clone(a.irrelevant)
	b.undeclared, b.undeclaredStorylines = maps.Clone(a.undeclared), maps.Clone(a.undeclaredStorylines)
	a.own, b.own = newOwnership(), newOwnership()
	return &b
}

// event returns the event with the id for changing it: a copy of the
// computed one, made once.
func (a *applier) event(id string) (*data.Event, error) {
	if a.events[id] == nil || a.undeclared[id] {
		return nil, fmt.Errorf("event %s is not in the corpus", id)
	}
	return a.ownEvent(id), nil
}

// ownEvent is event for an event known to be there, declared or not.
func (a *applier) ownEvent(id string) *data.Event {
	e := a.events[id]
	if !a.own.event[e] {
		// The passages are copied only when changed (mine): renaming an
		// event with thousands of passages copies none of them.
		cp := *e
		cp.Actors = slices.Clone(e.Actors)
		e = &cp
		a.own.event[e] = true
		a.events[id] = e
	}
	return e
}

// mine makes e's passage list its own before it is changed in place; e
// is already the applier's copy.
func (a *applier) mine(e *data.Event) {
	if !a.own.excerpts[e] {
		e.Excerpts = slices.Clone(e.Excerpts)
		a.own.excerpts[e] = true
	}
}

// article returns the article with the id and its index; the article is
// the computed one, not to be changed (see ownArticleAt).
func (a *applier) article(id string) (*data.Article, int, error) {
	i, ok := a.ix.article[id]
	if !ok {
		return nil, -1, fmt.Errorf("article %s is not in the corpus", id)
	}
	return a.c.Articles[i], i, nil
}

// ownArticleAt returns article i for changing it: a copy made once.
func (a *applier) ownArticleAt(i int) *data.Article {
	art := a.c.Articles[i]
	if !a.own.article[art] {
		// An article loaded without its text gets it in place, perhaps
		// from another goroutine (the search index): read it first, so
		// that the copy is whole and taken from a finished article.
		_ = art.LoadText()
		cp := *art
		cp.Links = slices.Clone(art.Links)
		cp.Warnings = slices.Clone(art.Warnings)
		art = &cp
		a.own.article[art] = true
		a.c.Articles[i] = art
	}
	return art
}

// passage finds a paragraph and checks that it still says what it said.
func (a *applier) passage(article string, para int, quote string) (*data.Article, int, error) {
	art, i, err := a.article(article)
	if err != nil {
		return nil, -1, err
	}
	if para < 0 || para >= len(art.Paragraphs) {
		return nil, -1, fmt.Errorf("article %s has no paragraph %d (it has %d)", article, para, len(art.Paragraphs))
	}
	// An article of a corpus reopened from the cache reads its text now.
	if err := art.LoadText(); err != nil {
		return nil, -1, err
	}
	if quote != "" && !strings.HasPrefix(art.Paragraphs[para].Text, quote) {
		return nil, -1, fmt.Errorf("paragraph %d of article %s changed: it no longer begins %q", para, article, quote)
	}
	return art, i, nil
}

// cur returns the curation of a target for changing it, created when
// first needed, copied when it is not the applier's own.
func (a *applier) cur(t Target) *data.Curation {
	c := a.res.Curation[t]
	switch {
	case c == nil:
		c = &data.Curation{}
	case !a.own.curation[c]:
		cp := *c
		cp.Notes, cp.Tags, cp.Set, cp.Merged = slices.Clone(c.Notes), slices.Clone(c.Tags), slices.Clone(c.Set), slices.Clone(c.Merged)
		c = &cp
	default:
		return c
	}
	a.own.curation[c] = true
	a.res.Curation[t] = c
	return c
}

// set records that the analyst set a field of an event or article.
func (a *applier) set(kind, id, field string) {
	c := a.cur(Target{kind, id})
	if !slices.Contains(c.Set, field) {
		c.Set = append(c.Set, field)
	}
}

func (a *applier) hasStoryline(id string) bool {
	return !a.undeclaredStorylines[id] && slices.ContainsFunc(a.storylines, func(s data.Storyline) bool { return s.ID == id })
}

// exists reports whether the event is in the corpus (hidden or not).
func (a *applier) exists(id string) bool { return a.events[id] != nil && !a.undeclared[id] }
