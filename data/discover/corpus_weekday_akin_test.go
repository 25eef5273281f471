package discover_test

import (
	"strings"
	"testing"
)

// A reported weekday of a report with no date at all that tells of an
// occasion in a word only akin to the folder's report (talks at what the
// folder calls a summit) is placed when they share three names, one of
// them a place the sentence names itself, and the folder holds no other
// day for it (corpus_weekday_akin.go). Each refusal below is a guard of
// that file; the report's own date is never set.
func TestUndatedWeekdayAkinOccasion(t *testing.T) {
	// 19 September 2023 and 24 September 2024 were Tuesdays.
	const summit = " date 2023-09-20\n\nThe first C5+1 summit was held in New York on 19 September 2023, with Joe Biden and the presidents of Kazakhstan and Uzbekistan.\n"
	const en = "On Tuesday, Joe Biden held talks with the leaders of Central Asia in the C5+1 format in New York."
	checkPlacedCases(t, placedRule{reason: "with a report of that occasion", undated: true}, []placedCase{
		{"en", []string{summit}, en, "On Tuesday", "2023-09-19"},
		{"ru", []string{summit}, "Во вторник Джо Байден провёл переговоры с лидерами Центральной Азии в формате C5+1 в Нью-Йорке.", "Во вторник", "2023-09-19"},
		{"de", []string{summit}, "Am Dienstag führte Joe Biden in New York Gespräche mit den Präsidenten Zentralasiens im Format C5+1.", "Am Dienstag", "2023-09-19"},
		{"fr", []string{summit}, "Mardi, Joe Biden a eu des entretiens avec les dirigeants d'Asie centrale au format C5+1 à New York.", "Mardi", "2023-09-19"},
		// Two names are what the same leaders' next meeting shares.
		{"two names", []string{summit}, "On Tuesday, Joe Biden held talks with the leaders of Central Asia in New York.", "On Tuesday", ""},
		// The third name in common only through a relation: the United
		// States and its president.
		{"related names", []string{summit}, "On Tuesday, the United States held talks with the leaders of Central Asia in the C5+1 format in New York.", "On Tuesday", ""},
		// The names in common are a leader, a format and an organisation:
		// no place of one occasion.
		{"no place of its own", []string{strings.Replace(summit, "in New York", "at the United Nations in New York", 1)},
			"On Tuesday, Joe Biden held talks with the C5+1 leaders at the United Nations.", "On Tuesday", ""},
		// Another Tuesday with a meeting of Biden's in New York (rule 13's
		// rival: weekdayReports leaves no answer).
		{"a rival Tuesday", []string{summit, " date 2024-09-25\n\nJoe Biden held a meeting in New York on 24 September 2024.\n"}, en, "On Tuesday", ""},
		// A dateline of March is no Tuesday of September.
		{"the dateline", []string{summit}, "NEW YORK, March 3 - " + en, "On Tuesday", ""},
		// The sentence tells of a protest first: no occasion.
		{"a protest", []string{" date 2023-09-20\n\nJoe Biden held talks with the presidents of Kazakhstan and Uzbekistan in the C5+1 format in New York on 19 September 2023.\n"},
			"On Tuesday, protesters rallied in New York as Joe Biden held talks in the C5+1 format.", "On Tuesday", ""},
		// The folder's report tells of a protest first.
		{"a report of a protest", []string{" date 2023-09-20\n\nProtesters marched in New York on 19 September 2023 as Joe Biden held talks with C5+1 leaders.\n"}, en, "On Tuesday", ""},
	})
}
