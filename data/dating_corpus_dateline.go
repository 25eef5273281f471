package data

import "fmt"

// datelineWeekdayReach is how many days after a weekday of its lead a
// report's dateline may lie: "on Thursday" is the Thursday of the week
// the report was filed in, on its day or in the six days before.
const datelineWeekdayReach = 6

// dateByDatelineWeekday dates undated article a by its year-less dateline
// ("ANKARA, Aug 1 (Reuters)") when the corpus placed a weekday of its
// lead (see PlaceUndatedWeekday) on day ref, refText, and the dateline's
// day and month follow ref within the week: the weekday gives the
// dateline its year, as a header would. The corpus gives a dateline its
// year from the event of its own sentence too (PlaceCorpusYears), but
// refuses when reports of two years tell of that day; the weekday, placed
// only on the one day of its weekday a report of the same event names
// (look-alike checks included), tells which. The dateline must lie on
// ref or in the six days after it, in ref's year or the next (a
// dateline of 2 January after a Friday of 30 December). It reports
// whether it dated the article; its other dates are then placed against
// the dateline.
func dateByDatelineWeekday(a *Article, ref Date, refText string) bool {
	if !a.Date.IsZero() || ref.Precision != Day {
		return false
	}
	for _, y := range YearlessDates(a) {
		if !y.Dateline || y.hasTo || a.Mentions[y.Mention].Paragraph >= undatedWeekdayParagraphs {
			continue
		}
		for _, year := range []int{ref.Year, ref.Year + 1} {
			s := y.In(year)
			if s.Start.IsZero() || s.Start.Precision != Day {
				continue
			}
			gap := int(s.Start.Start().Sub(ref.Start()).Hours() / 24)
			if gap < 0 || gap > datelineWeekdayReach {
				continue
			}
			why := fmt.Sprintf("%d from %q, placed by the corpus on %s", year, refText, ref)
			PlaceCorpusYears(a, []CorpusYear{{Date: y, Year: year, Why: why}})
			return !a.Date.IsZero()
		}
		return false // a page has one dateline
	}
	return false
}
