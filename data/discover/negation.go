package discover

import (
	"strings"
	"unicode/utf8"
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
func (l *lexicon) unnegate(hits []hit, text string) (out []hit, denied bool) {
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
			if deniedBy(h, l.denying(negs, p.kind), text) {
				continue
			}
			kinds++
		}
		out = append(out, h)
	}
	return out, kinds == 0
}

// deniedBy reports whether a negation of negs stands in h's clause, at
// most negReach words from it.
func deniedBy(h hit, negs []hit, text string) bool {
	for _, n := range negs {
		from, to := h.end, n.start
		if n.end <= h.start {
			from, to = n.end, h.start
		}
		if from > to {
			return true // the negation holds the word: "не состоялась"
		}
		gap := text[from:to]
		if !strings.ContainsAny(gap, clauseMarks) && gapWords(gap) <= negReach {
			return true
		}
	}
	return false
}

// gapWords counts the words of s: runs of letters between spaces, and one
// word for two Han characters (Chinese writes no spaces). Numbers are not
// counted: the date the negated event was due on stands between its word
// and the negation as often as not ("the summit planned for 13 March 2024
// did not take place").
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
