package discover_test

import (
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// A reported weekday after the lead of an undated report (its fourth
// paragraph here) is placed only by a figure the report shares with a
// report dated to the day (rule 14), never by names alone, and only on
// the day of that weekday the sharing report tells of, of a kind that
// agrees. The report stays undated.
func TestFigureInCommonPlacesAWeekdayBeyondTheLead(t *testing.T) {
	// 6 October 2024 was a Sunday.
	const lead = "Turnout passed 51.77 percent.\n\nKazakhstan: the referendum was declared valid.\n\nIn Astana 45 percent had voted, in Shymkent more.\n\n"
	const dated = " date 2024-10-07\n\nKazakhstan held a referendum on 6 October 2024; by 14:00 turnout had reached 51.77 percent.\n"
	for _, tc := range []struct {
		name, text string
		sources    []string
		want       string // "" for open
	}{
		{"en", lead + "Voting in the referendum began early on Sunday.\n", []string{dated}, "2024-10-06"},
		{"ru", "Проголосовать успели 51,77% избирателей.\n\nКазахстан: референдум признан состоявшимся.\n\nВ Астане пришли 45% жителей.\n\nГолосование на референдуме началось ранее в воскресенье.\n",
			[]string{dated}, "2024-10-06"},
		// Names alone do not reach beyond the lead, even with two in
		// common.
		{"no figure in common", strings.ReplaceAll(lead, "51.77", "48.5") + "Voting in the referendum in Kazakhstan began in Astana on Sunday.\n",
			[]string{strings.ReplaceAll(dated, "51.77", "39.5")}, ""},
		// The sharing report tells of another kind that day.
		{"another kind", lead + "Protesters gathered early on Sunday.\n", []string{dated}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, withSources(tc.text, tc.sources))
			var got, why string
			for _, m := range article(t, c, "x").Mentions {
				if m.Paragraph == 3 && m.Kind == data.MentionWeekday {
					why = m.Reason
					if m.Resolved() {
						got = m.Span.Span().Start.String()
					}
				}
			}
			if got != tc.want {
				t.Errorf("the Sunday of the fourth paragraph placed at %q, want %q: %s", got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "writes the same figure 51.77") {
				t.Errorf("the reason does not say which figure: %s", why)
			}
			if a := article(t, c, "x"); !a.Date.IsZero() {
				t.Errorf("the report was dated %s: %s", a.Date, a.DateReason)
			}
		})
	}
}
