package discover

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// word is one word of a sentence: its normalised form and its span in the
// article's text.
type word struct {
	norm       string
	start, end int
}

// splitSentenceWords returns the words of text (which starts at offset
// base of the article): runs of letters, digits and marks, with invisible
// format characters (zero-width non-joiners in Persian) kept inside, each
// normalised with data.Normalize.
func splitSentenceWords(text string, base int, dst []word) []word {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start, end := i, i+size
		for j := end; j < len(text); {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += size
				end = j
			} else if unicode.Is(unicode.Cf, r) {
				j += size
			} else {
				break
			}
		}
		if n := data.Normalize(text[start:end]); n != "" {
			dst = append(dst, word{norm: n, start: base + start, end: base + end})
		}
		i = end
	}
	return dst
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// pattern is one word of a lexicon phrase: a whole word, or a stem that
// matches every word it begins.
type pattern struct {
	text string
	stem bool
}

func (p pattern) matches(w string) bool {
	if p.stem {
		return strings.HasPrefix(w, p.text)
	}
	return w == p.text
}

// phrase is a lexicon entry compiled: its words, and what it says.
type phrase struct {
	words    []pattern
	kind     Kind      // "" for a qualifier
	qual     qualifier // "" for a kind word
	lang     string    // the language it is listed under
	ownOnly  bool      // counts only in its own language (written "=word")
	original string    // as listed, for tests and messages
}

// lexicon is the compiled kindWords and qualifierWords.
type lexicon struct {
	exact map[string][]int // first word (whole) → phrases
	stems map[string][]int // first word (stem) → phrases
	han   []int            // phrases written in Han script, found as substrings
	list  []phrase
	// maxStem is the longest stem, so lookups try no longer prefixes.
	maxStem int
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon compiles the word lists once.
func theLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{exact: map[string][]int{}, stems: map[string][]int{}}
		for _, k := range kindOrder {
			for _, lang := range sortedLangs(kindWords[k]) {
				for _, w := range kindWords[k][lang] {
					l.add(phrase{kind: k, lang: lang, original: w})
				}
			}
		}
		for _, q := range []qualifier{qPresidential, qParliamentary, qArrival, qEarthquake, qFlood, qHeat, qFire, qEclipse, qOffensive, qTreaty, qInForce} {
			for _, w := range qualifierWords[q] {
				l.add(phrase{qual: q, original: w})
			}
		}
		lex = l
	})
	return lex
}

func sortedLangs(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	// Insertion sort: a dozen keys.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// add compiles the entry p.original into p and indexes it.
func (l *lexicon) add(p phrase) {
	src := p.original
	if strings.HasPrefix(src, "=") {
		p.ownOnly, src = true, src[1:]
	}
	i := len(l.list)
	if hasHan(src) {
		p.words = []pattern{{text: data.Normalize(src)}}
		l.list = append(l.list, p)
		l.han = append(l.han, i)
		return
	}
	for _, piece := range strings.Fields(src) {
		stem := strings.HasSuffix(piece, "*")
		ws := splitSentenceWords(strings.TrimSuffix(piece, "*"), 0, nil)
		for k, w := range ws {
			p.words = append(p.words, pattern{text: w.norm, stem: stem && k == len(ws)-1})
		}
	}
	if len(p.words) == 0 {
		return
	}
	l.list = append(l.list, p)
	first := p.words[0]
	if first.stem {
		l.stems[first.text] = append(l.stems[first.text], i)
		l.maxStem = max(l.maxStem, len(first.text))
	} else {
		l.exact[first.text] = append(l.exact[first.text], i)
	}
}

// hit is a lexicon phrase found in a sentence.
type hit struct {
	phrase     int
	start, end int // span in the article's text
}

// arabicForms returns the forms of an Arabic word without the letters
// Arabic joins to its front: a conjunction (و ف), then a preposition
// (ب ل ك), then the article (ال; لل is ل + ال): "وبالقمة" is و + ب + ال +
// قمة. Only forms of two letters or more are returned.
func arabicForms(w string) []string {
	var out []string
	add := func(s string) {
		if s != w && utf8.RuneCountInString(s) >= 2 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, c := range []string{"", "و", "ف"} {
		a, ok := strings.CutPrefix(w, c)
		if !ok {
			continue
		}
		add(a)
		if b, ok := strings.CutPrefix(a, "لل"); ok {
			add(b)
		}
		for _, p := range []string{"", "ب", "ل", "ك"} {
			b, ok := strings.CutPrefix(a, p)
			if !ok {
				continue
			}
			add(b)
			if d, ok := strings.CutPrefix(b, "ال"); ok {
				add(d)
			}
		}
	}
	return out
}

// find appends the phrases of the lexicon found in words (and, for Han
// script, in text starting at base) that count in lang.
func (l *lexicon) find(words []word, text string, base int, lang string, dst []hit) []hit {
	for i, w := range words {
		dst = l.findAt(words, i, w.norm, lang, dst)
		if isArabic(w.norm) {
			for _, form := range arabicForms(w.norm) {
				dst = l.findAt(words, i, form, lang, dst)
			}
		}
	}
	if len(l.han) > 0 && hasHan(text) {
		// Normalize leaves Han characters as they are, so the entries
		// are found in the text as written, with exact spans.
		for _, pi := range l.han {
			p := l.list[pi]
			if !counts(p, lang) {
				continue
			}
			if j := strings.Index(text, p.words[0].text); j >= 0 {
				dst = append(dst, hit{phrase: pi, start: base + j, end: base + j + len(p.words[0].text)})
			}
		}
	}
	return dst
}

// findAt appends the phrases whose first word is first (words[i], or its
// form without proclitics) and whose other words follow.
func (l *lexicon) findAt(words []word, i int, first, lang string, dst []hit) []hit {
	try := func(pi int) {
		p := l.list[pi]
		if !counts(p, lang) || i+len(p.words) > len(words) {
			return
		}
		if !p.words[0].matches(first) {
			return
		}
		for k := 1; k < len(p.words); k++ {
			if !p.words[k].matches(words[i+k].norm) {
				return
			}
		}
		dst = append(dst, hit{phrase: pi, start: words[i].start, end: words[i+len(p.words)-1].end})
	}
	for _, pi := range l.exact[first] {
		try(pi)
	}
	for n := 1; n <= min(len(first), l.maxStem); n++ {
		if n < len(first) && !utf8.RuneStart(first[n]) {
			continue
		}
		for _, pi := range l.stems[first[:n]] {
			try(pi)
		}
	}
	return dst
}

// counts reports whether phrase p counts in an article of language lang.
func counts(p phrase, lang string) bool {
	return !p.ownOnly || lang == "" || lang == p.lang
}

func isArabic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0600 && r <= 0x06FF
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
