package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/internal/utf8bytes"
)

// This file turns text into date words: a tokenizer that normalises words
// and looks them up in the lexicon as it goes, for the grammar of
// dates_scan.go. It runs on every paragraph, so it avoids allocations: a
// word's normal form lives in a reused buffer and only lexicon hits keep a
// pointer.

type dateTokKind uint8

const (
	tokWord dateTokKind = iota + 1
	tokNumber
	tokPunct
)

// dateToken is a word, a number or a punctuation mark, with its byte span in
// the scanned text. Runs of words that are not in the lexicon are one token:
// the grammar only needs to know that something stands between two date
// words, and most words of a text are not date words.
type dateToken struct {
	start, end int32
	entry      *dateEntry  // words found in the lexicon; nil otherwise
	value      int32       // tokNumber: the value (capped), in any digit script
	kind       dateTokKind //
	punct      byte        // tokPunct: '.', ',', '-', '/', ':' or 0 for any other mark
	digits     uint8       // tokNumber: how many digits (capped)
	ordinal    bool        // tokNumber: followed by an ordinal ending ("4th", "1er")
}

// noToken stands for the tokens before the first and after the last; it is
// never written to.
var noToken dateToken

func (t *dateToken) is(r wordRole) bool { return t.kind == tokWord && t.entry.has(r) }

// dayNumber reports whether t is a number that may be a day of a month:
// one or two digits, 1 to 31.
func (t *dateToken) dayNumber() bool {
	return t.kind == tokNumber && t.digits <= 2 && t.value >= 1 && t.value <= 31
}

// normaliseDateWord appends the normal form of w to dst (see foldRune).
// ASCII and the runes of two bytes are folded by table: the tense and
// marker checks normalise every word of a sentence around a date.
func normaliseDateWord(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if r, ok := utf8bytes.TwoByteRune(w, i); ok {
			if f := &smallFolds[r]; !f.skip {
				dst = utf8.AppendRune(dst, f.folded)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if folded, _, skip := foldRune(r); !skip {
			dst = utf8.AppendRune(dst, folded)
		}
		i += size
	}
	return dst
}

// foldRune returns the normal form of r and whether r belongs to a word:
// lower case, "ё" as "е", Arabic hamza-carrying alefs as bare alef and alef
// maqsura as ya. skip is true for the parts of a word its normal form leaves
// out: Arabic short vowels, dagger alef and tatweel. The Latin, Arabic and
// Cyrillic blocks are handled without Unicode tables, because every
// character of every paragraph passes through here.
func foldRune(r rune) (folded rune, isWord, skip bool) {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z':
			return r, true, false
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', true, false
		}
		return r, false, false
	case r >= 0x0600 && r <= 0x06ff: // Arabic
		switch {
		case r >= 0x064b && r <= 0x065f, r == 0x0670, r == 0x0640:
			return r, true, true
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			return 'ا', true, false
		case r == 'ى', r == 'ی': // alef maqsura, Persian ye
			return 'ي', true, false
		case r == 'ک': // Persian kaf
			return 'ك', true, false
		case r >= 0x0620 && r <= 0x064a, r == 0x066e, r == 0x066f,
			r >= 0x0671 && r <= 0x06d3, r == 0x06d5, r >= 0x06d6 && r <= 0x06ef && r != 0x06dd && r != 0x06de && r != 0x06e9,
			r >= 0x06fa:
			return r, true, false
		}
		return r, false, false // punctuation, digits, signs
	case r >= 0x0400 && r <= 0x045f: // basic Cyrillic
		switch {
		case r == 'ё', r == 'Ё':
			return 'е', true, false
		case r >= 0x0410 && r <= 0x042f:
			r += 0x20
		case r <= 0x040f:
			r += 0x50
		}
		if b := bareLetters[r-bareFrom]; b != 0 {
			return b, true, false
		}
		return r, true, false
	case r == 0x200c: // zero-width non-joiner: Persian "سه‌شنبه" is one word
		return r, true, true
	case unicode.Is(unicode.Mn, r):
		// A combining mark is part of the word it follows, and the
		// normal form leaves it out, as it leaves out the marks of
		// precomposed letters.
		return r, true, true
	case unicode.IsLetter(r):
		r = unicode.ToLower(r)
		if r >= bareFrom && r < bareTo {
			if b := bareLetters[r-bareFrom]; b != 0 {
				return b, true, false
			}
		}
		return r, true, false
	}
	return r, false, false
}

// dateDigit returns the value of an ASCII, Arabic-Indic or Extended
// Arabic-Indic digit, or -1.
func dateDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

// isCJK reports whether r is a Han, kana or Hangul character: scripts whose
// date words the tokenizer cuts out of unspaced text.
func isCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || r >= 0x3400 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7af || r >= 0xf900 && r <= 0xfaff
}

func isWord(r rune) bool {
	_, word, _ := foldRune(r)
	return word
}

// isWordFast is isWord, by table for the runes of one and two bytes.
func isWordFast(r rune) bool {
	if r >= 0 && r < rune(len(smallFolds)) {
		return smallFolds[r].word
	}
	return isWord(r)
}

// isSpaceRune is unicode.IsSpace without its table search for the runes
// from U+0100 to U+167F, where no white space lies: the first letter of
// every Cyrillic or Arabic word is asked.
func isSpaceRune(r rune) bool {
	return (r < 0x100 || r >= 0x1680) && unicode.IsSpace(r)
}

// tokenizeDates appends the tokens of text to toks. Apostrophes separate words
// ("l'année" → "l", "année") and are dropped with the spaces. future
// reports whether one of the words is a future marker of lex: the same
// answer as lex.announces(text), got on the way; tense whether one may be
// a word of lex's tense (see dateLexicon.mayBeTense).
func tokenizeDates(lex *dateLexicon, text string, toks []dateToken, buf []byte) (_ []dateToken, _ []byte, future, tense bool) {
	recheck := false // a capitalised marker set future: a name, unless it opens its sentence
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			if two, ok := utf8bytes.TwoByteRune(text, i); ok {
				r, size = two, 2 // Cyrillic, Arabic, accented Latin: without a call
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		start := i
		// An ASCII character's class is a table's answer; the cases below
		// ask the same questions in their order for the others.
		class := asciiDateClass[text[i]]
		switch {
		case class == asciiSkip || class == asciiOther && (r == '’' || r == '‘' || r == 0xa0 || isSpaceRune(r)):
			i += size
		case class == asciiDigit || class == asciiOther && dateDigit(r) >= 0:
			var value int32
			var digits uint8
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				d := dateDigit(r)
				if d < 0 {
					break
				}
				if digits < 9 {
					value = value*10 + int32(d)
				}
				if digits < 255 {
					digits++
				}
				i += size
			}
			toks = append(toks, dateToken{start: int32(start), end: int32(i), kind: tokNumber, value: value, digits: digits})
		case class == asciiOther && isCJK(r):
			// Chinese and Japanese write no spaces: each character is a
			// token, or the longest run of up to four that the lexicon
			// knows ("去年", "星期一", "将于").
			end := i + size
			entry := (*dateEntry)(nil)
			for j, n := i+size, 1; j < len(text) && n < 4; n++ {
				r2, size2 := utf8.DecodeRuneInString(text[j:])
				if !isCJK(r2) {
					break
				}
				j += size2
				if e := lex.getString(text[i:j]); e != nil {
					end, entry = j, e
				}
			}
			if entry == nil {
				entry = lex.getString(text[i:end])
			}
			i = end
			if !future && lex.isFutureWord(wordHashString(text[start:i]), text[start:i]) {
				future = true
				recheck = recheck || capitalised(text[start:i])
			}
			toks = append(toks, dateToken{start: int32(start), end: int32(i), kind: tokWord, entry: entry})
		case class == asciiLetter || class == asciiOther && isWordFast(r):
			// The word is normalised (see foldRune) and hashed for the
			// lexicon's lookups in one pass; ASCII letters, most of the
			// characters of most texts, are folded here without a call.
			buf = buf[:0]
			hash := uint32(wordHashStart)
		word:
			for i < len(text) {
				if c := text[i]; c < utf8.RuneSelf {
					switch {
					case 'a' <= c && c <= 'z':
					case 'A' <= c && c <= 'Z':
						c += 'a' - 'A'
					default:
						break word
					}
					buf = append(buf, c)
					hash = wordHashAdd(hash, c)
					i++
					continue
				}
				if r, ok := utf8bytes.TwoByteRune(text, i); ok {
					// Accented Latin, Cyrillic, Arabic: folded by table,
					// and appended and hashed without a call.
					f := &smallFolds[r]
					if !f.word {
						break
					}
					if !f.skip {
						if c := f.folded; c < utf8.RuneSelf {
							buf = append(buf, byte(c))
							hash = wordHashAdd(hash, byte(c))
						} else if c < 0x800 {
							c1, c2 := byte(0xc0|c>>6), byte(0x80|c&0x3f)
							buf = append(buf, c1, c2)
							hash = wordHashAdd(wordHashAdd(hash, c1), c2)
						} else {
							n := len(buf)
							buf = utf8.AppendRune(buf, c)
							for _, c := range buf[n:] {
								hash = wordHashAdd(hash, c)
							}
						}
					}
					i += 2
					continue
				}
				r, size := utf8.DecodeRuneInString(text[i:])
				folded, word, skip := foldRune(r)
				if !word {
					break
				}
				if !skip {
					n := len(buf)
					buf = utf8.AppendRune(buf, folded)
					for _, c := range buf[n:] {
						hash = wordHashAdd(hash, c)
					}
				}
				i += size
			}
			if !future && lex.isFutureWord(hash, text[start:i]) {
				future = true
				recheck = recheck || capitalised(text[start:i])
			}
			if !tense && lex.tense != nil && lex.mayBeTense(hash, buf) {
				tense = true
			}
			entry := lex.lookup(buf, hash)
			n := len(toks)
			// (The byte before the word turns nearly every word away
			// before the call: each apostrophe ends in one of these.)
			if b := text[max(start, 1)-1]; start > 0 && (b == '\'' || b == 0x98 || b == 0x99) && uzbekLetterBefore(text, start) {
				entry = nil // "Qosim-Jo‘mart" is a name, not March
				// "o‘tgan" (past), written with an apostrophe for the
				// letter: the word is the two parts joined.
				if joined, ok := joinUzbekLetter(lex, text, toks, start, i); ok {
					toks = joined
					continue
				}
			}
			switch {
			case n > 0 && entry.has(roleOrdinal) && toks[n-1].kind == tokNumber && toks[n-1].end == int32(start):
				// An ordinal ending joined to a number is part of the number.
				toks[n-1].end, toks[n-1].ordinal = int32(i), true
			case entry == nil && n > 0 && toks[n-1].kind == tokWord && toks[n-1].entry == nil:
				toks[n-1].end = int32(i) // one more word that is not a date word
			default:
				toks = append(toks, dateToken{start: int32(start), end: int32(i), kind: tokWord, entry: entry})
			}
		default:
			i += size
			switch r {
			case '–', '—', '‐', '‑':
				r = '-'
			case '،':
				r = ','
			case '.', ',', '-', '/', ':':
			default:
				r = 0
			}
			toks = append(toks, dateToken{start: int32(start), end: int32(i), kind: tokPunct, punct: byte(r)})
		}
	}
	if future && (recheck || lex.pastAuxiliaries != nil || lex.hearsay != nil) {
		// A marker that a past auxiliary follows ("должен был") announces
		// nothing, nor does a capitalised one inside a sentence (a name,
		// see opensSentence): announces, which reads the words in turn,
		// tells.
		future = lex.announces(text)
	}
	return toks, buf, future, tense
}

// The classes of ASCII characters for tokenizeDates: what its cases
// decide on for each, so that the common characters pass one table look-up
// rather than a chain of comparisons and calls.
const (
	asciiOther  = iota // a byte that starts a longer character: its cases decide
	asciiSkip          // white space and the apostrophe: separators, dropped
	asciiDigit         // 0–9
	asciiLetter        // a–z, A–Z
	asciiPunct         // any other ASCII character
)

var asciiDateClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch r := rune(c); {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\'' || unicode.IsSpace(r):
			t[c] = asciiSkip
		case dateDigit(r) >= 0:
			t[c] = asciiDigit
		case isWord(r):
			t[c] = asciiLetter
		default:
			t[c] = asciiPunct
		}
	}
	return t
}()

// uzbekLetterBefore reports whether the word at text[start:] follows an
// apostrophe that closes an Uzbek o‘ or g‘ ("Jo‘mart", "G‘afur"): the
// apostrophe is part of a letter, so the word goes on and what follows it
// is no word of its own. No date word follows such an apostrophe in the
// other languages (French "d'avril", Italian "dell'aprile" end in other
// letters).
func uzbekLetterBefore(text string, start int) bool {
	// Every word asks: the byte before it turns nearly all away (each
	// of the three marks ends in one of these).
	if start == 0 {
		return false
	}
	if b := text[start-1]; b != '\'' && b != 0x98 && b != 0x99 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:start])
	if r != '\'' && r != '’' && r != '‘' {
		return false
	}
	switch o, _ := utf8.DecodeLastRuneInString(text[:start-size]); o {
	case 'o', 'O', 'g', 'G':
		return true
	}
	return false
}

// joinUzbekLetter looks up the word that an apostrophe closing an Uzbek o‘
// or g‘ splits ("o‘tgan" read as "o" and "tgan"): the last word of the
// token before and text[start:end] joined. When the lexicon knows it, the
// tokens are returned with that word as one token (split off the words
// before it in the token, if any).
func joinUzbekLetter(lex *dateLexicon, text string, toks []dateToken, start, end int) ([]dateToken, bool) {
	n := len(toks)
	if n == 0 || toks[n-1].kind != tokWord {
		return toks, false
	}
	prev := toks[n-1]
	_, size := utf8.DecodeLastRuneInString(text[:start])
	if int(prev.end) != start-size {
		return toks, false
	}
	from := int(prev.start)
	if k := strings.LastIndexFunc(text[from:prev.end], unicode.IsSpace); k >= 0 {
		from += k + 1
	}
	var buf [64]byte
	// (The lexicon writes the letter with the modifier ʻ, as Uzbek's
	// Latin alphabet does.)
	key := normaliseDateWord(buf[:0], text[from:start-size]+"ʻ"+text[start:end])
	e := lex.get(key)
	if e == nil {
		return toks, false
	}
	word := dateToken{start: int32(from), end: int32(end), kind: tokWord, entry: e}
	if from == int(prev.start) {
		toks[n-1] = word
		return toks, true
	}
	toks[n-1].end = int32(len(strings.TrimRightFunc(text[:from], unicode.IsSpace)))
	return append(toks, word), true
}
