package data

import "strings"

// The normal form of a word drops diacritics, so that a month written
// without them is still read ("pazdziernika", "marco" in a text typed
// without accents). Some common words then fall on a month's normal form:
// Polish "mają" (they have) is "maja" (of May), Portuguese "marco" (a
// milestone: "um marco histórico") is "março". They are read here as
// written, in lower case.

// monthLookalikesNever are words that are never the month they look like:
// no date writes May as "mają", not even after a day ("Chang'e 5. Mają
// przywieźć próbki": the probe's name, then "they are to bring").
var monthLookalikesNever = map[string]map[string]bool{
	"pl": {"mają": true},
}

// monthLookalikesAlone are words read as a month alone only after a
// preposition, like the ambiguous month words ("em marco" in a text without
// diacritics); with a day or a year ("5 de marco de 2020") they are a date.
var monthLookalikesAlone = map[string]map[string]bool{
	"pt": {"marco": true},
}

// monthLookalike reports whether token i is written as one of the
// look-alikes of words (monthLookalikesNever or monthLookalikesAlone of
// the scanner's language).
func (s *dateScanner) monthLookalike(i int, words map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	t := s.tok(i)
	return words[strings.ToLower(s.text[t.start:t.end])]
}
