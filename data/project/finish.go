package project

import (
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"github.com/caravan-analytics/caravan/data"
)

// finish builds the curated corpus's event and storyline lists.
func (a *applier) finish() {
	a.settleAll()
	var visible, hidden, gone []*data.Event
	for _, id := range a.order {
		e := a.events[id]
		switch {
		case a.undeclared[id]:
			gone = append(gone, e)
		case a.hidden[id] || a.hiddenStorylines[e.Storyline] || a.undeclaredStorylines[e.Storyline]:
			hidden = append(hidden, e)
		default:
			visible = append(visible, e)
		}
	}
	a.dropIrrelevant(visible)
	a.dropHiddenLinks(append(gone, hidden...))
	if a.resort {
		slices.SortStableFunc(visible, compareEvents)
	}
	for _, s := range a.storylines {
		if a.hiddenStorylines[s.ID] {
			a.res.HiddenStorylines = append(a.res.HiddenStorylines, s)
		}
	}
	a.c.Storylines = slices.DeleteFunc(a.storylines, func(s data.Storyline) bool {
		return a.hiddenStorylines[s.ID] || a.undeclaredStorylines[s.ID]
	})
	a.c.Events = visible
	a.res.Hidden = hidden
	a.resolveSlides()
	a.c.Copies = a.copies()
	a.res.Corpus = a.c
	a.res.size = a.size()
}

// size estimates what the copies of this Apply weigh.
func (a *applier) size() int {
	const pointer = 8
	n := (len(a.c.Articles) + len(a.c.Events) + len(a.order)) * pointer
	n += len(a.own.article) * int(unsafe.Sizeof(data.Article{}))
	for art := range a.own.article {
		n += len(art.Links) * int(unsafe.Sizeof(data.Link{}))
	}
	n += len(a.own.event) * int(unsafe.Sizeof(data.Event{}))
	for e := range a.own.excerpts {
		n += cap(e.Excerpts) * int(unsafe.Sizeof(data.Excerpt{}))
	}
	return n
}

// compareEvents orders events as the computed corpus does: by start, then id.
func compareEvents(x, y *data.Event) int {
	if x.Span.Start.Before(y.Span.Start) {
		return -1
	}
	if y.Span.Start.Before(x.Span.Start) {
		return 1
	}
	return strings.Compare(x.ID, y.ID)
}

// dropIrrelevant takes the passages of articles marked irrelevant off
// every event: they no longer count as support.
func (a *applier) dropIrrelevant(events []*data.Event) {
	some := false
	for _, v := range a.irrelevant {
		some = some || v
	}
	if !some {
		return
	}
	for i, e := range events {
		if slices.ContainsFunc(e.Excerpts, func(x data.Excerpt) bool { return a.irrelevant[x.Article] }) {
			own, _ := a.event(e.ID)
			a.mine(own)
			own.Excerpts = slices.DeleteFunc(own.Excerpts, func(x data.Excerpt) bool { return a.irrelevant[x.Article] })
			delete(a.ordered, own.ID) // the indices no longer line up
			events[i] = own
		}
	}
	for id, v := range a.irrelevant {
		if v {
			_, i, _ := a.article(id)
			art := a.ownArticleAt(i)
			art.Links = nil
		}
	}
}

// dropHiddenLinks takes hidden events off the articles' link lists, so an
// article does not list an event nobody sees.
func (a *applier) dropHiddenLinks(hidden []*data.Event) {
	if len(hidden) == 0 {
		return
	}
	ids := map[string]bool{}
	for _, e := range hidden {
		ids[e.ID] = true
		for _, x := range e.Excerpts {
			_, i, err := a.article(x.Article)
			if err != nil {
				continue
			}
			art := a.ownArticleAt(i)
			art.Links = slices.DeleteFunc(art.Links, func(l data.Link) bool { return ids[l.Event] })
		}
	}
}

// copies lists the articles this state changed, computed → copy, for
// data.Corpus.ArticleOf: every passage keeps naming the computed article,
// so an event's passage list is shared by every state that did not change
// the list itself, whatever articles they re-dated or relinked. (Pointing
// the passages at the copies instead meant copying the lists of the
// largest events — tens of thousands of passages with one in nearly every
// article — for every state that copied any article.)
func (a *applier) copies() map[*data.Article]*data.Article {
	var out map[*data.Article]*data.Article
	for i, art := range a.c.Articles {
		if base := a.base.Articles[i]; art != base {
			if out == nil {
				out = map[*data.Article]*data.Article{}
			}
			out[base] = art
		}
	}
	return out
}

// resolveSlides keeps the chosen slides whose events still exist, and
// names the others as no longer applying: the corpus changed under them.
func (a *applier) resolveSlides() {
	if a.slides == nil {
		return
	}
	var kept, gone []string
	for _, id := range a.slides.Slides {
		if a.exists(id) {
			kept = append(kept, id)
		} else {
			gone = append(gone, id)
		}
	}
	a.res.Slides = kept
	switch {
	case len(kept) == 0:
		a.res.Skipped = append(a.res.Skipped, Skipped{Decision: *a.slides,
			Reason: "none of its events exists any more: " + strings.Join(gone, ", ")})
	case len(gone) > 0:
		a.res.Skipped = append(a.res.Skipped, Skipped{Decision: *a.slides,
			Reason: fmt.Sprintf("event(s) %s no longer exist and are left out; the other %d slide(s) are kept",
				strings.Join(gone, ", "), len(kept)), Partial: true})
	}
}
