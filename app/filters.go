package app

import (
	"cmp"
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// filterState is what the toolbar's search box and filters ask for. Empty
// fields ask for nothing.
type filterState struct {
	Query     string
	Storyline string // storyline id
	Actor     string // name-list id
	Place     string // name-list id or free text
	Language  string // ISO 639-1
	Hide      bool   // hide what does not match, rather than dim it
	Starred   bool   // only the events the analyst starred
	Tag       string // only the events the analyst tagged so

	// curation is the project's curation of the events, which Starred
	// and Tag read; the window fills it, not the widgets, and only when
	// they ask for something (so states that do not stay comparable).
	curation *eventCurations
}

// eventCurations looks up the curation of an event (nil for none). A
// pointer to it is comparable, as filterState must be.
type eventCurations struct {
	of func(id string) *data.Curation
}

// filter decides which events and articles match a filterState.
type filter struct {
	state  filterState
	corpus *data.Corpus
	hits   *searchHits // nil when there is no query
}

// newFilter prepares the filter for the corpus, running the query once.
func newFilter(c *data.Corpus, s filterState, search corpusSearch) filter {
	f := filter{state: s, corpus: c}
	if s.Query != "" && search != nil {
		hits := search.search(s.Query)
		f.hits = &hits
	}
	return f
}

// active reports whether anything is filtered.
func (f filter) active() bool {
	s := f.state
	return s.Query != "" || s.Storyline != "" || s.Actor != "" || s.Place != "" || s.Language != "" || s.curated()
}

// curated reports whether the state asks for the analyst's stars or tags.
func (s filterState) curated() bool { return s.Starred || s.Tag != "" }

// curationMatches reports whether the analyst starred and tagged the
// event as asked.
func (s filterState) curationMatches(e *data.Event) bool {
	if !s.curated() {
		return true
	}
	var c *data.Curation
	if s.curation != nil && s.curation.of != nil {
		c = s.curation.of(e.ID)
	}
	if c == nil {
		return false
	}
	return (!s.Starred || c.Starred) && (s.Tag == "" || slices.Contains(c.Tags, s.Tag))
}

// eventMatches reports whether an event passes every filter: its
// storyline, actors and place, a supporting passage in the language, and
// the search.
func (f filter) eventMatches(e *data.Event) bool {
	s := f.state
	if s.Storyline != "" && e.Storyline != s.Storyline {
		return false
	}
	if s.Actor != "" && !slices.Contains(e.Actors, s.Actor) {
		return false
	}
	if s.Place != "" && e.Place != s.Place {
		return false
	}
	if s.Language != "" && !slices.Contains(e.Languages(), s.Language) {
		return false
	}
	if !s.curationMatches(e) {
		return false
	}
	return f.hits == nil || f.hits.Events[e.ID]
}

// articleMatches reports whether an article passes: in the language, found
// by the search, and supporting an event of the storyline, actor and place
// asked for.
func (f filter) articleMatches(a *data.Article) bool {
	s := f.state
	if s.Language != "" && a.Language != s.Language {
		return false
	}
	if f.hits != nil && !f.hits.Articles[a.ID] {
		return false
	}
	if s.Storyline == "" && s.Actor == "" && s.Place == "" && !s.curated() {
		return true
	}
	eventsOnly := filter{state: filterState{Storyline: s.Storyline, Actor: s.Actor, Place: s.Place,
		Starred: s.Starred, Tag: s.Tag, curation: s.curation}}
	for _, l := range a.Links {
		if e := f.corpus.Event(l.Event); e != nil && eventsOnly.eventMatches(e) {
			return true
		}
	}
	return false
}

// timelinePredicates are the timeline's visible and dimmed functions: what
// does not match is hidden or dimmed, as asked; with nothing filtered both
// are nil.
func (f filter) timelinePredicates() (visible, dimmed func(*data.Event) bool) {
	if !f.active() {
		return nil, nil
	}
	if f.state.Hide {
		return f.eventMatches, nil
	}
	return nil, func(e *data.Event) bool { return !f.eventMatches(e) }
}

// articlePredicate is the overview's matching function; nil with nothing
// filtered.
func (f filter) articlePredicate() func(*data.Article) bool {
	if !f.active() {
		return nil
	}
	return f.articleMatches
}

// choice is one entry of a filter's drop-down: what it shows and the id it
// stands for.
type choice struct {
	Label, ID string
}

// filterChoices lists what each filter can be set to, in the corpus:
// storylines in catalogue order, actors and places by name, languages by
// code.
type filterChoices struct {
	Storylines, Actors, Places, Languages []choice
}

func choicesFor(c *data.Corpus) filterChoices {
	var fc filterChoices
	if c == nil {
		return fc
	}
	for _, s := range c.Storylines {
		fc.Storylines = append(fc.Storylines, choice{Label: s.Title, ID: s.ID})
	}
	actors, places := map[string]bool{}, map[string]bool{}
	for _, e := range c.Events {
		for _, a := range e.Actors {
			actors[a] = true
		}
		if e.Place != "" {
			places[e.Place] = true
		}
	}
	fc.Actors = namedChoices(c, actors)
	fc.Places = namedChoices(c, places)
	for _, code := range corpusLanguages(c) {
		fc.Languages = append(fc.Languages, choice{Label: code + " — " + languageName(code), ID: code})
	}
	return fc
}

// corpusLanguages lists the codes of the languages the corpus's articles
// are written in, sorted; an article of unknown language adds none.
func corpusLanguages(c *data.Corpus) []string {
	var codes []string
	for _, a := range c.Articles {
		if a.Language != "" && !slices.Contains(codes, a.Language) {
			codes = append(codes, a.Language)
		}
	}
	slices.Sort(codes)
	return codes
}

// namedChoices turns name-list ids into choices labelled with their
// display names, sorted by label.
func namedChoices(c *data.Corpus, ids map[string]bool) []choice {
	out := make([]choice, 0, len(ids))
	for id := range ids {
		out = append(out, choice{Label: nameText(c, id), ID: id})
	}
	slices.SortFunc(out, func(a, b choice) int {
		return cmp.Or(cmp.Compare(a.Label, b.Label), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// filterWithHits is newFilter with the query already run, off the UI
// goroutine; hits nil means no query.
func filterWithHits(c *data.Corpus, s filterState, hits *searchHits) filter {
	return filter{state: s, corpus: c, hits: hits}
}
