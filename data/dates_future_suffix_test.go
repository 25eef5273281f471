package data

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFutureSuffixTurnsAwayOnlyWhatNoEndingFits checks the one-byte
// filter before futureSuffix's loop (futureSuffixLast) against the loop
// alone: for every language with future endings, words made of each
// ending after stems of several lengths, capitalised or not, and the
// words of that language's other endings, answer as without the filter.
func TestFutureSuffixTurnsAwayOnlyWhatNoEndingFits(t *testing.T) {
	plain := func(l *dateLexicon, word string) bool {
		if len(l.futureSuffixes) == 0 || len(word) < 4 || capitalised(word) {
			return false
		}
		for _, suf := range l.futureSuffixes {
			if strings.HasSuffix(word, suf) && utf8.RuneCountInString(word) >= utf8.RuneCountInString(suf)+3 {
				return true
			}
		}
		return false
	}
	tested := 0
	for _, d := range dateLanguages {
		l := lexiconFor(d.code)
		if len(l.futureSuffixes) == 0 {
			continue
		}
		var words []string
		for _, suf := range l.futureSuffixes {
			for _, stem := range []string{"", "v", "vis", "visit", "Visit", "öz", "пра"} {
				words = append(words, stem+suf, stem+suf+"s", stem+suf[:len(suf)-1], strings.ToUpper(stem+suf))
			}
		}
		words = append(words, "front", "entre", "Teherán", "será", "visitera", "olacak", "the", "summit")
		for _, w := range words {
			tested++
			if got, want := l.futureSuffix(w), plain(l, w); got != want {
				t.Errorf("%s: futureSuffix(%q) = %v, without the filter %v", d.code, w, got, want)
			}
		}
	}
	if tested == 0 {
		t.Fatal("no language has future endings")
	}
}
