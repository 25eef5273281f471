package search

import (
	"encoding/binary"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// NewIndex indexes the corpus's passages and events. Articles that
// duplicate another are left out: their passages are the original's.
func NewIndex(c *data.Corpus) *Index {
	ix := newSearchIndexOf(c)
	ix.indexTexts()
	ix.indexEvents(c)
	return ix
}

// newSearchIndexOf returns the index of c's articles without their words
// yet: which articles, their passages' numbers, the name lists.
func newSearchIndexOf(c *data.Corpus) *Index {
	ix := &Index{names: newNameIndex(c.Names)}
	for _, a := range c.Articles {
		if a.DuplicateOf == "" {
			ix.articles = append(ix.articles, a)
		}
	}
	// The articles of a corpus reopened from the cache read their texts
	// (not their date mentions) and keep them while they fit in
	// TextBudget, so that listing passages reads nothing more.
	// Beyond it they are indexed from their texts read back in one pass,
	// which they do not keep. An article whose text cannot be read back
	// is indexed without it.
	if textSize(ix.articles) <= TextBudget {
		_ = data.LoadParagraphTexts(ix.articles, nil)
		ix.keptText = true
	}
	ix.first = make([]int32, len(ix.articles)+1)
	for i, a := range ix.articles {
		ix.first[i+1] = ix.first[i] + int32(len(a.Paragraphs))
	}
	return ix
}

// indexEvents indexes c's events: their titles, summaries, places and
// actors, and their passages.
func (ix *Index) indexEvents(c *data.Corpus) {
	index := make(map[*data.Article]int, len(ix.articles))
	for i, a := range ix.articles {
		index[a] = i
	}
	for _, e := range c.Events {
		ie := indexedEvent{event: e, fields: []string{textnorm.Normalize(e.Title), textnorm.Normalize(e.Summary)}}
		for _, ref := range append([]string{e.Place}, e.Actors...) {
			ie.fields = append(ie.fields, textnorm.Normalize(ref))
			// Places and actors are usually name-list ids: search their
			// English names too.
			if n := c.Name(ref); n != nil {
				ie.fields = append(ie.fields, textnorm.Normalize(n.English))
			}
		}
		for _, x := range e.Excerpts {
			a := c.ArticleOf(x)
			if i, ok := index[a]; ok && x.Paragraph >= 0 && x.Paragraph < len(a.Paragraphs) {
				ie.passages = append(ie.passages, ix.first[i]+int32(x.Paragraph))
			}
		}
		ix.events = append(ix.events, ie)
	}
}

// articleTokens is what indexing found in one article: its paragraphs'
// tokens, in order, and the stems of their Arabic words. They are reused
// from one article to the next (tokenBuffers).
type articleTokens struct {
	text  string   // the normalised paragraphs, one after the other
	toks  []token  // every paragraph's tokens, in text
	ends  []int32  // ends[k]: the end of paragraph k's tokens in toks
	stems []stemOf // in paragraph order
}

var tokenBuffers = sync.Pool{New: func() any { return new(articleTokens) }}

// token is a word, or the punctuation between two (a single space after
// it is folded into it), in articleTokens.text.
type token struct {
	start, end uint32
	word       bool
	space      bool // a single space follows, not a token of its own
}

// stemOf is an Arabic word's stem, without a clitic prefix.
type stemOf struct {
	text      string
	paragraph int32
	ll        bool // the prefix ends in لل
}

// tokenize normalises the paragraphs of a (whose text is text) and cuts
// them into tokens, into t.
func tokenize(t *articleTokens, buf []byte, a *data.Article, text string) []byte {
	buf = buf[:0]
	t.ends = slices.Grow(t.ends[:0], len(a.Paragraphs))[:len(a.Paragraphs)]
	t.toks, t.stems = t.toks[:0], t.stems[:0]
	starts := make([]int, len(a.Paragraphs)+1)
	for k, p := range a.Paragraphs {
		if p.Start >= 0 && p.End <= len(text) && p.Start <= p.End {
			buf = textnorm.Append(buf, text[p.Start:p.End])
		} // else not this text: indexed empty
		starts[k+1] = len(buf)
	}
	t.text = string(buf) // the stems point into it
	for k := range a.Paragraphs {
		t.toks = appendTokens(t.toks, t.text, starts[k], starts[k+1], func(word string) {
			if isArabicWord(word) {
				for _, s := range cliticStems(word) {
					t.stems = append(t.stems, stemOf{s.stem, int32(k), s.ll})
				}
			}
		})
		t.ends[k] = int32(len(t.toks))
	}
	return buf
}

// appendTokens cuts normalised text[from:to] into tokens, calling word
// with each word.
func appendTokens(toks []token, text string, from, to int, word func(string)) []token {
	for i := from; i < to; {
		j := i
		isWord := false
		for j < to {
			r, size := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[j:to])
			}
			w := isSearchWordRune(r)
			if j == i {
				isWord = w
			} else if w != isWord {
				break
			}
			j += size
		}
		start := i
		if !isWord {
			if j-i == 1 && text[i] == ' ' && len(toks) > 0 && !toks[len(toks)-1].space {
				toks[len(toks)-1].space = true
				i = j
				continue
			}
			// A single space before a token is folded into the token
			// before it ("word (" is "word" with a space, then "(").
			if len(toks) > 0 && j-i > 1 && text[i] == ' ' && !toks[len(toks)-1].space {
				toks[len(toks)-1].space = true
				start++
			}
		} else {
			word(text[i:j])
		}
		toks = append(toks, token{start: uint32(start), end: uint32(j), word: isWord})
		i = j
	}
	return toks
}

// appendToken appends a token's number, with whether a space follows, to
// a passage's stream.
func appendToken(stream []byte, id int32, space bool) []byte {
	v := uint64(id) << 1
	if space {
		v |= 1
	}
	return binary.AppendUvarint(stream, v)
}

// tokenStreams holds every passage's tokens (see appendToken) in chunks
// of about streamChunk bytes, a passage never split: built by appending
// without ever copying what is there (a single growing array would be
// copied at each doubling, 120 MB at 100,000 articles).
type tokenStreams struct {
	chunks [][]byte
	// at[p] is passage p's chunk (high 32 bits) and where it ends there;
	// it starts where the passage before it ends, or at 0 in a new chunk.
	at []uint64
}

const streamChunk = 1 << 20

// passage returns passage p's tokens.
func (s *tokenStreams) passage(p int) []byte {
	chunk, end := s.at[p]>>32, uint32(s.at[p])
	start := uint32(0)
	if p > 0 && s.at[p-1]>>32 == chunk {
		start = uint32(s.at[p-1])
	}
	return s.chunks[chunk][start:end]
}

// startPassage makes room for the next passage: a new chunk when the last
// one is full.
func (s *tokenStreams) startPassage() {
	if n := len(s.chunks); n == 0 || len(s.chunks[n-1]) >= streamChunk {
		s.chunks = append(s.chunks, make([]byte, 0, streamChunk+streamChunk/8))
	}
}

// endPassage records where passage p, just appended, ends.
func (s *tokenStreams) endPassage(p int) {
	n := len(s.chunks) - 1
	s.at[p] = uint64(n)<<32 | uint64(len(s.chunks[n]))
}

// spellPassage appends passage p's normalised text to buf.
func (ix *Index) spellPassage(buf []byte, p int) []byte {
	stream := ix.streams.passage(p)
	for len(stream) > 0 {
		v, n := binary.Uvarint(stream)
		stream = stream[n:]
		buf = append(buf, ix.tokens.at(int(v>>1))...)
		if v&1 != 0 {
			buf = append(buf, ' ')
		}
	}
	return buf
}

// indexTexts reads every article's text once (from memory, or from
// where it was loaded) and indexes its passages' tokens. Articles are
// tokenised on every core and added in corpus order, so that each word's
// passages come in ascending order and are delta-coded as they come. An
// article tokenised before those ahead of it waits, tokenised: the cache
// gives texts back in about the order they were written, which is about
// corpus (path) order, so few wait.
func (ix *Index) indexTexts() {
	n := len(ix.articles)
	var (
		mu    sync.Mutex
		ready = sync.NewCond(&mu)
		done  = make([]*articleTokens, n)
		has   = make([]bool, n)
		jobs  = make(chan textJob, 64)
		wg    sync.WaitGroup
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var buf []byte
			for j := range jobs {
				a := ix.articles[j.i]
				text, err := j.text, j.err
				if j.read {
					text, err = a.ReadText()
				}
				var t *articleTokens
				if err == nil {
					t = tokenBuffers.Get().(*articleTokens)
					buf = tokenize(t, buf, a, text)
				}
				mu.Lock()
				done[j.i], has[j.i] = t, true
				ready.Broadcast()
				mu.Unlock()
			}
		})
	}
	go func() {
		sendTexts(ix.articles, jobs)
		close(jobs)
	}()

	words, stems, llStems := newDictBuilder(), newDictBuilder(), newDictBuilder()
	ix.streams.at = make([]uint64, ix.passages())
	for i := range n {
		mu.Lock()
		for !has[i] {
			ready.Wait()
		}
		t := done[i]
		done[i] = nil
		mu.Unlock()
		base := ix.first[i]
		from := int32(0)
		for k := range ix.articles[i].Paragraphs {
			p := base + int32(k)
			ix.streams.startPassage()
			if t != nil {
				chunk := &ix.streams.chunks[len(ix.streams.chunks)-1]
				for _, tok := range t.toks[from:t.ends[k]] {
					at := int32(-1)
					if tok.word {
						at = p
					}
					*chunk = appendToken(*chunk, words.add(t.text[tok.start:tok.end], at), tok.space)
				}
				from = t.ends[k]
			}
			ix.streams.endPassage(int(p))
		}
		if t != nil {
			for _, s := range t.stems {
				if s.ll {
					llStems.add(s.text, base+s.paragraph)
				} else {
					stems.add(s.text, base+s.paragraph)
				}
			}
			t.text = ""
			tokenBuffers.Put(t)
		}
	}
	wg.Wait()
	ix.tokens = words.table()
	ix.words, ix.stems, ix.llStems = words.dict(), stems.dict(), llStems.dict()
}

// textJob is an article to tokenise: its text, or read set when the worker
// reads it.
type textJob struct {
	i    int
	text string
	err  error
	read bool
}

// sendTexts sends every article's text, or a job to read it: the texts of
// articles loaded without them from a source that reads many at once are
// read in one pass.
func sendTexts(articles []*data.Article, jobs chan<- textJob) {
	bulk := map[data.BulkRawTextSource][]*data.Article{}
	index := map[*data.Article]int{}
	for i, a := range articles {
		if b, ok := a.BulkRawSource(); ok {
			bulk[b] = append(bulk[b], a)
			index[a] = i
			continue
		}
		jobs <- textJob{i: i, read: true} // in memory, or read by the worker
	}
	for src, some := range bulk {
		src.EachRawText(some, func(a *data.Article, text string, err error) {
			jobs <- textJob{i: index[a], text: text, err: err}
		})
	}
}

// tokenTable holds strings by number, in one string.
type tokenTable struct {
	text string
	ends []uint32
}

func (t *tokenTable) at(i int) string {
	from := uint32(0)
	if i > 0 {
		from = t.ends[i-1]
	}
	return t.text[from:t.ends[i]]
}

func (t *tokenTable) len() int { return len(t.ends) }

// postingDict is a sorted list of distinct keys, each with the passages
// that hold it, delta-coded.
type postingDict struct {
	keys     tokenTable // sorted
	postings []byte
	postEnd  []int
	counts   []int32 // how many passages each key has
}

// rangeOf returns the keys equal to key or, with prefix, beginning with
// it: keys lo to hi (exclusive).
func (d *postingDict) rangeOf(key string, prefix bool) (lo, hi int) {
	n := d.keys.len()
	lo = searchKeys(&d.keys, key)
	hi = lo
	for hi < n {
		k := d.keys.at(hi)
		if k != key && (!prefix || !strings.HasPrefix(k, key)) {
			break
		}
		hi++
	}
	return lo, hi
}

// searchKeys returns the first key at or after key.
func searchKeys(t *tokenTable, key string) int {
	lo, hi := 0, t.len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.at(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// addTo adds the passages of keys lo to hi to set.
func (d *postingDict) addTo(set passageSet, lo, hi int) {
	for k := lo; k < hi; k++ {
		from := 0
		if k > 0 {
			from = d.postEnd[k-1]
		}
		list := d.postings[from:d.postEnd[k]]
		p := -1
		for len(list) > 0 {
			v, n := binary.Uvarint(list)
			list = list[n:]
			p += int(v) + 1
			set.set(p)
		}
	}
}

// dictBuilder numbers keys as they come and collects their passages.
type dictBuilder struct {
	ids      map[string]int32
	keys     []string
	postings [][]byte
	last     []int32 // the last passage added to each key
	counts   []int32
}

func newDictBuilder() *dictBuilder { return &dictBuilder{ids: map[string]int32{}} }

// add numbers key and, unless passage is negative, adds it to the key's
// passages (ascending: a passage already the last one is not added again).
func (b *dictBuilder) add(key string, passage int32) int32 {
	id, ok := b.ids[key]
	if !ok {
		id = int32(len(b.keys))
		key = strings.Clone(key) // not the article's buffer
		b.ids[key] = id
		b.keys = append(b.keys, key)
		b.postings = append(b.postings, nil)
		b.last = append(b.last, -1)
		b.counts = append(b.counts, 0)
	}
	if passage >= 0 && b.last[id] != passage {
		b.postings[id] = binary.AppendUvarint(b.postings[id], uint64(passage-b.last[id]-1))
		b.last[id] = passage
		b.counts[id]++
	}
	return id
}

// table returns the keys by number.
func (b *dictBuilder) table() tokenTable {
	return newTokenTable(b.keys)
}

func newTokenTable(keys []string) tokenTable {
	size := 0
	for _, k := range keys {
		size += len(k)
	}
	var sb strings.Builder
	sb.Grow(size)
	t := tokenTable{ends: make([]uint32, len(keys))}
	for i, k := range keys {
		sb.WriteString(k)
		t.ends[i] = uint32(sb.Len())
	}
	t.text = sb.String()
	return t
}

// dict returns the keys that have passages, sorted, with their passages.
func (b *dictBuilder) dict() postingDict {
	var order []int32
	size := 0
	for id, list := range b.postings {
		if len(list) > 0 {
			order = append(order, int32(id))
			size += len(list)
		}
	}
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(b.keys[x], b.keys[y]) })
	d := postingDict{postings: make([]byte, 0, size), postEnd: make([]int, len(order)), counts: make([]int32, len(order))}
	keys := make([]string, len(order))
	for i, id := range order {
		keys[i] = b.keys[id]
		d.postings = append(d.postings, b.postings[id]...)
		b.postings[id] = nil
		d.postEnd[i] = len(d.postings)
		d.counts[i] = b.counts[id]
	}
	d.keys = newTokenTable(keys)
	return d
}
