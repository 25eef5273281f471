package discover

import "github.com/caravan-analytics/caravan/data"

// Two days of one sentence, each its own happening: "the electoral college
// voted on Saturday for Kavelashvili, who will take office on 29
// December", "he was elected on 14 December and sworn in on 29 December".
// Both days shared the sentence's words, and the inauguration's, ranking
// above the vote's, made the vote's day an inauguration. claim (claims.go)
// gives a coarse date only the words nearer it than the sentence's days;
// ownDayWords does the same between the days of one sentence, for a vote
// and the swearing-in it leads to: a day-precise candidate with words of
// both keeps the one with a word nearer its own date than every other day
// of its sentence. Done for every pair of kinds, it took too much: the
// days of a flood and of the mourning that followed, of a summit's
// opening and its close, each lost the words that tie them to their
// happening (Valencia's flood fell into six events).
func ownDayWords(c *Candidate, run []*Candidate) {
	pair := KindSet(0).With(Inauguration).With(Election)
	if c.Undated || c.Span().Precision() != data.Day || c.Kinds&pair != pair {
		return
	}
	own, ok := dateClue(c)
	if !ok {
		return
	}
	var days []clue // the other days of c's sentence
	for _, o := range run {
		if o != c && !o.Undated && o.Start == c.Start && o.End == c.End && o.Span().Precision() == data.Day && (o.from != c.from || o.to != c.to) {
			if d, ok := dateClue(o); ok {
				days = append(days, d)
			}
		}
	}
	if len(days) == 0 {
		return
	}
	var keep KindSet
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		mine, nearest := distance(t, own), true
		for _, d := range days {
			if distance(t, d) < mine {
				nearest = false
				break
			}
		}
		if nearest {
			keep = keep.With(Kind(refName(t.ref)))
		}
	}
	if keep &= pair; keep != 0 && keep != pair {
		c.Kinds &^= pair &^ keep
	}
}
