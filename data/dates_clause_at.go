package data

// clauseAt is the clause of a date mention, found when first asked: the
// rules that read a year-less date's clause ("ahead of", "agreed on", a
// deadline) each found it again, the same bounds three times.
type clauseAt struct {
	text       string
	start, end int // the mention in text
	from, to   int // its clause, once known
	known      bool
}

// bounds returns clauseBounds(c.text, c.start, c.end).
func (c *clauseAt) bounds() (int, int) {
	if !c.known {
		c.from, c.to = clauseBounds(c.text, c.start, c.end)
		c.known = true
	}
	return c.from, c.to
}
