package discover

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
// weekday, in or just before the month (just after, when announced), on
// which the corpus reports such an event. Nothing is placed when two
// years (or two days) fit. A dateline alone on its line, or one whose own
// sentences name no event, is read with the sentences of its report's
// lead (describeLead), and a page's dateline is also compared with the
// undated leads of reports dated to the day by their own date line (both
// tell what happened the day they were filed). A weekday of a report with
// no date at all is placed under stricter rules (corpus_weekdays.go).
// Look-alikes (another guest, another city, a dateline whose weekday
// names another day, years no writing day fits) are set apart first
// (corpus_checks.go). The reports are filed and asked in corpus_sources.go.

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

// placeYears places the year-less dates and weekdays of the
// corpus's articles that other articles' candidates fix (see this file's
// comment), and extracts again the candidates of the articles it changed.
// It reports whether it changed any. The articles' mentions are in st,
// and go back there once an article is read.
func placeYears(x *Extractor, c *data.Corpus, per [][]Candidate, st *mentionStash) bool {
	changed, _ := placeYearsCounted(x, c, per, st)
	return changed
}

// passReadings counts, round by round, the sentences (and leads) of open
// dates the corpus-year pass read: the benchmark's figure.
type passReadings struct {
	read [corpusRounds]int
}

// scannerReadings counts what a scanner read of open dates (see
// passReadings).
type scannerReadings struct {
	read int
}

// placeYearsCounted is placeYears, with the readings it made.
func placeYearsCounted(x *Extractor, c *data.Corpus, per [][]Candidate, st *mentionStash) (bool, passReadings) {
	var counted passReadings
	// The articles that may have open dates; what they are is read by
	// the workers.
	var work []openDates
	for i, a := range c.Articles {
		if a.DuplicateOf == "" && (a.Date.IsZero() || a.Date.Precision == data.Month) && (len(a.Mentions) > 0 || st.packed[i] != nil) {
			work = append(work, openDates{article: i})
		}
	}
	if len(work) == 0 {
		return false, counted
	}
	idx, leads := newCorpusDays(), newCorpusDays()
	leads.leads = true
	idx.x, leads.x = x, x
	all := make([]int, len(per))
	for i := range all {
		all[i] = i
	}
	// The three indexes are filed side by side: each reads the
	// candidates and articles and writes only itself.
	var figs *figureIndex
	fileAll(func() { idx.file(per, all); idx.fileCalendar(x) }, func() { leads.file(per, all) }, func() {
		// Figures an undated report shares with reports dated to the day
		// (corpus_figures.go).
		figs = x.newFigureIndex(c, work)
		figs.file(c, all)
	})
	scanners := make([]*Scanner, min(runtime.GOMAXPROCS(0), len(work)))
	for w := range scanners {
		scanners[w] = x.NewScanner()
	}
	changed := false
	// A story none of whose reports is dated: a weekday of one and a day
	// of a month of another (corpus_weekday_ties.go).
	if done := x.placeTiedDays(c, work, per, st, scanners[0], idx); len(done) > 0 {
		changed = true
		fileAll(func() { idx.file(per, done) }, func() { leads.file(per, done) }, func() { figs.file(c, done) })
	}
	for round := range corpusRounds {
		// What the sentences of an open date said is kept for the next
		// round, and the last has none (corpus_probes.go).
		keepProbes := rememberSilentProbes && round < corpusRounds-1
		// Within a round the index is only read, and each article is
		// changed by one worker alone.
		figures := figs.links(c, per)
		placed := make([]bool, len(work))
		var next atomic.Int64
		var wg sync.WaitGroup
		for _, s := range scanners {
			wg.Go(func() {
				// The memory of the mentions of an article read and let go
				// again, for the next one's (see restoreInto).
				var scratch []data.DateMention
				var weekdays []data.OpenWeekday // openIn's scratch
				for {
					k := int(next.Add(1)) - 1
					if k >= len(work) {
						return
					}
					o := &work[k]
					a := c.Articles[o.article]
					// The article's mentions are unpacked only when it is
					// read: a later round passes over most articles
					// without reading them.
					restored, unpacked := false, false
					var packed []byte // the article's mentions as stashed
					read := func() {
						if !restored {
							packed = st.packed[o.article]
							if ms := st.restoreInto(o.article, scratch); ms != nil {
								scratch, unpacked = ms, true
							}
							restored = true
						}
					}
					if !o.read {
						read()
						*o = openIn(a, o.article, &weekdays)
					}
					if keepProbes && o.probes == nil {
						o.probes = &probeMemo{}
					}
					s.probes = o.probes
					ok := s.placeYearless(a, o.yearless, idx, leads, figures[o.article], read)
					if s.placeWeekdays(a, o.weekdays, idx, figures[o.article], read) {
						ok = true
					}
					s.probes = nil
					if ok {
						per[o.article] = extractOne(s, a, o.article, c.Extractions, true)
						*o = openIn(a, o.article, &weekdays)
						placed[k] = true
					}
					switch {
					case restored && !ok && packed != nil:
						// Nothing placed, nothing changed: the mentions
						// go back as they were packed.
						st.packed[o.article], a.Mentions = packed, nil
					case restored:
						st.stash(o.article)
					}
					if unpacked && a.Mentions != nil {
						// Kept by the article (not stashed again): no
						// longer scratch.
						scratch = nil
					}
				}
			})
		}
		wg.Wait()
		for _, s := range scanners {
			counted.read[round] += s.readings.read
			s.readings = scannerReadings{}
		}
		var done []int
		for k, ok := range placed {
			if ok {
				done = append(done, work[k].article)
			}
		}
		if len(done) == 0 {
			break
		}
		changed = true
		idx.round++
		leads.round++
		fileAll(func() { idx.file(per, done) }, func() { leads.file(per, done) }, func() { figs.file(c, done) })
		work = slices.DeleteFunc(work, func(o openDates) bool { return !o.open() })
	}
	return changed, counted
}

// fileAll runs the filings fs side by side and waits for them.
func fileAll(fs ...func()) {
	var wg sync.WaitGroup
	for _, f := range fs[1:] {
		wg.Go(f)
	}
	fs[0]()
	wg.Wait()
}

// openDates are the dates of an article the corpus may place: year-less
// days of an undated article, weekdays of one dated to its month.
type openDates struct {
	article  int
	read     bool // yearless and weekdays are known
	yearless []data.YearlessDate
	weekdays []openWeekday
	// probes are what the article's sentences said in the rounds so far:
	// the article has not changed since (see corpus_probes.go).
	probes *probeMemo
}

// openWeekday is a data.OpenWeekday in 24 bytes rather than 80: the open
// dates of every article that has some are kept through the rounds, and
// at 100,000 articles the weekdays alone took 150 MB as OpenWeekdays.
type openWeekday struct {
	mention int32
	weekday uint8 // a time.Weekday
	window  data.PackedSpan
}

// openIn returns the open dates of article a, the i-th of its corpus.
// scratch, which may be nil, is where the weekdays are read before they
// are packed (see openWeekday): a worker's, reused article after article.
func openIn(a *data.Article, i int, scratch *[]data.OpenWeekday) openDates {
	if a.DuplicateOf != "" {
		return openDates{article: i, read: true}
	}
	o := openDates{article: i, read: true, yearless: data.YearlessDates(a)}
	var ws []data.OpenWeekday
	if scratch != nil {
		ws = (*scratch)[:0]
		defer func() { *scratch = ws[:0] }()
	}
	if a.Date.IsZero() {
		ws = data.AppendUndatedWeekdays(ws, a)
	} else {
		ws = data.AppendOpenWeekdays(ws, a)
	}
	if len(ws) > 0 {
		o.weekdays = make([]openWeekday, 0, len(ws))
		for _, w := range ws {
			// A window is days around an article's month: it always
			// packs, and one that did not would be left open rather
			// than changed.
			if window, ok := data.PackSpan(w.Window); ok {
				o.weekdays = append(o.weekdays, openWeekday{int32(w.Mention), uint8(w.Weekday), window})
			}
		}
	}
	return o
}

// open returns the weekday as data.OpenWeekday.
func (w openWeekday) open() data.OpenWeekday {
	return data.OpenWeekday{Mention: int(w.mention), Weekday: time.Weekday(w.weekday), Window: w.window.Span()}
}

func (o openDates) open() bool { return len(o.yearless)+len(o.weekdays) > 0 }

// names returns the place and actor ids of c.
func names(c *Candidate) [2][]string { return [2][]string{c.Places(), c.Actors()} }

// placeYearless gives the year-less dates of undated article a the one
// year the corpus's reports of the same event give them.
// read is called before the article's mentions are read.
//
// A page's dateline is also compared with the leads of reports dated to
// the day by their own date line (leads): both are what a report tells on
// the day it is filed.
//
// A report dated to the day that writes a distinctive figure the article
// writes too (links, see corpus_figures.go) gives its year to a year-less
// day within figureWindow days of its date; a year the names give and
// another the figures give leave the day open.
func (s *Scanner) placeYearless(a *data.Article, dates []data.YearlessDate, idx, leads *corpusDays, links []figureLink, read func()) bool {
	var years []data.CorpusYear
	// Within one report, one day of a month is one date: the second "2
	// January" is the first's (and is not read again).
	type decision struct {
		year int
		why  string
	}
	decided := map[monthDay]decision{}
	for _, y := range dates {
		md := monthDay{y.Month, y.Day}
		if d, ok := decided[md]; ok {
			if d.year > 0 && !y.In(d.year).Start.IsZero() {
				years = append(years, data.CorpusYear{Date: y, Year: d.year, Why: d.why})
			}
			continue
		}
		// The year a figure in common gives (corpus_figures.go).
		figYear, figWhy := 0, ""
		if len(links) > 0 {
			figYear, figWhy = figureYear(y, links)
		}
		decide := func(year int, why string) {
			switch {
			case figYear < 0 || figYear > 0 && year > 0 && year != figYear:
				year = -1
			case year == 0 && figYear > 0:
				year, why = figYear, figWhy
			}
			d := decision{year: year}
			if year > 0 {
				read()
				d.why = why
				years = append(years, data.CorpusYear{Date: y, Year: year, Why: why})
			}
			decided[md] = d
		}
		// Reading the sentence costs; a date no report may fix is left.
		// A page's dateline may count its weekdays and day words from
		// itself (see probeDays): the days of the week around it count.
		_, withWeekday := y.Weekday()
		if !idx.freshMonthDay(md) && (!y.Dateline || !idx.freshAround(md) && !leads.freshAround(md)) && !(withWeekday && idx.round == 0) {
			if figYear != 0 {
				decide(0, "")
			}
			continue
		}
		read()
		span := data.Span{Start: data.DayDate(2000, y.Month, y.Day)}
		probe, ok := s.describe(a, y.Mention, span)
		probes := []Candidate{probe}
		if !ok {
			// A dateline alone on its line: the sentences of the lead
			// tell what happened on its day.
			if probes = s.describeLead(a, y.Mention, span, y.Dateline); len(probes) == 0 {
				if figYear != 0 {
					decide(0, "")
				}
				continue
			}
		}
		year, src, via := 0, report{}, (*Candidate)(nil)
		indexes := []*corpusDays{idx}
		if y.Dateline {
			indexes = append(indexes, leads)
		}
	sources:
		for k := range probes {
			probe := &probes[k]
			at := probeDaysOf(a, y, probe)
			// The probe's own names first; the names related to them
			// only when those find nothing.
			own := names(probe)
			for pass := range 3 {
				if pass == 2 && year != 0 {
					break
				}
				for _, id := range s.x.namesFor(own, pass) {
					// Under a region, "Central Asian heads of state", the
					// folder's look-alike reports give no year; the
					// calendar's own summits of the region's
					// organisation, each with its city, do
					// (corpus_regions.go).
					which := allSources
					if s.x.regionOfOccasion(probe, id) {
						which = calendarSources
					}
					// The days of the day of the month that have sources
					// under the name, each the year it is of.
					for _, ix := range indexes {
						for _, d := range at.days(ix, md, id) {
							e := ix.sourceFrom(s.x, dayName{d, id}, probe, pass < 2, earliest, which)
							if !e.found() {
								continue
							}
							ey := at.year(d)
							if ey == 0 || y.In(ey).Start.IsZero() || ey == year {
								continue
							}
							if year != 0 {
								year = -1
								break sources
							}
							year, src, via = ey, e, probe
						}
					}
				}
			}
		}
		why := ""
		if year > 0 {
			why = s.x.yearReason(year, src, via)
		}
		// No report of that very day: a date written with its weekday may
		// take the year of a report of the story near it
		// (corpus_weekday_dates.go).
		if year == 0 && withWeekday && idx.round == 0 {
			if wy, e, p := s.weekdayDateYear(y, probes, idx); wy != 0 {
				year = wy
				if wy > 0 {
					why = s.x.nearReason(wy, e, p)
				}
			}
		}
		// Nor of the dateline's day: the page may tell of the days
		// before it (corpus_writing_day.go).
		if year == 0 && y.Dateline {
			writing := s.writingProbes(a, y, probes, span, ok)
			if wy, e, p := s.writingDayYear(y, writing, indexes); wy != 0 {
				year = wy
				if wy > 0 {
					why = s.x.writingDayReason(wy, e, p)
				}
			} else if wy, e, p := s.announcedDayYear(a, y, writing, indexes); wy != 0 {
				// Nor of the days before it: the page may announce
				// what a report of the days after it tells of
				// (corpus_writing_day_before.go).
				year = wy
				if wy > 0 {
					why = s.x.announcedDayReason(wy, e, p)
				}
			}
		}
		decide(year, why)
	}
	if len(years) > 0 && !fitOneReport(a, years) {
		// A report of the days before a dateline is weaker evidence than
		// a report of the very day: when their years fit no one writing
		// day, the dateline's is left (corpus_writing_day.go).
		years = slices.DeleteFunc(years, fromWritingDay)
	}
	if len(years) == 0 || !fitOneReport(a, years) {
		return false
	}
	data.PlaceCorpusYears(a, years)
	return true
}

// placeWeekdays places the open weekdays of article a, dated to its month,
// on the one day of the corpus that fits (see data.PlaceWeekdayInMonth).
// read is called before the article's mentions are read.
// links are the reports that share a figure with an undated article (see
// corpus_figures.go).
func (s *Scanner) placeWeekdays(a *data.Article, weekdays []openWeekday, idx *corpusDays, links []figureLink, read func()) bool {
	if a.Date.IsZero() {
		return s.placeUndatedWeekdays(a, weekdays, idx, links, read)
	}
	placed := false
	// Within one report, one weekday is one day: the second "Saturday" is
	// the first's (and is not read again).
	type key struct {
		wd     time.Weekday
		window data.Span
	}
	type decision struct {
		day day
		why string
	}
	decided := map[key]decision{}
	for _, packed := range weekdays {
		w := packed.open()
		k := key{w.Weekday, w.Window}
		if d, ok := decided[k]; ok {
			if d.day >= 0 && data.PlaceWeekdayInMonth(a, w, d.day.date(), d.why) {
				placed = true
			}
			continue
		}
		from, to := daysOf(w.Window)
		first := from + day((int(w.Weekday)-int(from.date().Start().Weekday())+7)%7)
		fresh := false
		for d := first; d < to && !fresh; d += 7 {
			fresh = idx.freshDay(d)
		}
		if !fresh {
			continue
		}
		read()
		probe, ok := s.describe(a, w.Mention, w.Window)
		if !ok {
			continue
		}

		// Of the days with a report of the same event, the one whose
		// report names the same kind first wins ("the vote on Saturday"
		// is the election's Saturday, not the Saturday of the president-
		// elect's inauguration); two such days are no answer.
		var found day = -1
		var src report
		best, tied := 0, false
		own := names(&probe)
		for pass := range 3 {
			// The probe's own names first; the names related to them
			// only when those find nothing.
			if pass == 2 && found != -1 {
				break
			}
			list := s.x.namesFor(own, pass)
			for d := first; d < to; d += 7 {
				for _, id := range list {
					// Of a day and name, the first of the strongest
					// sources decides as the whole list would: a weaker
					// one comes to nothing once a stronger is seen.
					e := idx.sourceOf(s.x, dayName{d, id}, &probe, pass < 2, strongestFirst)
					if !e.found() {
						continue
					}
					switch st := e.strength; {
					case d == found:
						if st > best {
							best, src = st, e
						}
					case st > best:
						found, src, best, tied = d, e, st, false
					case st == best:
						tied = true
					}
				}
			}
		}
		if tied {
			found = -2
		}
		d := decision{day: found}
		if found >= 0 {
			d.why = "on which " + s.x.reportOf(src, &probe)
			if data.PlaceWeekdayInMonth(a, w, found.date(), d.why) {
				placed = true
			}
		}
		decided[k] = d
	}
	return placed
}

// describeRead reads the sentence of article a's mention i as a
// candidate would be read, with span as its date: its kind and names. A
// sentence that names nobody takes the names of its paragraph, or else of
// the first paragraph of the lead that names someone.
func (s *Scanner) describeRead(a *data.Article, i int, span data.Span) (Candidate, bool) {
	m := a.Mentions[i]
	if m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
		return Candidate{}, false
	}
	s.readings.read++
	m.SetSpan(span, m.Reason)
	p := a.Paragraphs[m.Paragraph]
	start, end := sentenceAround(a.Text, p.Start, p.End, m.Start, m.End)
	for range 2 {
		if end >= p.End || saysEnough(a.Text[start:end], m.Text) {
			break
		}
		_, end = sentenceAround(a.Text, p.Start, p.End, end, end)
	}
	s.names.In(a)
	// The sentence is read alone, not through a lead's scan; one read
	// alone just before (another open date of the same sentence) is not
	// read again (see Scanner.last).
	s.lead = s.lead[:0]
	s.ev, s.ids = s.ev[:0], s.ids[:0]
	return s.describeSentence(a, m, m.Paragraph, start, end)
}

// describeSentence reads the sentence of article a from start to end, in
// paragraph pi, as a candidate with mention m's date: its kind and
// names. A sentence that names nobody takes the names of its paragraph,
// or else of the first paragraph of the lead that names someone.
func (s *Scanner) describeSentence(a *data.Article, m data.DateMention, pi, start, end int) (Candidate, bool) {
	p := a.Paragraphs[pi]
	c, ok := s.candidate(a, m, pi, start, end)
	if !ok || c.Kind() == Happening {
		return Candidate{}, false
	}
	if !c.named() && (start > p.Start || end < p.End) {
		places, actors := s.paragraphNames(a, pi)
		s.setNames(&c, places, actors, nil)
		c.Context = true
	}
	// "The vote took place on 12 March" is about the country the report
	// opens with.
	for pi := 0; !c.named() && pi < min(leadParagraphs, len(a.Paragraphs)); pi++ {
		places, actors := s.paragraphNames(a, pi)
		s.setNames(&c, places, actors, nil)
		c.Context = true
	}
	return c, c.named()
}

// describeLeadRead is describe for a date alone on its line, a dateline
// ("Astana, 17 czerwca", opening or closing a page), which names no
// event: the sentences of the report's lead that name one and write no
// date of their own, each read as a candidate of the dateline's date
// (span). A report is filed on the day of what its lead tells; the
// corpus's reports of that day say in which year. None when the date's
// line says more than the date, unless the date is the page's own date
// line (dateline: "Ақтау, 25 желтоқсан. ҚазАқпарат – Бүгін …", whose
// first sentences name no kind of event the lexicon knows, under a title
// that does): then the title and the other sentences of the lead are read
// too, and a sentence whose only dates are weekdays, day words or years
// alone ("se ha proclamado este domingo campeona …, un título que suma a
// los logrados en 1964") counts its weekdays from the dateline (see
// probeDays).
func (s *Scanner) describeLeadRead(a *data.Article, i int, span data.Span, dateline bool) []Candidate {
	m := a.Mentions[i]
	if m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) || !dateline && saysEnough(a.Paragraphs[m.Paragraph].Text, m.Text) {
		return nil
	}
	s.readings.read++
	m.SetSpan(span, m.Reason)
	var out []Candidate
	for pi := range min(leadParagraphs, len(a.Paragraphs)) {
		p := a.Paragraphs[pi]
		if pi == m.Paragraph && !dateline {
			continue
		}
		for start := p.Start; start < p.End; {
			_, end := sentenceAround(a.Text, p.Start, p.End, start, start)
			if end <= start {
				break
			}
			// A sentence with a date of its own tells of that date; the
			// dateline's weekdays and day words count from it.
			if !slices.ContainsFunc(a.Mentions, func(o data.DateMention) bool {
				return o.Start < end && start < o.End && (!dateline || o.Kind == data.MentionExplicit && !yearAlone(o))
			}) && !(dateline && yearsOnly(a.Mentions, start, end)) {
				if c, ok := s.describeSentence(a, m, pi, start, end); ok {
					out = append(out, c)
				}
			}
			for start = end; start < p.End && (a.Text[start] == ' ' || a.Text[start] == '\n'); start++ {
			}
		}
	}
	return out
}

// yearsOnly reports whether the only dates of the sentence start..end are
// years alone, with no weekday or day word to count from a dateline:
// "Anlass ist der 80. Jahrestag des Sieges … im Jahr 1939" tells of 1939
// and its anniversary, not of the dateline's day, and matched a report of
// another year's visit that recalls the same battle (eval u11_de).
func yearsOnly(mentions []data.DateMention, start, end int) bool {
	years := false
	for _, o := range mentions {
		if o.Start >= end || o.End <= start {
			continue
		}
		if !yearAlone(o) {
			return false
		}
		years = true
	}
	return years
}

// yearAlone reports whether mention m is a year and no more ("titles
// won in 1964, 2008 and 2012"): background to what a lead tells, not the
// day it tells of.
func yearAlone(m data.DateMention) bool {
	sp := m.Span.Span()
	return m.Resolved() && sp.Start.Precision == data.Year && sp.End.IsZero()
}

// paraNames remembers the names of an article's paragraphs that describe
// read, for the next date of the same article.
type paraNames struct {
	article *data.Article
	names   map[int][2][]string
}

// paragraphNames returns the places and actors paragraph pi of article a
// names.
func (s *Scanner) paragraphNames(a *data.Article, pi int) (places, actors []string) {
	if s.paras.article != a {
		s.paras = paraNames{article: a, names: map[int][2][]string{}}
	}
	got, ok := s.paras.names[pi]
	if !ok {
		p := a.Paragraphs[pi]
		found, _ := dropNamesInNames(a, s.names.Find(p.Text, p.Start, nil), nil)
		got[0], got[1] = splitNames(found)
		s.paras.names[pi] = got
	}
	return got[0], got[1]
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

// sharedNames returns the name ids of probe that names has too, itself or
// through a related name (see related): "in Kasachstan am Sonntag" and
// "Астана, 20 наурыз … сайлау" tell of the same country.
func (x *Extractor) sharedNames(probe *Candidate, names []string) []string {
	var out []string
	for _, list := range [][]string{probe.Places(), probe.Actors()} {
		for _, id := range list {
			if x.relatedToAny(id, names) {
				out = append(out, id)
			}
		}
	}
	return out
}

// relatedToAny reports whether id is related to one of others (see
// related; id's own country is looked up once).
func (x *Extractor) relatedToAny(id string, others []string) bool {
	if len(others) == 0 {
		return false
	}
	country := x.country[id]
	for _, other := range others {
		if other == id || country == other || x.country[other] == id {
			return true
		}
	}
	return false
}

// related reports whether two name ids point at the same side of an
// event: the same id, or a country and one of its cities or leaders.
// Two cities of one country are not related: they are two places.
func (x *Extractor) related(a, b string) bool {
	return a == b || x.country[a] == b || x.country[b] == a
}

// namesFor returns the ids under which reports of a probe's event are
// looked for in pass 0, 1 and 2: its places, its actors, then the names
// related to them (the country of its cities and leaders, the cities and
// leaders of its countries), which only a pass that found nothing asks
// for.
func (x *Extractor) namesFor(own [2][]string, pass int) []string {
	if pass < 2 {
		return own[pass]
	}
	var more []string
	for _, list := range own {
		for _, id := range list {
			if c := x.country[id]; c != "" {
				more = append(more, c)
			}
			more = append(more, x.members[id]...)
		}
	}
	return more
}

// reportOf says, for a reason, which report fixed a date: "e05_zh reports
// the summit with sco, astana on 2024-07-04".
func (x *Extractor) reportOf(e report, probe *Candidate) string {
	if about, ok := x.fromCalendar(e); ok {
		return "the shipped calendar holds the " + about
	}
	return fmt.Sprintf("%s reports the %s with %s on %s", e.article.ID, e.kinds.First(), strings.Join(x.sharedNames(probe, e.set.names), ", "), spanRef(e.span.Span()))
}
