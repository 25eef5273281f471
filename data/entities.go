package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// NameFinder finds the names of the name lists in text, with the same
// matching the links use (case, diacritics, Arabic proclitics and the word
// endings of the article's language do not matter; a name inside a longer
// one does not count; Han and kana are read one character a word, so that
// Chinese and Japanese names are found inside a sentence; see also
// names_language.go). It is built once per corpus and only read
// afterwards; each goroutine takes its own NameScanner.
type NameFinder struct {
	linker *Linker
	kinds  map[string]NameKind
	// short holds the normalised spellings of two or three letters and how
	// they are written: such a spelling is also a common word somewhere
	// ("UN" is Spanish "un", "Xi" or "Si" Italian "si"), so it only counts
	// when the text writes it the same way: in capitals for an acronym,
	// with a capital for a name.
	short map[string]shortSpelling
	// evidence[p][k] is the evidence kind of the k-th name phrase p of
	// the linker spells (see evidenceKind), looked up once here rather
	// than for every name found.
	evidence [][]string
}

// shortSpelling is how a short spelling is written.
type shortSpelling struct{ acronym bool }

// NewNameFinder compiles the spellings of names.
func NewNameFinder(names []*Name) *NameFinder {
	f := &NameFinder{linker: NewLinker(nil, names), kinds: make(map[string]NameKind, len(names)), short: map[string]shortSpelling{}}
	for _, n := range names {
		f.kinds[n.ID] = n.Kind
		for _, spellings := range n.Spellings {
			for _, s := range spellings {
				if r := []rune(s); len(r) <= 3 && unicode.IsUpper(r[0]) {
					key := textnorm.Normalize(s)
					acronym := strings.ToUpper(s) == s
					// A spelling that is an acronym for one name and a word
					// with a capital for another keeps the looser rule.
					if old, ok := f.short[key]; !ok || old.acronym {
						f.short[key] = shortSpelling{acronym: acronym}
					}
				}
			}
		}
	}
	f.evidence = make([][]string, len(f.linker.phrases))
	for i, p := range f.linker.phrases {
		for _, id := range p.names {
			f.evidence[i] = append(f.evidence[i], f.evidenceKind(id))
		}
	}
	return f
}

// NameScanner is a NameFinder's scratch space for one goroutine.
type NameScanner struct {
	f   *NameFinder
	m   *linkMatcher
	out []Word // the words Words returned last
	// vocab numbers the words the scanner has met (Word.ID), and forms
	// keeps for each the curated words it can be (Linker.formsOf): texts
	// say the same words again and again, so a word is looked up in the
	// name table once, and discovery files the lexicon's phrases by the
	// same number instead of in a map of its own. (A wordTable: on the
	// words of 2,000 generated articles its look-ups took 71 ms against a
	// Go map's 173.)
	vocab wordTable[int32]
	forms [][]formRef
	refs  [][]formRef // the forms of each word Words returned last
	norm  []byte      // scratch for writtenAsName
}

// maxVocabulary is how many words a NameScanner numbers (see Word.ID):
// those it meets later are looked up each time, so that a scanner read
// over a large corpus of many languages keeps a few megabytes at most.
const maxVocabulary = 1 << 16

// Scanner returns scratch space for finding names; it is not safe for use
// by several goroutines at once.
func (f *NameFinder) Scanner() *NameScanner {
	return &NameScanner{f: f, m: &linkMatcher{Linker: f.linker, scanner: wordScanner{splitCJK: true}, allowed: endingsAll}}
}

// In tells the scanner that the texts given to Find next come from
// article a, whose language decides the word endings and false friends
// (see names_language.go) and whose full names let a surname that is also
// a word count; nil forgets the article. It returns s.
func (s *NameScanner) In(a *Article) *NameScanner {
	if s.m.article != a {
		s.m.setArticle(a)
	}
	return s
}

// Find appends to dst the names written in text, which starts at offset
// base of its article, and returns it. Each match has Kind EvidencePlace
// for places and EvidenceActor for people and organisations, Ref the name
// id, and an exact span (plus base). Matches come in text order.
func (s *NameScanner) Find(text string, base int, dst []Match) []Match {
	s.Words(text, base)
	return s.FindInWords(text, base, dst)
}

// Words splits text (at offset base of its article) into normalised words
// as Find does (Han one character a word, kana by runs; see
// wordScanner.splitCJK), and keeps them for FindInWords: a caller that needs both
// the words and the names scans the text once. The result is valid until
// the next call.
func (s *NameScanner) Words(text string, base int) []Word {
	m := s.m
	m.words = m.scanner.scan(text, base)
	s.out, s.refs = s.out[:0], s.refs[:0]
	for _, w := range m.words {
		norm := m.scanner.word(w)
		id, refs := s.known(norm)
		s.out = append(s.out, Word{Norm: norm, Start: w.Start, End: w.End, ID: id})
		s.refs = append(s.refs, refs)
	}
	return s.out
}

// known returns the number of the normalised word w among those the
// scanner has met, numbering it on first sight (-1 past maxVocabulary),
// and the curated words it can be.
func (s *NameScanner) known(w []byte) (int32, []formRef) {
	h := wordHash(w)
	if id, ok := s.vocab.get(w, h); ok {
		return id, s.forms[id]
	}
	refs := s.m.formsOfHashed(w, h)
	if len(s.forms) >= maxVocabulary {
		return -1, refs
	}
	id := int32(len(s.forms))
	*s.vocab.ref(string(w), h) = id
	s.forms = append(s.forms, refs)
	return id, refs
}

// FindInWords is Find on the words the last call to Words split text
// into; text and base must be the same.
func (s *NameScanner) FindInWords(text string, base int, dst []Match) []Match {
	m := s.m
	m.lookupKnown(s.refs)
	m.findPhrases()
	from := len(dst)
	for _, h := range m.hits {
		if h.inName {
			continue
		}
		start, end := m.words[h.from].Start, m.words[h.to-1].End
		if len(m.phrases[h.phrase].names) == 0 || !s.f.writtenAsName(text[start-base:end-base], &s.norm) || !m.namedHere(h, text[start-base:end-base]) ||
			timeZoneName(text, start-base, end-base) {
			continue
		}
		for k, id := range m.phrases[h.phrase].names {
			dst = append(dst, Match{Start: start, End: end, Text: text[start-base : end-base], Kind: s.f.evidence[h.phrase][k], Ref: id})
		}
	}
	SortEvidence(dst[from:])
	return dst
}

// writtenAsName reports whether a match is written as the name's short
// spelling is, when the spelling is short (see NameFinder.short). norm is
// scratch space for the match's normal form: this is asked of every short
// name found, and a buffer on the stack escaped to the heap.
func (f *NameFinder) writtenAsName(text string, norm *[]byte) bool {
	if len(text) > 12 {
		return true
	}
	*norm = textnorm.Append((*norm)[:0], text)
	rule, ok := f.short[string(*norm)]
	if !ok {
		return true
	}
	if rule.acronym {
		return strings.ToUpper(text) == text
	}
	first, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(first)
}

func (f *NameFinder) evidenceKind(id string) string {
	if f.kinds[id] == Place {
		return EvidencePlace
	}
	return EvidenceActor
}

// Announces reports whether text, in the language lang (ISO 639-1, or ""
// for any), holds a marker of the future ("will", "zal", "سيزور"), the
// same markers that keep announced dates from dating an article (see
// dateLexicon.announcesSentence).
func Announces(lang, text string) bool { return lexiconFor(lang).announcesSentence(text) }

// Word is a word of a text as a WordScanner finds it: its normalised
// form and its exact span.
type Word struct {
	Norm       []byte // Normalize of the word; valid until the next Scan
	Start, End int    // span in the text, plus the offset given to Scan
	// ID numbers the word (its normal form) among those the NameScanner
	// that found it has met, from 0, so that a caller can keep what it
	// learns about a word in a slice rather than look it up in a map
	// again; -1 from a WordScanner, and for the words a NameScanner
	// meets past the first 65,536.
	ID int32
}

// WordScanner splits texts into normalised words the way names and
// terms are matched: runs of letters, digits and marks, invisible format
// characters dropped from inside them. It keeps its buffers from one text
// to the next, so scanning allocates next to nothing; it is not safe for
// use by several goroutines at once.
type WordScanner struct {
	s   wordScanner
	out []Word
}

// Scan returns the words of text, with spans shifted by base. The result
// is valid until the next call.
func (w *WordScanner) Scan(text string, base int) []Word {
	words := w.s.scan(text, base)
	w.out = w.out[:0]
	for _, x := range words {
		w.out = append(w.out, Word{Norm: w.s.word(x), Start: x.Start, End: x.End, ID: -1})
	}
	return w.out
}
