package data

import (
	"strings"
	"unicode"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// A Russian or Ukrainian sentence may hold a future in one clause and a
// past in another: "Голосование о строительстве АЭС, которую планируют
// построить к 2035 году, началось ранее в воскресенье" (the vote began on
// Sunday; the plant is what is planned). A weekday or date whose own
// clause, cut at the commas, has a reflexive past verb ("началось",
// "состоялся", "відбулася") and no marker of the future is of that past
// verb, whatever another clause announces. Only the reflexive endings are
// read: they are verbs in practice, where the plain past endings ("-ал",
// "-ила") are also those of nouns ("финала", "правила"), and taking a
// noun for a past would put an announced day a week back.

// slavicReflexivePast are the endings of the reflexive past in Russian
// ("-лся", "-лась", "-лось", "-лись") and Ukrainian ("-вся", "-лася",
// "-лося", "-лися").
var slavicReflexivePast = []string{"лся", "лась", "лось", "лись", "вся", "лася", "лося", "лися"}

// slavicPastWordLen is the shortest word read as a reflexive past: "вся"
// alone is "all", "весь" and its forms are no verbs.
const slavicPastWordLen = 6

// slavicClauseKeepsPast reports whether the mention text[start:end] of the
// sentence text[from:to], announced by its sentence, is told in a clause
// with a reflexive past verb that no marker announces (see above).
func (l *dateLexicon) slavicClauseKeepsPast(text string, from, start, end, to int) bool {
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
	if !hasReflexivePast(text[cf:ct]) {
		return false
	}
	return !l.announces(text[cf:ct])
}

// hasReflexivePast reports whether clause holds a word with a reflexive
// past ending (see slavicReflexivePast).
func hasReflexivePast(clause string) bool {
	for _, w := range strings.FieldsFunc(textnorm.Lower(clause), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) < slavicPastWordLen {
			continue
		}
		for _, e := range slavicReflexivePast {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}
