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

// hanDeclare are the Chinese verbs that declare a day, and hanDayNouns
// what they declare it: "宣布周一为非工作日" (declared Monday a non-working
// day), "决定周五为全国哀悼日". A day is declared before it comes: the
// weekday is ahead of the declaration, as dates_tense.go reads it in the
// languages whose words are spaced.
var (
	hanDeclare  = []string{"宣布", "决定", "确定", "定为"}
	hanDayNouns = []string{"非工作日", "休息日", "公休日", "假日", "哀悼日", "悼念日", "放假", "休假"}
)

// hanDeclaredReach bounds the bytes (about eight characters) between the
// weekday and the noun of the day declared.
const hanDeclaredReach = 24

// hanDeclaredDay reports whether the weekday at text[start:end] is a day
// a verb of hanDeclare before it in its sentence declares one of
// hanDayNouns, written right after it.
func hanDeclaredDay(text string, start, end int) bool {
	from, to := sentenceBounds(text, start, end)
	after := text[end:min(to, end+hanDeclaredReach)]
	noun := false
	for _, n := range hanDayNouns {
		if strings.Contains(after, n) {
			noun = true
			break
		}
	}
	if !noun {
		return false
	}
	before := text[from:start]
	for _, v := range hanDeclare {
		if strings.Contains(before, v) {
			return true
		}
	}
	return false
}
