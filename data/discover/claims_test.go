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

// A vote told with what led to it ("the election was called after Raisi
// died in a crash on 19 May") does not take that day: the date is the
// crash's when a word of the crash, an attack, fighting or a death stands
// nearest it. A vote whose word stands nearer its date keeps it.
// Sentences written for the test.
func TestVoteDoesNotTakeTheDayOfWhatLedToIt(t *testing.T) {
	tests := []struct {
		name, text, day string
		election        bool // an election event on day
	}{
		{"crash (en)", " date 2024-07-06\n\nThe early presidential election in Iran was called after President Ebrahim Raisi died in a helicopter crash on 19 May 2024.\n", "2024-05-19", false},
		{"death (fr)", " date 2024-07-06\n\nL'élection présidentielle anticipée en Iran a été convoquée après la mort d'Ebrahim Raïssi le 19 mai 2024.\n", "2024-05-19", false},
		{"the vote's own day (en)", " date 2024-10-30\n\nProtests broke out in Georgia after the parliamentary election on 26 October 2024.\n", "2024-10-26", true},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		election, other := false, false
		for _, e := range c.Events {
			if e.Span.Start.String() != tt.day {
				continue
			}
			if e.Kind == "election" {
				election = true
			} else {
				other = true
			}
		}
		if election != tt.election || !election && !other {
			t.Errorf("%s: an election on %s: %v, want %v; events: %q", tt.name, tt.day, election, tt.election, titlesOf(c))
		}
	}
}
