package search

import (
	"context"
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// Hits is what a search found, without the passages' texts: how
// many passages, which (article and paragraph), and the events. Page reads
// the texts and spans of the passages listed. A common word finds a
// million passages at 100,000 articles; the hits hold four bytes each.
type Hits struct {
	Query  string
	Terms  []string      // every spelling searched for, the expansions through the name lists included
	Events []*data.Event // in corpus order

	ix       *Index
	groups   []termGroup
	passages []int32 // ascending
}

// Len is how many passages were found.
func (h *Hits) Len() int { return len(h.passages) }

// At returns the article and paragraph of passage i, without reading its
// text.
func (h *Hits) At(i int) (*data.Article, int) {
	p := h.passages[i]
	a := h.ix.articleOf(p)
	return h.ix.articles[a], int(p - h.ix.first[a])
}

// Articles returns the articles passages were found in, in corpus order.
func (h *Hits) Articles() []*data.Article {
	var out []*data.Article
	a := 0
	for i, p := range h.passages {
		if i > 0 && p < h.ix.first[a+1] {
			continue // in the article of the passage before
		}
		for h.ix.first[a+1] <= p {
			a++
		}
		out = append(out, h.ix.articles[a])
	}
	return out
}

// Find finds the events and passages that hold every term of the query
// (see Search for what matches), without reading any text. It stops with
// ctx's error when ctx is done first.
func (ix *Index) Find(ctx context.Context, query string) (*Hits, error) {
	h := &Hits{Query: query, ix: ix}
	h.groups = ix.parseQuery(query)
	if len(h.groups) == 0 {
		return h, nil
	}
	for _, g := range h.groups {
		h.Terms = append(h.Terms, g.spellings...)
	}
	plans := make([]groupPlan, len(h.groups))
	var found passageSet
	for gi, g := range h.groups {
		plans[gi] = ix.planGroup(g)
		either := slices.Clone(plans[gi].sure)
		if plans[gi].maybe != nil {
			either.or(plans[gi].maybe)
		}
		if gi == 0 {
			found = either
		} else {
			found.and(either)
		}
	}
	// A passage certain for every group is a hit; the others are spelled
	// out and checked for the groups they are not certain of.
	var (
		buf     []byte
		checked int
	)
	for p := range found.all() {
		for _, plan := range plans {
			if plan.sure.has(p) {
				continue
			}
			if checked++; checked%1024 == 0 && ctx.Err() != nil {
				return h, ctx.Err()
			}
			buf = ix.spellPassage(buf[:0], p)
			if !plan.holds(string(buf)) {
				found[p/64] &^= 1 << (p % 64)
				break
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return h, err
	}
	h.passages = make([]int32, 0, found.count())
	for p := range found.all() {
		h.passages = append(h.passages, int32(p))
	}
	for _, e := range ix.events {
		if e.matches(h.groups, found) {
			h.Events = append(h.Events, e.event)
		}
	}
	return h, nil
}

// groupPlan is what the index says about one term group: the passages
// that certainly hold it, and those that may (to check).
type groupPlan struct {
	sure  passageSet
	maybe passageSet    // nil when there are none
	check []alternative // the alternatives to check a maybe passage for
}

// holds reports whether normalised passage text holds one of the
// alternatives to check.
func (g groupPlan) holds(text string) bool {
	for _, alt := range g.check {
		for range alt.find(text) {
			return true
		}
	}
	return false
}

// planGroup reads the passages of each alternative of g from the index.
// An alternative of one word is answered exactly; one of several words
// (a phrase, a name like "Xi Jinping") or with punctuation gives the
// passages holding all its words, to check.
func (ix *Index) planGroup(g termGroup) groupPlan {
	n := ix.passages()
	plan := groupPlan{sure: newPassageSet(n)}
	for _, alt := range g.alternatives {
		if ix.exactSet(alt, plan.sure) {
			continue
		}
		set, ok := ix.candidates(alt)
		if !ok {
			continue // no word at all: punctuation, which is not searched
		}
		if plan.maybe == nil {
			plan.maybe = set
		} else {
			plan.maybe.or(set)
		}
		plan.check = append(plan.check, alt)
	}
	if plan.maybe != nil {
		plan.maybe.andNot(plan.sure)
	}
	return plan
}

// exactSet adds to set the passages holding alt, if alt is a single word
// (nothing but word runes), which the index answers exactly, and reports
// whether it was.
func (ix *Index) exactSet(alt alternative, set passageSet) bool {
	for _, r := range alt.text {
		if !isSearchWordRune(r) {
			return false
		}
	}
	if !alt.stem {
		lo, hi := ix.words.rangeOf(alt.text, alt.prefix)
		ix.words.addTo(set, lo, hi)
		if alt.arabic {
			lo, hi = ix.stems.rangeOf(alt.text, alt.prefix)
			ix.stems.addTo(set, lo, hi)
		}
	}
	if alt.arabic {
		lo, hi := ix.llStems.rangeOf(alt.text, alt.prefix)
		ix.llStems.addTo(set, lo, hi)
	}
	return true
}

// candidates returns the passages holding every word of alt as it may
// stand there: a word followed by punctuation in alt is whole in the text,
// the last one begins a word when alt is a prefix, and the first may
// follow Arabic clitics. ok is false when alt has no word.
func (ix *Index) candidates(alt alternative) (set passageSet, ok bool) {
	first := true
	for start, end := range wordSpans(alt.text) {
		word := alt.text[start:end]
		whole := end < len(alt.text) || !alt.prefix
		ws := newPassageSet(ix.passages())
		if !(first && alt.stem) {
			lo, hi := ix.words.rangeOf(word, !whole)
			ix.words.addTo(ws, lo, hi)
		}
		if first && alt.arabic {
			if !alt.stem {
				lo, hi := ix.stems.rangeOf(word, !whole)
				ix.stems.addTo(ws, lo, hi)
			}
			lo, hi := ix.llStems.rangeOf(word, !whole)
			ix.llStems.addTo(ws, lo, hi)
		}
		if first {
			set, first = ws, false
		} else {
			set.and(ws)
		}
	}
	return set, !first
}

// wordSpans yields where the words of normalised text start and end.
func wordSpans(text string) func(yield func(start, end int) bool) {
	return func(yield func(start, end int) bool) {
		start := -1
		for i, r := range text {
			switch word := isSearchWordRune(r); {
			case word && start < 0:
				start = i
			case !word && start >= 0:
				if !yield(start, i) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(start, len(text))
		}
	}
}

// matches reports whether the event's own fields hold every group, or one
// of its excerpts' passages was found.
func (e indexedEvent) matches(groups []termGroup, found passageSet) bool {
	for _, p := range e.passages {
		if found.has(int(p)) {
			return true
		}
	}
	for _, g := range groups {
		if !e.holds(g) {
			return false
		}
	}
	return true
}

// holds reports whether one of the event's fields holds an alternative of g.
func (e indexedEvent) holds(g termGroup) bool {
	for _, field := range e.fields {
		for _, alt := range g.alternatives {
			for range alt.find(field) {
				return true
			}
		}
	}
	return false
}

// bulkTexts is how many articles' texts Page reads in one pass over the
// cache rather than one query each, and at least a quarter of the
// articles: the pass reads the whole table, which at 100,000 articles
// took as long as about 25,000 queries (13 s against 0.5 ms a query on
// the busy machine).
const bulkTexts = 32

// Page returns passages from to from+n (as far as there are) with their
// texts and exact spans, reading the texts of articles loaded without
// them, which they do not keep. A passage whose text cannot be read any
// more is left out.
func (h *Hits) Page(from, n int) []PassageHit {
	to := min(from+n, len(h.passages))
	if from >= to {
		return nil
	}
	// Texts of articles without theirs (reopened from the cache) are read
	// for these passages only, once per article, and held by them.
	texts := map[*data.Article]string{}
	if !h.ix.keptText {
		var need []*data.Article
		seen := map[*data.Article]bool{}
		for i := from; i < to; i++ {
			if a, _ := h.At(i); !seen[a] && a.TextDeferred() {
				seen[a] = true
				need = append(need, a)
			}
		}
		if len(need) >= max(bulkTexts, len(h.ix.articles)/4) {
			maps.Copy(texts, data.ReadTexts(need))
		}
	}
	// The listed paragraphs are normalised into one buffer, made one
	// string, and their spans share one array: a page costs a few
	// allocations, not a few per passage.
	type listed struct {
		a                *data.Article
		k                int
		text             string // the article's
		normFrom, normTo int
		anchorsFrom      int
		anchorsTo        int
	}
	var (
		lastA    *data.Article
		lastText string
		lastOK   bool
		norm     []byte
		offsets  textnorm.OffsetMap      // one paragraph's
		anchors  []textnorm.OffsetAnchor // every paragraph's
		page     = make([]listed, 0, to-from)
	)
	size := 0
	for i := from; i < to; i++ {
		a, k := h.At(i)
		size += a.Paragraphs[k].End - a.Paragraphs[k].Start
	}
	norm = make([]byte, 0, size+size/8)
	for i := from; i < to; i++ {
		a, k := h.At(i)
		if a != lastA {
			lastA, lastOK = a, true
			var ok bool
			if lastText, ok = texts[a]; !ok {
				var err error
				lastText, err = a.ReadText()
				lastOK = err == nil
			}
		}
		para := a.Paragraphs[k]
		if !lastOK || para.End > len(lastText) {
			continue // not in the cache any more: not shown
		}
		l := listed{a: a, k: k, text: lastText, normFrom: len(norm), anchorsFrom: len(anchors)}
		offsets.Anchors = offsets.Anchors[:0]
		norm = textnorm.AppendMapped(norm, lastText[para.Start:para.End], &offsets, l.normFrom)
		anchors = append(anchors, offsets.Anchors...)
		l.normTo, l.anchorsTo = len(norm), len(anchors)
		page = append(page, l)
	}
	all := string(norm)
	var (
		spans   []normSpan
		matches []data.Match
		out     = make([]PassageHit, len(page))
	)
	for i, l := range page {
		para := l.a.Paragraphs[l.k]
		first := len(matches)
		matches, spans = findSpans(h.groups, all[l.normFrom:l.normTo], textnorm.OffsetMap{Anchors: anchors[l.anchorsFrom:l.anchorsTo]}, l.text, para, spans, matches)
		out[i] = PassageHit{Article: l.a, Paragraph: l.k, Text: l.text[para.Start:para.End]}
		out[i].Matches = matches[first:len(matches):len(matches)]
	}
	// The matches were appended to one array, which may have moved as it
	// grew: the hits take their spans from where it ended up.
	at := 0
	for i := range out {
		n := len(out[i].Matches)
		out[i].Matches = matches[at : at+n : at+n]
		at += n
	}
	return out
}

// normSpan is a span of normalised text that a term group matched.
type normSpan struct {
	start, end int
	ref        string
}

// findSpans appends to out the spans of text (an article's) that the
// groups match in paragraph para, whose normalised text is norm with
// offsets back to it. spans is scratch, returned for reuse.
func findSpans(groups []termGroup, norm string, offsets textnorm.OffsetMap, text string, para data.Paragraph, spans []normSpan, out []data.Match) ([]data.Match, []normSpan) {
	paraStart, paraText := para.Start, text[para.Start:para.End]
	spans = spans[:0]
	for _, g := range groups {
		for _, alt := range g.alternatives {
			for start, end := range alt.find(norm) {
				spans = append(spans, normSpan{start, end, g.ref})
			}
		}
	}
	slices.SortStableFunc(spans, func(a, b normSpan) int { return a.start - b.start })
	first := len(out)
	for _, s := range spans {
		start := paraStart + offsets.Source(s.start)
		_, lastSize := utf8.DecodeLastRuneInString(norm[:s.end])
		end := paraStart + textnorm.SourceEnd(paraText, offsets.Source(s.end-lastSize))
		if n := len(out); n > first && start <= out[n-1].End {
			// Overlapping terms ("Xi" and "Xi Jinping") make one span.
			if end > out[n-1].End {
				out[n-1].End = end
				out[n-1].Text = text[out[n-1].Start:end]
			}
			continue
		}
		out = append(out, data.Match{Start: start, End: end, Text: text[start:end], Kind: MatchKind, Ref: s.ref})
	}
	return out, spans
}
