package discover

import "strings"

// An attack is where it struck, not the country that struck: "an American
// drone strike near Baghdad airport", "ataque de drone norte-americano",
// "حمله پهپادی آمریکا", "الضربات الأمريكية" titled Soleimani's killing and the
// strikes on Iran's nuclear sites "Attack in the United States". A
// country joined to an attack's word by at most attackerWords words of
// letters, none of them a place preposition, and with none before it, is
// the attacker's (see notHere): "the attack in Iran", "explosions in the
// Iranian city of Kerman" keep their country.

// attackerWords is how many words at most stand between an attack's word
// and its attacker's country: "Amerikaanse droneaanval", "ataque de drone
// norte-americano".
const attackerWords = 2

// attacker reports whether place clue x of c names the country that
// struck in c's attack (see above).
func attacker(c *Candidate, x clue) bool {
	if c.Kind() != Attack || !countries()[refName(x.ref)] || placePreposition(c.Article.Text, int(x.start)) {
		return false
	}
	text := c.Article.Text
	ref := refNumber(string(Attack))
	for _, t := range c.evidence {
		if t.kind != clueTerm || t.ref != ref {
			continue
		}
		from, to := int(x.end), int(t.start)
		if t.start < x.start {
			from, to = int(t.end), int(x.start)
		}
		if from > to || !onlyLetters(text[from:to]) {
			continue
		}
		words := strings.Fields(text[from:to])
		if len(words) > attackerWords {
			continue
		}
		prep := strikeTarget(text, int(x.start))
		for _, w := range words {
			prep = prep || placePrepositions[lower(w)] || strikeTargets[lower(w)]
		}
		if !prep {
			return true
		}
	}
	return false
}

// strikeTargets are the prepositions that name an attack's target, by which
// a country is struck, not the striker: "strikes on Iranian nuclear
// sites", "aanval op Iran", "frappes contre l'Iran", "удар по Ирану".
var strikeTargets = map[string]bool{
	"on": true, "upon": true, "against": true, "op": true, "tegen": true, "sur": true, "contre": true,
	"auf": true, "gegen": true, "contra": true, "sobre": true, "su": true, "contro": true, "по": true,
	"против": true, "проти": true, "на": true, "na": true, "przeciw": true, "przeciwko": true,
	"على": true, "ضد": true, "علیه": true, "بر": true, "به": true,
}

// strikeTarget reports whether the word before text[start:] is one of
// strikeTargets.
func strikeTarget(text string, start int) bool { return strikeTargets[prevWord(text, start, 24)] }
