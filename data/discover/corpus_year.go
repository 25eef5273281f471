package discover

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// This file is dating's use of the corpus (see data.PlaceCorpusYears):
// a news report rarely writes the year ("le 31 mars", "2 січня"), and a
// saved page often loses the date that says it. When another report of
// the same folder tells of an event of the same kind, with a name in
// common, on the same day of the same month, and that report's date is
// known, the year-less date is that event's year. A weekday ("Saturday's
// vote") of a report dated only to its month is the one day of that
// weekday, in or just before the month, on which the corpus reports such
// an event. Nothing is placed when two years (or two days) fit.

// corpusRounds bounds how often places found this way are used in turn
// to place others: a report placed by a second one can place a third.
const corpusRounds = 3

// maxSourceDays is how many days of a span are filed as sources: a
// fortnight-long span says little about any one of its days.
const maxSourceDays = 7

// monthDay is a day of a month in no year.
type monthDay struct {
	month time.Month
	day   int
}

// corpusDays files the day-precise candidates of a corpus by their days:
// by day of the month in any year, and by day.
type corpusDays struct {
	byMonthDay map[monthDay][]*Candidate
	byDay      map[day][]*Candidate
}

// placeYears places the year-less dates and weekdays of the
// corpus's articles that other articles' candidates fix (see this file's
// comment), and extracts again the candidates of the articles it changed.
// It reports whether it changed any.
func placeYears(x *Extractor, c *data.Corpus, per [][]Candidate) bool {
	var work []int
	for i, a := range c.Articles {
		if a.DuplicateOf != "" {
			continue
		}
		if a.Date.IsZero() && len(data.YearlessDates(a)) > 0 || a.Date.Precision == data.Month && hasOpenWeekday(a) {
			work = append(work, i)
		}
	}
	if len(work) == 0 {
		return false
	}
	s := x.NewScanner()
	changed := false
	for range corpusRounds {
		idx := fileDays(per)
		round := false
		for _, i := range work {
			a := c.Articles[i]
			placed := false
			if a.Date.IsZero() {
				placed = s.placeYearless(a, idx)
			}
			if a.Date.Precision == data.Month && s.placeWeekdays(a, idx) {
				placed = true
			}
			if placed {
				per[i] = s.Candidates(a, i)
				round = true
			}
		}
		if !round {
			break
		}
		changed = true
		work = slices.DeleteFunc(work, func(i int) bool {
			a := c.Articles[i]
			return !(a.Date.IsZero() && len(data.YearlessDates(a)) > 0 || a.Date.Precision == data.Month && hasOpenWeekday(a))
		})
	}
	return changed
}

// hasOpenWeekday reports whether article a has a weekday mention left
// unresolved.
func hasOpenWeekday(a *data.Article) bool {
	return slices.ContainsFunc(a.Mentions, func(m data.DateMention) bool { return m.Kind == data.MentionWeekday && !m.Resolved() })
}

// fileDays files the candidates that can fix a date: known to the day,
// naming a kind of event and someone or somewhere, and not an undated
// sentence of a lead.
func fileDays(per [][]Candidate) corpusDays {
	idx := corpusDays{byMonthDay: map[monthDay][]*Candidate{}, byDay: map[day][]*Candidate{}}
	for i := range per {
		for j := range per[i] {
			c := &per[i][j]
			if c.Undated || c.Kind == Happening || c.Span.Precision() != data.Day || len(c.Places)+len(c.Actors) == 0 {
				continue
			}
			for d := c.from; d < c.to && d < c.from+maxSourceDays; d++ {
				t := d.date()
				idx.byMonthDay[monthDay{t.Month, t.Day}] = append(idx.byMonthDay[monthDay{t.Month, t.Day}], c)
				idx.byDay[d] = append(idx.byDay[d], c)
			}
		}
	}
	return idx
}

// placeYearless gives the year-less dates of undated article a the one
// year the corpus's reports of the same event give them.
func (s *Scanner) placeYearless(a *data.Article, idx corpusDays) bool {
	var years []data.CorpusYear
	for _, y := range data.YearlessDates(a) {
		sources := idx.byMonthDay[monthDay{y.Month, y.Day}]
		if len(sources) == 0 {
			continue
		}
		probe, ok := s.describe(a, y.Mention, data.Span{Start: data.DayDate(2000, y.Month, y.Day)})
		if !ok {
			continue
		}
		year, src := 0, (*Candidate)(nil)
		for _, e := range sources {
			if !sameEvent(&probe, e) {
				continue
			}
			ey := yearOf(e, y.Month, y.Day)
			if ey == 0 || y.In(ey).Start.IsZero() {
				continue
			}
			if year != 0 && ey != year {
				year = -1
				break
			}
			year, src = ey, e
		}
		if year > 0 {
			years = append(years, data.CorpusYear{Date: y, Year: year, Why: fmt.Sprintf("%d from the corpus: %s", year, reportOf(src, &probe))})
		}
	}
	if len(years) == 0 {
		return false
	}
	data.PlaceCorpusYears(a, years)
	return true
}

// placeWeekdays places the open weekdays of article a, dated to its month,
// on the one day of the corpus that fits (see data.PlaceWeekdayInMonth).
func (s *Scanner) placeWeekdays(a *data.Article, idx corpusDays) bool {
	placed := false
	for i, m := range a.Mentions {
		if m.Kind != data.MentionWeekday || m.Resolved() {
			continue
		}
		wd, ok := data.WeekdayOf(a, i)
		if !ok {
			continue
		}
		window := data.WeekdayWindow(a, i)
		from, to := daysOf(window)
		probe, ok := s.describe(a, i, window)
		if !ok {
			continue
		}
		var found day = -1
		var src *Candidate
		for d := from; d < to; d++ {
			if d.date().Start().Weekday() != wd {
				continue
			}
			for _, e := range idx.byDay[d] {
				if !sameEvent(&probe, e) {
					continue
				}
				if found >= 0 && found != d {
					found = -2
				}
				if found == -1 {
					found, src = d, e
				}
			}
		}
		if found >= 0 && data.PlaceWeekdayInMonth(a, i, found.date(), "on which "+reportOf(src, &probe)) {
			placed = true
		}
	}
	return placed
}

// describe reads the sentence of article a's mention i as a candidate
// would be read, with span as its date: its kind and names. A sentence
// that names nobody takes the names of its paragraph.
func (s *Scanner) describe(a *data.Article, i int, span data.Span) (Candidate, bool) {
	m := a.Mentions[i]
	if m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
		return Candidate{}, false
	}
	m.Span = span
	p := a.Paragraphs[m.Paragraph]
	start, end := sentenceAround(a.Text, p.Start, p.End, m.Start, m.End)
	for range 2 {
		if end >= p.End || saysEnough(a.Text[start:end], m.Text) {
			break
		}
		_, end = sentenceAround(a.Text, p.Start, p.End, end, end)
	}
	s.names.In(a)
	s.lead, s.last.article = s.lead[:0], nil
	s.ev, s.ids = s.ev[:0], s.ids[:0]
	c, ok := s.candidate(a, m, m.Paragraph, start, end)
	if !ok || c.Kind == Happening {
		return Candidate{}, false
	}
	if len(c.Places)+len(c.Actors) == 0 && (start > p.Start || end < p.End) {
		c.Places, c.Actors = s.splitNames(s.names.Find(p.Text, p.Start, nil))
		c.Context = true
	}
	// "The vote took place on 12 March" is about the country the report
	// opens with.
	for pi := 0; len(c.Places)+len(c.Actors) == 0 && pi < min(leadParagraphs, len(a.Paragraphs)); pi++ {
		p := a.Paragraphs[pi]
		c.Places, c.Actors = s.splitNames(s.names.Find(p.Text, p.Start, nil))
		c.Context = true
	}
	return c, len(c.Places)+len(c.Actors) > 0
}

// sameEvent reports whether candidate e, of another article, tells of
// the event probe tells of: kinds that agree (the same, akin, or one the
// other names), a name in common, and no refinement that differs (a
// presidential election is not a parliamentary one).
func sameEvent(probe, e *Candidate) bool {
	if e.Article == probe.Article || e.Kind == Happening {
		return false
	}
	shared := len(sharedNames(probe, e))
	kinds := e.Kind == probe.Kind || akin(e.Kind, probe.Kind) || probe.Kinds.Has(e.Kind) || e.Kinds.Has(probe.Kind)
	// The visit, the talks and the signing of the same leaders on the
	// same day are one occasion, told in other words; two names in
	// common make up for the different word.
	if !kinds && !(occasion(e.Kind) && occasion(probe.Kind) && shared >= 2) {
		return false
	}
	for _, pair := range [][2]qualifier{{qPresidential, qParliamentary}} {
		if slices.Contains(probe.quals, pair[0]) && slices.Contains(e.quals, pair[1]) ||
			slices.Contains(probe.quals, pair[1]) && slices.Contains(e.quals, pair[0]) {
			return false
		}
	}
	return shared > 0
}

// occasion reports whether k is a kind of diplomatic occasion: a visit,
// talks, a meeting, a summit or a signing.
func occasion(k Kind) bool {
	switch k {
	case Visit, Talks, Meeting, Summit, Agreement:
		return true
	}
	return false
}

// sharedNames returns the name ids probe and e both name.
func sharedNames(probe, e *Candidate) []string {
	var out []string
	for _, list := range [][]string{probe.Places, probe.Actors} {
		for _, id := range list {
			if slices.Contains(e.Places, id) || slices.Contains(e.Actors, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// yearOf returns the year of the day of e's span that falls on the given
// day of the month, or 0.
func yearOf(e *Candidate, month time.Month, dayOfMonth int) int {
	for d := e.from; d < e.to && d < e.from+maxSourceDays; d++ {
		if t := d.date(); t.Month == month && t.Day == dayOfMonth {
			return t.Year
		}
	}
	return 0
}

// reportOf says, for a reason, which report fixed a date: "e05_zh reports
// the summit with sco, astana on 2024-07-04".
func reportOf(e, probe *Candidate) string {
	return fmt.Sprintf("%s reports the %s with %s on %s", e.Article.ID, e.Kind, strings.Join(sharedNames(probe, e), ", "), spanRef(e.Span))
}
