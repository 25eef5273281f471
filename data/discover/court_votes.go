package discover

// A court's vote is no election: "Quatre des cinq juges ont voté la
// condamnation", "O placar foi de 4 votos a 1 … votaram pela condenação".
// Grouping took the sentences' vote words, ranked above a verdict's, and
// a former president's conviction became "Brazil election". courtVote
// keeps the verdict:
//
//   - a vote word whose object is a verdict's word (one follows it within
//     courtVoteReach bytes, or holds it: "voted for conviction", "votaron
//     por la condena a", "ont voté la condamnation") is the judges' vote;
//     a sentence whose every vote word is so loses the election;
//   - otherwise, in a sentence with words of both, each date takes the
//     kind whose word stands nearest it: "condenou nesta quinta-feira (11)
//     … depois da derrota no segundo turno de 30 de outubro de 2022" is a
//     verdict on the 11th and the runoff on 30 October 2022.

// courtVoteReach is how far after a vote word its verdict word may start:
// a few words ("votaram contra a condenação"), or a date between them
// ("votaram nesta quinta-feira, 11 de setembro, pela condenação").
const courtVoteReach = 60

// courtVote applies the rule above to c.
func courtVote(c *Candidate) {
	if !c.Kinds.Has(Election) || !c.Kinds.Has(Verdict) {
		return
	}
	var verdicts []clue
	for _, t := range c.evidence {
		if t.kind == clueTerm && Kind(refName(t.ref)) == Verdict {
			verdicts = append(verdicts, t)
		}
	}
	judges := true // every vote word is followed by a verdict's
	for _, t := range c.evidence {
		if t.kind != clueTerm || Kind(refName(t.ref)) != Election {
			continue
		}
		followed := false
		for _, v := range verdicts {
			overlap := v.start < t.end && t.start < v.end // "voté" in "voté la condamnation"
			if overlap || v.start >= t.end && v.start-t.end <= courtVoteReach {
				followed = true
				break
			}
		}
		judges = judges && followed
	}
	switch {
	case judges:
		c.Kinds &^= KindSet(0).With(Election)
	case nearestKind(c, KindSet(0).With(Election).With(Verdict)) == Verdict:
		c.Kinds &^= KindSet(0).With(Election)
	case nearestKind(c, KindSet(0).With(Election).With(Verdict)) == Election:
		c.Kinds &^= KindSet(0).With(Verdict)
	}
}
