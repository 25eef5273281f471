package data

import (
	"strings"
	"testing"
)

// TestClauseAtAsClauseBounds checks that the clause a mention's rules now
// share is the one each found for itself, asked once or twice.
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
		clause := clauseAt{text: c.text, start: start, end: end}
		from, to := clauseBounds(c.text, start, end)
		for range 2 {
			if f, e := clause.bounds(); f != from || e != to {
				t.Errorf("%q: clauseAt.bounds = %d, %d; clauseBounds %d, %d", c.text, f, e, from, to)
			}
		}
	}
}
