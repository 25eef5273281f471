package data

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"
)

// dateArticle decides when the article was written — a.Date, a.DateSource
// and a one-line a.DateReason — and then resolves the mentions that
// dateReader.find left open. candidates are the links proposed on names
// alone; events maps their ids to catalogue events.
//
// The rules, in order:
//
//  1. The header (" date 2022-09") is the frame: the article lies inside it,
//     and events or text dates outside it are background, named in the
//     reason and not used. A day header is the date; the events of the
//     fortnight before it are its news. Without other evidence the header
//     is the date.
//  2. The text's own date (see textDate): a publication stamp or dateline
//     is the date; else a day of the title and lead (a day written with
//     its year, which looks back, only to the month that holds the week
//     after it, unless a weekday of the lead falls on it); else, with a
//     header, a day further down, widened the same way. Announced dates
//     ("will attend on 15 September") never count; a modification stamp
//     counts only when nothing else does. A stamp, a dateline or a lead
//     day beats every linked event: the page says when it was written.
//  3. An article is written on or after what it reports. Every linked event
//     that agrees with the header, is tied by a word of the event (a link
//     made on names alone, a place and a person, says which story, not
//     when), is not only announced ("wird teilnehmen", "المقرر عقدها") and
//     is not background to the text's date (more than a month before it)
//     proposes a date: its day when it is a single day; else a day named
//     by a weekday of one of its paragraphs when exactly one such day falls
//     inside the event or in the two days after it ("vrijdag" at the SCO
//     summit of 15–16 Sep 2022 is the 16th); else its month. A paragraph
//     whose weekday fits one of its events and not another speaks of the
//     one that fits. When the article names weekdays (not announced, not
//     "last"/"next") and none of them falls on an event's single day, the
//     article was written another day, and the event proposes its month.
//  4. Each proposal is supported by the scores of its links (the lead
//     paragraph counts double, the most-linked storyline a half more) and by
//     every coarser proposal that contains it. Of the proposals with at
//     least half the best support, the finest and then the latest wins: the
//     article reports all of them, so it is written after the last. It
//     dates the article when the text states no strong date and it lies
//     inside or after what the text states.
//  5. A weekday alone never pins a day: a month header and "Sunday" leave
//     four or five Sundays, so the date stays a month.
//  6. When evidence conflicts (a text date after the header month), the
//     coarser date is kept and the reason says so.
//  7. With nothing at all: the zero Date, source "", reason "no date in
//     header, text or linked events".
//
// The sources that agree with the result are joined with "+", in the order
// header, text, event ("header+event").
//
// The reason cites only the events among candidates; Build re-dates an
// article from its confirmed links when ConfirmLinks drops one it cites.
//
// Then mentions are resolved against a.Date: a weekday to the day inside a
// linked event of its paragraph within a week of the article, else to the
// nearest such weekday on or before the article's day ("last"/"next" move
// to the week before or after); relative words by their unit, when the
// article's date is precise enough ("vorig jaar" needs a year, "gisteren" a
// day); days and months written without a year by the tense of their
// sentence, on or before the article's date, or after it when announced.
// Last, mentions after the article's date are marked Announced and those
// more than a month before it Background.
//
// r reads the mentions again and is set to a's language; future is what
// r.find(a) found out about which paragraphs announce what is to come. It
// returns what it learnt, so that the caller can tell which events the
// reason cites.
func dateArticle(a *Article, candidates []Link, events map[string]*Event, r *dateReader, future []bool) *dating {
	d := newDating(a, candidates, events, r, future)
	a.Date, a.DateSource, a.DateReason = d.decide()
	d.resolveMentions()
	d.markMentions()
	return d
}

// dating holds what dateArticle knows about one article.
type dating struct {
	a      *Article
	lex    *dateLexicon
	reader *dateReader // reads the mentions again, to learn what they mean
	window Date        // the header, or zero

	// future[p] reports whether paragraph p announces what is to come.
	future []bool
	// weekdays are the weekday mentions, read, in paragraph order and
	// within a paragraph in the order of Mentions.
	weekdays []weekdayMention
	// linked are the events linked to the article, strongest first.
	linked []*eventEvidence
	// ignored are the events left out as background, named in the reason.
	ignored []*Event
	// cited is the linked event the reason names as evidence, or nil.
	cited *Event
	// leadDayEnd is where the mention of the lead whose day dated the
	// article ends in its text, when nothing else did (no stamp, dateline
	// or day header), or 0: the day of the news, on or before the day the
	// page was written (see weekdayAfterLead).
	leadDayEnd int
}

// datedOnly reports whether the event the date rests on, if any, is among
// links.
func (d *dating) datedOnly(links []Link) bool {
	return d.cited == nil || linksEvent(links, d.cited)
}

// forgetBackground keeps in the reason only the background events that
// are among links. Background events do not date the article, so the date
// stands; only the reason is written again.
func (d *dating) forgetBackground(links []Link) {
	n := len(d.ignored)
	d.ignored = slices.DeleteFunc(d.ignored, func(e *Event) bool { return !linksEvent(links, e) })
	if len(d.ignored) < n {
		d.a.Date, d.a.DateSource, d.a.DateReason = d.decide()
	}
}

// linksEvent reports whether one of links is to e.
func linksEvent(links []Link, e *Event) bool {
	return slices.ContainsFunc(links, func(l Link) bool { return l.Event == e.ID })
}

// weekdayMention is a weekday mention with its meaning.
type weekdayMention struct {
	index     int // into Article.Mentions
	paragraph int
	weekday   time.Weekday // the first, for "von Mittwoch bis Freitag"
	direction int          // as dateWords.direction: -1 "last Friday", +1 "next Friday", 0
}

// weekdaysOf yields the weekday mentions of paragraph p, in text order.
func (d *dating) weekdaysOf(p int) iter.Seq[weekdayMention] {
	return func(yield func(weekdayMention) bool) {
		from, to := paragraphRange(d.weekdays, p, func(wm weekdayMention) int { return wm.paragraph })
		for _, wm := range d.weekdays[from:to] {
			if !yield(wm) {
				return
			}
		}
	}
}

// eventEvidence is one catalogue event with the links that propose it.
type eventEvidence struct {
	event      *Event
	support    float64
	paragraphs []int
	links      []Link // this event's links, to weigh once all are known
	announced  bool   // every linked paragraph announces it
	namesOnly  bool   // no link has a word of the event, only names
	// pinned is the day a weekday of its paragraphs names inside it (or
	// right after it), and pinText that weekday's words.
	pinned  Date
	pinText string
	inside  bool // the pinned day lies inside the event
	// daysOff is the weekday that says the event's single day is not the
	// article's day, or "" (see dayContradicted).
	daysOff string
}

// pinSlack is how many days after an event a weekday of its paragraph may
// name: "een dag nadat ... geland" is the day after.
const pinSlack = 2

func newDating(a *Article, candidates []Link, events map[string]*Event, r *dateReader, future []bool) *dating {
	d := &dating{
		a:      a,
		lex:    lexiconFor(a.Language),
		reader: r,
		window: a.Header,
		future: future,
	}
	d.weekdays = r.weekdays[:0]
	d.readWeekdays()
	r.weekdays = d.weekdays // grown, for the next article
	d.collectEvents(candidates, events)
	return d
}

// readWeekdays reads the weekday mentions.
func (d *dating) readWeekdays() {
	for i, m := range d.a.Mentions {
		if m.Kind != MentionWeekday {
			continue
		}
		if w, ok := d.reader.read(m.Text); ok && w.kind == MentionWeekday {
			d.weekdays = append(d.weekdays, weekdayMention{index: i, paragraph: m.Paragraph, weekday: w.weekdays[0], direction: w.direction})
		}
	}
	// Mentions come in text order, so this is usually sorted already.
	slices.SortStableFunc(d.weekdays, func(a, b weekdayMention) int { return cmp.Compare(a.paragraph, b.paragraph) })
}

// leadWeight makes the lead count double: news says first what it is
// reporting.
func leadWeight(p int) float64 {
	if p == 0 {
		return 2
	}
	return 1
}

// collectEvents gathers the linked events that agree with the header,
// weighs them and pins their weekdays.
func (d *dating) collectEvents(candidates []Link, events map[string]*Event) {
	byID := map[string]*eventEvidence{}
	var order []*eventEvidence
	// Sets beside the lists, which a file of many links would otherwise
	// search once per link.
	ignored := map[*Event]bool{}
	type eventParagraph struct {
		event     *Event
		paragraph int
	}
	seen := map[eventParagraph]bool{}
	for _, e := range d.ignored {
		ignored[e] = true
	}
	for _, l := range candidates {
		e := events[l.Event]
		if e == nil || e.Span.Start.IsZero() || l.Paragraph < 0 || l.Paragraph >= len(d.a.Paragraphs) {
			continue
		}
		if !d.agreesWithHeader(e.Span) {
			if !ignored[e] {
				ignored[e] = true
				d.ignored = append(d.ignored, e)
			}
			continue
		}
		le := byID[e.ID]
		if le == nil {
			le = &eventEvidence{event: e, announced: true, namesOnly: true}
			byID[e.ID] = le
			order = append(order, le)
		}
		le.links = append(le.links, l)
		le.namesOnly = le.namesOnly && namesOnly(l)
		if key := (eventParagraph{e, l.Paragraph}); !seen[key] {
			seen[key] = true
			le.paragraphs = append(le.paragraphs, l.Paragraph)
			le.announced = le.announced && d.future[l.Paragraph]
		}
	}
	for _, le := range order {
		// Links come in paragraph order, so this is sorted already; it
		// is what lets placeWeekday search it.
		slices.Sort(le.paragraphs)
		d.pin(le)
		if le.pinned.IsZero() {
			le.daysOff = d.dayContradicted(le.event.Span)
		}
	}
	d.weighParagraphs(order)
	d.weighStorylines(order)
	slices.SortStableFunc(order, func(x, y *eventEvidence) int {
		switch {
		case x.support > y.support:
			return -1
		case x.support < y.support:
			return 1
		}
		return 0
	})
	d.linked = order
}

// namesOnly reports whether only names support the link: a place or a
// person, but no word of the event. Reporters name the same people and
// places all through a story, so such a link says which story, not which
// day.
func namesOnly(l Link) bool {
	named := false
	for _, x := range l.Evidence {
		switch x.Kind {
		case EvidenceTerm:
			return false
		case EvidencePlace, EvidenceActor:
			named = true
		}
	}
	return named
}

// recentDays is how far before a day header a reported event may lie and
// still count as news rather than background.
const recentDays = 14

// agreesWithHeader reports whether an event can be news in an article with
// this header: inside a month header, or in the fortnight up to a day
// header (the article reports it on that day).
func (d *dating) agreesWithHeader(s Span) bool {
	switch d.window.Precision {
	case Unknown:
		return true
	case Day:
		from := d.window.Start().AddDate(0, 0, -recentDays)
		return s.From().Before(d.window.End()) && from.Before(s.To())
	}
	return s.Agrees(d.window)
}

// pinRange is the first and last day a weekday of a day-precise event's
// paragraph may name: the event's days and the pinSlack days after it.
func pinRange(s Span) (from, to time.Time) {
	return s.Start.Start(), s.Last().Start().AddDate(0, 0, pinSlack)
}

// pin looks for the one day that a weekday of the event's paragraphs names
// inside the event or within pinSlack days after it.
func (d *dating) pin(le *eventEvidence) {
	s := le.event.Span
	if s.Precision() != Day {
		return
	}
	from, to := pinRange(s)
	for _, p := range le.paragraphs {
		for wm := range d.weekdaysOf(p) {
			if wm.direction != 0 {
				continue
			}
			days := weekdaysBetween(from, to, wm.weekday, d.window)
			if len(days) != 1 {
				continue
			}
			day := DateOf(days[0])
			inside := s.Agrees(day)
			// A day inside the event beats one after it; of two after it
			// (or two inside), the later is what the article reports last.
			if le.pinned.IsZero() || inside && !le.inside || inside == le.inside && le.pinned.Before(day) {
				le.pinned, le.pinText, le.inside = day, d.a.Mentions[wm.index].Text, inside
			}
		}
	}
}

// dayContradicted returns the first weekday of the article that could name
// the day it was written or the day it reports, when there are such
// weekdays and none falls inside the single-day span s; else "". A news
// article that says "on Tuesday" was written on Tuesday or soon after, so
// a Sunday event is not its day. Weekdays of paragraphs that announce what
// is to come, and "last Friday" or "next Monday", name other days.
//
// Only a day inside the event agrees: a weekday in the days after it,
// outside the event's own paragraphs, could be any later day of the story
// (pin already takes the one that fits right after the event when the
// event's paragraph names it).
func (d *dating) dayContradicted(s Span) string {
	if s.Precision() != Day || s.Start != s.Last() {
		return ""
	}
	first := ""
	for _, wm := range d.weekdays {
		if wm.direction != 0 || d.future[wm.paragraph] {
			continue
		}
		if countWeekdays(s.Start.Start(), s.Last().Start(), wm.weekday) > 0 {
			return ""
		}
		if first == "" {
			first = d.a.Mentions[wm.index].Text
		}
	}
	return first
}

// weighParagraphs sums each event's link scores, the lead counting double.
// A paragraph whose weekday fits one of its events and not another speaks
// of the one that fits: "am Dienstag geschworen" is Tuesday's articles, not
// Wednesday's visit. Such a paragraph counts a quarter for the others.
func (d *dating) weighParagraphs(order []*eventEvidence) {
	fits := func(le *eventEvidence, p int) bool {
		s := le.event.Span
		if s.Precision() != Day {
			return false
		}
		from, to := pinRange(s)
		for wm := range d.weekdaysOf(p) {
			if countWeekdays(from, to, wm.weekday) > 0 {
				return true
			}
		}
		return false
	}
	somethingFits := map[int]bool{}
	for _, le := range order {
		for _, p := range le.paragraphs {
			somethingFits[p] = somethingFits[p] || fits(le, p)
		}
	}
	for _, le := range order {
		for _, l := range le.links {
			w := leadWeight(l.Paragraph)
			if somethingFits[l.Paragraph] && !fits(le, l.Paragraph) {
				w /= 4
			}
			le.support += l.Score * w
		}
	}
}

// weighStorylines adds half again to the events of the storyline the
// article is most linked to, so that a passing mention of another story
// (the covid outbreak in a summit report) weighs less.
func (d *dating) weighStorylines(order []*eventEvidence) {
	total := map[string]float64{}
	best := ""
	for _, le := range order {
		total[le.event.Storyline] += le.support
		if best == "" || total[le.event.Storyline] > total[best] {
			best = le.event.Storyline
		}
	}
	if best == "" {
		return
	}
	for _, le := range order {
		if le.event.Storyline == best {
			le.support *= 1.5
		}
	}
}

// weekdaysBetween returns the days from..to (inclusive) that fall on wd and
// on which an article with the header window can have been written or
// reported: inside a month header, on or before a day header.
func weekdaysBetween(from, to time.Time, wd time.Weekday, window Date) []time.Time {
	if window.Precision == Day {
		to = Earlier(to, window.Start())
	}
	var out []time.Time
	// From the first day that falls on wd, a week at a time.
	first := from.AddDate(0, 0, (int(wd)-int(from.Weekday())+7)%7)
	for t := first; !t.After(to); t = t.AddDate(0, 0, 7) {
		if window.Precision != Month || window.Overlaps(DateOf(t)) {
			out = append(out, t)
		}
	}
	return out
}

// dateProposal is a date that some evidence proposes for the article.
type dateProposal struct {
	date    Date
	support float64
	event   *eventEvidence
}

// proposalFor returns what a linked event proposes: its pinned day, its
// single day, or the finest month or year that holds all of it. A day
// that only names support, or that a weekday of the article contradicts,
// proposes its month (rule 2).
func proposalFor(le *eventEvidence) Date {
	if day := le.day(); !day.IsZero() {
		if le.weakDay() {
			return MonthDate(day.Year, day.Month)
		}
		return day
	}
	s := le.event.Span
	return enclosingDate(s.Start, s.Last())
}

// day returns the day the event points at, its pinned day or its single
// day, or the zero Date; at a coarser precision when the event is only
// known to that.
func (le *eventEvidence) day() Date {
	s := le.event.Span
	switch {
	case !le.pinned.IsZero():
		return le.pinned
	case s.End.IsZero() || s.End == s.Start:
		return s.Start
	}
	return Date{}
}

// weakDay reports whether the event's day cannot be the article's: only
// names tie them, or a weekday of the article says otherwise.
func (le *eventEvidence) weakDay() bool {
	return le.day().Precision == Day && (le.namesOnly || le.daysOff != "")
}

// enclosingDate returns the finest month or year that holds both dates.
func enclosingDate(a, b Date) Date {
	switch {
	case a.Year != b.Year:
		return Date{}
	case a.Precision >= Month && b.Precision >= Month && a.Month == b.Month:
		return MonthDate(a.Year, a.Month)
	}
	return YearDate(a.Year)
}

// eventDate applies rule 3: it returns the date the linked events propose
// and the event behind it. Events tied by names alone, announced ones and
// those that are background to text, the date the text states, propose
// nothing.
func (d *dating) eventDate(text Date) (Date, *eventEvidence) {
	var props []dateProposal
	for _, le := range d.linked {
		if le.announced || le.namesOnly || d.background(le.event.Span, text) {
			continue
		}
		if date := proposalFor(le); !date.IsZero() {
			props = append(props, dateProposal{date, le.support, le})
		}
	}
	if len(props) == 0 {
		return Date{}, nil
	}
	totals := make([]float64, len(props))
	best := 0.0
	for i, p := range props {
		for _, q := range props {
			if q.date == p.date || q.date.Contains(p.date) {
				totals[i] += q.support
			}
		}
		best = max(best, totals[i])
	}
	var pick *dateProposal
	for i := range props {
		p := &props[i]
		if totals[i] < best/2 {
			continue
		}
		if pick == nil || p.date.Precision > pick.date.Precision ||
			p.date.Precision == pick.date.Precision && pick.date.Before(p.date) {
			pick = p
		}
	}
	return pick.date, pick.event
}

// decide applies the rules of dateArticle.
func (d *dating) decide() (Date, DateSource, string) {
	tx, later := d.textDate()
	txDate, txWords := tx.date, tx.words
	evDate, ev := d.eventDate(txDate)
	var parts, sources []string
	if !d.window.IsZero() {
		parts = append(parts, "header "+d.window.String())
	}

	var date Date
	d.leadDayEnd = 0
	switch {
	case tx.strong():
		date = txDate
		if tx.kind == textLead && d.window.Precision < Day && tx.mention >= 0 && tx.mention < len(d.a.Mentions) {
			d.leadDayEnd = d.a.Mentions[tx.mention].End
		}
	case !evDate.IsZero() && (txDate.IsZero() || txDate.Contains(evDate) || txDate.Before(evDate)):
		date = evDate // finer than the text's date, or later
	case !txDate.IsZero():
		date = txDate
	default:
		date = d.window
	}
	// A day header is as precise as Caravan gets: it stays. Nothing
	// coarser than the header replaces it.
	if d.window.Precision == Day || !d.window.IsZero() && date.Precision < d.window.Precision && date.Contains(d.window) {
		date = d.window
	}

	if !d.window.IsZero() && d.window.Contains(date) {
		sources = append(sources, string(SourceHeader))
	}
	if !txDate.IsZero() && (txDate == date || txDate.Contains(date)) {
		sources = append(sources, string(SourceText))
		parts = append(parts, tx.describe())
	} else if !txDate.IsZero() {
		parts = append(parts, fmt.Sprintf("%q in the text is earlier", txWords))
	}
	if ev != nil && (evDate == date || date.Contains(evDate) || evDate.Contains(date)) {
		sources = append(sources, string(SourceEvent))
		parts = append(parts, describeEvent(ev, evDate, date.Precision))
		d.cited = ev.event
	}
	if later != "" {
		parts = append(parts, fmt.Sprintf("%q in the text is after the header: kept the header", later))
	}
	if n := len(d.ignored); n > 0 {
		const shown = 2
		var descs []string
		for _, e := range d.ignored[:min(n, shown)] {
			descs = append(descs, fmt.Sprintf("%q (%s)", e.Title, describeSpan(e.Span)))
		}
		list := strings.Join(descs, ", ")
		if n > shown {
			list += fmt.Sprintf(" and %d more", n-shown)
		}
		parts = append(parts, "outside the header: "+list)
	}
	if date.IsZero() {
		return Date{}, SourceNone, d.undatedReason()
	}
	if d.window.IsZero() && txDate.IsZero() {
		parts = append([]string{"no date in the text"}, parts...)
	}
	return date, DateSource(strings.Join(sources, "+")), strings.Join(parts, "; ")
}

// undatedReason says why nothing dates the article. Events linked only in
// passages about what is to come ("the troops will stay") are named: they
// say the article is not written before them, not when it was written.
func (d *dating) undatedReason() string {
	for _, le := range d.linked {
		switch {
		case le.announced:
			return fmt.Sprintf("no date in header or text; %q (%s) is named only in a passage about what is to come",
				le.event.Title, describeSpan(le.event.Span))
		case le.namesOnly:
			return fmt.Sprintf("no date in header or text; only names tie it to %q (%s), which says which story, not when",
				le.event.Title, describeSpan(le.event.Span))
		}
	}
	return "no date in header, text or linked events"
}

// describeEvent says, for people, how the event le, which proposed date,
// dated the article, which is known to the precision known.
func describeEvent(le *eventEvidence, date Date, known Precision) string {
	span := describeSpan(le.event.Span)
	// Only when nothing finer (a day header, a day in the text) dated the
	// article does the reason say why the event's day was not enough.
	coarse := ""
	if known < Day {
		coarse = ": known to the " + known.String()
	}
	switch {
	case le.weakDay() && le.daysOff != "":
		return fmt.Sprintf("reports %q (%s), but %q is not that day%s", le.event.Title, span, le.daysOff, coarse)
	case le.weakDay():
		return fmt.Sprintf("only names tie it to %q (%s)%s", le.event.Title, span, coarse)
	case !le.pinned.IsZero() && le.pinned == date && le.inside && le.event.Span.Precision() == Day && le.event.Span.Start != le.event.Span.Last():
		return fmt.Sprintf("%q falls inside %s (%s) only on %s", le.pinText, le.event.Title, span, dayMonthShort(date))
	case !le.pinned.IsZero() && le.pinned == date && !le.inside:
		return fmt.Sprintf("%q is right after %q (%s): %s", le.pinText, le.event.Title, span, dayMonthShort(date))
	case !le.pinned.IsZero() && le.pinned == date:
		return fmt.Sprintf("reports %q (%s); %q agrees", le.event.Title, span, le.pinText)
	}
	return fmt.Sprintf("reports %q (%s)", le.event.Title, span)
}

// dayMonthShort writes a day as "16 Sep".
func dayMonthShort(d Date) string {
	return fmt.Sprintf("%d %s", d.Day, d.Month.String()[:3])
}

// describeSpan writes a span for people: "13 Sep 2022", "15–16 Sep 2022",
// "30 Aug–2 Sep 2022".
func describeSpan(s Span) string {
	a, b := s.Start, s.Last()
	switch {
	case a == b:
		return a.Human()
	case a.Precision == Day && b.Precision == Day && a.Year == b.Year && a.Month == b.Month:
		return fmt.Sprintf("%d–%s", a.Day, b.Human())
	case a.Precision == Day && b.Precision == Day && a.Year == b.Year:
		return fmt.Sprintf("%s–%s", dayMonthShort(a), b.Human())
	}
	return a.Human() + "–" + b.Human()
}
