package language

import (
	"unicode"
	"unicode/utf8"
)

// Detect names the language of text as an ISO 639-1 code, or ""
// when the text is too short or too mixed to say.
//
// The script decides first. Han is Chinese unless kana make it Japanese;
// Hangul is Korean, Hebrew Hebrew, Greek Greek. Within Cyrillic and Arabic
// script the letters that only some languages write decide (see
// cyrillicLanguage and arabicLanguage), with frequent words as a second
// voice for Arabic, Persian and Urdu. Latin-script text is scored by its
// function words (nl, de, en, fr, es, it, pt, pl, cs, tr, az, tk, uz), each
// word weighing less the more of those languages share it, plus a few
// letters only some of them use (ə, ł, ř, ň, o‘ …). The winner must have
// enough evidence and clearly beat the runner-up.
//
// Only the first languageSample bytes are read: a few kilobytes tell the
// language as well as a whole book does, and corpora are large.
func Detect(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) { // not half a character
			cut--
		}
		text = text[:cut]
	}
	var s languageScan
	s.scan(text)
	switch s.dominantScript() {
	case scriptArabic:
		return s.arabicLanguage()
	case scriptCyrillic:
		return s.cyrillicLanguage(text)
	case scriptHan:
		if s.script[scriptKana]*10 >= s.script[scriptHan] {
			return "ja"
		}
		return "zh"
	case scriptKana:
		return "ja"
	case scriptHangul:
		return "ko"
	case scriptHebrew:
		return "he"
	case scriptGreek:
		return "el"
	case scriptLatin:
		return s.latinLanguage()
	}
	return ""
}

// languageSample is how much of a text Detect reads.
const languageSample = 16 << 10

// Thresholds below which Detect does not guess. They were set on
// the samples in testdata/langs: two-word titles and lone names stay
// unknown, a two-sentence news item does not.
const (
	minScriptLetters  = 12  // letters of a non-Latin script needed to name its language
	minLatinEvidence  = 2.0 // weighted function-word hits needed for a Latin language
	minArabicEvidence = 1.0 // weighted words and letters needed to tell Arabic, Persian and Urdu apart
	scoreMargin       = 1.5 // how many times the runner-up's score the winner needs, in any script
)

type script int

const (
	scriptOther script = iota
	scriptLatin
	scriptArabic
	scriptCyrillic
	scriptHan
	scriptKana
	scriptHangul
	scriptHebrew
	scriptGreek
	numScripts
)

// languageScan gathers the counts Detect decides on, in one pass.
type languageScan struct {
	script [numScripts]int // letters per script
	score  [numScored]float64

	// Counts of each letter of the Arabic and Cyrillic blocks, some of which
	// tell the languages of one script apart.
	arabicCounts, cyrillicCounts [0x100]int
	zwnj                         int // zero-width non-joiners, which Persian writes inside words
	// Counts of the Latin letters outside ASCII up to ə (U+0259).
	latinCounts [0x260 - 0x80]int
}

// Where the Arabic and Cyrillic blocks begin.
const (
	arabicBlockStart   = 0x600
	cyrillicBlockStart = 0x400
)

// unicodeBlock says which of the 256 characters of a block, all of one
// script, are letters or the marks written on them.
type unicodeBlock struct {
	start  rune
	script script
	letter [0x100]bool
}

func newUnicodeBlock(start rune, sc script) *unicodeBlock {
	b := &unicodeBlock{start: start, script: sc}
	for i := range b.letter {
		r := start + rune(i)
		b.letter[i] = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return b
}

var (
	arabicLetters   = newUnicodeBlock(arabicBlockStart, scriptArabic)
	cyrillicLetters = newUnicodeBlock(cyrillicBlockStart, scriptCyrillic)
)

// countBlockLetter reports whether r is in block b and, if it is a letter
// there, counts it for the block's script and in counts.
func (s *languageScan) countBlockLetter(r rune, b *unicodeBlock, counts *[0x100]int) (inBlock, letter bool) {
	i := r - b.start
	if i < 0 || i >= 0x100 {
		return false, false
	}
	if b.letter[i] {
		s.script[b.script]++
		counts[i]++
		return true, true
	}
	return true, false
}

// scanWord is the word being read: its letters, lower-cased (Arabic
// letters in the one form the word lists use), up to a length no function
// word exceeds.
type scanWord struct {
	buf [64]byte
	n   int // its length; -1 while the word is too long to be a function word
	// apostrophe is set after o‘ or g‘ (an Uzbek letter, written with any
	// of several apostrophes) while the letter after it is awaited.
	apostrophe bool
}

func (w *scanWord) add(r rune) {
	if r >= 0x80 && r < 0x800 && w.n >= 0 && w.n+2 <= len(w.buf) {
		// Cyrillic, Arabic and most accented Latin: two bytes, written
		// here because EncodeRune is a call the scan makes per letter.
		w.buf[w.n] = byte(0xC0 | r>>6)
		w.buf[w.n+1] = byte(0x80 | r&0x3F)
		w.n += 2
		return
	}
	if w.n < 0 || w.n+utf8.RuneLen(r) > len(w.buf) {
		w.n = -1
		return
	}
	w.n += utf8.EncodeRune(w.buf[w.n:], r)
}

// scan counts the letters of text by script, and scores its words.
// Most text is ASCII or one other script, so those take the short ways.
func (s *languageScan) scan(text string) {
	var w scanWord
	endWord := func() {
		n := w.n
		if w.apostrophe {
			n-- // a trailing apostrophe is punctuation: Italian "po'"
		}
		// Content words are mostly longer than function words, and the
		// length test is cheaper than the map.
		if n > 0 && n <= longestFunctionWord {
			if e := functionWordTable.get(w.buf[:n]); e != nil {
				for _, l := range e.languages {
					s.score[l] += e.weight
				}
			}
		}
		w.n, w.apostrophe = 0, false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			// Two-byte characters (Cyrillic, Arabic, accented Latin)
			// are decoded here; the general decoder is a call.
			if c := text[i]; c >= 0xc2 && c <= 0xdf && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
				r, size = rune(c&0x1f)<<6|rune(text[i+1]&0x3f), 2
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		i += size
		if r < utf8.RuneSelf {
			if lower := r | 0x20; lower >= 'a' && lower <= 'z' {
				s.script[scriptLatin]++
				if w.apostrophe {
					s.score[langUZ] += telltaleWeight
					w.apostrophe = false
				}
				if w.n > 0 && w.buf[w.n-1] == 'q' && lower != 'u' {
					// q without u: Uzbek and Azerbaijani (qaror, qərar).
					s.score[langUZ] += telltaleWeight / 2
					s.score[langAZ] += telltaleWeight / 2
				}
				if w.n >= 0 && w.n < len(w.buf) {
					w.buf[w.n] = byte(lower)
					w.n++
				} else {
					w.n = -1
				}
				// The rest of a run of ASCII letters, read here without
				// the dispatch above: most words of Latin-script text.
				// (A byte of a longer character ORed with 0x20 is past 'z'.)
				run := i
				n, prev := w.n, byte(0) // prev: the word's last letter while it is kept
				if n > 0 {
					prev = w.buf[n-1]
				}
				for ; i < len(text); i++ {
					c := text[i] | 0x20
					if c-'a' > 'z'-'a' {
						break
					}
					if prev == 'q' && c != 'u' {
						s.score[langUZ] += telltaleWeight / 2
						s.score[langAZ] += telltaleWeight / 2
					}
					if uint(n) < uint(len(w.buf)) {
						w.buf[n] = c
						n++
						prev = c
					} else {
						n, prev = -1, 0
					}
				}
				w.n = n
				s.script[scriptLatin] += i - run
				continue
			}
			if isApostrophe(r) && s.uzbekLetterBefore(&w) {
				continue
			}
			endWord()
			continue
		}
		// Arabic and Cyrillic letters are counted by table: the Unicode
		// category lookups are the slowest part of the scan otherwise.
		if in, letter := s.countBlockLetter(r, arabicLetters, &s.arabicCounts); in {
			switch {
			case !letter:
				endWord()
			case arabicWordForm(r) != 0:
				w.add(arabicWordForm(r))
			}
			continue
		}
		if in, letter := s.countBlockLetter(r, cyrillicLetters, &s.cyrillicCounts); in {
			if letter {
				w.add(cyrillicLower[r-cyrillicBlockStart])
			} else {
				endWord()
			}
			continue
		}
		if r == zeroWidthNonJoiner {
			// Persian writes it inside words (می‌شود); it joins the parts
			// for the word lists.
			s.zwnj++
			continue
		}
		if isApostrophe(r) && s.uzbekLetterBefore(&w) {
			continue
		}
		// Accented Latin letters, Han ideographs and the general
		// punctuation (quotes, dashes, spaces, invisible marks: no letters
		// among them) are told without the Unicode tables, which cost more
		// than the rest of the scan of a Chinese text.
		switch {
		case r >= latinLowerStart && r < latinLowerEnd && r != '×' && r != '÷':
			// Latin letters with diacritics (é, ü, ł, ğ): Latin, and
			// lower-cased by table.
			s.script[scriptLatin]++
			s.addLatinLetter(r)
			if w.apostrophe {
				s.score[langUZ] += telltaleWeight
				w.apostrophe = false
			}
			w.add(latinLower[r-latinLowerStart])
			continue
		case r >= 0x4E00 && r <= 0x9FFF:
			s.script[scriptHan]++
			endWord()
			continue
		case r >= 0x2000 && r <= 0x206F:
			endWord()
			continue
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			endWord()
			continue
		}
		sc := scriptOf(r)
		s.script[sc]++
		if sc == scriptLatin {
			s.addLatinLetter(r)
			if w.apostrophe {
				s.score[langUZ] += telltaleWeight
				w.apostrophe = false
			}
			w.add(unicode.ToLower(r))
			continue
		}
		endWord()
	}
	endWord()
}

const zeroWidthNonJoiner = '\u200C'

// The Latin letters from À to the end of Latin Extended-B, all letters
// but × and ÷, and their lower case.
const (
	latinLowerStart = 0xC0
	latinLowerEnd   = 0x250
)

var latinLower = func() (t [latinLowerEnd - latinLowerStart]rune) {
	for i := range t {
		t[i] = unicode.ToLower(rune(latinLowerStart + i))
	}
	return t
}()

// isApostrophe reports whether r is one of the marks Uzbek writes in o‘
// and g‘: the modifier letter turned comma it should be, and the quotes
// and apostrophes keyboards give instead.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '‘', '’', 'ʻ', 'ʼ':
		return true
	}
	return false
}

// uzbekLetterBefore reports whether the word read so far ends in o or g,
// and if so takes the apostrophe that follows into it, as the one letter
// o‘ or g‘ (written "o'" in the word lists).
func (s *languageScan) uzbekLetterBefore(w *scanWord) bool {
	if w.apostrophe || w.n <= 0 || (w.buf[w.n-1] != 'o' && w.buf[w.n-1] != 'g') {
		return false
	}
	if w.n < len(w.buf) {
		w.buf[w.n] = '\''
		w.n++
	} else {
		w.n = -1
	}
	w.apostrophe = true
	return true
}

// scriptOf names the script of a letter outside ASCII and the Arabic and
// Cyrillic blocks, which scan counts by itself.
func scriptOf(r rune) script {
	// The blocks where nearly all Chinese, Japanese and Korean text is
	// written, checked before the slower Unicode tables.
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return scriptHan
	case r >= 0x3041 && r <= 0x30FA:
		return scriptKana
	case r >= 0xAC00 && r <= 0xD7A3:
		return scriptHangul
	}
	switch {
	case r < 0x250 || unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		return scriptKana
	case unicode.Is(unicode.Hangul, r):
		return scriptHangul
	case unicode.Is(unicode.Hebrew, r):
		return scriptHebrew
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	}
	return scriptOther
}

// dominantScript is the script most letters are in, or scriptOther when
// there are too few letters of it. Latin text needs its words scored, so
// its letter count is left to latinLanguage.
func (s *languageScan) dominantScript() script {
	best := scriptOther
	for sc := scriptLatin; sc < numScripts; sc++ {
		if s.script[sc] > s.script[best] {
			best = sc
		}
	}
	if best != scriptLatin && s.script[best] < minScriptLetters {
		return scriptOther
	}
	return best
}

// countRune is how often the letter occurs; letters outside the Arabic and
// Cyrillic blocks are not counted.
func (s *languageScan) countRune(r rune) int {
	switch {
	case r-arabicBlockStart >= 0 && r-arabicBlockStart < 0x100:
		return s.arabicCounts[r-arabicBlockStart]
	case r-cyrillicBlockStart >= 0 && r-cyrillicBlockStart < 0x100:
		return s.cyrillicCounts[r-cyrillicBlockStart]
	}
	return 0
}

// best returns the highest-scoring of the languages, the first of them on
// a tie, and the runner-up's score.
func (s *languageScan) best(langs []scoredLanguage) (best scoredLanguage, second float64) {
	best = langs[0]
	second = -1e9
	for _, l := range langs[1:] {
		switch {
		case s.score[l] > s.score[best]:
			second = s.score[best]
			best = l
		case s.score[l] > second:
			second = s.score[l]
		}
	}
	return best, second
}

func (s *languageScan) latinLanguage() string {
	s.ruleOut(latinRequired, s.script[scriptLatin], s.countLatin)
	for l, letters := range latinExcluding {
		if s.countLatin(letters) >= 2 {
			s.score[l] = 0
		}
	}
	best, second := s.best(latinLanguages)
	if s.score[best] < minLatinEvidence || s.score[best] < scoreMargin*second {
		return ""
	}
	return scoredCodes[best]
}
