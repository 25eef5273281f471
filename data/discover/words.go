package discover

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// word is one word of a sentence: its normalised form and its span in
// the article's text.
type word = data.Word

// splitSentenceWords returns the words of text (which starts at offset
// base of the article), normalised as names are (see data.WordScanner).
func splitSentenceWords(text string, base int, dst []word) []word {
	var s data.WordScanner
	return append(dst, s.Scan(text, base)...)
}

// pattern is one word of a lexicon phrase: a whole word, or a stem that
// matches every word it begins.
type pattern struct {
	text string
	stem bool
	gap  bool // "…": up to maxGapWords words of the same clause (see gaps.go)
	// tail: the last part of a compound word ("*vergadering" matches
	// "rentevergadering", not "vergadering"; see lexicon_compounds.go).
	tail bool
}

func (p pattern) matches(w []byte) bool {
	if p.tail {
		return len(w) >= len(p.text)+minCompoundHead && string(w[len(w)-len(p.text):]) == p.text
	}
	if p.stem {
		return len(w) >= len(p.text) && string(w[:len(p.text)]) == p.text
	}
	return string(w) == p.text
}

// phrase is a lexicon entry compiled: its words, and what it says.
type phrase struct {
	words    []pattern
	kind     Kind      // "" for a qualifier
	qual     qualifier // "" for a kind word
	lang     string    // the language it is listed under
	ownOnly  bool      // counts only in its own language (written "=word")
	notEvent bool      // a phrase of notEventWords: the words inside it name no kind
	silences bool      // the words of other kinds inside it name none (written "!phrase")
	negates  bool      // a phrase of negations: it denies the event words of its clause
	original string    // as listed, for tests and messages
	gaps     int       // how many of words are gaps ("…")
}

// lexicon is the compiled kindWords and qualifierWords.
type lexicon struct {
	exact map[string][]int     // first word (whole) → phrases
	stems map[string][]int     // first three letters of a stem (all, if fewer) → phrases
	short [stemKeyLetters]bool // short[n]: a stem of n letters exists
	han   []int                // phrases written in Han script, found as substrings
	tails []int                // phrases whose first word is a compound's tail ("*vergadering")
	list  []phrase
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
					for _, v := range apostropheForms(w) {
						l.add(phrase{kind: k, lang: lang, original: v})
					}
				}
			}
		}
		for _, lang := range sortedLangs(notEventWords) {
			for _, w := range notEventWords[lang] {
				for _, v := range apostropheForms(w) {
					l.add(phrase{notEvent: true, lang: lang, original: v})
				}
			}
		}
		for _, lang := range sortedLangs(negations) {
			for _, w := range negations[lang] {
				for _, v := range apostropheForms(w) {
					l.add(phrase{negates: true, lang: lang, original: v})
				}
			}
		}
		for _, q := range qualifiers {
			for _, w := range qualifierWords[q] {
				for _, v := range apostropheForms(w) {
					l.add(phrase{qual: q, original: v})
				}
			}
		}
		lex = l
	})
	return lex
}

// apostropheForms returns a lexicon entry as listed and, when it has an
// apostrophe (Uzbek oʻ, gʻ and the hamza of eʼlon), as written with the
// modifier letters: an ASCII apostrophe parts words, ʻ and ʼ do not, so
// "toʻqnashuv" is one word where "to'qnashuv" is two. An entry listed with
// a modifier letter gets the other forms too: the dam words "toʻgʻon
// yorilgan" never matched a report's "to'g'on yorilgan".
func apostropheForms(w string) []string {
	if !strings.ContainsAny(w, "'ʻʼ") {
		return []string{w}
	}
	ascii := strings.NewReplacer("ʻ", "'", "ʼ", "'").Replace(w)
	forms := []string{w}
	for _, f := range []string{ascii, strings.ReplaceAll(ascii, "'", "ʻ"), strings.ReplaceAll(ascii, "'", "ʼ")} {
		if !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	return forms
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
	if strings.HasPrefix(src, "!") {
		p.silences, src = true, src[1:]
	}
	if strings.HasPrefix(src, "=") {
		p.ownOnly, src = true, src[1:]
	}
	i := len(l.list)
	if hasHan(src) {
		for _, part := range strings.Split(src, gapMark) {
			p.words = append(p.words, pattern{text: textnorm.Normalize(part)})
		}
		p.gaps = len(p.words) - 1
		l.list = append(l.list, p)
		l.han = append(l.han, i)
		return
	}
	for k, piece := range strings.Fields(src) {
		if tail, ok := strings.CutPrefix(piece, "*"); ok && k == 0 {
			for _, w := range splitSentenceWords(tail, 0, nil) {
				p.words = append(p.words, pattern{text: string(w.Norm), tail: len(p.words) == 0})
			}
			continue
		}
		if piece == gapMark {
			p.words = append(p.words, pattern{gap: true})
			p.gaps++
			continue
		}
		stem := strings.HasSuffix(piece, "*")
		ws := splitSentenceWords(strings.TrimSuffix(piece, "*"), 0, nil)
		for k, w := range ws {
			p.words = append(p.words, pattern{text: string(w.Norm), stem: stem && k == len(ws)-1})
		}
	}
	if len(p.words) == 0 {
		return
	}
	l.list = append(l.list, p)
	first := p.words[0]
	if first.tail {
		l.tails = append(l.tails, i)
		return
	}
	if first.stem {
		k, n := stemKey(first.text)
		l.stems[k] = append(l.stems[k], i)
		if n < stemKeyLetters {
			l.short[n] = true
		}
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

// firstWords remembers, for each word seen, the phrases whose first word
// it is (as written, or without Arabic proclitics), whatever their
// language: a corpus writes the same words again and again, and a look
// at the word's number (data.Word.ID, given by the scanner's
// data.NameScanner, which already looked the word up in its own
// vocabulary) then replaces the four map lookups of firstOf. Words
// without a number are remembered in a map. It belongs to one goroutine,
// with one NameScanner.
type firstWords struct {
	byID []firstEntry
	of   map[string][]int32
}

// firstEntry is what firstWords knows of a word: its phrases, if known.
type firstEntry struct {
	phrases []int32
	known   bool
}

// firstWordsMax bounds the memory of firstWords.of: past it, it starts
// over.
const firstWordsMax = 1 << 16

// phrasesFor returns the phrases that may begin at word w.
func (l *lexicon) phrasesFor(memo *firstWords, w word) []int32 {
	if w.ID >= 0 {
		if int(w.ID) < len(memo.byID) && memo.byID[w.ID].known {
			return memo.byID[w.ID].phrases
		}
		ps := l.firstOfAll(w.Norm)
		if int(w.ID) >= len(memo.byID) {
			memo.byID = append(memo.byID, make([]firstEntry, int(w.ID)+1-len(memo.byID))...)
		}
		memo.byID[w.ID] = firstEntry{ps, true}
		return ps
	}
	if ps, ok := memo.of[string(w.Norm)]; ok {
		return ps
	}
	if memo.of == nil || len(memo.of) >= firstWordsMax {
		memo.of = make(map[string][]int32, 1024)
	}
	ps := l.firstOfAll(w.Norm)
	memo.of[string(w.Norm)] = ps
	return ps
}

// firstOfAll returns the phrases whose first word matches w, or w without
// the letters Arabic joins to its front.
func (l *lexicon) firstOfAll(w []byte) []int32 {
	ps := l.firstOf(w, nil)
	for _, pi := range l.tails {
		if l.list[pi].words[0].matches(w) {
			ps = append(ps, int32(pi))
		}
	}
	if isArabic(w) {
		for _, form := range arabicForms(string(w)) {
			ps = l.firstOf([]byte(form), ps)
		}
	}
	return ps
}

// find appends the phrases of the lexicon found in words (and, for Han
// script, in text starting at base) that count in lang.
func (l *lexicon) find(memo *firstWords, words []word, text string, base int, lang string, dst []hit) []hit {
	from := len(dst)
	for i, w := range words {
		for _, pi := range l.phrasesFor(memo, w) {
			p := &l.list[pi]
			if !counts(p, lang) || i+len(p.words)-p.gaps > len(words) {
				continue
			}
			if p.gaps > 0 {
				if n := gapFollowers(p.words[1:], words[i+1:], words[i].End); n >= 0 {
					dst = append(dst, hit{phrase: int(pi), start: words[i].Start, end: words[i+1+n].End})
				}
				continue
			}
			if !l.followers(p, words[i+1:]) {
				continue
			}
			dst = append(dst, hit{phrase: int(pi), start: words[i].Start, end: words[i+len(p.words)-1].End})
		}
	}
	return l.unelect(l.findHan(text, base, lang, dst), from)
}

// unelect drops from hits[from:] the election words inside a title such
// as "president-elect" ("président élu"): a sentence about the
// president-elect's inauguration tells of no election that day. It drops
// too the words of every kind inside a phrase of notEventWords ("с начала
// года": since the start of the year), and those phrases themselves, which
// name nothing; and the words of other kinds inside a phrase listed with
// "!" ("put to a vote" is a decision, not an election; "地震袭击", an
// earthquake struck, is no attack).
func (l *lexicon) unelect(hits []hit, from int) []hit {
	var titles, shadows []hit
	for _, h := range hits[from:] {
		switch p := &l.list[h.phrase]; {
		case p.qual == qElect:
			titles = append(titles, h)
		case p.notEvent || p.silences:
			shadows = append(shadows, h)
		}
	}
	if len(titles) == 0 && len(shadows) == 0 {
		return hits
	}
	within := func(h hit) func(hit) bool {
		return func(t hit) bool { return h.start >= t.start && h.end <= t.end }
	}
	silenced := func(h hit) func(hit) bool {
		k := l.list[h.phrase].kind
		return func(t hit) bool { return h.start >= t.start && h.end <= t.end && l.list[t.phrase].kind != k }
	}
	out := hits[:from]
	for _, h := range hits[from:] {
		p := &l.list[h.phrase]
		switch {
		case p.notEvent:
			continue
		case p.kind == Election && slices.ContainsFunc(titles, within(h)):
			continue
		case p.kind != "" && slices.ContainsFunc(shadows, silenced(h)):
			continue
		}
		out = append(out, h)
	}
	return out
}

// findHan appends the phrases in Han script found in text (at offset base
// of its article) that count in lang: the first place each is written
// outside a phrase of notEventWords. Han text has no spaces: "据中国地震台网
// 测定，…缅甸发生7.7级地震" writes 地震 first inside the seismological
// network's name, which silences it (see unelect); the quake is the
// second 地震.
func (l *lexicon) findHan(text string, base int, lang string, dst []hit) []hit {
	if len(l.han) == 0 || !hasHan(text) {
		return dst
	}
	// Normalize leaves Han characters as they are, so the entries are
	// found in the text as written, with exact spans.
	var shadows [][2]int
	for _, pi := range l.han {
		if p := &l.list[pi]; p.notEvent && counts(p, lang) {
			w := p.words[0].text
			for at := 0; ; {
				j := strings.Index(text[at:], w)
				if j < 0 {
					break
				}
				shadows = append(shadows, [2]int{at + j, at + j + len(w)})
				at += j + len(w)
			}
		}
	}
	shadowed := func(from, to int) bool {
		return slices.ContainsFunc(shadows, func(s [2]int) bool { return from >= s[0] && to <= s[1] })
	}
	for _, pi := range l.han {
		p := &l.list[pi]
		if !counts(p, lang) {
			continue
		}
		w := p.words[0].text
		for at := 0; ; {
			j := strings.Index(text[at:], w)
			if j < 0 {
				break
			}
			j += at
			end := j + len(w)
			if p.gaps > 0 {
				if end = hanGapEnd(text, end, p.words[1:]); end < 0 {
					at = j + len(w)
					continue
				}
			}
			if p.notEvent || !shadowed(j, end) {
				dst = append(dst, hit{phrase: pi, start: base + j, end: base + end})
				break
			}
			at = j + len(w)
		}
	}
	return dst
}

// followers reports whether the words after a phrase's first match its
// other words.
func (l *lexicon) followers(p *phrase, next []word) bool {
	for k := 1; k < len(p.words); k++ {
		if !p.words[k].matches(next[k-1].Norm) {
			return false
		}
	}
	return true
}

// firstOf appends to dst the phrases whose first word matches first,
// once each.
func (l *lexicon) firstOf(first []byte, dst []int32) []int32 {
	try := func(pi int) {
		if l.list[pi].words[0].matches(first) && !slices.Contains(dst, int32(pi)) {
			dst = append(dst, int32(pi))
		}
	}
	for _, pi := range l.exact[string(first)] {
		try(pi)
	}
	// Stems are filed under their first three letters, or the whole stem
	// when shorter; l.short says which shorter lengths exist.
	for n, end := 1, 0; n <= stemKeyLetters && end < len(first); n++ {
		end += runeLen(first, end)
		if n == stemKeyLetters || (l.short[n] && end <= len(first)) {
			for _, pi := range l.stems[string(first[:end])] {
				try(pi)
			}
		}
	}
	return dst
}

// stemKey is what a stem is filed under: its first three letters (all of
// them when it has fewer), so that a word finds the stems it may begin
// with in one lookup.
func stemKey(s string) (key string, letters int) {
	end := 0
	for letters < stemKeyLetters && end < len(s) {
		end += runeLen(s, end)
		letters++
	}
	return s[:end], letters
}

// stemKeyLetters is how many letters of a stem file it.
const stemKeyLetters = 3

// runeLen is the length in bytes of the character at s[i:].
func runeLen[S ~string | ~[]byte](s S, i int) int {
	_, n := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
	return n
}

// counts reports whether phrase p counts in an article of language lang.
func counts(p *phrase, lang string) bool {
	return !p.ownOnly || lang == "" || lang == p.lang
}

func isArabic(s []byte) bool {
	r, _ := utf8.DecodeRune(s)
	return r >= 0x0600 && r <= 0x06FF
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	// Only characters from U+2E80 on can be Han, and their UTF-8 starts
	// with a byte of 0xE2 or more, which no other character's bytes are:
	// the rest of the text is not decoded. Eight bytes at a time are
	// passed over when none of them is a lead byte of three or four
	// (E0 or more: the top three bits set), as in ASCII, Cyrillic or
	// Arabic text.
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
			if x&(x<<1)&(x<<2)&0x8080808080808080 == 0 {
				i += 8
				continue
			}
		}
		if s[i] < 0xE2 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			return true
		}
		i += size
	}
	return false
}
