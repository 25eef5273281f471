package data

import (
	"strings"
	"testing"
)

// TestClauseAtAsClauseBounds checks that the sentence and the clause a
// mention's checks now share are the ones each found for itself, asked
// once or twice, in either order.
func TestClauseAtAsClauseBounds(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"The parties agreed on a visit in September, officials said.", "September"},
		{"Candidates have until April 4 to register; the commission meets later.", "April 4"},
		{"Ahead of the November vote, the president travelled to the north.", "November"},
		{"Die Kandidaten haben bis zum 4. April Zeit, sagte sie.", "4. April"},
		{"September", "September"},
	} {
		start := strings.Index(c.text, c.date)
		end := start + len(c.date)
		from, to := clauseBounds(c.text, start, end)
		sFrom, sTo := sentenceBounds(c.text, start, end)
		for _, sentenceFirst := range []bool{false, true} {
			clause := clauseAt{text: c.text, start: start, end: end}
			if sentenceFirst {
				clause.sentence()
			}
			for range 2 {
				if f, e := clause.bounds(); f != from || e != to {
					t.Errorf("%q: clauseAt.bounds = %d, %d; clauseBounds %d, %d", c.text, f, e, from, to)
				}
				if f, e := clause.sentence(); f != sFrom || e != sTo {
					t.Errorf("%q: clauseAt.sentence = %d, %d; sentenceBounds %d, %d", c.text, f, e, sFrom, sTo)
				}
			}
		}
	}
}
