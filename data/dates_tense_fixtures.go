package data

// This file adds the verbs of a fixture to the presents that announce
// (see tenseLanguage.present): news tells a match to come in the present
// ("Am Dienstag spielt Jordanien gegen Südkorea", "Martedì si gioca
// l'altra semifinale", "El martes juega la final", "Во вторник Иордания
// играет с Южной Кореей"), and a weekday of such a clause is the coming
// one. A report of a match played uses a past ("hat gespielt", "si è
// giocata", "jugó", "сыграла"), which the past auxiliaries keep behind.
// Italian, Spanish and Portuguese had no presents that announce: their
// narratives also tell the past in the present, so only these verbs,
// whose present is a fixture in practice, are theirs. English and French
// stay out, as before ("Jordan play" is also a headline of the past).

// fixturePresents are the fixture verbs per language; fixturePastAux the
// past auxiliaries of the languages that had none.
var (
	fixturePresents = map[string][]string{
		"de": {"spielt", "spielen", "gastiert"},
		"ru": {"играет", "играют", "встречается", "встречаются"},
		"uk": {"грає", "грають", "зустрічається", "зустрічаються"},
		"it": {"gioca", "giocano", "affronta", "affrontano", "sfida", "sfidano"},
		"es": {"juega", "juegan", "enfrenta", "enfrentan", "disputa", "disputan"},
		"pt": {"joga", "jogam", "enfrenta", "enfrentam", "disputa", "disputam"},
	}
	fixturePastAux = map[string][]string{
		// (Not "è": the words are read without their accents, and "e" is
		// "and".)
		"it": {"ha", "hanno", "sono", "era", "erano", "fu", "furono"},
		"es": {"ha", "han", "fue", "fueron", "había", "habían", "era", "eran"},
		"pt": {"foi", "foram", "tem", "têm", "tinha", "tinham", "era", "eram"},
	}
)

// init adds the fixture verbs before lexiconFor compiles the tense words
// (on first use, after every init).
func init() {
	for code, verbs := range fixturePresents {
		t := tenseLanguages[code]
		t.present = append(t.present, verbs...)
		t.pastAux = append(t.pastAux, fixturePastAux[code]...)
		tenseLanguages[code] = t
	}
}
