package data

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// A clue of rule 23 (report_clues.go): a count of years from the day of
// writing, written beside the year it counts to. "Russia annexed Crimea
// in 2014, ten years ago", "hace diez años, en 2014", "в 2014 году,
// десять лет назад" are written in 2024 or, the count rounded down, in
// 2025; "next year, in 2027" in 2026 or late in 2025. Only the words the
// dating lexicon reads as years from the article's date count ("ago",
// "назад", "hace", "vor … Jahren", "last year", "next year"): a count
// from another happening ("five years after its founding in 2012") dates
// that happening, not the report.
//
// What keeps it honest: the sentence writes exactly one year, and between
// it and the count stand only punctuation and the small words that
// introduce a year (yearBesideWords): "the party, founded in 2012, split
// three years ago" pairs nothing.

// yearBesideWords are the words that may stand between a count of years
// and the year it counts to, lower case, in every language: prepositions
// of time and the word for year.
var yearBesideWords = map[string]bool{
	"in": true, "the": true, "year": true, "of": true, "en": true, "em": true, "el": true, "año": true, "ano": true, "im": true, "jahr": true, "jahre": true,
	"à": true, "a": true, "l'an": true, "an": true, "nel": true, "anno": true, "di": true, "w": true, "roku": true, "r": true,
	"в": true, "году": true, "г": true, "у": true, "році": true, "р": true, "yılında": true, "yılı": true, "yilda": true, "yili": true,
	"жылы": true, "жылда": true, "عام": true, "في": true, "سال": true, "در": true, "年": true, "het": true, "jaar": true,
}

// yearsFromNow returns the days of writing the counts of years of article
// a admit (see above), with what says so.
func yearsFromNow(a *Article, meanings []dateWords) (ranges [][]dayRange, who []string) {
	for i, m := range a.Mentions {
		w := meanings[i]
		if m.Kind != MentionRelative || w.kind != MentionRelative || w.unit != unitYear || w.shift == 0 {
			continue
		}
		p := a.Paragraphs[m.Paragraph]
		rel, end := m.Start-p.Start, m.End-p.Start
		from, to := sentenceBounds(p.Text, rel, end)
		years := appendYears(nil, p.Text[from:to])
		if len(years) != 1 {
			continue
		}
		year := years[0]
		at := strings.Index(p.Text[from:to], fmt.Sprint(year))
		if at < 0 {
			continue // written in other digits: "٢٠١٤"
		}
		at += from
		var between string
		switch {
		case at+4 <= rel:
			between = p.Text[at+4 : rel]
		case at >= end:
			between = p.Text[end:at]
		default:
			continue
		}
		if !onlyYearWords(between) {
			continue
		}
		// N years ago is of the year written + N, or + N + 1 when the
		// count was rounded down; N years ahead of the year - N or - N - 1.
		n := -w.shift
		first, last := year+n, year+n+1
		if n < 0 {
			first, last = year+n-1, year+n
		}
		ranges = append(ranges, []dayRange{{time.Date(first, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(last, time.December, 31, 0, 0, 0, 0, time.UTC)}})
		who = append(who, fmt.Sprintf("%q beside %d", m.Text, year))
	}
	return ranges, who
}

// onlyYearWords reports whether text holds nothing but punctuation,
// spaces and yearBesideWords.
func onlyYearWords(text string) bool {
	for _, f := range strings.FieldsFunc(textnorm.Lower(text), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '\''
	}) {
		if !yearBesideWords[f] {
			return false
		}
	}
	return true
}
