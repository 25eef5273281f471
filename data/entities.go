package data

import (
	"slices"
	"strings"
	"unicode"
)

// NameFinder finds the names of the name lists in text, with the same
// matching the links use (case, diacritics, Arabic proclitics and word
// endings do not matter; a name inside a longer one does not count), plus
// spellings in Han script, which have no spaces between words and are
// looked for as substrings. It is built once per corpus and only read
// afterwards; each goroutine takes its own NameScanner.
type NameFinder struct {
	linker *Linker
	kinds  map[string]NameKind
	han    []hanSpelling // spellings with Han characters, longest first
	// short holds the normalised spellings of two or three letters and how
	// they are written: such a spelling is also a common word somewhere
	// ("UN" is Spanish "un", "Xi" or "Si" Italian "si"), so it only counts
	// when the text writes it the same way: in capitals for an acronym,
	// with a capital for a name.
	short map[string]shortSpelling
}

// shortSpelling is how a short spelling is written.
type shortSpelling struct{ acronym bool }

// hanSpelling is a name's spelling in a script written without spaces.
type hanSpelling struct {
	text string
	id   string
}

// NewNameFinder compiles the spellings of names.
func NewNameFinder(names []*Name) *NameFinder {
	f := &NameFinder{linker: NewLinker(nil, names), kinds: make(map[string]NameKind, len(names)), short: map[string]shortSpelling{}}
	for _, n := range names {
		f.kinds[n.ID] = n.Kind
		for _, spellings := range n.Spellings {
			for _, s := range spellings {
				if r := []rune(s); len(r) <= 3 && unicode.IsUpper(r[0]) {
					key := Normalize(s)
					acronym := strings.ToUpper(s) == s
					// A spelling that is an acronym for one name and a word
					// with a capital for another keeps the looser rule.
					if old, ok := f.short[key]; !ok || old.acronym {
						f.short[key] = shortSpelling{acronym: acronym}
					}
				}
				if hasHan(s) {
					f.han = append(f.han, hanSpelling{text: s, id: n.ID})
				}
			}
		}
	}
	slices.SortFunc(f.han, func(a, b hanSpelling) int {
		if len(a.text) != len(b.text) {
			return len(b.text) - len(a.text)
		}
		return strings.Compare(a.text+a.id, b.text+b.id)
	})
	f.han = slices.Compact(f.han)
	return f
}

// NameScanner is a NameFinder's scratch space for one goroutine.
type NameScanner struct {
	f   *NameFinder
	m   *linkMatcher
	out []Word // the words Words returned last
}

// Scanner returns scratch space for finding names; it is not safe for use
// by several goroutines at once.
func (f *NameFinder) Scanner() *NameScanner {
	return &NameScanner{f: f, m: &linkMatcher{Linker: f.linker}}
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
// as Find does, and keeps them for FindInWords: a caller that needs both
// the words and the names scans the text once. The result is valid until
// the next call.
func (s *NameScanner) Words(text string, base int) []Word {
	m := s.m
	m.words = m.scanner.scan(text, base)
	s.out = s.out[:0]
	for _, w := range m.words {
		s.out = append(s.out, Word{Norm: m.scanner.word(w), Start: w.Start, End: w.End})
	}
	return s.out
}

// FindInWords is Find on the words the last call to Words split text
// into; text and base must be the same.
func (s *NameScanner) FindInWords(text string, base int, dst []Match) []Match {
	m := s.m
	m.ids = m.ids[:0]
	for _, w := range m.words {
		var ids []int32
		if word := m.scanner.word(w); m.mayBeForm(word) {
			ids = m.forms[string(word)]
		}
		m.ids = append(m.ids, ids)
	}
	m.findPhrases()
	from := len(dst)
	for _, h := range m.hits {
		if h.inName {
			continue
		}
		start, end := m.words[h.from].Start, m.words[h.to-1].End
		if !s.f.writtenAsName(text[start-base : end-base]) {
			continue
		}
		for _, id := range m.phrases[h.phrase].names {
			dst = append(dst, Match{Start: start, End: end, Text: text[start-base : end-base], Kind: s.f.evidenceKind(id), Ref: id})
		}
	}
	if len(s.f.han) > 0 && hasHan(text) {
		dst = s.findHan(text, base, dst, from)
	}
	sortEvidence(dst[from:])
	return dst
}

// findHan appends the Han-script spellings found in text, longest first,
// skipping any that lies inside one already found.
func (s *NameScanner) findHan(text string, base int, dst []Match, from int) []Match {
	for _, h := range s.f.han {
		for at := 0; at < len(text); {
			i := strings.Index(text[at:], h.text)
			if i < 0 {
				break
			}
			start, end := base+at+i, base+at+i+len(h.text)
			inside := slices.ContainsFunc(dst[from:], func(x Match) bool {
				return x.Start <= start && end <= x.End && x.Ref != h.id
			})
			dup := slices.ContainsFunc(dst[from:], func(x Match) bool { return x.Start == start && x.End == end && x.Ref == h.id })
			if !inside && !dup {
				dst = append(dst, Match{Start: start, End: end, Text: h.text, Kind: s.f.evidenceKind(h.id), Ref: h.id})
			}
			at += i + len(h.text)
		}
	}
	return dst
}

// writtenAsName reports whether a match is written as the name's short
// spelling is, when the spelling is short (see NameFinder.short).
func (f *NameFinder) writtenAsName(text string) bool {
	if len(text) > 12 {
		return true
	}
	rule, ok := f.short[Normalize(text)]
	if !ok {
		return true
	}
	r := []rune(text)
	if rule.acronym {
		return strings.ToUpper(text) == text
	}
	return unicode.IsUpper(r[0])
}

func (f *NameFinder) evidenceKind(id string) string {
	if f.kinds[id] == Place {
		return EvidencePlace
	}
	return EvidenceActor
}

// hasHan reports whether s holds a Han character (Chinese, or kanji).
func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Announces reports whether text, in the language lang (ISO 639-1, or ""
// for any), holds a marker of the future ("will", "zal", "سيزور"), the
// same markers that keep announced dates from dating an article.
func Announces(lang, text string) bool { return lexiconFor(lang).announces(text) }

// Word is a word of a text as a WordScanner finds it: its normalised
// form and its exact span.
type Word struct {
	Norm       []byte // Normalize of the word; valid until the next Scan
	Start, End int    // span in the text, plus the offset given to Scan
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
		w.out = append(w.out, Word{Norm: w.s.word(x), Start: x.Start, End: x.End})
	}
	return w.out
}
