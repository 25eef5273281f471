package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// The place of a dateline the report was filed from is not where a
// disaster happened, nor is the city a visitor came from where the visit
// was; a place that opens a paragraph without a dateline after it, and a
// visitor's "arrived in", keep theirs. Sentences written for the test.
func TestFiledFromAndCameFromAreNoScene(t *testing.T) {
	checkTitles(t, []titleCase{
		{"agency dateline (it)", map[string]string{
			"it.txt": " date 2023-02-10\n\n(ANSA) - ISTANBUL, 10 FEB - Il terremoto del 6 febbraio 2023 in Turchia ha ucciso migliaia di persone nella provincia di Hatay.\n",
		}, "Earthquake in Hatay", "Earthquake in Istanbul"}, // Hatay is a name of the lists since session 10
		{"agency not in the lists (it)", map[string]string{
			"it.txt": " date 2023-02-10\n\n(AGI) - ISTANBUL, 10 FEB - Il terremoto del 6 febbraio 2023 in Turchia ha ucciso migliaia di persone nella provincia di Hatay.\n",
		}, "Earthquake in Hatay", "Earthquake in Istanbul"},
		{"agency dateline after a headline (it)", map[string]string{
			"it.txt": " date 2023-02\n\nTerremoto: quattro giorni dopo, bambina estratta viva ad Antiochia\n\n(ANSA) - ISTANBUL, 10 FEB - Una bambina è stata estratta viva dalle macerie ad Antiochia, nella provincia turca di Hatay, cento ore dopo il terremoto di lunedì.\n",
		}, "Earthquake in Hatay", "Earthquake in Istanbul"},
		{"agency dateline (en)", map[string]string{
			"en.txt": " date 2023-02-10\n\nISTANBUL (Reuters) - The earthquake of 6 February 2023 in Turkey killed thousands in the south of the country.\n",
		}, "Earthquake in Turkey", "Earthquake in Istanbul"},
		{"no dateline (en)", map[string]string{
			"en.txt": " date 2023-02-10\n\nIstanbul, the largest city of Turkey, was shaken by an earthquake on 6 February 2023.\n",
		}, "Earthquake in Istanbul", ""},
		{"coming from (it)", map[string]string{
			"it.txt": " date 2025-11-30\n\nIl Papa è atterrato il 30 novembre 2025 a Jounieh, proveniente da Istanbul, per la seconda tappa del suo viaggio apostolico.\n",
		}, "Visit", "Visit in Istanbul"},
		{"arriving from (en)", map[string]string{
			"en.txt": " date 2025-11-30\n\nThe Pope landed in Jounieh on 30 November 2025, arriving from Istanbul, for the second leg of his visit.\n",
		}, "Visit", "Visit in Istanbul"},
		{"arrived in (en)", map[string]string{
			"en.txt": " date 2025-11-30\n\nThe Pope arrived in Istanbul on 30 November 2025 for the second leg of his visit.\n",
		}, "Visit in Istanbul", ""},
	})
}

// titleCase is a corpus and a title its events must have (want, "" for
// none) and one they must not (not, "" for none). A title ending in "…"
// stands for every title it begins.
type titleCase struct {
	name      string
	files     map[string]string
	want, not string
}

// checkTitles builds each case's corpus and checks its titles.
func checkTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, tt := range cases {
		titles := titlesOf(build(t, tt.files))
		if tt.want != "" && !hasTitle(titles, tt.want) || tt.not != "" && hasTitle(titles, tt.not) {
			t.Errorf("%s: want %q and not %q; events: %q", tt.name, tt.want, tt.not, titles)
		}
	}
}

// oneFile is a corpus of one report, for checkTitles.
func oneFile(text string) map[string]string { return map[string]string{"a.txt": text} }

// hasTitle reports whether titles hold title, or a title it begins when
// it ends in "…".
func hasTitle(titles []string, title string) bool {
	if prefix, ok := strings.CutSuffix(title, "…"); ok {
		return slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, prefix) })
	}
	return slices.Contains(titles, title)
}
