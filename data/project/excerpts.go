package project

import (
	"cmp"
	"slices"
	"sort"
	"sync"

	"github.com/caravan-analytics/caravan/data"
)

// Apply keeps an event's passages in article order (by the article's place
// in the corpus, then the paragraph), putting a computed list in that order
// the first time a decision looks into it: Build mostly lists them so, but
// discovery may add passages at the end. A passage is then found by binary
// search, and changes are batched: a removed passage is noted by its index
// in the event's list and an added one waits in a tail, until settle builds
// the new list in one pass that copies the runs between changes whole. An
// event can have tens of thousands of passages; copying, moving or hashing
// them one by one for every link decision made applying a large project
// cost more than everything else together.

// passageKey names a passage in the tail sets.
type passageKey struct {
	article string
	para    int
}

// changes are the passage changes of one event not yet settled. They are
// kept by event id, not by the event's copy, so that an applier forked
// from a checkpoint carries them on to its own copy of the event.
type changes struct {
	// removed holds indices into the event's (ordered, unsettled) list:
	// the list does not change until settle replaces it.
	removed map[int]bool
	tail    []data.Excerpt      // passages added, in the order they came
	inTail  map[passageKey]bool // the tail as a set
}

func (ch *changes) clone() *changes {
	return &changes{removed: cloneSet(ch.removed), tail: slices.Clip(slices.Clone(ch.tail)), inTail: cloneSet(ch.inTail)}
}

// baseIndex is what every Apply over one computed corpus looks up and
// never changes: where each article is, and each event's passages in
// article order. A Session builds it once for all its states.
type baseIndex struct {
	article map[string]int
	event   map[string]*data.Event
	mu      sync.Mutex
	sorted  map[string]orderedList // computed event id → its passages in article order

	linkMu   sync.Mutex
	declared map[string][][]data.Link // an event.define's content → its links by article index (define.go)
}

// orderedList is an event's passages in article order, with the index
// of each passage's article beside it, so that searching and settling
// the list compare numbers instead of hashing article ids.
type orderedList struct {
	list []data.Excerpt
	idx  []int32
}

func newBaseIndex(c *data.Corpus) *baseIndex {
	ix := &baseIndex{article: make(map[string]int, len(c.Articles)), event: make(map[string]*data.Event, len(c.Events)),
		sorted: map[string]orderedList{}, declared: map[string][][]data.Link{}}
	for i, art := range c.Articles {
		ix.article[art.ID] = i
	}
	for _, e := range c.Events {
		ix.event[e.ID] = e
	}
	return ix
}

// inArticleOrder returns list (the computed passages of event id) in
// article order: list itself when it is in order already, else a sorted
// copy, made once and shared by every Apply (none changes it in place:
// the ownership rules make a copy first).
func (ix *baseIndex) inArticleOrder(id string, list []data.Excerpt) orderedList {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if s, ok := ix.sorted[id]; ok && len(s.list) == len(list) {
		return s
	}
	s := ix.order(list)
	ix.sorted[id] = s
	return s
}

// order returns list in article order (list itself when it is already)
// with its article indices. They are looked up once per run of one
// article's passages.
func (ix *baseIndex) order(list []data.Excerpt) orderedList {
	idx := make([]int32, len(list))
	sorted := true
	last, ai := "", 0
	for k, x := range list {
		if k == 0 || x.Article != last {
			last, ai = x.Article, ix.article[x.Article]
		}
		idx[k] = int32(ai)
		if k > 0 && cmp.Or(cmp.Compare(idx[k-1], idx[k]), cmp.Compare(list[k-1].Paragraph, x.Paragraph)) > 0 {
			sorted = false
		}
	}
	if sorted {
		return orderedList{list, idx}
	}
	perm := make([]int, len(list))
	for k := range perm {
		perm[k] = k
	}
	slices.SortStableFunc(perm, func(i, j int) int {
		return cmp.Or(cmp.Compare(idx[i], idx[j]), cmp.Compare(list[i].Paragraph, list[j].Paragraph))
	})
	out := orderedList{make([]data.Excerpt, len(perm)), make([]int32, len(perm))}
	for k, i := range perm {
		out.list[k], out.idx[k] = list[i], idx[i]
	}
	return out
}

// indices puts e's passages in article order before a decision looks
// into them, once per event, and returns their article indices; e is the
// applier's copy. Every change of an event's list after this keeps the
// indices beside it (settle) or drops them (a.ordered).
func (a *applier) indices(e *data.Event) []int32 {
	if idx, ok := a.ordered[e.ID]; ok {
		return idx
	}
	var o orderedList
	if base := a.ix.event[e.ID]; base != nil && len(base.Excerpts) == len(e.Excerpts) &&
		(len(e.Excerpts) == 0 || &base.Excerpts[0] == &e.Excerpts[0]) {
		// Still the computed list: its ordered form is shared.
		o = a.ix.inArticleOrder(e.ID, e.Excerpts)
	} else {
		o = a.ix.order(e.Excerpts)
		if len(o.list) > 0 && &o.list[0] != &e.Excerpts[0] {
			a.own.excerpts[e] = true
		}
	}
	e.Excerpts = o.list
	a.ordered[e.ID] = o.idx
	return o.idx
}

// articleRun returns the index of the first passage of e whose article
// comes at or after article index ai.
func (a *applier) articleRun(e *data.Event, ai int) int {
	idx := a.indices(e)
	return sort.Search(len(idx), func(k int) bool { return int(idx[k]) >= ai })
}

// position returns where paragraph para of article index ai belongs in
// e's ordered list: the index of the first passage after it.
func (a *applier) position(e *data.Event, ai, para int) int {
	idx := a.indices(e)
	k := a.articleRun(e, ai)
	for k < len(idx) && int(idx[k]) == ai && e.Excerpts[k].Paragraph <= para {
		k++
	}
	return k
}

// findExcerpt returns the index of paragraph para of the article in e's
// settled passages, or -1.
func (a *applier) findExcerpt(e *data.Event, article string, para int) int {
	ai, ok := a.ix.article[article]
	if !ok || len(e.Excerpts) == 0 {
		return -1
	}
	idx := a.indices(e)
	for k := a.articleRun(e, ai); k < len(idx) && int(idx[k]) == ai; k++ {
		if e.Excerpts[k].Paragraph == para {
			if ch := a.pending[e.ID]; ch != nil && ch.removed[k] {
				return -1
			}
			return k
		}
	}
	return -1
}

// changesOf returns e's pending changes, created when first needed.
func (a *applier) changesOf(e *data.Event) *changes {
	ch := a.pending[e.ID]
	if ch == nil {
		ch = &changes{removed: map[int]bool{}, inTail: map[passageKey]bool{}}
		a.pending[e.ID] = ch
	}
	return ch
}

// has reports whether paragraph para of the article supports e.
func (a *applier) has(e *data.Event, article string, para int) bool {
	if ch := a.pending[e.ID]; ch != nil && ch.inTail[passageKey{article, para}] {
		return true
	}
	return a.findExcerpt(e, article, para) >= 0
}

// add makes x a passage of e, unless it is one already. The tail is a set
// as well as a list, so merging an event of thousands of passages stays
// linear.
func (a *applier) add(e *data.Event, x data.Excerpt) {
	if a.has(e, x.Article, x.Paragraph) {
		return
	}
	ch := a.changesOf(e)
	ch.inTail[passageKey{x.Article, x.Paragraph}] = true
	ch.tail = append(ch.tail, x)
}

// remove takes paragraph para of the article off e's passages and reports
// whether it was there. A passage taken off the tail stays in the list
// until settle, which keeps only what the set still holds.
func (a *applier) remove(e *data.Event, article string, para int) bool {
	if k := a.findExcerpt(e, article, para); k >= 0 {
		a.changesOf(e).removed[k] = true
		return true
	}
	key := passageKey{article, para}
	if ch := a.pending[e.ID]; ch != nil && ch.inTail[key] {
		delete(ch.inTail, key)
		return true
	}
	return false
}

// settle rebuilds e's passage list: removed ones dropped, added ones put
// in at their place in article order. The runs of passages between two
// changes are copied whole.
func (a *applier) settle(e *data.Event) {
	ch := a.pending[e.ID]
	if ch == nil {
		return
	}
	delete(a.pending, e.ID)
	// A fork inherits the changes of events it has not copied yet (and
	// an event withdrawn since still settles, for a later declaration).
	e = a.ownEvent(e.ID)
	// What the tail set still holds, each once (a passage taken off and
	// added again is in the list twice), with where it goes.
	type insert struct {
		at, article int
		x           data.Excerpt
	}
	var inserts []insert
	for _, x := range ch.tail {
		if k := (passageKey{x.Article, x.Paragraph}); ch.inTail[k] {
			delete(ch.inTail, k)
			ai := a.ix.article[x.Article]
			inserts = append(inserts, insert{a.position(e, ai, x.Paragraph), ai, x})
		}
	}
	if len(inserts) == 0 && len(ch.removed) == 0 {
		return
	}
	slices.SortStableFunc(inserts, func(x, y insert) int {
		return cmp.Or(cmp.Compare(x.at, y.at), cmp.Compare(x.article, y.article), cmp.Compare(x.x.Paragraph, y.x.Paragraph))
	})
	removed := make([]int, 0, len(ch.removed))
	for k := range ch.removed {
		removed = append(removed, k)
	}
	slices.Sort(removed)
	idx := a.indices(e)
	n := len(e.Excerpts) - len(removed) + len(inserts)
	out, outIdx := make([]data.Excerpt, 0, n), make([]int32, 0, n)
	from, r := 0, 0
	copyTo := func(to int) {
		out, outIdx = append(out, e.Excerpts[from:to]...), append(outIdx, idx[from:to]...)
	}
	for _, in := range inserts {
		for r < len(removed) && removed[r] < in.at {
			copyTo(removed[r])
			from = removed[r] + 1
			r++
		}
		copyTo(in.at)
		out, outIdx = append(out, in.x), append(outIdx, int32(in.article))
		from = in.at
	}
	for ; r < len(removed); r++ {
		copyTo(removed[r])
		from = removed[r] + 1
	}
	copyTo(len(e.Excerpts))
	e.Excerpts = out
	a.ordered[e.ID] = outIdx
	a.own.excerpts[e] = true
}

// settleAll settles every event with pending changes, in the order the
// events came (the order finish settles them in).
func (a *applier) settleAll() {
	if len(a.pending) == 0 {
		return
	}
	for _, id := range a.order {
		if a.pending[id] != nil {
			a.settle(a.events[id])
		}
	}
}

func cloneSet[K comparable](m map[K]bool) map[K]bool {
	out := make(map[K]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
