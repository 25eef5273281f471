package discover

// stories12Visit are Arabic visit and arrival verbs in the future ("سيزور
// تركيا من 27 إلى 30 نوفمبر", he will visit Turkey from 27 to 30 November):
// the future prefix س is no proclitic the matcher strips, so "يزور" and
// "يصل" of the lexicon did not find them, and a planned trip told only so
// was an announcement of nothing. Added to kindWords[Visit] at start-up.
var stories12Visit = map[string][]string{
	"ar": {"سيزور", "ستزور", "سيزوران", "سيصل", "ستصل"},
}

// stories12Verdict are words of a court's verdict the lexicon missed,
// found in the reports of a former president's conviction: "votaram pela
// condenação", "ont voté la condamnation", "votaron por la condena a",
// "condenou … a 27 anos e 3 meses de prisão" (the listed "anos de prisão"
// does not span the months). Told without them, the judges' votes ("4
// votos a 1") made the verdict a "Brazil election". Only phrases: the bare
// "condenou", "la condena del", "la condamnation de" condemn an attack as
// often as a court convicts (see TestLexiconAmbiguousFormsLeftOut).
var stories12Verdict = map[string][]string{
	"pt": {"pela condenação", "pela absolvição", "absolveu", "meses de prisão"},
	"es": {"la condena a", "su condena a", "por la condena", "meses de cárcel", "meses de prisión"},
	"fr": {"voté la condamnation", "voté pour la condamnation", "mois de prison"},
	"en": {"voted to convict", "voted for conviction", "months in prison"},
}

func init() {
	for lang, words := range stories12Visit {
		kindWords[Visit][lang] = append(kindWords[Visit][lang], words...)
	}
	for lang, words := range stories12Verdict {
		kindWords[Verdict][lang] = append(kindWords[Verdict][lang], words...)
	}
}
