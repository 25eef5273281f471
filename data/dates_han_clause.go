package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese joins clauses with a full-width comma, and a future marker of a
// later clause ("本届大会于11日在巴库开幕，将持续至22日": opened on the 11th,
// will last until the 22nd) does not announce a date whose own clause
// already tells a whole statement. A date fronted alone ("11日，习近平将出席")
// stays announced by what follows it.

// hanOwnStatement is how many Han characters, besides the date, make a
// clause a statement of its own rather than a fronted date ("周一上午，").
const hanOwnStatement = 4

// hanClauseKeepsPast reports whether the mention text[start:end] of the
// sentence text[from:to], announced by its sentence, is in fact told in a
// clause of its own that no marker announces.
func (l *dateLexicon) hanClauseKeepsPast(text string, from, start, end, to int) bool {
	cut := strings.IndexAny(text[end:to], "，；")
	if cut < 0 {
		return false
	}
	clauseEnd := end + cut
	clauseStart := from
	if i := strings.LastIndexAny(text[from:start], "，；"); i >= 0 {
		_, size := utf8.DecodeRuneInString(text[from+i:])
		clauseStart = from + i + size
	}
	if hanCount(text[clauseStart:start])+hanCount(text[end:clauseEnd]) < hanOwnStatement {
		return false
	}
	return !l.announces(text[from:clauseEnd])
}

// hanCount counts the Han characters of s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
