package data

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The date words are matched without diacritics: "Ağustos", "agustos" and
// "AĞUSTOS" are one word, as are "février" and "fevrier", "Қыркүйек" and
// "қыркүиек". go-dateparser keys its locale tables the same way (NFKD with
// the combining marks dropped), so the tables generated from it
// (dates_words_gen.go) match text through this fold, and people who type
// without accents are read too.

// bareFrom and bareTo bound the runes bareLetters covers: Latin-1, Latin
// Extended-A and -B, IPA, and Cyrillic with its supplement. Letters
// outside keep their marks (Vietnamese, Greek): no date word needs them.
const (
	bareFrom = 0x00c0
	bareTo   = 0x0530
)

// bareLetters[r-bareFrom] is the lower-case letter r without its
// diacritics, or 0 when r is not a letter with a mark that comes off
// (Turkish "ı" and Polish "ł" have none: they stay).
var bareLetters = func() (t [bareTo - bareFrom]rune) {
	for r := rune(bareFrom); r < bareTo; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		lower := unicode.ToLower(r)
		var bare []rune
		for _, c := range norm.NFKD.String(string(lower)) {
			if !unicode.Is(unicode.Mn, c) {
				bare = append(bare, c)
			}
		}
		if len(bare) == 1 && bare[0] != r {
			t[r-bareFrom] = bare[0]
		}
	}
	return t
}()

// foldedRune is what foldRune says of one rune.
type foldedRune struct {
	folded     rune
	word, skip bool
}

// smallFolds[r] is foldRune(r) for the runes of one or two bytes in
// UTF-8 (Latin, Greek, Cyrillic, Hebrew, Arabic): the tokenizer folds
// every letter of every paragraph, and a table read is cheaper than
// foldRune's switch and Unicode lookups.
var smallFolds = func() (t [0x800]foldedRune) {
	for r := range rune(len(t)) {
		f, word, skip := foldRune(r)
		t[r] = foldedRune{f, word, skip}
	}
	return t
}()

// nextDateWord returns the bounds of the first word of text at or after
// byte i: the first run of runes that foldRune counts as a word, as
// strings.FieldsFuncSeq(text, not isWord) yields them; start == end ==
// len(text) when there is none. The sentence checks of the date finder
// (future markers, tense words) read every word of a sentence around a
// date: letters of one or two bytes are told by table here, without
// FieldsFuncSeq's call per rune.
func nextDateWord(text string, i int) (start, end int) {
	start = len(text)
	for i < len(text) {
		size, word := dateWordRuneAt(text, i)
		if word {
			start = i
			i += size
			break
		}
		i += size
	}
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiDateClass[c] != asciiLetter {
				break
			}
			i++
			continue
		}
		if c >= 0xc2 && c <= 0xdf && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
			if !smallFolds[rune(c&0x1f)<<6|rune(text[i+1]&0x3f)].word {
				break
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			break
		}
		i += size
	}
	return start, max(start, i)
}

// dateWordRuneAt returns the size of the rune at text[i] and whether it
// belongs to a word (isWord).
func dateWordRuneAt(text string, i int) (size int, word bool) {
	c := text[i]
	if c < utf8.RuneSelf {
		return 1, asciiDateClass[c] == asciiLetter
	}
	if c >= 0xc2 && c <= 0xdf && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
		return 2, smallFolds[rune(c&0x1f)<<6|rune(text[i+1]&0x3f)].word
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return size, isWord(r)
}
