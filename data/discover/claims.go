package discover

import "github.com/caravan-analytics/caravan/data"

// A sentence with a day and a coarser date tells of two things, and its
// event words are each of the date they stand by: in "Putin will be sworn
// in on May 7. He does not intend to run again in 2024" (one sentence to
// a reader of "7." as an ordinal) the oath is of May 7, not of 2024, and a
// 2018 report must not join the inauguration of 2024 by it. claimWords
// takes from a coarse candidate the kinds whose every word stands nearer
// the day of another candidate of its sentence, when a word of its own is
// left, and drops a plan with no word of its own. The day-precise
// candidate keeps all its kinds, as before: only the coarse date loses
// words that are not its own.

// claimWords applies the rule above to cands, in the order extraction
// gives them (an article's candidates together), and returns those kept.
func claimWords(cands []*Candidate) []*Candidate {
	dropped := false
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].Article == cands[i].Article {
			j++
		}
		run := cands[i:j]
		for _, c := range run {
			if targetDate(c) {
				if !plannedCompletion(c) {
					c.Kinds, dropped = 0, true // see targets.go
				}
				// A planned completion keeps its date and kind: the
				// sentence's other words are not its own to claim.
				continue
			}
			groundDate(c)
			if len(run) > 1 {
				claim(c, run)
				dropped = dropped || c.Kinds == 0
			}
		}
		i = j
	}
	if !dropped {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if c.Kinds != 0 {
			out = append(out, c)
		}
	}
	return out
}

// claim narrows c's kinds to the words of its own date (see above).
func claim(c *Candidate, run []*Candidate) {
	if c.Undated || c.Span().Precision() == data.Day || c.Kind() == Happening {
		return
	}
	var days []clue // the dates of the day-precise candidates of c's sentence
	for _, o := range run {
		if o != c && !o.Undated && o.Start == c.Start && o.End == c.End && o.Span().Precision() == data.Day {
			if d, ok := dateClue(o); ok {
				days = append(days, d)
			}
		}
	}
	own, ok := dateClue(c)
	if len(days) == 0 || !ok {
		return
	}
	// The kinds with a word nearer c's own date than every day.
	var keep KindSet
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		mine := distance(t, own)
		nearest := true
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
	// A candidate all of whose words are another date's is left as it is:
	// its date may still be of the same event ("the summit of 2024, opened
	// on 3 July"), and grouping decides. But a plan ("to run again in
	// 2024") that no word of its own tells is no plan of anything.
	switch keep &= c.Kinds; {
	case keep != 0:
		c.Kinds = keep
	case c.Announced:
		c.Kinds = 0
	}
}

// dateClue returns c's date clue.
func dateClue(c *Candidate) (clue, bool) {
	for _, x := range c.evidence {
		if x.kind == clueDate {
			return x, true
		}
	}
	return clue{}, false
}

// distance is how many bytes lie between two clues.
func distance(a, b clue) int {
	return max(int(a.start-b.end), int(b.start-a.end), 0)
}

// A vote is often told with what led to it: "the early election was held
// after President Raisi died in a helicopter crash on 19 May". Grouping
// takes a sentence's most specific kind, the election, and the crash's
// day becomes a day of the vote. groundDate gives the date to the crash
// when the word nearest the date is a crash, an attack, fighting or a
// death: the sentence's kinds of a vote (election, referendum, result)
// are then not its date's. "The election on 26 October was followed by
// protests" keeps the election: its word stands nearer the date. A
// commemoration is told the same way, with what it mourns: "a day of
// mourning for those who died in the crash on 25 December" gives the
// 25th to the crash. The war a parade marks is no such ground: a parade
// is told with its war.
func groundDate(c *Candidate) {
	votes := KindSet(0).With(Election).With(Referendum).With(Result)
	ground := KindSet(0).With(Disaster).With(Attack).With(Clash).With(Death)
	mourned := KindSet(0).With(Disaster).With(Attack).With(Death)
	told := votes.With(Commemoration)
	if c.Undated || c.Kinds&told == 0 || c.Kinds&ground == 0 {
		return
	}
	date, ok := dateClue(c)
	if !ok {
		return
	}
	nearest, best := Kind(""), -1
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		k := Kind(refName(t.ref))
		if k == Happening || k == Announcement || !c.Kinds.Has(k) {
			continue
		}
		if d := distance(t, date); best < 0 || d < best {
			nearest, best = k, d
		}
	}
	if nearest != "" && ground.Has(nearest) {
		c.Kinds &^= votes
	}
	if nearest != "" && mourned.Has(nearest) {
		c.Kinds &^= KindSet(0).With(Commemoration)
	}
}
