package discover_test

import (
	"strings"
	"testing"
)

// withSources returns the files of a test folder: report x with text,
// and the sources as a, b, c ….
func withSources(text string, sources []string) map[string]string {
	files := map[string]string{"x.txt": text}
	for i, src := range sources {
		files[string(rune('a'+i))+".txt"] = src
	}
	return files
}

// A year-less day of an undated report takes the year of a report dated
// to the day that writes the same distinctive figure, names someone or
// somewhere it names, and is dated within weeks of that day, even when no
// report tells of that very day (the names-and-kinds rule has no source).
// Look-alikes stay open: the figure written beside another year, two
// dated reports of two years, a figure too short to tell events apart, a
// dated report months away, no name in common.
func TestFigureInCommonPlacesTheYear(t *testing.T) {
	// The undated report tells of the vote of 6 October; the dated ones
	// tell only of the result announced on Monday 7 October.
	const undated = "Am 6. Oktober stimmten 71,12 Prozent der Wähler in Kasachstan für den Bau eines Atomkraftwerks.\n"
	const result = " date 2024-10-08\n\nKazakhstan's election commission said on Monday that 71.12 percent of voters had backed the nuclear power plant.\n"
	for _, tc := range []struct {
		name    string
		text    string
		sources []string
		want    string // "" for open
	}{
		{"placed", undated, []string{result}, "2024-10-06"},
		{"placed from Russian", undated, []string{" date 2024-10-08\n\nЦентризбирком Казахстана сообщил в понедельник, что за строительство АЭС проголосовали 71,12% избирателей.\n"}, "2024-10-06"},
		// The dated report writes the figure of another year's vote.
		{"the figure of another year", undated, []string{" date 2024-10-08\n\nKazakhstan's election commission said on Monday that the plant was backed. In 2019, 71.12 percent of voters had backed a similar plan.\n"}, ""},
		{"two dated reports of two years", undated, []string{result, " date 2023-10-09\n\nKazakhstan's election commission said on Monday that 71.12 percent of voters had backed the reform.\n"}, ""},
		{"a figure too short", strings.ReplaceAll(undated, "71,12", "71,1"), []string{strings.ReplaceAll(result, "71.12", "71.1")}, ""},
		{"a dated report months away", undated, []string{strings.Replace(result, "2024-10-08", "2025-03-01", 1)}, ""},
		{"two figures, no name", "Am 6. Oktober stimmten 71,12 Prozent der Wähler in Kasachstan für den Bau eines Atomkraftwerks, bei einer Beteiligung von 63,66 Prozent.\n",
			[]string{" date 2024-10-08\n\nThe commission said on Monday that 71.12 percent of voters had said yes, with a turnout of 63.66 percent.\n"}, "2024-10-06"},
		// One figure alone and no name in common: another story may have
		// the same figure.
		{"no name in common", undated, []string{" date 2024-10-08\n\nKyrgyzstan's election commission in Bishkek said on Monday that 71.12 percent of voters had backed the new constitution.\n"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, withSources(tc.text, tc.sources), "x", "Am 6. Oktober")
			if got != tc.want {
				t.Errorf("placed at %q, want %q: %s", got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "writes the same figure 71.12") {
				t.Errorf("the reason does not say which figure: %s", why)
			}
		})
	}
}

// A reported weekday of an undated report that the corpus leaves open
// (one name in common; two Sunday referendums in Kazakhstan) is the one
// day of that weekday that the reports sharing a figure with it tell of,
// of a kind that agrees, in the week up to their dates. Two such days,
// another kind, or a report that tells of that day weeks after it leave
// it open.
func TestFigureInCommonPlacesAWeekday(t *testing.T) {
	// 5 June 2022 and 6 October 2024 were Sundays; 19 March 2023 too.
	const text = "Voters in Kazakhstan backed the amendments in a referendum on Sunday, with 77.18 percent in favour.\n"
	const result = " date 2022-06-07\n\nKazakhstan held a referendum on 5 June 2022. The commission said that 77.18 percent had voted yes.\n"
	const lookalike = " date 2024-10-07\n\nKazakhstan held a referendum in Astana on 6 October 2024, the commission said.\n"
	for _, tc := range []struct {
		name, text string
		sources    []string
		want       string // "" for open
	}{
		{"placed", text, []string{result, lookalike}, "2022-06-05"},
		{"no figure in common", text, []string{strings.ReplaceAll(result, "77.18", "71.12"), lookalike}, ""},
		{"two days with the figure", text, []string{result, " date 2023-03-20\n\nKazakhstan held a referendum on 19 March 2023. The commission said that 77.18 percent had voted yes.\n"}, ""},
		{"another kind", "Protesters in Kazakhstan gathered on Sunday; 77.18 percent of them were young.\n", []string{result}, ""},
		// (The look-alike keeps the one place in common from answering:
		// corpus_weekday_one_place.go.)
		{"a report weeks after the day", text, []string{strings.Replace(result, "2022-06-07", "2022-06-30", 1), lookalike}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, withSources(tc.text, tc.sources), "x", "on Sunday")
			if got != tc.want {
				t.Errorf("placed at %q, want %q: %s", got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "writes the same figure 77.18") {
				t.Errorf("the reason does not say which figure: %s", why)
			}
		})
	}
}
