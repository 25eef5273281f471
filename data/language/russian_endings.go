package language

import "bytes"

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
var russianEndings = [][]byte{
	[]byte("ого"), []byte("его"), []byte("ый"), []byte("ся"), []byte("сь"),
	[]byte("ами"), []byte("ями"), []byte("ть"),
}

// ukrainianEnding is the ending of Ukrainian verbal nouns ("рішення",
// "засідання"), which Russian writes "-ние".
var ukrainianEnding = []byte("ння")

// Thresholds of the ending rule, set on the sentences of the eval reports
// and dev-news (see TestRussianByEndings): fewer letters or endings are
// left without a language.
const (
	minRussianLetters = 20
	minRussianEndings = 2
)

// countEnding counts a lower-cased Cyrillic word's Russian or Ukrainian
// ending (see russianEndings).
func (s *languageScan) countEnding(word []byte) {
	switch {
	case bytes.HasSuffix(word, ukrainianEnding):
		s.ukrainianEndings++
		return
	}
	for _, e := range russianEndings {
		if bytes.HasSuffix(word, e) {
			s.russianEndings++
			return
		}
	}
}

// russianByEndings reports whether a Cyrillic text the letters and words
// left undecided is Russian by its word endings: no letter any other
// Cyrillic language writes (telling, the count of cyrillicGroups), no ъ,
// no Ukrainian "-ння", and Russian endings enough.
func (s *languageScan) russianByEndings(telling int) bool {
	return telling == 0 && s.script[scriptCyrillic] >= minRussianLetters && s.russianEndings >= minRussianEndings &&
		s.ukrainianEndings == 0 && s.countFold("ъ") == 0
}
