package language

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian and Bulgarian share most of their short function words ("в",
// "на", "за", "по"), so a Russian sentence that writes none of ы э ё —
// "Президент России Владимир Путин и председатель КНР Си Цзиньпин
// встретились в среду в Астане накануне саммита …", 128 letters — scored
// a tie and was given no language. Its word endings tell it: Bulgarian has
// lost the cases and the reflexive suffix, so it writes no "-ого", "-ый",
// "-ся", "-ами", nor "-ть" (its ь stands only before о). Ukrainian and
// Belarusian write most of these endings too, but also і (or ї є ґ ў) in
// nearly every sentence, and Ukrainian its nouns in "-ння": a text with
// none of those letters (nor a letter of any other Cyrillic language) and
// with Russian endings is Russian.

// russianEndings are the word endings Russian writes and Bulgarian,
// Serbian and Macedonian do not.
var russianEndings = []string{"ого", "его", "ый", "ся", "сь", "ами", "ями", "ть"}

// ukrainianEnding is the ending of Ukrainian verbal nouns ("рішення",
// "засідання"), which Russian writes "-ние".
const ukrainianEnding = "ння"

// Thresholds of the ending rule, set on the sentences of the eval reports
// and dev-news (see TestRussianByEndings): fewer letters or endings are
// left without a language.
const (
	minRussianLetters = 20
	minRussianEndings = 2
)

// russianByEndings reports whether a Cyrillic text the letters and words
// left undecided is Russian by its word endings: no letter any other
// Cyrillic language writes (telling, the count of cyrillicGroups), no ъ,
// no Ukrainian "-ння", and Russian endings enough. The words are read
// again here, not in the scan: few texts get this far.
func (s *languageScan) russianByEndings(text string, telling int) bool {
	if telling != 0 || s.script[scriptCyrillic] < minRussianLetters || s.countFold("ъ") != 0 {
		return false
	}
	russian := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		w = strings.ToLower(w)
		if strings.HasSuffix(w, ukrainianEnding) {
			return false
		}
		for _, e := range russianEndings {
			if strings.HasSuffix(w, e) {
				russian++
				break
			}
		}
	}
	return russian >= minRussianEndings
}
