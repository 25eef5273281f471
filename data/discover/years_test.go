package discover_test

import (
	"slices"
	"testing"
)

// A passage dated by a year alone that tells no kind of event joins an
// event of a day of that year only when it names two of its names: one
// name and the year are no tie ("Poland released a journalist arrested in
// 2022, accused of spying for Russia" is not Russia's invasion of Ukraine
// of 24 February 2022). One that tells the event's kind ("the 2022
// invasion") joins by one name. Sentences written for the test.
func TestYearAndOneNameAreNoTie(t *testing.T) {
	day := map[string]string{
		"en1.txt": " date 2022-02-25\n\nRussian troops sent by Vladimir Putin invaded Ukraine on 24 February 2022 from the north, the east and the south. Missiles struck airfields near Kyiv. Thousands fled to the west.\n",
		"en2.txt": " date 2022-02-25\n\nThe invasion of Ukraine began before dawn on 24 February 2022 with missile strikes on several cities. Columns of Russian tanks crossed the border. The government declared martial law.\n",
	}
	tests := []struct {
		name, file, text string
		want             bool
	}{
		{"nl: a year and one name", "nl.txt", " date 2024-08-02\n\nDe gevangenen kwamen vrij op het vliegveld. Polen liet de in 2022 vastgezette Spaanse journalist gaan, die van spionage voor Rusland werd beschuldigd. Hij vloog naar Madrid.\n", false},
		{"en: a year and one name", "en3.txt", " date 2024-08-02\n\nThe prisoners were freed at the airport. Poland let go of a Spanish journalist held since 2022 on charges of spying for Russia. He flew home to Madrid.\n", false},
		{"de: a year and one name", "de.txt", " date 2024-08-02\n\nDie Gefangenen kamen am Flughafen frei. Polen ließ einen seit 2022 festgehaltenen spanischen Journalisten gehen, dem Spionage für Russland vorgeworfen wurde. Er flog nach Madrid.\n", false},
		{"en: a year, two places", "en4.txt", " date 2024-08-02\n\nIn 2022 the journalist moved from Moscow to Kyiv in Ukraine. He wrote for several papers. His reports won prizes.\n", false},
		{"en: a year, a place and a person", "en6.txt", " date 2024-08-02\n\nIn 2022 Vladimir Putin sent his army into Ukraine. The journalist followed the war from Kyiv. His reports won prizes.\n", true},
		{"en: a year and the kind", "en5.txt", " date 2024-08-02\n\nThe journalist had covered the 2022 invasion of Ukraine from the front. He spent months in the east of the country. His reports won several prizes.\n", true},
	}
	for _, tt := range tests {
		files := map[string]string{tt.file: tt.text}
		for k, v := range day {
			files[k] = v
		}
		c := build(t, files)
		id := tt.file[:len(tt.file)-len(".txt")]
		got := false
		for _, e := range c.Events {
			if e.Span.Start.String() == "2022-02-24" && slices.Contains(articlesOf(e), "en1") && slices.Contains(articlesOf(e), id) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: in the invasion of 24 February 2022: %v, want %v", tt.name, got, tt.want)
		}
	}
}
