package discover

import (
	"strings"
	"unicode"
)

// A vote is a country's: "Georgia's parliamentary election", "выборы
// президента Казахстана", "the election in Uzbekistan". A country named
// elsewhere in the sentence is most often someone's — "rigged with
// Russia's help", "beat Congo's Firmin Matoko in a secret ballot", "the
// American cardinal Robert Prevost was elected pope", "Azerbaijan's
// President congratulated Erdoğan on his victory in the elections" — and
// titled the vote "Russia parliamentary election" for Georgia's, "United
// States election" for the conclave. votersCountry keeps only the
// countries the vote's own words govern; a vote left with none takes the
// country its articles are about (see placeFor).

// voteReach is how many bytes at most stand between a vote's word and
// its country: "Kazakhstan's snap presidential election", "выборы
// президента Казахстана".
const voteReach = 40

// votersCountry reports whether country id is named in c as the place of
// its vote: after a place preposition ("in Georgia"), or joined to a word
// of an election or a referendum by letters, digits, spaces and
// apostrophes only, within voteReach bytes, with no one's name between
// (see namesBetween).
func votersCountry(c *Candidate, id string) bool {
	text := c.Article.Text
	election, referendum := refNumber(string(Election)), refNumber(string(Referendum))
	for _, x := range c.evidence {
		if x.kind != cluePlace || refName(x.ref) != id {
			continue
		}
		if placePreposition(text, int(x.start)) {
			return true
		}
		for _, t := range c.evidence {
			if t.kind != clueTerm || t.ref != election && t.ref != referendum {
				continue
			}
			from, to := int(x.end), int(t.start)
			if t.start < x.start {
				from, to = int(t.end), int(x.start)
			}
			if from <= to && to-from <= voteReach && onePhrase(text[from:to]) && !namesBetween(text[from:to], c.Article.Language) {
				return true
			}
		}
	}
	return false
}

// onePhrase reports whether s holds only letters, digits, spaces and
// apostrophes: words of one phrase, no clause or sentence between.
func onePhrase(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && r != '\'' && r != '’' && r != '-'
	})
}

// namesBetween reports whether the words of s, between a country and a
// vote's word, hold a name: a capitalised word among lowercase ones
// ("americano Robert Prevost é eleito", "Congo's Firmin Matoko in a
// secret ballot"). The country is then the person's. A headline's words
// all capitalised ("Turkish Presidential Election") hold none, nor do
// German's, which capitalise every noun.
func namesBetween(s, lang string) bool {
	if lang == "de" {
		return false
	}
	upper, lower := 0, 0
	for _, w := range strings.Fields(s) {
		switch r := []rune(w)[0]; {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 0 && lower > 0
}
