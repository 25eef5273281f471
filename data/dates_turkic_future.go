package data

// This file gives Kazakh, Uzbek and Kyrgyz the endings of their
// present-future tense, which news uses for what is to come ("сейсенбі
// күні Катармен ойнайды", will play Qatar on Tuesday): without them a
// weekday of such a sentence was the one before the article. Turkish and
// Azerbaijani have a future of their own (-acak, -acaq) in
// dates_languages.go.
//
// Only the endings that the past tense cannot end in are listed. The
// present-future of a verb whose stem ends in a vowel adds -й/-y
// (kk "ойна-йды", uz "o'yna-ydi", ky "ойно-йт"), which no past form has
// (kk "ойнады", uz "o'ynadi", ky "ойноду"); the passive and reflexive
// forms keep their vowel (kk "ашыл-ады", uz "boshlan-adi", ky "башта-л-ат")
// where the past drops it ("ашылды", "boshlandi", "башталды"). A plain
// -ады/-adi after a consonant ("келеді", "o'tkazadi") is also the past of
// a stem ending in -а ("ойнады", "boshladi"), so it is not an ending
// here: the common verbs of that form are listed whole instead, and so
// are the Uzbek verbs written with an apostrophe ("o'ynaydi"), which
// splits the word before its ending is read.
var turkicFuture = map[string]struct{ suffixes, words []string }{
	"kk": {
		suffixes: []string{"айды", "ейді", "ойды", "өйді", "йтын", "ылады", "іледі", "налады", "неледі", "ысады", "іседі"},
		words:    []string{"келеді", "береді", "кездеседі", "қатысады", "сөйлейді", "ашылады", "басталады", "аяқталады", "тапсырады"},
	},
	"uz": {
		suffixes: []string{"aydi", "aydilar", "laydi", "inadi", "iladi", "lanadi", "ашади", "айди", "айдилар", "инади", "илади", "ланади"},
		words: []string{"keladi", "beradi", "qiladi", "boradi", "buyuradi", "o'tkazadi", "oʻtkazadi", "o‘tkazadi", "uchrashadi",
			"qatnashadi", "o'ynaydi", "o‘ynaydi", "o'ynashadi", "o‘ynashadi", "келади", "беради", "қилади", "боради", "буюради", "ўтказади", "учрашади", "қатнашади"},
	},
	"ky": {
		suffixes: []string{"ойт", "өйт", "айт", "ейт", "ылат", "илет", "улат", "үлөт", "шат", "шет", "шот", "шөт"},
		words:    []string{"барат", "келет", "берет", "жолугат", "катышат", "сүйлөйт", "ачылат", "башталат", "аяктайт"},
	},
}

// init adds turkicFuture to the three languages before lexiconFor
// compiles the words (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		if f, ok := turkicFuture[d.code]; ok {
			d.futureSuffixes = append(d.futureSuffixes, f.suffixes...)
			d.futureMarkers = append(d.futureMarkers, f.words...)
		}
	}
}
