package discover_test

import (
	"strings"
	"testing"
)

// A dateline on a line of its own ("Astana, 4 July", opening or closing a
// page) names no event, but the report's lead does: when the corpus's
// dated reports of that day tell of the event the lead tells of, the
// dateline takes their year, and dates the report. Nothing is placed
// when the lead tells of something else, when the corpus gives two
// years, or when the dateline's line says more than the date.
func TestDatelineAloneTakesTheYearOfTheLead(t *testing.T) {
	const other = " date 2023-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2023 in this invented test.\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		words string
		want  string // "" for no year
	}{
		{"opening the page", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "Astana, 4 July\n\nThe leaders of China and Russia, Xi Jinping and Vladimir Putin, held talks at the SCO summit.\n\nBoth praised the organisation.\n",
		}, "4 July", "2024-07-04"},
		{"closing the page", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "Xi Jinping and Vladimir Putin held talks on the margins of the SCO summit.\n\nThey spoke of trade.\n\nAstana, 4 July\n",
		}, "4 July", "2024-07-04"},
		{"in German", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "Astana, 4. Juli\n\nXi Jinping und Wladimir Putin trafen sich auf dem SCO-Gipfel zu Gesprächen.\n",
		}, "4. Juli", "2024-07-04"},
		{"the lead tells of another event", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "Astana, 4 July\n\nA flood closed the roads north of Almaty, the emergency ministry said.\n",
		}, "4 July", ""},
		{"two years in the corpus", map[string]string{
			"src.txt": summitSource,
			"old.txt": other,
			"x.txt":   "Astana, 4 July\n\nXi Jinping and Vladimir Putin held talks at the SCO summit.\n",
		}, "4 July", ""},
		{"a line that says more than its date", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "It was hot and dry in Astana on 4 July\n\nXi Jinping and Vladimir Putin held talks at the SCO summit.\n",
		}, "on 4 July", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, tc.files)
			m := mention(t, c, "x", tc.words)
			got := ""
			if m.Resolved() {
				got = m.Span.Span().Start.String()
			}
			if got != tc.want {
				t.Fatalf("%q placed at %q, want %q: %s", tc.words, got, tc.want, m.Reason)
			}
			if tc.want == "" {
				return
			}
			if !strings.Contains(m.Reason, "from the corpus") || !strings.Contains(m.Reason, "src reports the summit") {
				t.Errorf("reason %q", m.Reason)
			}
			if a := article(t, c, "x"); a.Date.String() != tc.want {
				t.Errorf("the report dated %q (%s), want its dateline's %s", a.Date, a.DateReason, tc.want)
			}
		})
	}
}

// A page's dateline whose own sentences name no kind of event ("Astana,
// 4 July. Agency – Both leaders praised the organisation.") is read with
// the title and the rest of the lead, as a dateline alone on its line is;
// a sentence of the lead whose only date is a weekday counts it from the
// dateline. A line that is not the page's date line, or a lead the corpus
// has in two years, places nothing.
func TestDatelineWithTextTakesTheYearOfTheLead(t *testing.T) {
	const other = " date 2023-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2023 in this invented test.\n"
	const title = "Xi Jinping and Vladimir Putin meet at the SCO summit in Astana\n\n"
	for _, tc := range []struct {
		name    string
		sources []string
		text    string
		words   string
		want    string // "" for no year
	}{
		{"the title tells", []string{summitSource}, title + "Astana, 4 July. Agency – Both leaders praised the organisation and its new members.\n", "4 July", "2024-07-04"},
		{"a weekday of the lead", []string{summitSource}, "Astana, 5 July\n\nXi Jinping and Vladimir Putin met at the SCO summit on Thursday, the agency said.\n", "5 July", "2024-07-05"},
		{"a weekday beside a year alone", []string{summitSource}, "Astana, 5 July\n\nXi Jinping and Vladimir Putin met at the SCO summit on Thursday, as they had in 2019, the agency said.\n", "5 July", "2024-07-05"},
		{"two years", []string{summitSource, other}, title + "Astana, 4 July. Agency – Both leaders praised the organisation and its new members.\n", "4 July", ""},
		{"not the page's date line", []string{summitSource}, title + "It was hot in Astana on 4 July, and both leaders praised the organisation and its new members.\n", "on 4 July", ""},
	} {
		checkPlaced(t, tc.name, tc.sources, tc.text, tc.words, tc.want)
	}
}
