package data

import (
	"strings"
	"unicode"
)

// ordinalDayDot reports whether the full stop at text[i] is the ordinal
// dot of a day before its month ("am 2. Mai 2027", "den 11. Januar",
// Polish "2. maja" is lower case already): a day of one or two digits,
// then a month name. Without it German sentences were cut after the day,
// and whatever the sentence said of the date (a future, the year of the
// date before it) was read without the rest of it. after is the text
// after the stop and its spaces.
func ordinalDayDot(text string, i int, after string) bool {
	digits := 0
	for j := i - 1; j >= 0 && text[j] >= '0' && text[j] <= '9'; j-- {
		digits++
	}
	if digits == 0 || digits > 2 {
		return false
	}
	word := after
	if end := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		word = after[:end]
	}
	if word == "" {
		return false
	}
	var buf [64]byte
	return lexiconFor("").get(normaliseDateWord(buf[:0], word)).has(roleMonth)
}
