package data

// clauseAt is the sentence and the clause of a date mention, each found
// when first asked: the date reader's checks of a mention (its markers,
// its tense, and for a year-less date "ahead of", "agreed on", a
// deadline) each found them again, the same bounds up to five times.
type clauseAt struct {
	text       string
	start, end int // the mention in text
	sFrom, sTo int // its sentence, once known
	from, to   int // its clause, once known
	sKnown     bool
	known      bool
}

// sentence returns sentenceBounds(c.text, c.start, c.end).
func (c *clauseAt) sentence() (int, int) {
	if !c.sKnown {
		c.sFrom, c.sTo = sentenceBounds(c.text, c.start, c.end)
		c.sKnown = true
	}
	return c.sFrom, c.sTo
}

// bounds returns clauseBounds(c.text, c.start, c.end).
func (c *clauseAt) bounds() (int, int) {
	if !c.known {
		from, to := c.sentence()
		c.from, c.to = clauseIn(c.text, c.start, c.end, from, to)
		c.known = true
	}
	return c.from, c.to
}
