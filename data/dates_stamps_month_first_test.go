package data

import "testing"

// An agency dateline written month first is the page's stamp; a date in
// the same place that goes on into its sentence, or an aside in brackets,
// is not. Texts written for the test.
func TestMonthFirstDatelines(t *testing.T) {
	checkStamps(t, []stampCase{
		{"en", "ANKARA, Aug 1 (Reuters) - Russia freed three prisoners in an exchange with the West.", "Aug 1", StampPublished},
		{"en", "WASHINGTON, June 7 – The Senate passed the bill late in the evening.", "June 7", StampPublished},
		{"en", "KYIV, Sept. 2 (AP) - Drones struck the capital overnight.", "Sept. 2", StampPublished},
		{"en", "BERLIN, March 3 (dpa) - The coalition agreed on the budget after a night of talks.", "March 3", StampPublished},
		{"en", "TASHKENT, Oct 5 (wire) — Uzbekistan opened its new railway terminal.", "Oct 5", StampPublished},
		{"en", "ANKARA, Aug 1 (a Thursday), the ministers met to sign the deal.", "Aug 1", StampNone},
		{"en", "On Thursday, Aug 1, the ministers met in Ankara to sign the deal.", "On Thursday, Aug 1", StampNone},
		{"en", "The talks, Aug 1 (a Thursday), ended without a deal in Ankara.", "Aug 1", StampNone},
		{"en", "Officials said, Aug 1 would be the first day of the new rules in Ankara.", "Aug 1", StampNone},
	})
}

// stampCase is a text, the date mention it writes and the stamp that
// mention must have. lang's first two letters are the language; the rest
// names the case ("fr, le").
type stampCase struct {
	lang, text, mention string
	want                StampKind
}

// checkStamps finds the dates of each case's text and checks its mention's
// stamp.
func checkStamps(t *testing.T, cases []stampCase) {
	t.Helper()
	for _, c := range cases {
		a := datesArticle(t, c.lang[:2], "", c.text)
		findDates(a)
		var m *DateMention
		for i := range a.Mentions {
			if a.Mentions[i].Text == c.mention {
				m = &a.Mentions[i]
			}
		}
		if m == nil {
			t.Errorf("%q: no mention %q in %+v", c.text, c.mention, a.Mentions)
			continue
		}
		if m.Stamp != c.want {
			t.Errorf("%q: %q stamp %q, want %q", c.text, c.mention, m.Stamp, c.want)
		}
	}
}
