// Package discover finds the events a corpus reports without being told
// which exist: every dated statement (a date resolved against its
// article, in a sentence with a word for a kind of event) is a candidate;
// candidates from any article and language that agree on date, kind and
// names (through the name lists, whatever the script) are one event, with
// a readable English title made from its kind, actors and place. Events a
// catalogue already has absorb the candidates they cover, and events that
// share names and lie close in time form storylines.
//
// Discovery comes after dating and linking (see data.Build) and before
// the timeline; package pipeline runs the whole load.
package discover

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/caravan-analytics/caravan/data"
)

// Discover adds to c the events found in its articles' text, merges those
// a catalogue event covers into it, links each supporting paragraph to its
// event (Article.Links), and puts the discovered events into storylines.
// progress, which may be nil, is told how many articles are done. It
// stops early, leaving c as it was, when ctx is cancelled.
func Discover(ctx context.Context, c *data.Corpus, progress func(done, total int)) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	x := NewExtractor(c.Names)
	cands, per, err := extractAll(ctx, c, x, progress)
	if err != nil {
		return err
	}
	// Dates the article alone could not place, placed by the corpus's
	// other reports of the same events (corpus_year.go).
	if placeYears(x, c, per) {
		cands = flatten(per)
	}
	clusters := Group(cands)
	if err := ctx.Err(); err != nil {
		return err
	}
	byID := make(map[string]*data.Name, len(c.Names))
	for _, n := range c.Names {
		byID[n.ID] = n
	}
	catalogue := map[string]catalogueEvent{}
	for _, e := range c.Events {
		if e.Source == data.EventFromCatalogue {
			from, to := daysOf(e.Span)
			catalogue[e.ID] = catalogueEvent{e, from, to}
		}
	}
	taken := map[string]bool{}
	for _, e := range c.Events {
		taken[e.ID] = true
	}
	var found []*data.Event
	h := &homes{per: per}
	cat := catalogueLinks{}
	listed := map[*data.Event]map[passage]bool{}
	for _, cl := range clusters {
		if e := coveringEvent(cl, catalogue, cat); e != nil {
			if listed[e] == nil {
				listed[e] = map[passage]bool{}
				for _, x := range e.Excerpts {
					listed[e][passage{x.ArticleRef, x.Paragraph}] = true
				}
			}
			mergeInto(e, cl, listed[e])
			continue
		}
		e, unlisted := eventOf(cl, byID, h)
		first := firstMember(cl)
		e.ID = EventID(Kind(e.Kind), e.Span, namesOf(e), first.Article.ID, first.Article.Text[first.Start:first.End])
		for id, n := e.ID, 2; taken[e.ID]; n++ {
			e.ID = fmt.Sprintf("%s-%d", id, n)
		}
		taken[e.ID] = true
		linkArticles(e, e.Excerpts)
		linkArticles(e, datesOnly(unlisted))
		found = append(found, e)
	}
	c.Events = append(c.Events, found...)
	for _, e := range c.Events {
		if e.Source == data.EventFromCatalogue {
			e.Strength = strengthOf(e.Excerpts)
			e.Strength.Weak = e.Strength.Articles < 2
		}
	}
	c.Storylines = append(c.Storylines, findStorylines(c.Events, byID)...)
	if !slices.ContainsFunc(c.Storylines, func(s data.Storyline) bool { return s.ID == data.OtherStoryline }) &&
		slices.ContainsFunc(c.Events, func(e *data.Event) bool { return e.Storyline == data.OtherStoryline }) {
		c.Storylines = append(c.Storylines, data.Storyline{ID: data.OtherStoryline, Title: "Other events"})
	}
	sortByStart(c.Events)
	for _, a := range c.Articles {
		slices.SortStableFunc(a.Links, func(x, y data.Link) int { return x.Paragraph - y.Paragraph })
	}
	return nil
}

// extractAll finds the candidates of every article, on every core.
// It returns them all, and by article (in the corpus's order).
func extractAll(ctx context.Context, c *data.Corpus, x *Extractor, progress func(done, total int)) ([]*Candidate, [][]Candidate, error) {
	per := make([][]Candidate, len(c.Articles))
	var (
		next atomic.Int64
		mu   sync.Mutex
		done int
		wg   sync.WaitGroup
	)
	progress(0, len(c.Articles))
	for range min(runtime.GOMAXPROCS(0), max(len(c.Articles), 1)) {
		wg.Go(func() {
			s := x.NewScanner()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(c.Articles) {
					return
				}
				per[i] = s.Candidates(c.Articles[i], i)
				mu.Lock()
				done++
				progress(done, len(c.Articles))
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	return flatten(per), per, nil
}

// flatten returns pointers to every candidate of per, in order.
func flatten(per [][]Candidate) []*Candidate {
	n := 0
	for _, p := range per {
		n += len(p)
	}
	out := make([]*Candidate, 0, n)
	for i := range per {
		for j := range per[i] {
			out = append(out, &per[i][j])
		}
	}
	return out
}

// catalogueEvent is a catalogue event with its span's days, worked out
// once.
type catalogueEvent struct {
	*data.Event
	from, to day
}

// coveringEvent returns the catalogue event that covers the cluster, or
// nil: the one most members' paragraphs are linked to among those whose
// date agrees with the cluster's; failing that, an event of exactly the
// cluster's day that a member's article is linked to elsewhere and that
// shares a place or an actor with the cluster (a report that tells of
// the protests of 2 January in one paragraph and names them in another).
func coveringEvent(cl *Cluster, catalogue map[string]catalogueEvent, cat catalogueLinks) *data.Event {
	if len(catalogue) == 0 {
		return nil
	}
	same, nearby := map[string]int{}, map[string]int{}
	for _, c := range cl.Members {
		for _, l := range cat.of(c.Article, catalogue) {
			ce := catalogue[l.Event]
			if !(ce.from < cl.to && cl.from < ce.to) {
				continue
			}
			e := ce.Event
			if l.Paragraph == c.Paragraph {
				same[e.ID]++
			} else if e.Span.Precision() == data.Day && e.Span == cl.Span && sharesName(e, cl) {
				nearby[e.ID]++
			}
		}
	}
	if ids := topNames(same, 1); len(ids) > 0 {
		return catalogue[ids[0]].Event
	}
	if ids := topNames(nearby, 1); len(ids) > 0 {
		return catalogue[ids[0]].Event
	}
	return nil
}

// catalogueLinks keeps, for each article, its links to catalogue events:
// an article gains links to the events discovered before, which
// coveringEvent has no use for.
type catalogueLinks map[*data.Article]*articleLinks

// articleLinks is an article's catalogue links among the first seen of
// its links.
type articleLinks struct {
	links []data.Link
	seen  int
}

// of returns article a's links to catalogue events, up to date with the
// links added since the last call (a catalogue event that gains passages
// gains links).
func (cat catalogueLinks) of(a *data.Article, catalogue map[string]catalogueEvent) []data.Link {
	al := cat[a]
	if al == nil {
		al = &articleLinks{}
		cat[a] = al
	}
	for _, l := range a.Links[al.seen:] {
		if _, ok := catalogue[l.Event]; ok {
			al.links = append(al.links, l)
		}
	}
	al.seen = len(a.Links)
	return al.links
}

// sharesName reports whether the event's place or one of its actors is
// named by a member of the cluster.
func sharesName(e *data.Event, cl *Cluster) bool {
	if e.Place != "" && cl.names[e.Place] > 0 {
		return true
	}
	return slices.ContainsFunc(e.Actors, func(id string) bool { return cl.names[id] > 0 })
}

// passage is a paragraph of an article.
type passage struct {
	article   *data.Article
	paragraph int
}

// mergeInto adds to catalogue event e the passages of the cluster it does
// not list yet (listed: the passages it lists, kept up to date), and links
// them. Passages are kept in corpus order: the catalogue's, which come
// from the articles in order, then the added ones in order.
func mergeInto(e *data.Event, cl *Cluster, listed map[passage]bool) {
	var fresh []*Candidate
	for _, c := range cl.Members {
		if p := (passage{c.Article, c.Paragraph}); !listed[p] {
			listed[p] = true
			fresh = append(fresh, c)
		}
	}
	if len(fresh) == 0 {
		return
	}
	added, unlisted := listExcerpts(excerptsOf(fresh), e.Excerpts)
	e.Excerpts = append(e.Excerpts, added...)
	linkArticles(e, datesOnly(unlisted))
	linkArticles(e, added)
}

// datesOnly returns the passages with only their date evidence, for the
// links of passages an event does not list: the link says the paragraph
// tells of the event and when, and costs little.
func datesOnly(excerpts []data.Excerpt) []data.Excerpt {
	for i := range excerpts {
		var dates []data.Match
		for _, m := range excerpts[i].Evidence {
			if m.Kind == data.EvidenceDate {
				dates = append(dates, m)
			}
		}
		excerpts[i].Evidence = dates
	}
	return excerpts
}

// linkArticles records on the article of each excerpt that its paragraph
// supports event e, once per paragraph; the link shares the excerpt's
// evidence.
func linkArticles(e *data.Event, excerpts []data.Excerpt) {
	for _, x := range excerpts {
		a := x.ArticleRef
		if slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == e.ID && l.Paragraph == x.Paragraph }) {
			continue
		}
		a.Links = append(a.Links, data.Link{Event: e.ID, Paragraph: x.Paragraph, Evidence: x.Evidence, Score: float64(len(x.Evidence))})
	}
}
