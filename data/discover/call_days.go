package discover

import "strings"

// The day a vote is called is no day of the vote, with a decree word or
// without one (decree_days.go reads the decree's): "Mirziyojev heeft
// maandag vervroegde presidentsverkiezingen uitgeschreven" (called early
// elections on Monday), "Tokajew hatte die Neuwahl im Januar angesetzt",
// "ha indetto il voto anticipato a dicembre", "called the early vote in
// September" made an election on the calling day, weeks before the vote.
// callDay gives the date to the call when a calling verb stands nearer the
// date than any word of the vote that is not the call's object (within
// decreeReach of a calling verb in one clause): the vote's kinds go and
// the call is a decision, and an appointing word that sets the vote
// ("назначил выборы") appoints nobody. The vote keeps a date told as to
// come, and a date the vote is called for ("назначены на 28 июня", "for
// 20 November", "pour le 20 novembre").

// callingVerbs are the verbs that call a vote, lower case, by language.
// English "called" only with its object next to it: "called for" is a
// demand, "so-called" a name.
var callingVerbs = map[string][]string{
	"en": {"called a ", "called an ", "called the early", "called the snap", "called early", "called snap", "calls a ", "calls an ", "calls early", "calls snap", "calling a ", "calling an ", "calling early", "calling snap"},
	"fr": {"a convoqué", "ont convoqué", "convoque ", "a fixé", "a déclenché", "déclenche "},
	"de": {"angesetzt", "anberaumt", "ausgerufen"},
	"nl": {"uitgeschreven", "schreef", "uitgeroepen"},
	"es": {"convocó", "convoca ", "ha convocado", "convocado"},
	"it": {"ha indetto", "indetto", "indice ", "ha convocato", "convocato"},
	"pt": {"convocou", "convoca ", "convocado", "marcou"},
	"ru": {"назначил", "назначила", "назначено", "назначены", "назначен"},
	"uk": {"призначив", "призначила", "призначено", "призначені"},
	"pl": {"zarządził", "zarządziła", "zarządzenie", "rozpisał", "rozpisała"},
	"kk": {"тағайындады", "тағайындалды"},
	"ky": {"дайындады", "белгиледи"},
	"uz": {"tayinladi", "belgiladi", "тайинлади", "белгилади"},
	"az": {"təyin etdi", "təyin edib", "təyin olunub"},
	"tr": {"kararı aldı", "karar verdi"},
}

// callingFor are the words right before a date that make it the day a
// vote is called for, not the calling day.
var callingFor = map[string][]string{
	"en": {"for"}, "fr": {"pour le", "pour"}, "de": {"für den", "für"}, "nl": {"voor"}, "es": {"para el", "para"},
	"it": {"per il", "per"}, "pt": {"para o", "para"}, "ru": {"на"}, "uk": {"на"}, "pl": {"na"},
}

// allCallingVerbs and allCallingFor are every language's, in the order of
// sortedLangs.
var allCallingVerbs, allCallingFor = everyLanguage(callingVerbs), everyLanguage(callingFor)

func everyLanguage(byLang map[string][]string) []string {
	var out []string
	for _, lang := range sortedLangs(byLang) {
		out = append(out, byLang[lang]...)
	}
	return out
}

// callDay applies the rule above to c.
func callDay(c *Candidate) {
	votes := KindSet(0).With(Election).With(Referendum)
	if c.Undated || c.Announced || c.Kinds&votes == 0 {
		return
	}
	words, fors := callingVerbs[c.Article.Language], callingFor[c.Article.Language]
	if words == nil {
		// A text too short to name its language: every language's.
		words, fors = allCallingVerbs, allCallingFor
	}
	date, ok := dateClue(c)
	if !ok {
		return
	}
	text := c.Article.Text
	if calledFor(text[c.Start:date.start], text[date.start:date.end], fors) {
		return
	}
	sentence := lowerKeepingBytes(text[c.Start:c.End])
	var calls []clue
	for _, w := range words {
		for i := 0; ; {
			k := strings.Index(sentence[i:], w)
			if k < 0 {
				break
			}
			at := int(c.Start) + i + k
			i += k + len(w)
			// A verb of its own, not the end of another word.
			if at > int(c.Start) && isLetterByte(text[at-1]) {
				continue
			}
			calls = append(calls, clue{start: int32(at), end: int32(at + len(strings.TrimRight(w, " ")))})
		}
	}
	call, vote := -1, -1
	for _, x := range calls {
		call = nearer(call, distance(x, date))
	}
	var voteWords []clue
	for _, t := range c.evidence {
		if t.kind == clueTerm && votes.Has(Kind(refName(t.ref))) {
			voteWords = append(voteWords, t)
			if !sameClauseNear(text, t, calls) {
				vote = nearer(vote, distance(t, date))
			}
		}
	}
	if call < 0 || len(voteWords) == 0 || vote >= 0 && vote <= call {
		return
	}
	c.Kinds = c.Kinds&^votes | KindSet(0).With(Decision)
	appointsNobody(c, text, append(voteWords, calls...))
}

// calledFor reports whether one of words stands right before the date
// (before is the sentence up to it, date its text, which may hold the
// preposition: "на 19 марта"): the date is the one the vote is called for.
func calledFor(before, date string, words []string) bool {
	before = strings.ToLower(strings.TrimRight(before, " "))
	date = strings.ToLower(date)
	for _, w := range words {
		if strings.HasSuffix(before, " "+w) || before == w || strings.HasPrefix(date, w+" ") {
			return true
		}
	}
	return false
}

// isLetterByte reports whether b is an ASCII letter or a byte of a
// multi-byte letter: a calling verb found inside a word is not one.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
