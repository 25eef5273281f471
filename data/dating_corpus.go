package data

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// This file is what dating learns from the rest of the corpus. Most news
// reports never write the year ("on 3 July", "le 31 mars"): the page's
// date says it, and a folder of saved pages often has lost that date. When
// another report of the same corpus tells of an event of the same kind,
// with the same names, on the same day of the same month, and gives its
// year, the year-less date is that event's (package discover finds such
// reports; see discover's placeYears). The article's own date never comes
// from names alone: only a dateline whose day and month the page writes
// takes its year this way. A weekday is placed inside the month the
// article is dated to, or, in an article with no date at all, on the one
// day of the corpus that fits under stricter rules (see UndatedWeekdays);
// neither dates the article.

// YearlessDate is a day of a month written without a year ("3 July",
// "15–16 September", "sabato 8 giugno") that the article's own date could
// not place, because the article is undated.
type YearlessDate struct {
	Mention int // index into Article.Mentions
	Month   time.Month
	Day     int
	// Dateline says that the date is the page's own date line (a
	// published stamp): the day it was written.
	Dateline   bool
	hasTo      bool
	hasWeekday bool
	// Of the date's words only what In and WritingYearShift read is kept
	// (the whole dateWords took 260 bytes a date, held by the corpus pass
	// for every open article at the load's memory peak): to is the last
	// day of a range ("15–16 September", when hasTo; no year, as the
	// first), writingShift the years written relative to the report's.
	to           partialDate
	writingShift int
	weekday      time.Weekday
}

// YearlessDates returns the days of a month that article a writes without
// a year and that are still unresolved: those of an article with no date
// at all (an article dated to its year or finer has placed them already).
func YearlessDates(a *Article) []YearlessDate {
	if !a.Date.IsZero() || a.DuplicateOf != "" {
		return nil
	}
	var out []YearlessDate
	var sc *dateScanner
	for i, m := range a.Mentions {
		if m.Kind != MentionExplicit || m.Resolved() || m.Stamp == StampModified {
			continue
		}
		if sc == nil {
			sc = borrowScanner(lexiconFor(a.Language))
			defer returnScanner(sc)
		}
		w, ok := readMention(sc, m.Text)
		// A Solar or Lunar Hijri day has no Gregorian day and month to
		// match other reports by.
		if !ok || w.kind != MentionExplicit || w.solar || w.hijriOpen || w.from.year != 0 || w.from.month == 0 || w.from.day == 0 {
			continue
		}
		if w.hasTo && (w.to.year != 0 || w.to.month == 0 || w.to.day == 0) {
			continue
		}
		y := YearlessDate{Mention: i, Month: w.from.month, Day: w.from.day, Dateline: m.Stamp == StampPublished, hasTo: w.hasTo}
		if w.hasTo {
			y.to = w.to
		}
		if w.relYear {
			y.writingShift = w.yearShift
		}
		if w.nWeekdays == 1 {
			y.weekday, y.hasWeekday = w.weekdays[0], true
		}
		out = append(out, y)
	}
	return out
}

// Weekday returns the weekday written with the date ("sabato 8 giugno"),
// if one is.
func (y YearlessDate) Weekday() (time.Weekday, bool) { return y.weekday, y.hasWeekday }

// In returns the date in the given year, or the zero Span when that year
// has no such day or the weekday written falls on another day ("sabato 8
// giugno" is no date of 2023).
func (y YearlessDate) In(year int) Span {
	placed := dateWords{kind: MentionExplicit, from: partialDate{year: year, month: y.Month, day: y.Day}, to: y.to, hasTo: y.hasTo}
	if placed.hasTo {
		placed.to.year = year
		if placed.to.month < placed.from.month {
			placed.to.year++
		}
	}
	s := placed.span()
	if s.Start.IsZero() || y.hasWeekday && s.Start.Start().Weekday() != y.weekday {
		return Span{}
	}
	return s
}

// CorpusYear is the year the corpus gives one of an article's year-less
// dates, and why: "2024 from e05's report of the summit in Astana on
// 2024-07-04".
type CorpusYear struct {
	Date YearlessDate
	Year int
	Why  string
}

// corpusReason opens the reason of a date whose year the corpus gave.
const corpusReason = "no year written; "

// PlaceCorpusYears places article a's year-less dates in the years the
// corpus gives them, then the article's other year-less dates near the
// latest of them in its title and lead, by the tense of their sentence
// (as a header's month would place them: "in February" in a report that
// writes "signed today, on March 13" is the February before). When one of
// them is the page's dateline ("Астана. 17 июня."), the page was written
// that day: the article is dated by it, and its weekdays and relative
// words are placed against it. Dates the corpus gives no year stay
// unresolved. It does nothing to a dated article.
func PlaceCorpusYears(a *Article, years []CorpusYear) {
	if !a.Date.IsZero() || len(years) == 0 {
		return
	}
	defer placeAnchored(a) // "the next day" after a date placed here
	lead := leadParagraphs(a)
	var ref Date
	var refText string
	stamp := -1
	for _, cy := range years {
		s := cy.Date.In(cy.Year)
		m := &a.Mentions[cy.Date.Mention]
		if s.Start.IsZero() || m.Resolved() {
			continue
		}
		m.SetSpan(s, fmt.Sprintf("%s%s", corpusReason, cy.Why))
		a.mentionsPlaced = true
		if m.Stamp == StampPublished && stamp < 0 {
			stamp = cy.Date.Mention
		}
		if m.Paragraph < lead && !m.Announced && (ref.IsZero() || ref.Before(s.Last())) {
			ref, refText = s.Last(), m.Text
		}
	}
	if stamp >= 0 {
		m := a.Mentions[stamp]
		ref, refText = m.Span.Last(), m.Text
		a.Date, a.DateSource = m.Span.Last(), SourceText
		a.DateReason = fmt.Sprintf("the page's date line says %q; %s", m.Text, strings.TrimPrefix(m.Reason, corpusReason))
	}
	if ref.IsZero() {
		return
	}
	// A page's dateline is the day it was written, as a header is; a
	// date of the lead is a day the report tells of, and what lies half a
	// year before it is not placed by tense alone.
	reach := oneReportReach
	if stamp >= 0 {
		reach = 0
	}
	sc := placeRestNear(a, ref, fmt.Sprintf("%q, whose year the corpus gave", refText), reach)
	if stamp >= 0 {
		d := &dating{a: a, lex: sc.lex, reader: &dateReader{sc: *sc}}
		d.readWeekdays()
		d.resolveMentions()
		d.markMentions()
	}
}

// oneReportReach is how many days before a day the corpus placed (not
// the page's own date) a year-less date may be put by its tense: a report
// tells of the days around what it reports, and a month its tense puts
// ten months back ("in augustus", a present that announces, read as
// reported) is more often next year's than last year's. It is the half
// year within which the corpus's years of one report must lie (see
// discover's fitOneReport).
const oneReportReach = 183

// placeRestNear places the year-less dates of article a that are still
// open by their tense against ref, the latest day of its lead the corpus
// placed (as a header's month would place them); why names that day. A
// date its tense puts more than reach days before ref stays open (reach
// 0: no bound). It returns the scanner it read them with.
func placeRestNear(a *Article, ref Date, why string, reach int) *dateScanner {
	sc := &dateScanner{lex: lexiconFor(a.Language)}
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Resolved() || m.Kind != MentionExplicit {
			continue
		}
		w, ok := readMention(sc, m.Text)
		if !ok {
			continue
		}
		s, reason := w.placeNear(ref, why, m.Announced)
		if reach > 0 && !s.Start.IsZero() && s.Last().End().Before(ref.Start().AddDate(0, 0, -reach)) {
			s, reason = Span{}, fmt.Sprintf("no year written; its tense would put it in %d, more than %d days before %s", s.Start.Year, reach, why)
		}
		m.SetSpan(s, reason)
	}
	return sc
}

// OpenWeekday is a weekday mention of an article dated to its month that
// its date could not place: which weekday it names, and the days it may
// name (see weekdayWindow).
type OpenWeekday struct {
	Mention int // index into Article.Mentions
	Weekday time.Weekday
	Window  Span
}

// scanners keeps date scanners for the functions discovery asks of every
// article (YearlessDates, OpenWeekdays, DayOfMentionAt), so that their
// buffers are not allocated again for each article: at 100,000 articles
// they were tens of megabytes of garbage.
var scanners = sync.Pool{New: func() any { return new(dateScanner) }}

// borrowScanner returns a scanner of scanners set to lex.
func borrowScanner(lex *dateLexicon) *dateScanner {
	sc := scanners.Get().(*dateScanner)
	sc.lex = lex
	return sc
}

// returnScanner gives sc back to scanners; nothing read with it may keep
// its buffers (readMention's answers are values).
func returnScanner(sc *dateScanner) {
	sc.lex, sc.text = nil, ""
	scanners.Put(sc)
}

// OpenWeekdays returns the weekday mentions of article a, dated to its
// month, that are still unresolved and name one day: "Friday", "last
// Friday", "next Friday", not "from Wednesday to Friday".
func OpenWeekdays(a *Article) []OpenWeekday { return AppendOpenWeekdays(nil, a) }

// AppendOpenWeekdays appends to out the open weekdays of article a (see
// OpenWeekdays) and returns it: the corpus-year pass keeps them in a
// smaller form, and reads them into the same scratch for every article.
func AppendOpenWeekdays(out []OpenWeekday, a *Article) []OpenWeekday {
	if a.Date.Precision != Month || a.DuplicateOf != "" {
		return out
	}
	var sc *dateScanner
	for i, m := range a.Mentions {
		if m.Kind != MentionWeekday || m.Resolved() {
			continue
		}
		if sc == nil {
			sc = borrowScanner(lexiconFor(a.Language))
			defer returnScanner(sc)
		}
		w, ok := readMention(sc, m.Text)
		if !ok || w.kind != MentionWeekday || w.nWeekdays != 1 {
			continue
		}
		out = append(out, OpenWeekday{Mention: i, Weekday: w.weekdays[0], Window: weekdayWindow(a.Date, m.Announced && w.direction >= 0 || w.direction > 0)})
	}
	return out
}

// weekdayWindow is where a weekday of an article dated to month may lie,
// as a Span of days: one that reports lies in the month or the six days
// before it ("on Saturday" in a report of Monday 2 March is 29 February);
// one announced ("will vote on Sunday", "next Sunday") in the month or
// the six days after it.
func weekdayWindow(month Date, ahead bool) Span {
	first, end := month.Start(), month.End()
	if ahead {
		return Span{Start: DateOf(first), End: DateOf(end.AddDate(0, 0, 6))}
	}
	return Span{Start: DateOf(first.AddDate(0, 0, -6)), End: DateOf(end.AddDate(0, 0, -1))}
}

// PlaceWeekdayInMonth places the open weekday w of article a on day: the
// one day of that weekday in its window on which the corpus reports an
// event of the kind and names its sentence tells of ("Saturday's vote" in
// a March 2022 report, when another report of the folder tells of the
// vote on 12 March 2022). why says which report. It does nothing when the
// mention is resolved or day is not that weekday in that window.
func PlaceWeekdayInMonth(a *Article, w OpenWeekday, day Date, why string) bool {
	if w.Mention < 0 || w.Mention >= len(a.Mentions) || day.Precision != Day {
		return false
	}
	m := &a.Mentions[w.Mention]
	if m.Resolved() || m.Kind != MentionWeekday || day.Start().Weekday() != w.Weekday || !inSpan(w.Window, day) {
		return false
	}
	m.SetSpan(Span{Start: day}, fmt.Sprintf("the %s %s", w.Weekday, why))
	a.mentionsPlaced = true
	return true
}

// MentionsPlacedByCorpus reports whether discovery placed some of a's
// Mentions from other reports of the corpus (PlaceCorpusYears,
// PlaceWeekdayInMonth, PlaceUndatedWeekday): they then differ from what
// reading a alone gives.
func (a *Article) MentionsPlacedByCorpus() bool { return a.mentionsPlaced }

// inSpan reports whether day d lies within s.
func inSpan(s Span, d Date) bool {
	return !d.Start().Before(s.From()) && d.Start().Before(s.To())
}

// UndatedWeekdays returns the weekday mentions of article a, which has no
// date at all, that tell of what took place and name one day: "on
// Sunday", "last Friday", not "next Friday", "will vote on Sunday" or
// "from Wednesday to Friday"; in its title and first two paragraphs.
// Their Window is zero: which week they are of is not known. Discovery
// places such a weekday only on the one day of that weekday on which the
// corpus reports the event its sentence tells of (see
// PlaceUndatedWeekday).
func UndatedWeekdays(a *Article) []OpenWeekday { return AppendUndatedWeekdays(nil, a) }

// AppendUndatedWeekdays is AppendOpenWeekdays for UndatedWeekdays.
func AppendUndatedWeekdays(out []OpenWeekday, a *Article) []OpenWeekday {
	// A report looks back to the days before it in its lead; a weekday
	// further down is as often of another story (and reading each one's
	// sentence against the corpus costs).
	return appendUndatedWeekdays(out, a, func(p int) bool { return p < undatedWeekdayParagraphs })
}

// UndatedWeekdaysBeyondTheLead returns the weekday mentions of undated
// article a that UndatedWeekdays leaves out: those after its lead. Only a
// figure the report shares with a report dated to the day ties such a
// weekday to that report's story (discovery's rule 14).
func UndatedWeekdaysBeyondTheLead(a *Article) []OpenWeekday {
	return appendUndatedWeekdays(nil, a, func(p int) bool { return p >= undatedWeekdayParagraphs })
}

// appendUndatedWeekdays appends the weekday mentions of undated article a,
// in the paragraphs that in accepts, that tell of what took place and name
// one day (see UndatedWeekdays).
func appendUndatedWeekdays(out []OpenWeekday, a *Article, in func(paragraph int) bool) []OpenWeekday {
	if !a.Date.IsZero() || a.DuplicateOf != "" {
		return out
	}
	var sc *dateScanner
	for i, m := range a.Mentions {
		if m.Kind != MentionWeekday || m.Resolved() || m.Announced || !in(m.Paragraph) {
			continue
		}
		if sc == nil {
			sc = borrowScanner(lexiconFor(a.Language))
			defer returnScanner(sc)
		}
		w, ok := readMention(sc, m.Text)
		if !ok || w.kind != MentionWeekday || w.nWeekdays != 1 || w.direction > 0 {
			continue
		}
		out = append(out, OpenWeekday{Mention: i, Weekday: w.weekdays[0]})
	}
	return out
}

// undatedWeekdayParagraphs is how many paragraphs of an undated report
// (the title and the first two, as discovery's lead) UndatedWeekdays
// reads.
const undatedWeekdayParagraphs = 3

// PlaceUndatedWeekday places weekday w of undated article a (one of
// UndatedWeekdays) on day, the one day of that weekday on which the
// corpus reports the event its sentence tells of; why says which report.
// The article's own date is not changed: a weekday says which day, not
// when the page was written (it may be days later). It does nothing when
// the mention is resolved, the article dated, or day is another weekday.
func PlaceUndatedWeekday(a *Article, w OpenWeekday, day Date, why string) bool {
	if !a.Date.IsZero() || w.Mention < 0 || w.Mention >= len(a.Mentions) || day.Precision != Day {
		return false
	}
	m := &a.Mentions[w.Mention]
	if m.Resolved() || m.Kind != MentionWeekday || day.Start().Weekday() != w.Weekday {
		return false
	}
	m.SetSpan(Span{Start: day}, fmt.Sprintf("the %s %s%s", w.Weekday, why, undatedWeekdayReason))
	a.mentionsPlaced = true
	return true
}

// undatedWeekdayReason ends the reason of a weekday of an undated report
// placed by the corpus.
const undatedWeekdayReason = " (the report's own date is not known)"

// PlacedAsUndatedWeekday reports whether mention m is a weekday of an
// undated report that PlaceUndatedWeekday placed.
func PlacedAsUndatedWeekday(m DateMention) bool {
	return m.Kind == MentionWeekday && m.Resolved() && strings.HasSuffix(m.Reason, undatedWeekdayReason)
}

// PlaceNearUndatedWeekdays places the year-less dates of undated article a
// by their tense against the latest weekday that the corpus placed
// (PlaceUndatedWeekday, in its lead), as PlaceCorpusYears places them against a
// day whose year the corpus gave: "mercredi 14 septembre", in a report
// whose "vendredi" is 16 September 2022, is 14 September 2022. The days
// written relative to the date told before them ("a day later") are
// placed against it too. The article stays undated.
func PlaceNearUndatedWeekdays(a *Article) {
	if !a.Date.IsZero() {
		return
	}
	// "A day later", "на следующий день" after a weekday placed here
	// count from it, as from any date the text told before them.
	defer placeAnchored(a)
	var ref Date
	var refText string
	// Such weekdays are of the title and first two paragraphs (see
	// UndatedWeekdays): the report's lead.
	for _, m := range a.Mentions {
		if !PlacedAsUndatedWeekday(m) {
			continue
		}
		if d := m.Span.Span().Last(); ref.IsZero() || ref.Before(d) {
			ref, refText = d, m.Text
		}
	}
	if !ref.IsZero() && !dateByDatelineWeekday(a, ref, refText) {
		placeRestNear(a, ref, fmt.Sprintf("%q, the day of the corpus's report", refText), oneReportReach)
	}
}
