package discover

import (
	"strings"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// A happening denied is no event: "Встреча президентов в среду в графике
// не значится" (the presidents' meeting on Wednesday is not on the
// schedule), "das Gipfeltreffen fand nicht statt", "没有出席周二的会议".
// The phrases of negations deny the event words of their clause: those a
// few words from them with no clause boundary (a comma, a full stop, a
// semicolon…) between. A sentence whose every event word is denied makes
// no candidate, not even one of its names at its date.

// negReach is how many words at most may stand between a negation and the
// event word it denies: "не значится" reaches back over "президентов в
// среду в графике" to "Встреча".
const negReach = 6

// clauseMarks end a clause: a negation in one says nothing of the other.
const clauseMarks = ".,;:!?…—–()\"«»،؛。，；：！？、"

// unnegate drops from hits (of the sentence in text) the event words a
// negation denies, and the negations themselves. denied reports whether a
// negation was found and no event word is left.
// dates are the article's date mentions: their words stand between an
// event word and its negation without counting (see gapWords).
func (l *lexicon) unnegate(hits []hit, text string, dates []data.DateMention) (out []hit, denied bool) {
	var negs []hit
	for _, h := range hits {
		if l.list[h.phrase].negates && !negatedDenial(text, h.start) {
			negs = append(negs, h)
		}
	}
	if len(negs) == 0 {
		return hits, false
	}
	out = hits[:0]
	kinds := 0
	for _, h := range hits {
		p := &l.list[h.phrase]
		if p.negates {
			continue
		}
		if p.kind != "" {
			if deniedBy(h, l.denying(negs, p.kind), text, dates) {
				continue
			}
			kinds++
		}
		out = append(out, h)
	}
	return out, kinds == 0
}

// deniedBy reports whether a negation of negs stands in h's clause, at
// most negReach words from it, the words of dates not counted.
func deniedBy(h hit, negs []hit, text string, dates []data.DateMention) bool {
	for _, n := range negs {
		from, to := h.end, n.start
		if n.end <= h.start {
			from, to = n.end, h.start
		}
		if from > to {
			return true // the negation holds the word: "не состоялась"
		}
		gap := withoutDates(text, from, to, dates)
		if !strings.ContainsAny(gap, clauseMarks) && gapWords(gap) <= negReach {
			return true
		}
	}
	return false
}

// withoutDates returns text[from:to] with the date mentions that stand in
// it blanked out: the date the negated event was due on stands between its
// word and the negation as often as not ("the summit planned for 13 March
// 2024 did not take place"), in Spanish, Portuguese or French with words
// of its own ("prevista para el 13 de marzo de 2024 no tuvo lugar"), in
// German with full stops ("für den 13. März 2024 geplante").
func withoutDates(text string, from, to int, dates []data.DateMention) string {
	gap := text[from:to]
	var b []byte
	for _, m := range dates {
		if m.End <= from || m.Start >= to {
			continue
		}
		if b == nil {
			b = []byte(gap)
		}
		for i := max(m.Start, from); i < min(m.End, to); i++ {
			b[i-from] = ' '
		}
	}
	if b == nil {
		return gap
	}
	return string(b)
}

// gapWords counts the words of s: runs of letters between spaces, and one
// word for two Han characters (Chinese writes no spaces). Numbers are not
// counted (see withoutDates: a date's figures are no words either).
func gapWords(s string) int {
	n, han := 0, 0
	for _, f := range strings.Fields(s) {
		if !strings.ContainsAny(f, "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹") {
			n++
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2E80 {
			han++
		}
		i += size
	}
	return n + han/2
}
