package data

// This file reads the datelines that write the weekday before the date,
// as many European papers do: "Londen, maandag 19 september 2022",
// "Berlin, Montag, 19. September 2022", "Москва, понедельник, 19 сентября
// 2022 года". Without it such a line was a date of the text, and the
// article got only its month (see textLeadMonth).

import (
	"strings"
	"unicode"
)

// weekdayDateline reports whether a mention that starts with a weekday
// is a dateline's date: after the weekday (and its comma) comes a day in
// digits or a month name, and nothing after the date goes on into a
// sentence with a comma ("Yesterday, Monday 5 March, the minister …" is
// running text). The place before it is checked by the caller.
func weekdayDateline(words, after string) bool {
	weekday, rest, ok := strings.Cut(words, " ")
	if !ok || !startsWithWeekday(strings.TrimSuffix(weekday, ",")) {
		return false // not a weekday, or the weekday alone: no date to stamp
	}
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	if rest == "" {
		return false
	}
	if dateDigit([]rune(rest)[0]) < 0 {
		first, _, _ := strings.Cut(rest, " ")
		var buf [64]byte
		if !lexiconFor("").get(normaliseDateWord(buf[:0], strings.TrimSuffix(first, "."))).has(roleMonth) {
			return false
		}
	}
	return !strings.HasPrefix(strings.TrimSpace(after), ",")
}
