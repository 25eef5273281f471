package discover

import "strings"

// The day a decree calls a vote is no day of the vote. "Tokayev signed the
// decree on the snap presidential election on 9 April" (Kazakh "сайлау
// туралы жарлыққа ол 9 сәуірде қол қойды", Azerbaijani "dekabrın 7-də
// imzaladığı sərəncamla təyin edilmişdi", Polish "podpisał w środę
// postanowienie o zarządzeniu wyborów") tells of a decree on 9 April; the
// vote's word, ranking above the decree's, made 9 April an election
// ("Kazakhstan presidential election" two months early, or a second
// election event of its own), and the signing verb an agreement
// ("Kassym-Jomart Tokayev signs an agreement"). decreeDay gives the date
// to the decree when the sentence writes a decree word and a decree word
// or a signing verb stands nearer the date than any word of the vote that
// is not the decree's object (within decreeReach of a decree word in one
// clause): the vote's kinds go, and so do an agreement whose every word is
// a signing verb (the decree's signing) and an appointing word that sets
// the vote ("Указ о назначении выборов"). A date told as to come ("calling the
// election for 9 June") keeps the vote, and so does a date the vote's word
// stands nearest: "voters went to the polls on 9 June in the election
// called by a decree signed in April" is the vote's 9 June and the
// decree's April.

// signingStems begin the signing verbs of the Agreement words (lexicon.go),
// lower case: with a decree in the sentence, they sign the decree.
var signingStems = []string{
	"sign", "unterzeichn", "unterschrieb", "ondertek", "getekend", "tekend", "подпис", "підпис",
	"қол қой", "кол кой", "имзо", "imzala", "imzola", "имзола", "firm", "assin", "sottoscritt", "imza",
	"podpisa", "وقع", "توقيع", "امضا", "签署", "签订",
}

// decreeReach is how many bytes may stand between a vote's word and the
// decree's word of one clause for the vote to be the decree's object:
// "сайловни ўтказиш тўғрисидаги қарорни", "decree on the snap presidential
// election", "Указ о назначении досрочных выборов", "seçimi kararnamesini".
const decreeReach = 48

// decreeDay applies the rule above to c.
func decreeDay(c *Candidate) {
	votes := KindSet(0).With(Election).With(Referendum)
	if c.Undated || c.Announced || c.Kinds&votes == 0 || !c.quals.has(qDecree) || !c.Kinds.Has(Decision) {
		return
	}
	date, ok := dateClue(c)
	if !ok {
		return
	}
	text := c.Article.Text
	var decrees []clue // the decree's words and its signing verbs
	agreements, signings := 0, 0
	for _, t := range c.evidence {
		if t.kind != clueTerm {
			continue
		}
		switch Kind(refName(t.ref)) {
		case Decision:
			decrees = append(decrees, t)
		case Agreement:
			agreements++
			if signingVerb(text[t.start:t.end]) {
				signings++
				decrees = append(decrees, t)
			}
		}
	}
	vote, decree := -1, -1 // the nearest word of each side, in bytes from the date
	for _, d := range decrees {
		decree = nearer(decree, distance(d, date))
	}
	for _, t := range c.evidence {
		if t.kind == clueTerm && votes.Has(Kind(refName(t.ref))) && !sameClauseNear(text, t, decrees) {
			vote = nearer(vote, distance(t, date))
		}
	}
	if decree < 0 || vote >= 0 && vote <= decree {
		return
	}
	c.Kinds &^= votes
	if agreements == signings {
		c.Kinds &^= KindSet(0).With(Agreement)
	}
	// "Указ о назначении выборов", "seçkilər … sərəncamla təyin edilib":
	// the appointing word sets the vote, next to the vote's or the
	// decree's word; nobody is appointed.
	var voteWords []clue
	for _, t := range c.evidence {
		if t.kind == clueTerm && votes.Has(Kind(refName(t.ref))) {
			voteWords = append(voteWords, t)
		}
	}
	appointsNobody(c, text, append(voteWords, decrees...))
}

// appointsNobody drops c's Appointment kind when each of its appointing
// words stands within decreeReach of one of setting in one clause (the
// vote's words, the decree's or the call's): "назначил выборы" sets the
// vote, and nobody is appointed.
func appointsNobody(c *Candidate, text string, setting []clue) {
	appointments, sets := 0, 0
	for _, t := range c.evidence {
		if t.kind == clueTerm && Kind(refName(t.ref)) == Appointment {
			appointments++
			if sameClauseNear(text, t, setting) {
				sets++
			}
		}
	}
	if appointments == sets {
		c.Kinds &^= KindSet(0).With(Appointment)
	}
}

// sameClauseNear reports whether word t stands within decreeReach of one
// of words in one clause: a vote's word as the decree's object, an
// appointing word as the vote's setting.
func sameClauseNear(text string, t clue, decrees []clue) bool {
	for _, d := range decrees {
		from, to := t.end, d.start
		if d.end <= t.start {
			from, to = d.end, t.start
		}
		if from <= to && to-from <= decreeReach && !strings.ContainsAny(text[from:to], ",;:.()\n，。；،؛") {
			return true
		}
	}
	return false
}

// nearer returns the smaller of two distances, best being -1 while none
// is known.
func nearer(best, d int) int {
	if best < 0 || d < best {
		return d
	}
	return best
}

// signingVerb reports whether an Agreement word, as written, is a verb of
// signing.
func signingVerb(word string) bool {
	w := strings.ToLower(word)
	for _, s := range signingStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
