package project

import (
	"fmt"
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// Result is a corpus with a project's decisions applied.
type Result struct {
	// Corpus is the curated corpus: the computed one with the decisions
	// applied. It shares every article and event the decisions did not
	// touch with the computed corpus; neither may be modified.
	Corpus *data.Corpus
	// Hidden are the events hidden by event.hide, by a merge or with their
	// storyline, so that the window can offer to restore them.
	Hidden []*data.Event
	// HiddenStorylines are the storylines hidden by storyline.hide.
	HiddenStorylines []data.Storyline
	// Curation holds notes, stars, tags and which fields the analyst set,
	// by target.
	Curation map[Target]*data.Curation
	// Slides are the event ids the latest deck.slides decision chose to
	// present, in order, less those that no longer exist; nil when no
	// choice was made (or none of it still applies). Hidden events stay
	// listed so that restoring one brings its slide back; the presenter
	// shows only the visible ones.
	Slides []string
	// Skipped are the decisions that no longer apply, in project order,
	// each with the reason: the corpus changed under them.
	Skipped []Skipped

	// size estimates the bytes this state holds beyond the computed
	// corpus (the copies its decisions made), for the session's cache.
	size int
}

// Skipped is a decision that could not be applied, and why.
type Skipped struct {
	Decision Decision
	Reason   string
	// Partial is set when the rest of the decision still applies (a
	// choice of slides some of whose events are gone).
	Partial bool
}

// String returns "decision id (what it did): reason".
func (s Skipped) String() string {
	return fmt.Sprintf("decision %s (%s): %s", s.Decision.ID, s.Decision.Describe(), s.Reason)
}

// Of returns the curation of a target, or nil.
func (r *Result) Of(kind, id string) *data.Curation { return r.Curation[Target{kind, id}] }

// Curations gives the report writers the curation of events and articles.
func (r *Result) Curations() data.Curations {
	return data.Curations{
		Event:   func(id string) *data.Curation { return r.Of("event", id) },
		Article: func(id string) *data.Curation { return r.Of("article", id) },
		Slides:  r.Slides,
	}
}

// HiddenEvent returns the hidden event with the id, or nil.
func (r *Result) HiddenEvent(id string) *data.Event {
	for _, e := range r.Hidden {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// AnalystStoryline is the storyline an event the analyst creates goes to
// when no storyline is named; it is created when first needed.
const AnalystStoryline = "analyst"

// Apply replays the project's decisions over the computed corpus c, in
// order, and returns the curated corpus. A decision that no longer applies
// (its event, article or passage is gone or changed) is skipped and
// listed; the others still apply. c is not modified.
func Apply(c *data.Corpus, p *Project) *Result {
	var decisions []Decision
	if p != nil {
		decisions = p.Decisions
	}
	return ApplyDecisions(c, decisions)
}

// ApplyDecisions is Apply for a list of decisions.
func ApplyDecisions(c *data.Corpus, decisions []Decision) *Result {
	if len(decisions) == 0 {
		// Nothing decided: the computed corpus is the curated one.
		return &Result{Corpus: c, Curation: map[Target]*data.Curation{}}
	}
	a := newApplier(c, newBaseIndex(c))
	for i := range decisions {
		a.step(&decisions[i])
	}
	a.finish()
	return a.res
}

// step applies one decision, or lists it as skipped with the reason.
func (a *applier) step(d *Decision) {
	if err := a.apply(d); err != nil {
		a.res.Skipped = append(a.res.Skipped, Skipped{Decision: *d, Reason: err.Error()})
	}
}

func (a *applier) apply(d *Decision) error {
	switch d.Op {
	case EventRename, EventSummary, EventDate, EventStoryline, EventPlace, EventActors, EventStatus:
		return a.editEvent(d)
	case EventNew:
		return a.newEvent(d)
	case EventHide, EventRestore:
		if _, err := a.event(d.Event); err != nil {
			return err
		}
		a.hidden[d.Event] = d.Op == EventHide
		delete(a.merged, d.Event)
		return nil
	case EventMerge:
		return a.merge(d)
	case EventSplit:
		return a.split(d)
	case LinkAdd:
		return a.linkAdd(d.Event, d.Article, *d.Paragraph, d.Quote)
	case LinkRemove:
		return a.linkRemove(d)
	case StorylineNew, StorylineRename, StorylineOrder, StorylineHide, StorylineRestore:
		return a.storyline(d)
	case ArticleDate, ArticleMark:
		return a.editArticle(d)
	case Note, Star, Unstar, Tag, Untag:
		return a.annotate(d)
	case StorylineDefine:
		return a.defineStoryline(d)
	case EventDefine:
		return a.defineEvent(d)
	case StorylineWithdraw:
		if a.hasStoryline(d.Storyline) {
			a.undeclaredStorylines[d.Storyline] = true
		}
		return nil
	case EventWithdraw:
		if a.events[d.Event] != nil {
			a.undeclared[d.Event] = true
		}
		return nil
	case DeckSlides:
		// Resolved in finish: a later decision may create, merge or
		// split the events it names, and only the latest choice counts.
		a.slides = d
		return nil
	}
	return fmt.Errorf("unknown op %q", d.Op)
}

func (a *applier) editEvent(d *Decision) error {
	if d.Op == EventStoryline && !a.hasStoryline(d.Storyline) {
		return fmt.Errorf("storyline %s is not in the corpus", d.Storyline)
	}
	e, err := a.event(d.Event)
	if err != nil {
		return err
	}
	field := strings.TrimPrefix(string(d.Op), "event.")
	if d.Op == EventRename {
		field = "title"
	}
	switch d.Op {
	case EventRename:
		e.Title = d.Title
	case EventSummary:
		e.Summary = d.Summary
	case EventDate:
		e.Span.Start, e.Span.End = parseSpan(d.Start, d.End)
		c := a.cur(Target{"event", e.ID})
		c.Earliest, _ = data.ParseDate(d.Earliest)
		c.Latest, _ = data.ParseDate(d.Latest)
		a.resort = true
	case EventStoryline:
		e.Storyline = d.Storyline
	case EventPlace:
		e.Place = d.Place
	case EventActors:
		e.Actors = slices.Clone(d.Actors)
	case EventStatus:
		a.cur(Target{"event", e.ID}).Status = d.Status
	}
	a.set("event", e.ID, field)
	return nil
}

func (a *applier) newEvent(d *Decision) error {
	if a.events[d.New] != nil {
		return fmt.Errorf("event %s already exists", d.New)
	}
	storyline := d.Storyline
	if storyline == "" {
		storyline = a.analystStoryline()
	} else if !a.hasStoryline(storyline) {
		return fmt.Errorf("storyline %s is not in the corpus", storyline)
	}
	var passages []Passage
	for _, s := range d.Passages {
		p, _ := ParsePassage(s)
		if _, _, err := a.passage(p.Article, p.Paragraph, ""); err != nil {
			return err
		}
		passages = append(passages, p)
	}
	start, end := parseSpan(d.Start, d.End)
	e := &data.Event{ID: d.New, Title: d.Title, Span: data.Span{Start: start, End: end},
		Storyline: storyline, Summary: d.Summary, Source: EventFromAnalyst}
	a.addEvent(e)
	a.set("event", e.ID, "created")
	for _, p := range passages {
		if err := a.linkAdd(e.ID, p.Article, p.Paragraph, ""); err != nil {
			return err
		}
	}
	return nil
}

// EventFromAnalyst is the source of events the analyst created.
const EventFromAnalyst data.EventSource = "analyst"

func (a *applier) addEvent(e *data.Event) {
	a.events[e.ID] = e
	a.own.event[e], a.own.excerpts[e] = true, true
	a.order = append(a.order, e.ID)
	a.resort = true
}

// analystStoryline returns the id of the storyline for the analyst's own
// events, creating it on first use.
func (a *applier) analystStoryline() string {
	if !a.hasStoryline(AnalystStoryline) {
		a.storylines = append(a.storylines, data.Storyline{ID: AnalystStoryline, Title: "Added by the analyst"})
	}
	return AnalystStoryline
}

func (a *applier) merge(d *Decision) error {
	for _, id := range d.Events {
		if !a.exists(id) {
			return fmt.Errorf("event %s is not in the corpus", id)
		}
	}
	kept, _ := a.event(d.Events[0])
	c := a.cur(Target{"event", kept.ID})
	for _, id := range d.Events[1:] {
		if id == kept.ID {
			continue
		}
		other, _ := a.event(id)
		a.settle(other)
		for _, x := range other.Excerpts {
			a.moveLink(x.Article, x.Paragraph, other.ID, kept)
		}
		for _, actor := range other.Actors {
			if !slices.Contains(kept.Actors, actor) {
				kept.Actors = append(kept.Actors, actor)
			}
		}
		if kept.Summary == "" {
			kept.Summary = other.Summary
		}
		if kept.Place == "" {
			kept.Place = other.Place
		}
		// The merged event keeps no passages: they are the kept one's now.
		other.Excerpts = nil
		a.ordered[id] = nil
		a.hidden[id], a.merged[id] = true, true
		c.Merged = append(c.Merged, id)
	}
	if d.Title != "" {
		kept.Title = d.Title
		a.set("event", kept.ID, "title")
	}
	a.set("event", kept.ID, "merged")
	return nil
}

// moveLink makes paragraph para of an article support event to instead of
// event from, keeping the evidence; a paragraph already on to is not
// listed twice.
func (a *applier) moveLink(article string, para int, from string, to *data.Event) {
	_, i, err := a.article(article)
	if err != nil {
		return
	}
	art := a.ownArticleAt(i)
	already := slices.ContainsFunc(art.Links, func(l data.Link) bool { return l.Event == to.ID && l.Paragraph == para })
	for j := range art.Links {
		if art.Links[j].Event == from && art.Links[j].Paragraph == para {
			if already {
				art.Links = slices.Delete(art.Links, j, j+1)
			} else {
				art.Links[j].Event = to.ID
				a.insertExcerpt(to, art, para, art.Links[j].Evidence)
			}
			break
		}
	}
	a.linksChanged = true
}

// insertExcerpt adds paragraph para of art to e's excerpts in article
// order, unless it is there already. The passage names the computed
// article, as every passage of every state does (data.Corpus.ArticleOf
// gives a state's copy), so that no list has to be copied when an article
// is.
func (a *applier) insertExcerpt(e *data.Event, art *data.Article, para int, evidence []data.Match) {
	_ = art.LoadText() // a corpus reopened from the cache reads it now
	if i, ok := a.ix.article[art.ID]; ok {
		art = a.base.Articles[i]
	}
	p := art.Paragraphs[para]
	a.add(e, data.Excerpt{Article: art.ID, Paragraph: para, Start: p.Start, End: p.End, Text: p.Text,
		Language: art.Language, Evidence: evidence, ArticleRef: art})
}

func (a *applier) split(d *Decision) error {
	if a.events[d.New] != nil {
		return fmt.Errorf("event %s already exists", d.New)
	}
	e, err := a.event(d.Event)
	if err != nil {
		return err
	}
	title := d.Title
	if title == "" {
		title = e.Title + " (split)"
	}
	n := &data.Event{ID: d.New, Title: title, Span: e.Span, Storyline: e.Storyline, Place: e.Place,
		Actors: slices.Clone(e.Actors), Source: EventFromAnalyst}
	for _, s := range d.Passages {
		p, _ := ParsePassage(s)
		if _, _, err := a.article(p.Article); err != nil || !a.has(e, p.Article, p.Paragraph) {
			return fmt.Errorf("passage %s does not support event %s", s, e.ID)
		}
	}
	a.addEvent(n)
	for _, s := range d.Passages {
		p, _ := ParsePassage(s)
		a.moveLink(p.Article, p.Paragraph, e.ID, n)
		a.remove(e, p.Article, p.Paragraph)
	}
	a.set("event", e.ID, "split")
	a.set("event", n.ID, "created")
	return nil
}

func (a *applier) linkAdd(event, article string, para int, quote string) error {
	e, err := a.event(event)
	if err != nil {
		return err
	}
	art, i, err := a.passage(article, para, quote)
	if err != nil {
		return err
	}
	if slices.ContainsFunc(art.Links, func(l data.Link) bool { return l.Event == event && l.Paragraph == para }) {
		return nil // already linked: the decision holds
	}
	art = a.ownArticleAt(i)
	art.Links = append(art.Links, data.Link{Event: event, Paragraph: para})
	slices.SortStableFunc(art.Links, func(x, y data.Link) int { return x.Paragraph - y.Paragraph })
	a.insertExcerpt(e, art, para, nil)
	a.set("event", event, "links")
	a.linksChanged = true
	return nil
}

func (a *applier) linkRemove(d *Decision) error {
	e, err := a.event(d.Event)
	if err != nil {
		return err
	}
	para := *d.Paragraph
	_, i, err := a.passage(d.Article, para, d.Quote)
	if err != nil {
		return err
	}
	if !a.remove(e, d.Article, para) {
		return fmt.Errorf("passage %s does not support event %s", Passage{d.Article, para}, d.Event)
	}
	art := a.ownArticleAt(i)
	art.Links = slices.DeleteFunc(art.Links, func(l data.Link) bool { return l.Event == d.Event && l.Paragraph == para })
	a.set("event", d.Event, "links")
	a.linksChanged = true
	return nil
}

func (a *applier) storyline(d *Decision) error {
	idx := slices.IndexFunc(a.storylines, func(s data.Storyline) bool { return s.ID == d.Storyline })
	switch d.Op {
	case StorylineNew:
		if idx >= 0 {
			return fmt.Errorf("storyline %s already exists", d.Storyline)
		}
		a.storylines = append(a.storylines, data.Storyline{ID: d.Storyline, Title: d.Title})
		return nil
	case StorylineOrder:
		var ordered []data.Storyline
		for _, id := range d.Order {
			if j := slices.IndexFunc(a.storylines, func(s data.Storyline) bool { return s.ID == id }); j >= 0 {
				ordered = append(ordered, a.storylines[j])
			}
		}
		if len(ordered) == 0 {
			return fmt.Errorf("none of the storylines %s is in the corpus", strings.Join(d.Order, ", "))
		}
		for _, s := range a.storylines {
			if !slices.Contains(d.Order, s.ID) {
				ordered = append(ordered, s)
			}
		}
		a.storylines = ordered
		return nil
	}
	if idx < 0 || a.undeclaredStorylines[d.Storyline] {
		return fmt.Errorf("storyline %s is not in the corpus", d.Storyline)
	}
	switch d.Op {
	case StorylineRename:
		a.storylines[idx].Title = d.Title
	case StorylineHide:
		a.hiddenStorylines[d.Storyline] = true
	case StorylineRestore:
		delete(a.hiddenStorylines, d.Storyline)
	}
	return nil
}

func (a *applier) editArticle(d *Decision) error {
	_, i, err := a.article(d.Article)
	if err != nil {
		return err
	}
	switch d.Op {
	case ArticleDate:
		art := a.ownArticleAt(i)
		art.Date, _ = data.ParseDate(d.Date)
		art.DateSource = ArticleDatedByAnalyst
		art.DateReason = "set by the analyst" + prefix(": ", d.Reason)
		a.set("article", d.Article, "date")
	case ArticleMark:
		a.cur(Target{"article", d.Article}).Mark = d.Mark
		a.irrelevant[d.Article] = d.Mark == "irrelevant"
		a.set("article", d.Article, "mark")
		a.linksChanged = true
	}
	return nil
}

// ArticleDatedByAnalyst is the date source of an article the analyst dated.
const ArticleDatedByAnalyst data.DateSource = "analyst"

func (a *applier) annotate(d *Decision) error {
	t := d.Target()
	switch t.Kind {
	case "event":
		if !a.exists(t.ID) {
			return fmt.Errorf("event %s is not in the corpus", t.ID)
		}
	case "storyline":
		if !a.hasStoryline(t.ID) {
			return fmt.Errorf("storyline %s is not in the corpus", t.ID)
		}
	case "article":
		if _, _, err := a.article(t.ID); err != nil {
			return err
		}
	case "passage":
		if _, _, err := a.passage(d.Article, *d.Paragraph, d.Quote); err != nil {
			return err
		}
	}
	c := a.cur(t)
	switch d.Op {
	case Note:
		c.Notes = append(c.Notes, d.Text)
	case Star:
		c.Starred = true
	case Unstar:
		c.Starred = false
	case Tag:
		if !slices.Contains(c.Tags, d.Tag) {
			c.Tags = append(c.Tags, d.Tag)
		}
	case Untag:
		c.Tags = slices.DeleteFunc(c.Tags, func(s string) bool { return s == d.Tag })
	}
	return nil
}
