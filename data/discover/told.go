package discover

import "github.com/caravan-analytics/caravan/data"

// A report cannot tell of what happened after it was written. An undated
// sentence of the lead ("tens of thousands protested again in Istanbul")
// supports the event of its kind and names in the days up to its report's
// date (see bestUndated); when that date is a month alone, every day of
// the month would do, and the sentence joined the protests of the 23rd
// from a report of the 21st. The days a report itself tells as past bound
// its own day: news is told on the day of its newest happening or the day
// after. So a month-dated report's undated sentence supports no event that
// began more than a day after the newest day the report tells (a plan, an
// Announced sentence, looks ahead and keeps its weeks).

// toldDays returns, for each month-dated article that has an undated lead
// sentence of no plan, the end (exclusive) of the newest day within its
// month that a dated, not announced candidate of it tells. Articles that
// tell no such day have none: their sentences keep the whole month.
func toldDays(cands, undated []*Candidate) map[*data.Article]day {
	var told map[*data.Article]day
	for _, c := range undated {
		if !c.Announced && c.Span().Precision() == data.Month {
			if told == nil {
				told = map[*data.Article]day{}
			}
			told[c.Article] = 0
		}
	}
	if told == nil {
		return nil
	}
	for _, c := range cands {
		last, ok := told[c.Article]
		if !ok || c.Undated || c.Announced || c.Span().Precision() != data.Day {
			continue
		}
		month, end := daysOf(data.Span{Start: c.Article.Date})
		if c.from >= month && c.to <= end && c.to > last {
			told[c.Article] = c.to
		}
	}
	return told
}

// toldBy returns the last day an undated sentence of an article whose
// newest told day ends at last may report: the day after that day (see
// above); 0 when the article tells no day.
func toldBy(last day) day {
	if last == 0 {
		return 0
	}
	return last + 1
}
