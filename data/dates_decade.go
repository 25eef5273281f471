package data

// This file keeps a decade from being read as its first year: "the early
// 1990s", "in the late 1980s", "Anfang der 1990er Jahre", "в начале 1990-х",
// "1990'larda", "1990-йилларда". A decade is no year; Caravan does not
// invent the precision of one.

import (
	"strings"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// decadeEndings are what a language joins to a year to make it a decade,
// right after its digits (after an apostrophe or a hyphen for some),
// lower case: en "1990s", de "1990er", ru/uk "1990-х", "1990-е", tr
// "1990'lı", "1990'larda", az "1990-illərdə", kk/ky "1990-жылдары", uz
// "1990-yillarda". (The singular "2024-yil", "2024-жылы" is a year.)
var decadeEndings = []string{"s", "er", "ern", "х", "е", "ые", "ті", "lar", "ler", "larda", "lerde", "ların", "lerin", "lı", "li",
	"illər", "illərdə", "жылдары", "жылдарда", "жылдардын", "жылдардағы", "йиллар", "йилларда", "yillar", "yillarda"}

// decadeAfter reports whether the year at token i is written as a
// decade: an ending of decadeEndings joined to it (or after an apostrophe
// or a hyphen).
func (s *dateScanner) decadeAfter(i int) bool {
	year := s.tok(i)
	rest := s.text[year.end:]
	// An apostrophe ("1990's", "1990'larda") or a hyphen ("1990-х",
	// "1990-yillarda") may stand between.
	for _, mark := range []string{"'", "’", "-", "‑"} {
		if r, ok := strings.CutPrefix(rest, mark); ok {
			rest = r
			break
		}
	}
	word := rest
	if end := strings.IndexFunc(rest, notLetter); end >= 0 {
		word = rest[:end]
	}
	if word == "" {
		return false
	}
	word = textnorm.Lower(word)
	for _, e := range decadeEndings {
		if word == e {
			return true
		}
	}
	return false
}
