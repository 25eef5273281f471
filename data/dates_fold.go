package data

import (
	"unicode"

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
