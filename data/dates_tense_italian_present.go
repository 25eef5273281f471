package data

// Italian news tells what is done in the passato prossimo ("si è tenuto
// domenica", "ha aperto lunedì") and what is scheduled in the present
// ("la Pasqua, che si celebra domenica", "il vertice si tiene lunedì"), as
// German and Polish do: a weekday in a clause with one of these presents
// and no past auxiliary is ahead of the report. Verbs of travel ("arriva",
// "parte") are left out: Italian headlines narrate arrivals in the present.
var italianPresents = []string{"celebra", "celebrano", "svolge", "svolgono", "tiene", "tengono", "inizia", "iniziano",
	"comincia", "cominciano", "apre", "aprono", "chiude", "chiudono", "vota", "votano"}

// italianPastAux are the auxiliaries of the passato prossimo and the past
// tenses of "essere" and "avere": with one in its clause a present above
// is part of a past. ("è" is not among them: the tense words are read
// without accents, and "e" is "and". The participle of a past is no
// present anyway: "si è celebrata domenica".)
var italianPastAux = []string{"ha", "hanno", "sono", "era", "erano", "fu", "furono", "aveva", "avevano", "stato", "stata", "stati", "state"}

// init adds the Italian presents and past auxiliaries before the tense
// words are compiled (on first use, after every init).
func init() {
	t := tenseLanguages["it"]
	t.present = append(t.present, italianPresents...)
	t.pastAux = append(t.pastAux, italianPastAux...)
	tenseLanguages["it"] = t
}
