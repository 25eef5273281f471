package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Spanish sentence may announce in one clause and tell the past in
// another: "Carlos III pronunciará este viernes su primer discurso …, un
// día después de la muerte de su madre, que falleció el jueves" (the queen
// died on Thursday; the speech is what is announced). As for Russian
// (dates_slavic_clause.go), a date whose own clause, cut at the commas,
// has a verb in the preterite and no marker of the future is of that
// past. The preterite is read from its third person, which Spanish writes
// with a final stressed "ó" ("falleció", "llegó", "firmó"): few other
// words end so.

// spanishPreteriteLen is the shortest word read as a preterite ("dio",
// "fue" are not written with "ó"; "bajó" is four letters).
const spanishPreteriteLen = 4

// spanishClauseKeepsPast reports whether the mention text[start:end] of
// the sentence text[from:to], announced by its sentence, is told in a
// clause with a preterite that no marker announces.
func (l *dateLexicon) spanishClauseKeepsPast(text string, from, start, end, to int) bool {
	cf, ct := from, to
	if i := strings.LastIndexAny(text[from:start], ",;:"); i >= 0 {
		cf = from + i + 1
	}
	if i := strings.IndexAny(text[end:to], ",;:"); i >= 0 {
		ct = end + i
	}
	if cf == from && ct == to {
		return false // one clause: its marker is its own
	}
	if !hasSpanishPreterite(text[cf:ct]) {
		return false
	}
	return !l.announces(text[cf:ct])
}

// hasSpanishPreterite reports whether clause holds a word of at least
// spanishPreteriteLen letters that ends in "ó".
func hasSpanishPreterite(clause string) bool {
	for _, w := range strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if last, _ := utf8.DecodeLastRuneInString(w); (last == 'ó') && utf8.RuneCountInString(w) >= spanishPreteriteLen {
			return true
		}
	}
	return false
}
