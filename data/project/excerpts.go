package project

import (
	"cmp"
	"slices"
	"sort"

	"github.com/caravan-analytics/caravan/data"
)

// Apply keeps an event's passages in article order (by the article's place
// in the corpus, then the paragraph), putting a computed list in that order
// the first time a decision looks into it: Build mostly lists them so, but
// discovery may add passages at the end. A passage is then found by binary
// search, and changes are batched: a removed passage is noted in the
// event's removed set and an added one waits in its tail, until settle
// builds the new list in one pass. An event can have tens of thousands of
// passages; copying or moving them for every link decision made applying
// a large project cost more than everything else together.

// passageKey names a passage in the removed sets.
type passageKey struct {
	article string
	para    int
}

// inOrder puts e's passages in article order, once per Apply; e is the
// applier's copy.
func (a *applier) inOrder(e *data.Event) {
	if a.ordered[e] {
		return
	}
	a.ordered[e] = true
	keys := make([][2]int, len(e.Excerpts))
	sorted := true
	for k, x := range e.Excerpts {
		keys[k] = [2]int{a.articleIndex[x.Article], x.Paragraph}
		if k > 0 && cmp.Compare(keys[k-1][0], keys[k][0]) > 0 {
			sorted = false
		}
	}
	if sorted {
		return
	}
	perm := make([]int, len(keys))
	for k := range perm {
		perm[k] = k
	}
	slices.SortStableFunc(perm, func(i, j int) int {
		return cmp.Or(cmp.Compare(keys[i][0], keys[j][0]), cmp.Compare(keys[i][1], keys[j][1]))
	})
	out := make([]data.Excerpt, len(perm))
	for k, i := range perm {
		out[k] = e.Excerpts[i]
	}
	e.Excerpts = out
	a.ownExcerpts[e] = true
}

// articleRun returns the index of the first passage of e whose article
// comes at or after article index ai.
func (a *applier) articleRun(e *data.Event, ai int) int {
	a.inOrder(e)
	return sort.Search(len(e.Excerpts), func(k int) bool {
		return a.articleIndex[e.Excerpts[k].Article] >= ai
	})
}

// findExcerpt returns the index of paragraph para of the article in e's
// settled passages, or -1.
func (a *applier) findExcerpt(e *data.Event, article string, para int) int {
	ai, ok := a.articleIndex[article]
	if !ok {
		return -1
	}
	if a.removed[e][passageKey{article, para}] {
		return -1
	}
	for k := a.articleRun(e, ai); k < len(e.Excerpts) && e.Excerpts[k].Article == article; k++ {
		if e.Excerpts[k].Paragraph == para {
			return k
		}
	}
	return -1
}

// has reports whether paragraph para of the article supports e.
func (a *applier) has(e *data.Event, article string, para int) bool {
	return a.findExcerpt(e, article, para) >= 0 || a.inTail[e][passageKey{article, para}]
}

// add makes x a passage of e, unless it is one already. The tail is a set
// as well as a list, so merging an event of thousands of passages stays
// linear.
func (a *applier) add(e *data.Event, x data.Excerpt) {
	if a.has(e, x.Article, x.Paragraph) {
		return
	}
	if a.inTail[e] == nil {
		a.inTail[e] = map[passageKey]bool{}
	}
	a.inTail[e][passageKey{x.Article, x.Paragraph}] = true
	a.tail[e] = append(a.tail[e], x)
}

// remove takes paragraph para of the article off e's passages and reports
// whether it was there. A passage taken off the tail stays in the list
// until settle, which keeps only what the set still holds.
func (a *applier) remove(e *data.Event, article string, para int) bool {
	key := passageKey{article, para}
	if a.findExcerpt(e, article, para) >= 0 {
		if a.removed[e] == nil {
			a.removed[e] = map[passageKey]bool{}
		}
		a.removed[e][key] = true
		return true
	}
	if a.inTail[e][key] {
		delete(a.inTail[e], key)
		return true
	}
	return false
}

// settle rebuilds e's passage list: removed ones dropped, added ones
// merged in at their place in article order.
func (a *applier) settle(e *data.Event) {
	removed := a.removed[e]
	if len(a.tail[e]) == 0 && len(removed) == 0 {
		return
	}
	// What the tail set still holds, each once (a passage taken off and
	// added again is in the list twice).
	in := a.inTail[e]
	var tail []data.Excerpt
	for _, x := range a.tail[e] {
		if k := (passageKey{x.Article, x.Paragraph}); in[k] {
			tail = append(tail, x)
			delete(in, k)
		}
	}
	order := func(x data.Excerpt) (int, int) { return a.articleIndex[x.Article], x.Paragraph }
	slices.SortStableFunc(tail, func(x, y data.Excerpt) int {
		xi, xp := order(x)
		yi, yp := order(y)
		return cmp.Or(cmp.Compare(xi, yi), cmp.Compare(xp, yp))
	})
	out := make([]data.Excerpt, 0, len(e.Excerpts)+len(tail))
	t := 0
	lastArticle, xi := "", 0 // the article index, looked up once per run of passages
	for _, x := range e.Excerpts {
		if len(removed) > 0 && removed[passageKey{x.Article, x.Paragraph}] {
			continue
		}
		if t < len(tail) {
			if x.Article != lastArticle {
				lastArticle, xi = x.Article, a.articleIndex[x.Article]
			}
			for t < len(tail) {
				ti, tp := order(tail[t])
				if ti > xi || (ti == xi && tp > x.Paragraph) {
					break
				}
				out = append(out, tail[t])
				t++
			}
		}
		out = append(out, x)
	}
	out = append(out, tail[t:]...)
	e.Excerpts = out
	a.ownExcerpts[e] = true
	delete(a.tail, e)
	delete(a.inTail, e)
	delete(a.removed, e)
}
