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
	return DiscoverWith(ctx, c, NewExtractor(c.Names), progress)
}

// DiscoverWith is Discover with an extractor already built from c.Names:
// compiling the names takes a tenth of a second, which a caller can spend
// while the articles are still being read (see package pipeline).
func DiscoverWith(ctx context.Context, c *data.Corpus, x *Extractor, progress func(done, total int)) error {
	if progress == nil {
		progress = func(int, int) {}
	}
	// The articles' mentions are kept packed from their extraction to the
	// end (see stash.go).
	st := newMentionStash(c.Articles)
	defer st.restoreAll()
	per, err := extractAll(ctx, c, x, st, progress)
	if err != nil {
		return err
	}
	// Dates the article alone could not place, placed by the corpus's
	// other reports of the same events (corpus_year.go). The candidates
	// of an article it reads again replace the old ones, which nothing
	// else holds: at 100,000 articles they were 114 MB.
	placeYears(x, c, per, st)
	cands := flatten(per)
	clusters := Group(cands)
	if err := ctx.Err(); err != nil {
		return err
	}
	byID := make(map[string]*data.Name, len(c.Names))
	for _, n := range c.Names {
		byID[n.ID] = n
	}
	// A country votes once on a day (polling_days.go); a craft lands or
	// lifts off once (spaceflight.go).
	clusters = joinSpaceflights(joinPollingDays(clusters, byID), byID)
	// A day's arrests in a country are of its protests there
	// (protest_arrests.go).
	clusters = joinProtestArrests(clusters, byID)
	// A day's announcement is of the one event of that day sharing its
	// announcer (announcements.go).
	// An earthquake is one event in the provinces it struck (quakes.go).
	clusters = joinAnnouncements(joinWithin(joinQuakes(joinSharedPlaces(clusters, byID), byID), byID), byID)
	// The days of a happening that lasts are one event (happenings.go).
	clusters = joinHappenings(clusters, byID)
	catalogue := map[string]*catalogueEvent{}
	for _, e := range c.Events {
		if e.Source == data.EventFromCatalogue {
			from, to := daysOf(e.Span)
			catalogue[e.ID] = &catalogueEvent{e, from, to}
		}
	}
	taken := map[string]bool{}
	for _, e := range c.Events {
		taken[e.ID] = true
	}
	// Three passes over the clusters, in their order. The first finds the
	// clusters a catalogue event covers and merges them in: a merge gives
	// the event links that decide what covers a later cluster, so it runs
	// in order. The second builds the events of the other clusters on
	// every core: each is its cluster's alone. The third names them and
	// links the articles, in cluster order, so that every article's links
	// come in the same order as when all was done in one pass.
	covered, toLink := mergeCovered(clusters, catalogue)
	// From here on the candidates (over a million at 100,000 articles)
	// are held by the clusters alone: buildEvents lets each cluster's go
	// once its event is built, so that they make way for the events'
	// passages rather than being kept until the last event is built.
	home := homesOf(per)
	room := linkRoom(per)
	n := len(clusters)
	cands, per = nil, nil
	built := buildEvents(clusters, covered, byID, home)
	clusters = nil
	var found []*data.Event
	for i := range n {
		if covered[i] != nil {
			continue
		}
		e := built[i].event
		for id, n := e.ID, 2; taken[e.ID]; n++ {
			e.ID = fmt.Sprintf("%s-%d", id, n)
		}
		taken[e.ID] = true
		found = append(found, e)
	}
	// Each article's links are given their room first (see linkRoom).
	onEveryCore(len(c.Articles), func() func(int) {
		return func(i int) {
			if room[i] > 0 {
				c.Articles[i].Links = slices.Grow(c.Articles[i].Links, int(room[i]))
			}
		}
	})
	linkAll(covered, toLink, built)
	c.Events = append(c.Events, found...)
	onEveryCore(len(c.Events), func() func(int) {
		return func(i int) {
			if e := c.Events[i]; e.Source == data.EventFromCatalogue {
				e.Strength = strengthOf(e.Excerpts)
				e.Strength.Weak = e.Strength.Articles < 2
			}
		}
	})
	c.Storylines = append(c.Storylines, findStorylines(c.Events, byID)...)
	if !slices.ContainsFunc(c.Storylines, func(s data.Storyline) bool { return s.ID == data.OtherStoryline }) &&
		slices.ContainsFunc(c.Events, func(e *data.Event) bool { return e.Storyline == data.OtherStoryline }) {
		c.Storylines = append(c.Storylines, data.Storyline{ID: data.OtherStoryline, Title: "Other events"})
	}
	sortByStart(c.Events)
	onEveryCore(len(c.Articles), func() func(int) {
		return func(i int) {
			slices.SortStableFunc(c.Articles[i].Links, func(x, y data.Link) int { return x.Paragraph - y.Paragraph })
		}
	})
	return nil
}

// onEveryCore calls, on every core, a function for each of 0 … n-1, each
// once; worker gives each goroutine its function, with scratch space of
// its own.
func onEveryCore(n int, worker func() func(i int)) {
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			f := worker()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

// extractAll finds the candidates of every article, on every core, and
// stashes its mentions in st. It returns them by article (in the
// corpus's order).
func extractAll(ctx context.Context, c *data.Corpus, x *Extractor, st *mentionStash, progress func(done, total int)) ([][]Candidate, error) {
	per := make([][]Candidate, len(c.Articles))
	var (
		mu   sync.Mutex // serialises progress calls
		done int
	)
	progress(0, len(c.Articles))
	onEveryCore(len(c.Articles), func() func(int) {
		s := x.NewScanner()
		return func(i int) {
			if ctx.Err() != nil {
				return
			}
			per[i] = extractOne(s, c.Articles[i], i, c.Extractions, false)
			st.stash(i)
			mu.Lock()
			done++
			progress(done, len(c.Articles))
			mu.Unlock()
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return per, nil
}

// extractOne returns the candidates of article a, the i-th of its corpus:
// those keeper kept for it, when it kept some, else extracted (and given
// to keeper to keep). placed says that the corpus placed some of a's
// dates (see data.ExtractionKeeper). A duplicate has none, whatever was
// kept: being one depends on the other files.
func extractOne(s *Scanner, a *data.Article, i int, keeper data.ExtractionKeeper, placed bool) []Candidate {
	if keeper == nil || a.DuplicateOf != "" {
		return s.Candidates(a, i)
	}
	if b := keeper.Extracted(a, placed); b != nil {
		if cands, ok := s.keptCandidates(b, a, i); ok {
			return cands
		}
	}
	cands := s.Candidates(a, i)
	keeper.KeepExtracted(a, placed, appendKept(nil, cands))
	return cands
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
func coveringEvent(cl *Cluster, catalogue map[string]*catalogueEvent, cat catalogueLinks) *data.Event {
	if len(catalogue) == 0 {
		return nil
	}
	same, nearby := map[*catalogueEvent]int{}, map[*catalogueEvent]int{}
	for _, c := range cl.Members {
		for _, l := range cat.of(c.Article, catalogue) {
			ce := l.event
			if !(ce.from < cl.to && cl.from < ce.to) {
				continue
			}
			if l.paragraph == int(c.Paragraph) {
				same[ce]++
			} else if e := ce.Event; e.Span.Precision() == data.Day && e.Span == cl.Span && sharesName(e, cl) {
				nearby[ce]++
			}
		}
	}
	if e := mostCounted(same); e != nil {
		return e
	}
	return mostCounted(nearby)
}

// mostCounted returns the event counted most, the first by id on a tie,
// or nil.
func mostCounted(count map[*catalogueEvent]int) *data.Event {
	var top *catalogueEvent
	for ce, n := range count {
		if top == nil || n > count[top] || (n == count[top] && ce.ID < top.ID) {
			top = ce
		}
	}
	if top == nil {
		return nil
	}
	return top.Event
}

// catalogueLinks keeps, for each article, its links to catalogue events:
// those Build made, then those merges add (see mergeCovered), which are
// only made on the articles later. An article gains links to the events
// discovered too, which coveringEvent has no use for.
type catalogueLinks map[*data.Article][]catalogueLink

// catalogueLink is a link to a catalogue event: the event and the
// paragraph.
type catalogueLink struct {
	event     *catalogueEvent
	paragraph int
}

// of returns article a's links to catalogue events.
func (cat catalogueLinks) of(a *data.Article, catalogue map[string]*catalogueEvent) []catalogueLink {
	links, ok := cat[a]
	if !ok {
		for _, l := range a.Links {
			if ce := catalogue[l.Event]; ce != nil {
				links = append(links, catalogueLink{ce, l.Paragraph})
			}
		}
		cat[a] = links
	}
	return links
}

// add records that linkPending will link the passages' paragraphs to
// catalogue event ce, as it does: once per paragraph.
func (cat catalogueLinks) add(ce *catalogueEvent, passages []pendingLink, catalogue map[string]*catalogueEvent) {
	for _, x := range passages {
		links := cat.of(x.article, catalogue)
		if !slices.Contains(links, catalogueLink{ce, x.paragraph}) {
			cat[x.article] = append(links, catalogueLink{ce, x.paragraph})
		}
	}
}

// mergeCovered merges every cluster a catalogue event covers into it, in
// cluster order, and returns that event for each cluster (nil for the
// others) with the passages to link to it (see mergeInto). The links are
// left to the caller, but a later cluster is covered as if they were
// made.
func mergeCovered(clusters []*Cluster, catalogue map[string]*catalogueEvent) (covered []*data.Event, toLink [][]pendingLink) {
	covered = make([]*data.Event, len(clusters))
	toLink = make([][]pendingLink, len(clusters))
	cat := catalogueLinks{}
	listed := map[*data.Event]map[passage]bool{}
	for i, cl := range clusters {
		e := coveringEvent(cl, catalogue, cat)
		if e == nil {
			continue
		}
		if listed[e] == nil {
			listed[e] = map[passage]bool{}
			for _, x := range e.Excerpts {
				listed[e][passage{x.ArticleRef, x.Paragraph}] = true
			}
		}
		covered[i], toLink[i] = e, mergeInto(e, cl, listed[e])
		cat.add(catalogue[e.ID], toLink[i], catalogue)
	}
	return covered, toLink
}

// builtEvent is the event of a cluster no catalogue event covers, with
// its id before it is made unique, and the passages it does not list,
// with their dates only (see excerptsOf), as links to be made.
type builtEvent struct {
	event    *data.Event
	unlisted []pendingLink
}

// pendingLink is a passage to link to an event, once the event has its
// id: the article, the paragraph and the evidence. It is made rather than
// the passage's data.Excerpt, which is more than twice its size, for the
// passages an event does not list: at 100,000 articles there are more
// than a million, all waiting until the last event is built.
type pendingLink struct {
	article   *data.Article
	paragraph int
	evidence  []data.Match
}

// pending returns the excerpts as links to be made.
func pending(excerpts []data.Excerpt) []pendingLink {
	if len(excerpts) == 0 {
		return nil
	}
	out := make([]pendingLink, len(excerpts))
	for i, x := range excerpts {
		out[i] = pendingLink{x.ArticleRef, x.Paragraph, x.Evidence}
	}
	return out
}

// buildEvents builds, on every core, the events of the clusters that are
// not covered, each with its content-derived id. home is each article's
// country (see homesOf). It takes the clusters from the list as it goes
// (leaving nil), so that their candidates can go once their event is built.
func buildEvents(clusters []*Cluster, covered []*data.Event, byID map[string]*data.Name, home []string) []builtEvent {
	built := make([]builtEvent, len(clusters))
	// The largest clusters first: an event's cost grows with its members,
	// and at 100,000 generated articles a few clusters hold tens of
	// thousands each; taken in corpus order, the last large one kept one
	// core busy while the other had nothing left.
	order := make([]int32, len(clusters))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(x, y int32) int { return len(clusters[y].Members) - len(clusters[x].Members) })
	onEveryCore(len(clusters), func() func(int) {
		h := &homes{of: home, byID: byID}
		return func(k int) {
			i := int(order[k])
			cl := clusters[i]
			clusters[i] = nil
			if covered[i] != nil {
				return
			}
			e, unlisted, first := eventOf(cl, byID, h)
			e.ID = EventID(Kind(e.Kind), e.Span, namesOf(e), first.Article.ID, first.Article.Text[first.Start:first.End])
			built[i] = builtEvent{e, unlisted}
		}
	})
	return built
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
// not list yet (listed: the passages it lists, kept up to date), and
// returns the passages to link to it: those it does not list, with their
// dates only, then those it lists. Passages are kept in corpus order: the
// catalogue's, which come from the articles in order, then the added ones
// in order.
func mergeInto(e *data.Event, cl *Cluster, listed map[passage]bool) []pendingLink {
	var fresh []*Candidate
	for _, c := range cl.Members {
		if p := (passage{c.Article, int(c.Paragraph)}); !listed[p] {
			listed[p] = true
			fresh = append(fresh, c)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	added, unlisted := excerptsOf(fresh, e.Excerpts)
	e.Excerpts = append(e.Excerpts, added...)
	return append(unlisted, pending(added)...)
}

// linkArticles records on the article of each excerpt that its paragraph
// supports event e, once per paragraph; the link shares the excerpt's
// evidence. It makes only the links of the articles mine accepts.
func linkArticles(e *data.Event, excerpts []data.Excerpt, mine func(*data.Article) bool) {
	for _, x := range excerpts {
		a := x.ArticleRef
		if !mine(a) {
			continue
		}
		if slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == e.ID && l.Paragraph == x.Paragraph }) {
			continue
		}
		a.Links = append(a.Links, data.Link{Event: e.ID, Paragraph: x.Paragraph, Evidence: x.Evidence, Score: float64(len(x.Evidence))})
	}
}

// linkPending is linkArticles for links to be made.
func linkPending(e *data.Event, links []pendingLink, mine func(*data.Article) bool) {
	for _, x := range links {
		a := x.article
		if !mine(a) {
			continue
		}
		if slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == e.ID && l.Paragraph == x.paragraph }) {
			continue
		}
		a.Links = append(a.Links, data.Link{Event: e.ID, Paragraph: x.paragraph, Evidence: x.evidence, Score: float64(len(x.evidence))})
	}
}
