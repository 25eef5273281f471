package data

import (
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SearchIndex answers searches over a corpus: the passages of its articles
// and its events. It is built once by NewSearchIndex, never changes after,
// and may be searched from several goroutines at once.
//
// Every distinct paragraph is normalised once (see Normalize) and its words
// go into an inverted index, so a search only reads the passages that hold
// every word of the query; those are then scanned for exact spans.
type SearchIndex struct {
	passages []indexedPassage
	events   []indexedEvent

	// words are the distinct words of all passages, sorted, each with the
	// passages (indexes into passages, ascending) that hold it. Arabic
	// words are also listed without their clitic prefixes, so that "بوتين"
	// finds "وبوتين".
	words    []string
	postings [][]int32

	names nameIndex
	// readsTexts is set when articles were indexed without keeping their
	// texts: a search reads those of the passages it finds.
	readsTexts bool
	articles   int // how many articles are indexed
}

// indexedPassage is one distinct paragraph of an article, normalised.
type indexedPassage struct {
	article   *Article
	paragraph int
	text      string    // Normalize(paragraph text)
	offsets   offsetMap // from text back to the paragraph text
}

// indexedEvent is an event with its searchable fields normalised.
type indexedEvent struct {
	event    *Event
	fields   []string // title, summary, place and actors
	passages []int    // the passages of its excerpts
}

// SearchResult is what a search found.
type SearchResult struct {
	Query    string
	Terms    []string // every spelling searched for, the expansions through the name lists included
	Events   []*Event // in corpus order
	Passages []PassageHit
}

// PassageHit is a paragraph that holds every term of a search.
type PassageHit struct {
	Article   *Article
	Paragraph int     // index into Article.Paragraphs
	Text      string  // the paragraph's text (the article may be without its own; see ReadText)
	Matches   []Match // exact spans in Article.Text, Kind "search", in text order
}

// MatchSearch is the Match.Kind of the spans a search finds.
const MatchSearch = "search"

// NewSearchIndex indexes the corpus's passages and events. Articles that
// duplicate another are left out: their passages are the original's.
func NewSearchIndex(c *Corpus) *SearchIndex {
	ix := &SearchIndex{names: newNameIndex(c.Names)}
	var articles []*Article
	for _, a := range c.Articles {
		if a.DuplicateOf == "" {
			articles = append(articles, a)
		}
	}
	// The articles of a corpus reopened from the cache read their texts
	// (not their date mentions) and keep them while they fit in
	// SearchTextBudget, so that a search reads nothing more. Beyond it
	// they are indexed from their texts read back, which they do not
	// keep: the index holds the normalised passages, and a passage found
	// reads its article's text then (see Search). An article whose text
	// cannot be read back is indexed without it.
	if textSize(articles) <= SearchTextBudget {
		_ = LoadParagraphTexts(articles, nil)
	} else {
		ix.readsTexts = slices.ContainsFunc(articles, (*Article).TextDeferred)
	}
	ix.articles = len(articles)
	per := make([][]indexedPassage, len(articles))
	EachText(articles, func(i int, full *Article, err error) {
		if err == nil {
			per[i] = indexArticle(articles[i], full)
		}
	})
	firstPassage := make(map[*Article]int, len(articles))
	n := 0
	for _, p := range per {
		n += len(p)
	}
	ix.passages = make([]indexedPassage, 0, n)
	for i, a := range articles {
		firstPassage[a] = len(ix.passages)
		ix.passages = append(ix.passages, per[i]...)
		per[i] = nil
	}
	ix.indexWords()

	for _, e := range c.Events {
		ie := indexedEvent{event: e, fields: []string{Normalize(e.Title), Normalize(e.Summary)}}
		for _, ref := range append([]string{e.Place}, e.Actors...) {
			ie.fields = append(ie.fields, Normalize(ref))
			// Places and actors are usually name-list ids: search their
			// English names too.
			if n := c.Name(ref); n != nil {
				ie.fields = append(ie.fields, Normalize(n.English))
			}
		}
		for _, x := range e.Excerpts {
			a := c.ArticleOf(x)
			if first, ok := firstPassage[a]; ok && x.Paragraph >= 0 && x.Paragraph < len(a.Paragraphs) && first+x.Paragraph < len(ix.passages) && ix.passages[first+x.Paragraph].article == a {
				ie.passages = append(ie.passages, first+x.Paragraph)
			}
		}
		ix.events = append(ix.events, ie)
	}
	return ix
}

// SearchTextBudget is how many bytes of text the articles of a corpus
// reopened from the cache may keep for its search index. Texts in memory
// make every search instant; texts read back per search cost a read of
// each article a passage was found in (seconds for a common word in
// 10,000 articles on the busy test machine), but a window on 100,000
// articles keeps 0.4 GB less. The texts of 10,000 generated articles are
// 40 MB, of 100,000 400 MB.
var SearchTextBudget int64 = 256 << 20

// textSize is the length of the articles' texts, as far as their
// paragraphs reach (known without the texts).
func textSize(articles []*Article) int64 {
	var n int64
	for _, a := range articles {
		if k := len(a.Paragraphs); k > 0 {
			n += int64(a.Paragraphs[k-1].End)
		}
	}
	return n
}

// indexArticle normalises the paragraphs of a (whose text is full's) into
// one buffer, so the article costs one string however many paragraphs it
// has, and returns its passages.
func indexArticle(a, full *Article) []indexedPassage {
	var (
		buf    []byte
		ends   = make([]int, len(full.Paragraphs))
		maps   = make([]offsetMap, len(full.Paragraphs))
		budget = 0
	)
	for _, p := range full.Paragraphs {
		budget += len(p.Text)
	}
	buf = make([]byte, 0, budget)
	for i, p := range full.Paragraphs {
		start := len(buf)
		buf = appendNormalized(buf, p.Text, anchorSink{m: &maps[i], base: start})
		ends[i] = len(buf)
	}
	all := string(buf)
	start := 0
	out := make([]indexedPassage, len(full.Paragraphs))
	for i := range full.Paragraphs {
		out[i] = indexedPassage{article: a, paragraph: i, text: all[start:ends[i]], offsets: maps[i]}
		start = ends[i]
	}
	return out
}

// indexWords builds the inverted index of the passages' words.
func (ix *SearchIndex) indexWords() {
	ids := map[string]int{}
	var postings [][]int32
	add := func(word string, passage int32) {
		id, ok := ids[word]
		if !ok {
			id = len(postings)
			ids[word] = id
			postings = append(postings, nil)
		}
		if list := postings[id]; len(list) == 0 || list[len(list)-1] != passage {
			postings[id] = append(list, passage)
		}
	}
	for i, p := range ix.passages {
		for word := range searchWords(p.text) {
			add(word, int32(i))
			if isArabicWord(word) {
				for _, stem := range cliticStems(word) {
					add(stem, int32(i))
				}
			}
		}
	}
	ix.words = make([]string, 0, len(ids))
	for w := range ids {
		ix.words = append(ix.words, w)
	}
	slices.Sort(ix.words)
	// The lists were grown by appending (up to twice their length): they
	// are copied into one array of exactly their size, in word order.
	total := 0
	for _, list := range postings {
		total += len(list)
	}
	all := make([]int32, 0, total)
	ix.postings = make([][]int32, len(ix.words))
	for i, w := range ix.words {
		from := len(all)
		all = append(all, postings[ids[w]]...)
		postings[ids[w]] = nil // let the grown list go
		ix.postings[i] = all[from:len(all):len(all)]
	}
}

// Search finds the events and passages that hold every term of the query.
//
// The query is normalised like the text, so case, diacritics and the
// Arabic spelling variants do not matter. Words are ANDed; a "quoted phrase"
// must occur as written. A word or phrase that is, or begins (with four
// letters or more), a spelling in the name lists also finds all the name's
// other spellings: "Tokayev" finds Tokajev, Tokajew, توكاييف and Токаев.
// Words match at the start of a word of the text, where Arabic allows the
// clitic prefixes و ف ب ل ك and ال before them; words of four letters or
// more, or ending in *, also match the start of longer words ("Kazach"
// finds "Kazachstan"), shorter ones only whole words ("Xi" does not find
// "Xinjiang"). Spans cover the whole words found.
//
// An event matches when its title, summary, place and actors hold every
// term, or when one of its excerpts' passages does. An empty query finds
// nothing.
func (ix *SearchIndex) Search(query string) SearchResult {
	res := SearchResult{Query: query}
	groups := ix.parseQuery(query)
	if len(groups) == 0 {
		return res
	}
	for _, g := range groups {
		res.Terms = append(res.Terms, g.spellings...)
	}

	// The matches of all passages share one array: a common word can hit
	// thousands of passages, and one allocation each would dominate.
	type hit struct{ passage, from, to int }
	var (
		hits    []hit
		all     []Match
		matched = make([]bool, len(ix.passages)) // for the events' excerpts
		plan    = ix.plan(groups)
	)
	// Texts of articles without theirs (reopened from the cache) are read
	// for this search only, once per article, and held by its hits.
	var (
		texts    = map[*Article]string{}
		lastA    *Article
		lastText string
	)
	textOf := func(a *Article) (string, bool) {
		if a == lastA {
			return lastText, true
		}
		t, ok := texts[a]
		if !ok {
			var err error
			if t, err = a.ReadText(); err != nil {
				return "", false // not in the cache any more: not shown
			}
			texts[a] = t
		}
		lastA, lastText = a, t
		return t, true
	}
	if ix.readsTexts {
		// Many articles' texts are read in one pass over the cache
		// rather than one query each: the articles of the passages found
		// are listed first.
		var need []*Article
		seen := map[*Article]bool{}
		for p := range plan.passages.all() {
			ip := &ix.passages[p]
			if !seen[ip.article] && ip.article.TextDeferred() && ip.matches(&plan, p) {
				seen[ip.article] = true
				need = append(need, ip.article)
			}
		}
		if len(need) >= max(bulkTexts, ix.articles/4) {
			maps.Copy(texts, ReadTexts(need))
		}
	}
	for p := range plan.passages.all() {
		from := len(all)
		var ok bool
		if all, ok = ix.passages[p].find(&plan, p, textOf, all); ok {
			matched[p] = true
			hits = append(hits, hit{p, from, len(all)})
		}
	}
	res.Passages = make([]PassageHit, len(hits))
	for i, h := range hits {
		ip := ix.passages[h.passage]
		text, _ := textOf(ip.article)
		para := ip.article.Paragraphs[ip.paragraph]
		res.Passages[i] = PassageHit{Article: ip.article, Paragraph: ip.paragraph, Text: text[para.Start:para.End], Matches: all[h.from:h.to:h.to]}
	}
	for _, e := range ix.events {
		if e.matches(groups, matched) {
			res.Events = append(res.Events, e.event)
		}
	}
	return res
}

// searchPlan is a parsed query with what the inverted index says about it.
type searchPlan struct {
	groups []termGroup
	// where[g][a] holds the passages whose words could hold alternative a
	// of group g; passages, those that could hold every group. Both are
	// supersets of the answer, which scanning the passages decides.
	where    [][]passageSet
	passages passageSet

	spans []normSpan // scratch for find
}

// normSpan is a span of normalised text that a term group matched.
type normSpan struct {
	start, end int
	ref        string
}

// plan reads the candidates of every alternative from the inverted index.
func (ix *SearchIndex) plan(groups []termGroup) searchPlan {
	plan := searchPlan{groups: groups, where: make([][]passageSet, len(groups))}
	for gi, g := range groups {
		either := newPassageSet(len(ix.passages))
		for _, alt := range g.alternatives {
			set := ix.candidatesFor(alt)
			plan.where[gi] = append(plan.where[gi], set)
			either.or(set)
		}
		if gi == 0 {
			plan.passages = either
		} else {
			plan.passages.and(either)
		}
	}
	return plan
}

// candidatesFor returns the passages holding, for every word of the
// alternative, a word that begins with it.
func (ix *SearchIndex) candidatesFor(alt alternative) passageSet {
	var out passageSet
	first := true
	for word := range searchWords(alt.text) {
		set := newPassageSet(len(ix.passages))
		from := sort.SearchStrings(ix.words, word)
		for i := from; i < len(ix.words) && strings.HasPrefix(ix.words[i], word); i++ {
			for _, p := range ix.postings[i] {
				set.set(int(p))
			}
		}
		if first {
			out, first = set, false
		} else {
			out.and(set)
		}
	}
	if first { // no word at all: punctuation, which the index does not hold
		return newPassageSet(len(ix.passages))
	}
	return out
}

// bulkTexts is how many articles' texts a search reads in one pass over
// the cache rather than one query each, and at least a quarter of the
// articles: the pass reads the whole table, which at 100,000 articles
// took as long as about 25,000 queries (13 s against 0.5 ms a query on
// the busy machine).
const bulkTexts = 32

// matches reports whether every group of the plan matches the passage.
func (p indexedPassage) matches(plan *searchPlan, self int) bool {
	for gi, g := range plan.groups {
		found := false
		for ai, alt := range g.alternatives {
			if !plan.where[gi][ai].has(self) {
				continue
			}
			for range alt.find(p.text) {
				found = true
				break
			}
			if found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// find appends to out the spans of the passage's article that the plan's
// groups match, and reports whether every group matched; if not, out is
// returned as it came. self is the passage's index, to look up in the plan;
// textOf gives the article's text, asked for only once the passage
// matched (false: it cannot be read, and the passage is not a hit).
func (p indexedPassage) find(plan *searchPlan, self int, textOf func(*Article) (string, bool), out []Match) ([]Match, bool) {
	spans := plan.spans[:0]
	defer func() { plan.spans = spans[:0] }() // reused by the next passage
	for gi, g := range plan.groups {
		found := false
		for ai, alt := range g.alternatives {
			if !plan.where[gi][ai].has(self) {
				continue // the alternative's words are not in the passage
			}
			for start, end := range alt.find(p.text) {
				spans = append(spans, normSpan{start, end, g.ref})
				found = true
			}
		}
		if !found {
			return out, false
		}
	}
	slices.SortFunc(spans, func(a, b normSpan) int { return a.start - b.start })

	text, ok := textOf(p.article)
	if !ok {
		return out, false
	}
	para := p.article.Paragraphs[p.paragraph]
	paraText := text[para.Start:para.End]
	first := len(out)
	for _, s := range spans {
		start := para.Start + p.offsets.source(s.start)
		_, lastSize := utf8.DecodeLastRuneInString(p.text[:s.end])
		end := para.Start + SourceEnd(paraText, p.offsets.source(s.end-lastSize))
		if n := len(out); n > first && start <= out[n-1].End {
			// Overlapping terms ("Xi" and "Xi Jinping") make one span.
			if end > out[n-1].End {
				out[n-1].End = end
				out[n-1].Text = text[out[n-1].Start:end]
			}
			continue
		}
		out = append(out, Match{Start: start, End: end, Text: text[start:end], Kind: MatchSearch, Ref: s.ref})
	}
	return out, true
}

// matches reports whether the event's own fields hold every group, or one
// of its excerpts' passages matched.
func (e indexedEvent) matches(groups []termGroup, passageMatched []bool) bool {
	for _, p := range e.passages {
		if passageMatched[p] {
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

// passageSet is a set of passages.
type passageSet []uint64

func newPassageSet(n int) passageSet { return make(passageSet, (n+63)/64) }

func (b passageSet) set(i int) { b[i/64] |= 1 << (i % 64) }

func (b passageSet) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

func (b passageSet) or(o passageSet) {
	for i := range b {
		b[i] |= o[i]
	}
}

func (b passageSet) and(o passageSet) {
	for i := range b {
		b[i] &= o[i]
	}
}

// all yields the members in ascending order.
func (b passageSet) all() func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i, word := range b {
			for word != 0 {
				bit := bits.TrailingZeros64(word)
				if !yield(i*64 + bit) {
					return
				}
				word &= word - 1
			}
		}
	}
}

// isSearchWordRune reports whether r belongs to a word: a letter, digit or mark.
func isSearchWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// searchWords yields the words of normalised text: the runs of word runes.
func searchWords(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			switch word := isSearchWordRune(r); {
			case word && start < 0:
				start = i
			case !word && start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}
