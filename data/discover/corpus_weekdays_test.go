package discover_test

import "testing"

// A weekday of a report that has no date at all is placed on the one day
// of that weekday, in any year, on which the corpus reports the event its
// sentence tells of, under strict conditions: the same kind named first,
// two names in common (of the sentence or its paragraph), no other day with a report of that kind (or of a
// kind akin with two names in common), reported (not announced) and, for
// several weekdays of one report, within one week. Otherwise it stays
// open. The report's own date is never set by it.
func TestUndatedWeekdayFromTheCorpus(t *testing.T) {
	// 4 July 2024 and 6 July 2023 were Thursdays; 6 October 2024 a Sunday,
	// 2 September 2024 a Monday.
	const summit2023 = " date 2023-07-07\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 6 July 2023.\n"
	const referendum = " date 2024-10-07\n\nKazakhstan held a referendum in Astana on 6 October 2024, the commission said.\n"
	const election = " date 2024-10-07\n\nKazakhstan held an early parliamentary election in Astana on 6 October 2024, the commission said.\n"
	const talks = " date 2024-09-03\n\nXi Jinping and Vladimir Putin held talks in Beijing on 2 September 2024.\n"
	checkPlacedCases(t, placedRule{reason: "the report's own date is not known"}, []placedCase{
		{"en", []string{summitSource}, "Xi Jinping and Vladimir Putin met at the SCO summit in Astana on Thursday.", "on Thursday", "2024-07-04"},
		{"de", []string{summitSource}, "Xi Jinping und Wladimir Putin trafen sich am Donnerstag auf dem SCO-Gipfel in Astana.", "am Donnerstag", "2024-07-04"},
		{"ru", []string{summitSource}, "Си Цзиньпин и Владимир Путин встретились в четверг на саммите ШОС в Астане.", "в четверг", "2024-07-04"},
		{"referendum, country and capital", []string{referendum}, "Kazakhstan voted in a referendum in Astana on Sunday.", "on Sunday", "2024-10-06"},
		// The same summit a year before, on a Thursday too: two days fit.
		{"a look-alike in another year", []string{summitSource, summit2023}, "Xi Jinping and Vladimir Putin met at the SCO summit in Astana on Thursday.", "on Thursday", ""},
		// One name in common is any event of the country: every Sunday
		// vote in Kazakhstan has it. It places the weekday only when the
		// corpus holds no other such Sunday (corpus_weekday_one_place.go).
		{"one name in common", []string{referendum, " date 2022-06-07\n\nKazakhstan held a referendum on 5 June 2022, the commission said.\n"}, "Voters in Kazakhstan went to a referendum on Sunday.", "on Sunday", ""},
		// A kind only akin: the corpus's Sunday election is not the
		// report's referendum.
		{"a kind only akin", []string{election}, "Kazakhstan voted in a referendum in Astana on Sunday.", "on Sunday", ""},
		// The sentence names Astana; its paragraph, Kazakhstan: two names.
		{"a name of the paragraph", []string{election}, "Kazakhstan held an early parliamentary election. The commission in Astana said the vote on Sunday was calm.", "on Sunday", "2024-10-06"},
		{"a name of the paragraph, two years", []string{election, " date 2023-03-20\n\nKazakhstan held an early parliamentary election in Astana on 19 March 2023, the commission said.\n"},
			"Kazakhstan held an early parliamentary election. The commission in Astana said the vote on Sunday was calm.", "on Sunday", ""},
		// The city a report is filed from is no name of its event: the
		// fire in Moscow on Friday 22 March 2024 is not the dam break.
		{"the dateline's city", []string{" date 2024-03-23\n\nA fire destroyed a concert hall in Moscow on 22 March 2024, the ministry said.\n"},
			"MOSCOW (Reuters) - A dam broke in Orsk in Russia on Friday, flooding the town, the ministry said.", "on Friday", ""},
		{"announced", []string{summitSource}, "Xi Jinping and Vladimir Putin will meet at the SCO summit in Astana on Thursday.", "on Thursday", ""},
		{"next week's", []string{summitSource}, "Xi Jinping and Vladimir Putin meet at the SCO summit in Astana next Thursday.", "next Thursday", ""},
	})
	// The weekdays of one report lie within one week: a Thursday of July
	// and a Monday of September are two reports' days, and neither is
	// placed; the report stays undated.
	c := build(t, map[string]string{"a.txt": summitSource, "b.txt": talks,
		"x.txt": "Xi Jinping and Vladimir Putin met at the SCO summit in Astana on Thursday.\n\nXi Jinping and Vladimir Putin held talks in Beijing on Monday.\n"})
	for _, words := range []string{"on Thursday", "on Monday"} {
		if m := mention(t, c, "x", words); m.Resolved() {
			t.Errorf("%q placed at %s: %s", words, m.Span.Start(), m.Reason)
		}
	}
	// One weekday is one day in one report: a Thursday whose sentence
	// tells nothing, before the one the corpus places, is that day too.
	// The report stays undated.
	c = build(t, map[string]string{"a.txt": summitSource, "x.txt": "It rained in Paris on Thursday.\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on Thursday.\n"})
	for _, m := range article(t, c, "x").Mentions {
		if m.Span.Span().Start.String() != "2024-07-04" {
			t.Errorf("%q placed at %q: %s", m.Text, m.Span.Start(), m.Reason)
		}
	}
	if a := article(t, c, "x"); !a.Date.IsZero() {
		t.Errorf("the report was dated %s: %s", a.Date, a.DateReason)
	}
}

// Once the corpus has placed a weekday of an undated report's lead, the
// report's year-less dates are placed by their tense against that day, as
// against a day whose year the corpus gave: an announced "22 October"
// after Thursday 4 July 2024 is 22 October 2024, a reported "in May" May
// 2024. When the weekday stays open (a look-alike in another year), so do
// they.
func TestUndatedWeekdayPlacesTheRest(t *testing.T) {
	const summit2023 = " date 2023-07-07\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 6 July 2023.\n"
	const text = "Xi Jinping and Vladimir Putin met at the SCO summit in Astana on Thursday.\n\nThey had spoken by telephone in May. They will meet again in Kazan on 22 October.\n"
	for _, tc := range []struct {
		name    string
		sources []string
		want    map[string]string
	}{
		{"placed", []string{summitSource}, map[string]string{"in May": "2024-05", "on 22 October": "2024-10-22"}},
		{"a look-alike", []string{summitSource, summit2023}, map[string]string{"in May": "", "on 22 October": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, withSources(text, tc.sources))
			for words, want := range tc.want {
				if got, why := placedIn(t, c, "x", words); got != want {
					t.Errorf("%q placed at %q, want %q: %s", words, got, want, why)
				}
			}
		})
	}
}

// A year-less date placed by its tense against a weekday the corpus
// placed (a day the report tells of, not the day it was written) lies
// within half a year of it: "in August" read as reported, ten months
// before Thursday 4 July 2024, stays open (a present that announces is
// often read as reported), "in May" is May 2024. Against a page's own
// dateline, whose year the corpus gave, there is no such bound: it is
// the day the page was written, as a header is.
func TestUndatedWeekdayRestWithinHalfAYear(t *testing.T) {
	c := build(t, map[string]string{"a.txt": summitSource,
		"x.txt": "Xi Jinping and Vladimir Putin met at the SCO summit in Astana on Thursday.\n\nThey had spoken by telephone in May. Their ministers had met in August.\n"})
	for words, want := range map[string]string{"in May": "2024-05", "in August": ""} {
		if got, why := placedIn(t, c, "x", words); got != want {
			t.Errorf("%q placed at %q, want %q: %s", words, got, want, why)
		}
	}
}
