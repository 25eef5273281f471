package discover

import (
	"strings"
	"sync"
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

// voteWords is how many words at most stand between a vote's word and its
// country: "Georgia's October 26 parliamentary elections", "elecciones
// presidenciales anticipadas de Kazajistán". More are a clause of their
// own: "the vote took place amid a diplomatic row with Britain" is not
// Britain's vote.
const voteWords = 4

// votersCountry reports whether country id is named in c as the place of
// its vote: after a place preposition ("in Georgia"), or joined to a word
// of an election or a referendum by letters, digits, spaces and
// apostrophes only, within voteReach bytes and voteWords words, with no
// one's name between (see namesBetween).
func votersCountry(c *Candidate, id string) bool {
	text := c.Article.Text
	election, referendum := voteRefs()[0], voteRefs()[1]
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
			if from <= to && to-from <= voteReach && wordsIn(text[from:to]) <= voteWords && onePhrase(text[from:to]) && !namesBetween(text[from:to], c.Article.Language) {
				return true
			}
		}
	}
	return false
}

// voteRefs are the clue references of the election and referendum kinds,
// looked up once: refNumber takes a lock.
var voteRefs = sync.OnceValue(func() [2]int32 {
	return [2]int32{refNumber(string(Election)), refNumber(string(Referendum))}
})

// wordsIn counts the words of s, a possessive's "'s" not among them.
func wordsIn(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if !strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "’") {
			n++
		}
	}
	return n
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

// voteNames leaves out of each vote's names (see Candidate.Places) the
// countries its words do not govern (see votersCountry) and its article
// is not about (home, by the article's order; see articleHomes):
// grouping ties events by the names they share, and "the election of 26
// October, rigged with Russia's help" in a report about Georgia shares
// none with Georgia's vote. Left with no name, such a sentence is of the
// one vote of its kind on its date in its article's country (see
// grouper.sameHome). The country an article is about stays, governed or
// not: "Kazakhstan" in "il presidente kazako ha indetto il referendum"
// ties the days of one referendum. A sentence whose names are its
// paragraph's (Context) keeps them: its words govern none.
func voteNames(cands []*Candidate, home []string) {
	for _, c := range cands {
		if c.Context || c.Undated || (c.Kind() != Election && c.Kind() != Referendum) {
			continue
		}
		own := ""
		if c.Order >= 0 && c.Order < len(home) {
			own = home[c.Order]
		}
		stays := func(id string) bool { return !countries()[id] || id == own || votersCountry(c, id) }
		places := c.Places()
		keep := 0
		for _, id := range places {
			if stays(id) {
				keep++
			}
		}
		if keep == len(places) {
			continue
		}
		names := make([]string, 0, len(c.names)-(len(places)-keep))
		for _, id := range places {
			if stays(id) {
				names = append(names, id)
			}
		}
		c.names = append(names, c.names[len(places):]...)
		c.nPlaces = uint16(keep)
	}
}
