package discover

// events13Words are forms added to kindWords before theLexicon compiles
// them:
//
//   - Decrees the title already refines as such (decreeWords) but the
//     lexicon did not read as a decision in their language: Azerbaijani
//     "sərəncam" and "fərman", Polish "postanowienie" (the Marshal of the
//     Sejm's order calling a vote), Kyrgyz "жарлык", English "executive
//     order". Without a decision word the sentence of "the election called
//     by the decree signed on 7 December" had no decree for decreeDay
//     (decree_days.go) to give the date to.
var events13Words = map[Kind]map[string][]string{
	Decision: {
		"az": {"sərəncam*", "fərman*"},
		"pl": {"postanowieni*"},
		"ky": {"жарлык*"},
		"en": {"executive order*"},
	},
}

func init() {
	for k, byLang := range events13Words {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
}
