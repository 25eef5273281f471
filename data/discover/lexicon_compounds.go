package discover

// Dutch and German write an event noun as the last part of a compound:
// "De volgende reguliere rentevergadering staat gepland voor 18 maart"
// (the next rate meeting), "Zinssitzung", "Koalitionsverhandlungen",
// "Generalstreik". The lexicon matched words by their beginning
// ("vergadering*"), so the compounds it did not list one by one named
// nothing. An entry written "*vergadering" matches a word that ends in
// it after at least minCompoundHead bytes of a first part
// ("rentevergadering", not "vergadering", which its own entry matches).
// Counted in its own language only ("=").
//
// Left out: German "*wahl" ("Auswahl", a selection; "Berufswahl", a
// career choice: the vote compounds are listed one by one), Dutch
// "*aanslag" ("belastingaanslag", a tax assessment), "*brand"
// ("verbrand", burned). The compounds whose tail is an event word and
// that name none are notEventWords: "Kostenvoranschlag" (an estimate),
// "Machtdemonstration" (a show of force), "persconferentie".

// minCompoundHead is how many bytes a compound's first part has at least.
const minCompoundHead = 3

var compoundTails = map[Kind]map[string][]string{
	Summit:   {"de": {"=*gipfel", "=*gipfels"}},
	Election: {"nl": {"=*verkiezing", "=*verkiezingen"}},
	Meeting: {
		"nl": {"=*vergadering", "=*vergaderingen", "=*conferentie"},
		"de": {"=*sitzung", "=*sitzungen", "=*tagung", "=*konferenz"},
	},
	Talks: {
		"nl": {"=*overleg", "=*gesprekken", "=*onderhandelingen"},
		"de": {"=*gespräch", "=*gespräche", "=*gesprächen", "=*verhandlungen"},
	},
	Agreement: {
		"nl": {"=*akkoord"},
		"de": {"=*abkommen", "=*abkommens"},
	},
	Attack:   {"de": {"=*anschlag", "=*anschläge", "=*anschlägen"}},
	Protest:  {"nl": {"=*betoging", "=*betogingen", "=*staking", "=*stakingen"}, "de": {"=*demonstration", "=*demonstrationen", "=*streik", "=*streiks"}},
	Decision: {"nl": {"=*besluit"}, "de": {"=*beschluss", "=*entscheidung"}},
	Visit:    {"nl": {"=*bezoek"}, "de": {"=*besuch", "=*besuchs"}},
}

// compoundsNoEvent are the compounds with an event word's tail that name
// no event, as words of their own and as the tails of longer ones
// ("Haushaltsvoranschlag").
var compoundsNoEvent = map[string][]string{
	"de": {"=voranschlag*", "=*voranschlag", "=machtdemonstration*", "=*machtdemonstration", "=*pressekonferenz", "=gerichtsverhandlungen", "=*gerichtsverhandlungen"},
	"nl": {"=persconferentie*", "=*persconferentie", "=*persconferenties"},
}

func init() {
	for k, byLang := range compoundTails {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
	for _, lang := range sortedLangs(compoundsNoEvent) {
		notEventWords[lang] = append(notEventWords[lang], compoundsNoEvent[lang]...)
	}
}
