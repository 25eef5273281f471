package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// A coarse date in a sentence with a day does not take the day's event
// words: a 2018 report's "sworn in on May 7 … to run again in 2024" is no
// report of the inauguration of 2024. A coarse date with words of its own
// ("won on 17 March, and in May he will be sworn in") still joins its
// event. Sentences written for the test.
func TestCoarseDateTakesOnlyItsOwnWords(t *testing.T) {
	later := map[string]string{
		"es.txt": " date 2024-05-08\n\nVladimir Putin juró el 7 de mayo de 2024 su quinto mandato en el Kremlin.\n",
		"tr.txt": " date 2024-05-08\n\nVladimir Putin 7 Mayıs 2024'te yemin ederek göreve başladı.\n",
	}
	tests := []struct {
		name, file, text string
		inauguration     bool // the report is among the 2024 inauguration's
	}{
		{"a year after the day (en)", "en2018.txt",
			" date 2018-03\n\nVladimir Putin will be sworn in on May 7. He has said he does not intend to change the constitution to run again in 2024.\n", false},
		{"a year after the day (de)", "de2018.txt",
			" date 2018-03\n\nVladimir Putin wird am 7. Mai vereidigt; im Jahr 2024 will er nicht erneut antreten.\n", false},
		{"the month's own words (en)", "en2024.txt",
			" date 2024-04-01\n\nOn 17 March 2024 Vladimir Putin won the election, and in May 2024 he will be sworn in for a fifth term.\n", true},
	}
	for _, tt := range tests {
		files := map[string]string{tt.file: tt.text}
		for k, v := range later {
			files[k] = v
		}
		c := build(t, files)
		found := false
		for _, e := range c.Events {
			arts := articlesOf(e)
			if e.Kind == "inauguration" && e.Span.Start.String() == "2024-05-07" && slices.Contains(arts, "es") {
				found = slices.Contains(arts, strings.TrimSuffix(tt.file, ".txt"))
			}
		}
		if found != tt.inauguration {
			t.Errorf("%s: among the 2024 inauguration's reports: %v, want %v; events: %q", tt.name, found, tt.inauguration, titlesOf(c))
		}
	}
}
