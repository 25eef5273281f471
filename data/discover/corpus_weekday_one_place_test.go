package discover_test

import "testing"

// A reported weekday of a report with no date at all that shares one
// place only with the corpus's report of the event is placed when the
// corpus holds one day for it: the report names the kind the sentence
// names first, the place is one the sentence names itself and lies in a
// country, no other day of that weekday has a report that shares a name
// (itself or related), and the day fits the days of a month the report's
// paragraph and dateline write. Each refusal below is a guard of
// corpus_weekday_one_place.go; the report's own date is never set.
func TestUndatedWeekdayOnePlace(t *testing.T) {
	// 6 October 2024 and 5 June 2022 were Sundays, 28 March 2025 and 5
	// April 2024 Fridays, 19 March 2025 a Wednesday, 9 July 2023 and 15
	// July 2018 Sundays, 4 May 2024 a Saturday.
	const referendum = " date 2024-10-07\n\n乌兹别克斯坦观察员观摩了2024年10月6日哈萨克斯坦举行的全民公投。\n"
	const referendum2022 = " date 2022-06-07\n\nKazakhstan held a referendum on 5 June 2022, the commission said.\n"
	const inAstana2022 = " date 2022-06-07\n\nA referendum was held in Astana on 5 June 2022, the commission said.\n"
	const quake = " date 2025-03-29\n\nAn earthquake of magnitude 7.7 struck Myanmar on 28 March 2025, killing hundreds.\n"
	const arrest = " date 2025-03-20\n\nPolice detained the mayor of Istanbul on 19 March 2025.\n"
	const election = " date 2024-10-07\n\nKazakhstan held an early parliamentary election on 6 October 2024, the commission said.\n"
	const uzbekVote = " date 2023-07-10\n\nUzbekistan held an early presidential election in Central Asia on 9 July 2023.\n"
	const dam = " date 2024-04-06\n\nA dam broke in Orsk on 5 April 2024, flooding the town.\n"
	checkPlacedCases(t, placedRule{reason: "the only day of the corpus with a report of it"}, []placedCase{
		{"en", []string{referendum}, "Voters in Kazakhstan went to a referendum on Sunday.", "on Sunday", "2024-10-06"},
		{"de", []string{referendum}, "Die Wähler in Kasachstan stimmten am Sonntag in einem Referendum ab.", "am Sonntag", "2024-10-06"},
		{"ru", []string{referendum}, "В воскресенье в Казахстане прошёл референдум.", "В воскресенье", "2024-10-06"},
		{"fr", []string{quake}, "Un puissant séisme a frappé vendredi la Birmanie.", "vendredi", "2025-03-28"},
		{"es", []string{quake}, "Un fuerte terremoto sacudió Myanmar el viernes.", "el viernes", "2025-03-28"},
		{"nl", []string{arrest}, "De burgemeester van Istanbul werd woensdag gearresteerd.", "woensdag", "2025-03-19"},
		// Rivals: another Sunday with a report of the vote in the same
		// country, or only in its capital (a related name).
		{"two Sundays", []string{referendum, referendum2022}, "Voters in Kazakhstan went to a referendum on Sunday.", "on Sunday", ""},
		{"a rival through a related name", []string{referendum, inAstana2022}, "Voters in Kazakhstan went to a referendum on Sunday.", "on Sunday", ""},
		// The kind named first: the corpus's Sunday election is not the
		// report's referendum.
		{"a kind only akin", []string{election}, "Voters in Kazakhstan went to a referendum on Sunday.", "on Sunday", ""},
		// A region is no place of one vote.
		{"a region", []string{uzbekVote}, "Voters in Central Asia went to an election on Sunday.", "on Sunday", ""},
		// A person is no place: Tokayev voted in Kazakhstan's election,
		// not in Uzbekistan's.
		{"a person in common", []string{" date 2023-07-10\n\nUzbekistan held an early presidential election on 9 July 2023; Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev.\n"},
			"Kassym-Jomart Tokayev voted in the election on Sunday.", "on Sunday", ""},
		// The place written by the report itself: Russia is not Orsk.
		{"a related place only", []string{dam}, "A dam broke in Russia on Friday, flooding towns.", "on Friday", ""},
		// The day of a month the paragraph writes: a Sunday of October is
		// no Sunday of a report written on 20 March.
		{"the paragraph's day of a month", []string{referendum}, "ASTANA, March 20 - Voters in Kazakhstan went to a referendum on Sunday.", "on Sunday", ""},
		// In a final, the countries are sides: the corpus's only Sunday
		// final with France is of 2018, not the one France lost in 2022.
		{"a contest", []string{" date 2018-07-16\n\nFrance beat Croatia in the World Cup final in Moscow on 15 July 2018.\n"},
			"The team won the World Cup final against France on Sunday.", "on Sunday", ""},
		// A decision is taken any day in any capital: the corpus's only
		// Thursday decision in Turkey is the central bank's.
		{"a decision", []string{" date 2024-03-22\n\nThe central bank of Turkey decided on 21 March 2024 to raise its key rate to 50 percent.\n"},
			"The parliament of Turkey decided on Thursday to lift the ban on headscarves.", "on Thursday", ""},
		// Each names a city the other does not: two days of protests.
		{"another place on each side", []string{" date 2024-05-05\n\nThousands of protesters marched in Tbilisi and Baku on 4 May 2024.\n"},
			"Thousands of protesters marched in Tbilisi and Yerevan on Saturday.", "on Saturday", ""},
		{"one place more on one side", []string{" date 2024-05-05\n\nThousands of protesters marched in Tbilisi and Batumi on 4 May 2024.\n"},
			"Thousands of protesters marched in Tbilisi on Saturday.", "on Saturday", "2024-05-04"},
		{"announced", []string{referendum}, "Voters in Kazakhstan will go to a referendum on Sunday.", "on Sunday", ""},
	})
	// The report stays undated.
	c := build(t, withSources("Voters in Kazakhstan went to a referendum on Sunday.", []string{referendum}))
	if a := article(t, c, "x"); !a.Date.IsZero() {
		t.Errorf("the report was dated %s: %s", a.Date, a.DateReason)
	}
}
