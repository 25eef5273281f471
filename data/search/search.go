package search

import (
	"context"
	"math/bits"
	"sort"
	"unicode"

	"github.com/caravan-analytics/caravan/data"
)

// Index answers searches over a corpus: the passages of its articles
// and its events. It is built once by NewIndex, never changes after,
// and may be searched from several goroutines at once.
//
// It keeps no text. Every distinct paragraph (a passage) is normalised
// once (see textnorm.Normalize) while the index is built, and what is kept of it is
// the words it holds, twice over:
//
//   - an inverted index: for each distinct normalised word, the passages
//     that hold it, delta-coded (about a byte a passage);
//   - the passage as the sequence of its tokens' numbers (words and the
//     punctuation between them, a single space folded into the token
//     before it), from which its normalised text is spelled out again
//     when a phrase must be checked: a fifth of the size of the text.
//
// A query of single words is answered by the inverted index alone, exactly;
// phrases and spellings of several words are checked on the passages that
// hold all their words. The texts are read only for the passages shown
// (Hits.Page), to give their exact spans.
type Index struct {
	articles []*data.Article // indexed: the corpus's, less duplicates
	// first[i] is the number of the first passage of articles[i]; the
	// passages of an article are its paragraphs, in order.
	first []int32

	tokens  tokenTable   // every token (word or punctuation) by its number
	streams tokenStreams // each passage's tokens

	// words are the distinct words of all passages with the passages that
	// hold them. Arabic words are also listed without the clitic prefixes
	// they may begin with, in stems ("بوتين" for "وبوتين"), and in llStems
	// when the prefix ends in لل ("صين" for "للصين", found by "الصين").
	words, stems, llStems postingDict

	events   []indexedEvent
	names    nameIndex
	keptText bool // the articles keep their texts (within TextBudget)
}

// indexedEvent is an event with its searchable fields normalised.
type indexedEvent struct {
	event    *data.Event
	fields   []string // title, summary, place and actors
	passages []int32  // the passages of its excerpts
}

// Result is what a search found, with the texts of every passage:
// Hits is the same without them, for listing many.
type Result struct {
	Query    string
	Terms    []string      // every spelling searched for, the expansions through the name lists included
	Events   []*data.Event // in corpus order
	Passages []PassageHit
}

// PassageHit is a paragraph that holds every term of a search.
type PassageHit struct {
	Article   *data.Article
	Paragraph int          // index into Article.Paragraphs
	Text      string       // the paragraph's text (the article may be without its own; see ReadText)
	Matches   []data.Match // exact spans in Article.Text, Kind "search", in text order
}

// MatchKind is the Match.Kind of the spans a search finds.
const MatchKind = "search"

// TextBudget is how many bytes of text the articles of a corpus
// reopened from the cache may keep for its search index. Within it the
// passages a search lists read nothing; beyond it each article a listed
// passage is in is read from the cache (a query each, about half a
// millisecond), and a window on 100,000 articles keeps 0.4 GB less. The
// texts of 10,000 generated articles are 40 MB, of 100,000 400 MB.
var TextBudget int64 = 256 << 20

// textSize is the length of the articles' texts, as far as their
// paragraphs reach (known without the texts).
func textSize(articles []*data.Article) int64 {
	var n int64
	for _, a := range articles {
		if k := len(a.Paragraphs); k > 0 {
			n += int64(a.Paragraphs[k-1].End)
		}
	}
	return n
}

// Search finds the events and passages that hold every term of the query,
// each passage with its text and spans. It reads the text of every article
// a passage is found in: to list the passages of a common word, use Find
// and Hits.Page.
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
func (ix *Index) Search(query string) Result {
	h, _ := ix.Find(context.Background(), query)
	return Result{Query: query, Terms: h.Terms, Events: h.Events, Passages: h.Page(0, h.Len())}
}

// articleOf returns the number of the article passage p is in.
func (ix *Index) articleOf(p int32) int {
	return sort.Search(len(ix.articles), func(i int) bool { return ix.first[i+1] > p })
}

// passages is how many passages are indexed.
func (ix *Index) passages() int { return int(ix.first[len(ix.articles)]) }

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

// andNot takes o's members out of b.
func (b passageSet) andNot(o passageSet) {
	for i := range b {
		b[i] &^= o[i]
	}
}

func (b passageSet) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
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
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
