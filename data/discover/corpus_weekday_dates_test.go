package discover_test

import (
	"strings"
	"testing"
)

// A year-less date written with its weekday, in an undated report, takes
// the year of a report of the same story (the kind its sentence names
// first, two names in common) dated within two weeks of it, when no report
// tells of that very day and the weekday fits that year alone. A weekday
// that fits no such year, reports of the story in two years that both fit,
// one name in common, another kind, a report weeks away and a date written
// without its weekday stay open.
func TestWeekdayDateNearTheStory(t *testing.T) {
	// 6 February 2023 was a Monday; 8 February was a Wednesday in 2017
	// and 2023, a Thursday in 2024.
	const quake = " date 2023-02-07\n\nA powerful earthquake struck southern Turkey and northern Syria on 6 February 2023, the disaster agency said.\n"
	const quake2017 = " date 2017-02-07\n\nAn earthquake struck southern Turkey and northern Syria on 6 February 2017, the disaster agency said.\n"
	const text = "Rescuers searched the ruins of the earthquake in Turkey and Syria on Wednesday 8 February.\n"
	checkPlacedCases(t, placedRule{reason: "near the day and weekday written"}, []placedCase{
		{"placed", []string{quake}, text, "on Wednesday 8 February", "2023-02-08"},
		{"placed, Italian", []string{quake}, "I soccorritori hanno scavato tra le macerie del terremoto in Turchia e in Siria mercoledì 8 febbraio.\n", "mercoledì 8 febbraio", "2023-02-08"},
		{"the weekday fits no year of the story", []string{quake}, strings.Replace(text, "Wednesday", "Thursday", 1), "on Thursday 8 February", ""},
		{"two years fit", []string{quake, quake2017}, text, "on Wednesday 8 February", ""},
		{"one name in common", []string{quake}, "Rescuers searched the ruins of the earthquake in Turkey on Wednesday 8 February.\n", "on Wednesday 8 February", ""},
		{"another kind", []string{quake}, "The leaders of Turkey and Syria held talks on Wednesday 8 February.\n", "on Wednesday 8 February", ""},
		// An election is akin to a referendum, not the same kind: 8 October
		// 2024 was a Tuesday, two days after Kazakhstan's referendum.
		{"a kind only akin", []string{" date 2024-10-07\n\nKazakhstan held a referendum in Astana on 6 October 2024, the commission said.\n"},
			"Kazakhstan held an early election in Astana on Tuesday 8 October.\n", "on Tuesday 8 October", ""},
		{"a report weeks away", []string{strings.NewReplacer("2023-02-07", "2023-01-11", "6 February", "10 January").Replace(quake)}, text, "on Wednesday 8 February", ""},
		{"no weekday written", []string{quake}, strings.Replace(text, "Wednesday 8", "8", 1), "on 8 February", ""},
	})
}
