package data

import (
	"strings"
	"unicode"
)

// A date written without its year a few words after a bare year of its
// sentence is of that year: "invaded Afghanistan in 2001 after the Sept. 11
// attacks", "أطاحت بحكم طالبان في ٢٠٠١ بعد هجمات ١١ أيلول/سبتمبر", "в 2014 году
// после событий 18 марта". Placed by the article's date instead, the
// attacks of 2001 were 11 September of the year before the report. Only
// close: a comma, a parenthesis or more words between, and the two are of
// two clauses ("Founded in 2012, the party won the vote on 5 June").

// bareYearReach is the most words between the bare year and the date.
const bareYearReach = 3

// yearRightBefore reports whether between, the text from the end of a bare
// year to the start of a date without its year (whose words are date), is
// no more than bareYearReach words with no mark of a clause between them,
// and no word of a range or a second clause among them or opening the
// date: "с 2014 года по 18 марта" (from 2014 until 18 March), "elected in
// 2019 and re-elected on 5 June" are two dates.
func (l *dateLexicon) yearRightBefore(between, date string) bool {
	if strings.ContainsFunc(between, func(r rune) bool {
		return unicode.IsPunct(r) && r != '\'' && r != '’' && r != '-' || unicode.IsDigit(r)
	}) {
		return false
	}
	words := strings.Fields(between)
	if len(words) > bareYearReach {
		return false
	}
	if first := strings.Fields(date); len(first) > 0 {
		words = append(words, first[0])
	}
	for _, w := range words {
		if l.get(normaliseDateWord(nil, w)).has(roleRangeTo) {
			return false
		}
	}
	return true
}
