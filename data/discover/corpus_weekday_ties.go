package discover

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// This file is rule 24 of the corpus's years (README "Dates the corpus
// places"): a story none of whose reports is dated. Every other rule asks
// a report dated to the day (or the shipped calendar); a folder whose
// reports of one story all lost their date — the unrest in Karakalpakstan
// told as "protests that broke out on 1 July" in one report and "the
// demonstrators marched through Nukus last Friday" in another — has none.
// A reader of both still knows the year: the two tell of one event, so 1
// July was a Friday, and a day of a month is a Friday once in five, six or
// eleven years; the president the reports title ("President Shavkat
// Mirziyoyev", in office since September 2016) leaves one of them.
//
// A year-less day of a month of an undated report is tied to a weekday of
// another undated report when both sentences tell of an event of the same
// kind, one that happens on one day (a protest, a vote, a summit, an
// attack: not talks, a meeting, a visit, a statement or a decision,
// which two leaders hold any week) with two names in common, written alike
// (not through related names), the report of the weekday not filed from
// one of them (its dateline). Each tie says that one of the days of the
// month the report's paragraph ties to that weekday falls on it ("1 July
// … 2 July" and a Friday: one of them is a Friday). The year is the one in
// which every tie of the report holds, and which the terms of the people
// each report titles allow (data.TermsReader): the weekday's day within a
// week before its report's window (the report looks back to it), the day
// of the month within half a year before its own report's window (rule
// 17's reach). A report whose ties and terms leave two years, or none,
// stays open; so does one when neither report titles anyone (a weekday
// alone fits a year in seven). The year is that of a day the corpus
// placed (its reason says "from the corpus", and the report's other
// year-less dates are placed by their tense against it); the page stays
// undated, and rule 13 then places the weekdays by the days so placed.

// tieWeekdayReach is how many days before the first day of its report's
// window a tied weekday may lie: a report looks back to the days of the
// week before it (see undatedWeek).
const tieWeekdayReach = undatedWeek + 1

// tieDayReach is how many days before the first day of its report's
// window a tied day of a month may lie: a year-less date is near the day
// it is written (rule 17's reach, data's officeReach).
const tieDayReach = 183

// tiedKinds reports whether an event of kind k happens on one day, so
// that a day of a month and a weekday that tell of it with the same names
// are one day. Talks, meetings, visits, statements, decisions and results
// recur: two leaders meet any week, and a ministry states on any day.
func tiedKind(k Kind) bool {
	switch k {
	case "", Happening, Announcement, Decision, Result, Talks, Meeting, Visit, Exchange, Appointment:
		return false
	}
	return true
}

// tieProbe is what a sentence of an undated report tells, kept for rule
// 24: its kind and names, and the weekday or day of the month it writes.
type tieProbe struct {
	article int
	id      string // the article's
	kind    Kind
	names   []string // places and actors, not the dateline
	weekday time.Weekday
	date    data.YearlessDate // for a day of a month
	para    int
}

// tieProbeRead reads the sentence of mention i of article a, the
// article-th of its corpus, for rule 24: false when it tells of no event of
// a kind tied by its day. The sentence as described is returned too,
// valid until the scanner describes another.
func (s *Scanner) tieProbeRead(a *data.Article, article, i int, span data.Span) (tieProbe, Candidate, bool) {
	probe, ok := s.describe(a, i, span)
	if !ok || !tiedKind(probe.Kind()) {
		return tieProbe{}, probe, false
	}
	dl := probe.Dateline()
	names := slices.DeleteFunc(slices.Concat(probe.Places(), probe.Actors()), func(id string) bool { return id == dl })
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) < 2 {
		return tieProbe{}, probe, false
	}
	return tieProbe{article: article, id: a.ID, kind: probe.Kind(), names: names, para: a.Mentions[i].Paragraph}, probe, true
}

// storyDated reports whether a report of the folder dated to the day, or
// an occasion of the shipped calendar, tells of probe's event on some day
// (the rule of the corpus-year pass: a kind that agrees and a name in
// common, with its look-alike checks): the story then has a dated report,
// and the rules that read it decide, or leave the day open.
func (x *Extractor) storyDated(probe *Candidate, idx *corpusDays) bool {
	own := names(probe)
	for pass := range 2 {
		for _, id := range x.namesFor(own, pass) {
			for _, d := range idx.byName[id] {
				if idx.sourceOf(x, dayName{d, id}, probe, true, earliest).found() {
					return true
				}
			}
		}
	}
	return false
}

// tied reports whether day probe d and weekday probe w tell of one event
// (see this file's comment): the same kind, and two names in common, one
// of them at least written alike, the other maybe a city or leader of a
// country the other names ("протесты … в Нукусе, столице Каракалпакстана"
// and "unrest gripping Karakalpakstan, the autonomous province of
// Uzbekistan": Nukus is Uzbekistan's). Each name counts once.
func (x *Extractor) tied(d, w *tieProbe) bool {
	if d.article == w.article || d.kind != w.kind {
		return false
	}
	others := w.names // without its dateline (tieProbeRead)
	used := make([]bool, len(others))
	left := 0
	exact := 0
	var rest []string
	for _, id := range d.names {
		if k := slices.Index(others, id); k >= 0 {
			used[k] = true
			exact++
		} else {
			rest = append(rest, id)
		}
	}
	if exact == 0 {
		return false
	}
	for _, id := range rest {
		for k, o := range others {
			if !used[k] && x.related(id, o) {
				used[k] = true
				left++
				break
			}
		}
	}
	return exact+left >= 2
}

// placeTiedDays places the year-less days of the undated articles of work
// that rule 24 ties to weekdays of other undated articles (see this file's
// comment), with scanner s. It returns the articles it changed, their
// candidates extracted again into per; their mentions go back to st.
func (x *Extractor) placeTiedDays(c *data.Corpus, work []openDates, per [][]Candidate, st *mentionStash, s *Scanner, idx *corpusDays) []int {
	// The mentions of article i, unpacked while read, and packed again
	// as they were when nothing changed.
	withMentions := func(i int, f func(a *data.Article) bool) {
		a := c.Articles[i]
		packed := st.packed[i]
		st.restoreInto(i, nil)
		if f(a) {
			st.stash(i)
		} else if packed != nil {
			st.packed[i], a.Mentions = packed, nil
		}
	}
	// The weekdays first: most folders have no undated report that tells
	// of a weekday, and then no day needs reading.
	var weekdays []tieProbe
	var undated []int
	for _, o := range work {
		i := o.article
		if !c.Articles[i].Date.IsZero() {
			continue
		}
		undated = append(undated, i)
		withMentions(i, func(a *data.Article) bool {
			for _, w := range data.AppendUndatedWeekdays(nil, a) {
				// A weekday of a story with a dated report is rule 13's.
				if p, probe, ok := s.tieProbeRead(a, i, w.Mention, data.Span{Start: data.DayDate(2000, time.January, 2+int(w.Weekday))}); ok && !x.storyDated(&probe, idx) {
					p.weekday = w.Weekday
					weekdays = append(weekdays, p)
				}
			}
			return false
		})
	}
	if len(weekdays) == 0 {
		return nil
	}
	byName := map[string][]int{}
	for k := range weekdays {
		for _, id := range weekdays[k].names {
			byName[id] = append(byName[id], k)
		}
	}
	var terms *data.TermsReader
	termsOf := map[int][]data.DayStretch{}
	whoOf := map[int]string{}
	readTerms := func(i int) []data.DayStretch {
		if t, ok := termsOf[i]; ok {
			return t
		}
		if terms == nil {
			terms = data.NewTermsReader(c.Names)
		}
		t, who := terms.Terms(c.Articles[i])
		termsOf[i], whoOf[i] = t, who
		return t
	}
	var done []int
	for _, i := range undated {
		withMentions(i, func(a *data.Article) bool {
			years := x.tiedYears(a, i, s, idx, weekdays, byName, readTerms, whoOf)
			if len(years) == 0 || !fitOneReport(a, years) {
				return false
			}
			data.PlaceCorpusYears(a, years)
			per[i] = extractOne(s, a, i, c.Extractions, true)
			done = append(done, i)
			return true
		})
	}
	return done
}

// tie is one weekday of another report that days of a month of a report
// are tied to: one of those days falls on it.
type tie struct {
	weekday *tieProbe
	para    int // the paragraph of the days
	days    []data.YearlessDate
}

// tiedYears returns the years rule 24 gives the year-less days of undated
// article a, the i-th of its corpus (none when its ties and terms leave no
// one year).
func (x *Extractor) tiedYears(a *data.Article, i int, s *Scanner, idx *corpusDays, weekdays []tieProbe, byName map[string][]int, readTerms func(int) []data.DayStretch, whoOf map[int]string) []data.CorpusYear {
	var ties []tie
	for _, y := range data.YearlessDates(a) {
		m := a.Mentions[y.Mention]
		if _, withWeekday := y.Weekday(); y.Dateline || withWeekday || m.Announced {
			continue
		}
		d, probe, ok := s.tieProbeRead(a, i, y.Mention, data.Span{Start: data.DayDate(2000, y.Month, y.Day)})
		if !ok {
			continue
		}
		seen := map[int]bool{}
		found := false
		for _, id := range d.names {
			for _, k := range byName[id] {
				w := &weekdays[k]
				if seen[k] || !x.tied(&d, w) {
					continue
				}
				seen[k] = true
				// The days of one paragraph tied to one weekday are one
				// tie: one of them falls on it.
				at := slices.IndexFunc(ties, func(t tie) bool { return t.weekday == w && t.para == d.para })
				if at < 0 {
					ties = append(ties, tie{weekday: w, para: d.para})
					at = len(ties) - 1
				}
				ties[at].days = append(ties[at].days, y)
				found = true
			}
		}
		if found && x.storyDated(&probe, idx) {
			return nil
		}
	}
	if len(ties) == 0 {
		return nil
	}
	// The windows: the report's own terms, and those of each report of a
	// tied weekday. One at least must bound the years.
	own := readTerms(i)
	bounded := len(own) > 0
	for _, t := range ties {
		bounded = bounded || len(readTerms(t.weekday.article)) > 0
	}
	if !bounded {
		return nil
	}
	last := data.Today()
	first := last.Year()
	for _, r := range own {
		first = min(first, r.From.Year())
	}
	for _, t := range ties {
		for _, r := range readTerms(t.weekday.article) {
			first = min(first, r.From.Year())
		}
	}
	within := func(d time.Time, rs []data.DayStretch, reach int) bool {
		if len(rs) == 0 {
			return true
		}
		for _, r := range rs {
			if !d.Before(r.From.AddDate(0, 0, -reach)) && !d.After(r.To) {
				return true
			}
		}
		return false
	}
	fit := 0
	for year := first - 1; year <= last.Year(); year++ {
		holds := true
		for _, t := range ties {
			one := false
			for _, y := range t.days {
				// A range ("15–17 March") holds the weekday when one
				// of its days falls on it.
				span := y.In(year)
				if span.Start.IsZero() {
					continue
				}
				for day := span.Start.Start(); day.Before(span.Last().End()) && !one; day = day.AddDate(0, 0, 1) {
					if !day.After(last) && day.Weekday() == t.weekday.weekday && within(day, own, tieDayReach) && within(day, readTerms(t.weekday.article), tieWeekdayReach) {
						one = true
					}
				}
			}
			if !one {
				holds = false
				break
			}
		}
		if holds {
			if fit != 0 {
				return nil
			}
			fit = year
		}
	}
	if fit == 0 {
		return nil
	}
	var out []data.CorpusYear
	var said []string
	for _, t := range ties {
		w := t.weekday
		said = append(said, fmt.Sprintf("%s tells of the %s on a %s", w.id, w.kind, w.weekday))
		for _, y := range t.days {
			if !slices.ContainsFunc(out, func(cy data.CorpusYear) bool { return cy.Date.Mention == y.Mention }) {
				out = append(out, data.CorpusYear{Date: y, Year: fit})
			}
		}
	}
	who := whoOf[i]
	for _, t := range ties {
		if w := whoOf[t.weekday.article]; w != "" && !strings.Contains(who, w) {
			who = strings.TrimPrefix(who+" and "+w, " and ")
		}
	}
	why := fmt.Sprintf("%d%s%s; no report of the story is dated, and %d is the one year in which the days fall so while %s", fit, fromTheCorpus, strings.Join(said, "; "), fit, who)
	for k := range out {
		out[k].Why = why
	}
	return out
}
