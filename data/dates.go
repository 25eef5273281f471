package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// dateReader reads the dates of articles one after the other: find, and
// the readings of mentions dateArticle asks for. Build gives one to
// each worker, so that its buffers are allocated once, and so that what
// find learns on the way (which paragraphs announce what is to come)
// reaches dateArticle without a second pass over the text.
type dateReader struct {
	sc       dateScanner
	mentions []DateMention // the article's mentions while they are found
	meanings []dateWords   // what each of them means
	// future[p] reports whether paragraph p of the article read last
	// announces what is to come (see dateLexicon.announces).
	future []bool
	// readings remembers readMention's answers: a worker meets the same
	// few mention texts ("vrijdag", "in 2019") over and over.
	readings map[mentionText]mentionReading
	// reasons holds the mention reasons written so far, so that the many
	// mentions with the same reason share one string.
	reasons map[string]string
	// offices finds the office-holders a report titles (offices.go), nil
	// when no name has terms; officeScan is this reader's scratch space.
	offices    *officeFinder
	officeScan *NameScanner
	// anniversaries finds the founded names an anniversary's sentence
	// names (anniversaries.go), nil when no name was founded;
	// anniversaryScan is this reader's scratch space.
	anniversaries   *anniversaryFinder
	anniversaryScan *NameScanner
	// lowered is the scratch space of the search for anniversary words
	// (anniversaryTerms.mentioned).
	lowered []byte
	// placed remembers how dating resolved mentions (see resolveMentions).
	placed map[placedKey]placedMention
	// near remembers placeNear's answers (see dateReader.placeNear).
	near map[nearKey]placedMention
	// weekdays is the scratch space of dating's weekday mentions: one
	// article is dated at a time with a reader.
	weekdays []weekdayMention
	// words is the scratch space of the tense of a mention's clause (see
	// tenseLexicon.announcedByTense).
	words         wordList
	tenseSentence tenseSentence
	// anchored and anchoredFound are the scratch space of the phrases
	// of days relative to another date (see findAnchored).
	anchored      anchoredScratch
	anchoredFound []anchoredMatch
}

// nearKey is what dateWords.placeNear answers from: the words' meaning
// (without the token positions, which it does not read), the reference,
// the reason for it, and the tense.
type nearKey struct {
	w      dateWords
	ref    Date
	why    string
	future bool
}

// placeNear is w.placeNear, remembered: an article's year-less dates are
// placed near its header or stamp, which many articles share, and the
// same few dates recur ("3 July", "15 إلى 16 سبتمبر").
func (r *dateReader) placeNear(w dateWords, ref Date, why string, future bool) (Span, string) {
	w.first, w.last = 0, 0
	key := nearKey{w: w, ref: ref, why: why, future: future}
	if p, ok := r.near[key]; ok {
		return p.span, p.reason
	}
	span, reason := w.placeNear(ref, why, future)
	reason = r.shareReason(reason)
	if r.near == nil || len(r.near) >= maxReadings {
		r.near = map[nearKey]placedMention{}
	}
	r.near[key] = placedMention{span, reason}
	return span, reason
}

// mentionText is a mention's words in a lexicon.
type mentionText struct {
	lex  *dateLexicon
	text string
}

// mentionReading is what readMention answered.
type mentionReading struct {
	words dateWords
	ok    bool
}

// maxReadings bounds dateReader.readings and dateReader.reasons: a corpus
// of many languages and writers may have more distinct mention texts than
// are worth keeping.
const maxReadings = 1 << 14

// find fills a.Mentions with the dates written in the article's
// distinct paragraphs, in text order:
//
//   - explicit dates: "op 2 januari 2022", "July 4, 2024", "15 إلى 16 سبتمبر"
//     (a range), "im Mai 2023", "17 июня 2025 года", "02.01.2022", and bare
//     years where the words around them make them years ("in 2019",
//     "في عام 2019", "van 1989 tot 2019");
//   - weekdays: "vrijdag", "am Dienstag", "يوم الأربعاء", "von Mittwoch bis
//     Freitag", "last Friday";
//   - relative words: "gisteren", "vorig jaar", "l'année dernière",
//     "в прошлом году", "العام الماضي", "diese Woche".
//
// A preposition written before a date belongs to the mention ("op 2
// januari"). Dates are read in a.Language, or in every known language when
// it is "" or one Caravan has no word lists for.
//
// Explicit dates with a year are resolved at the precision written. A day or
// month written without a year takes its year from the tense of its
// sentence and a reference: the header's month, or else the page's
// publication stamp, or else the latest full date of the title and lead. A
// reported date lies on or before the reference ("de onlusten van januari"
// in a November article is the January before), an announced one on or
// after it. Without a reference it stays unresolved, as do weekdays and
// relative words, until dateArticle knows the article's date.
//
// Each mention says whether it is a page stamp or dateline (Stamp) and
// whether its sentence announces what is to come (Announced). Build runs
// it on each article with its worker's reader, so that the buffers are
// reused.
func (r *dateReader) find(a *Article) {
	r.sc.lex = lexiconFor(a.Language)
	r.mentions, r.meanings, r.future = r.mentions[:0], r.meanings[:0], r.future[:0]
	r.tenseSentence = tenseSentence{paragraph: -1}
	// The sentence searched for future markers last, and the answer: the
	// dates of one sentence ("from 2 to 5 May", "on Monday, 3 June") share it.
	var sentence struct {
		paragraph, from, to int
		announces           bool
	}
	sentence.paragraph = -1
	anchored := anchoredFor(a.Language)
	for i, p := range a.Paragraphs {
		first := len(r.mentions)
		// Whether the paragraph holds a marker that announces only what
		// follows it; for Arabic, whose future verbs are such markers, it
		// is asked once per paragraph with a mention (0 not asked yet).
		before := 0
		r.sc.scan(p.Text, func(w dateWords, start, end int) {
			m := DateMention{
				Paragraph: i,
				Start:     p.Start + start,
				End:       p.Start + end,
				Text:      p.Text[start:end],
				Kind:      w.kind,
				Stamp:     stampOf(p.Text, start, end, i, i == len(a.Paragraphs)-1, w.kind, w.from.day != 0),
			}
			// The scanner has seen every one-word marker on its way; only
			// a paragraph with one, or a lexicon with markers of several
			// words ("set to", "bo‘ladi"), needs the sentence searched.
			if before == 0 {
				before = -1
				if r.sc.lex.futureBefore != nil && (!r.sc.lex.arabicFuture || r.sc.lex.announcesBefore(p.Text)) {
					before = 1
				}
			}
			if m.Stamp == StampNone && (r.sc.future || r.sc.lex.spacedMarkers || before > 0) {
				from, to := sentenceBounds(p.Text, start, end)
				if sentence.paragraph != i || sentence.from != from || sentence.to != to {
					sentence.paragraph, sentence.from, sentence.to = i, from, to
					sentence.announces = r.sc.lex.announces(p.Text[from:to])
				}
				m.Announced = sentence.announces
				if m.Announced {
					if c := r.sc.lex.complementizerIn(p.Text[end:to]); c >= 0 {
						// Before "that": only its own clause can announce it.
						m.Announced = r.sc.lex.announces(p.Text[from : end+c])
					}
					if c := speechColon(p.Text[end:to]); c >= 0 && m.Announced {
						// Before a colon that opens what was said ("When
						// the bank raised its rate on Friday, Nabiullina
						// was blunt: the bank will keep…"), likewise.
						m.Announced = r.sc.lex.announces(p.Text[from : end+c])
					}
					if r.sc.lex.hanClauses && r.sc.lex.hanClauseKeepsPast(p.Text, from, start, end, to) {
						m.Announced = false
					}
					if r.sc.lex.slavicClauses && r.sc.lex.slavicClauseKeepsPast(p.Text, from, start, end, to) {
						m.Announced = false
					}
					if r.sc.lex.clauseKeepsPast(p.Text, from, start, end, to) {
						m.Announced = false
					}
				}
				m.Announced = m.Announced || r.sc.lex.announcesBefore(p.Text[from:start]) || r.sc.lex.announcesInClause(p.Text[end:to])
			}
			if t := r.sc.lex.tense; t != nil && m.Stamp == StampNone {
				m.Announced = r.announcedByTense(t, i, p.Text, start, end, w, m.Announced)
			}
			if m.Announced && m.Stamp == StampNone && r.sc.lex.setInThePast(p.Text, start, end) {
				m.Announced = false // "hatte die Wahl im Januar angesetzt"
			}
			if r.sc.lex.hanClauses && !m.Announced && m.Stamp == StampNone && w.kind == MentionWeekday && w.direction == 0 {
				m.Announced = hanDeclaredDay(p.Text, start, end) // "宣布周一为非工作日"
			}
			if !m.Announced && m.Stamp == StampNone && w.kind == MentionWeekday && w.direction == 0 && w.nWeekdays == 1 {
				m.Announced = weekdayStartsAhead(a.Language, p.Text, start, end) // "à partir de jeudi"
			}
			if w.written != 0 {
				m.Announced = w.written > 0 // "last May" is past whatever the verb
			} else if !m.Announced && m.Stamp == StampNone && w.kind == MentionExplicit && w.from.year == 0 && w.from.month != 0 && !w.relYear && !w.eve {
				m.Announced = r.sc.lex.aheadOf(p.Text, start, end) || // "ahead of the November vote"
					r.sc.lex.agreedOn(a.Language, p.Text, start, end) || // "agreed on a visit in September"
					scheduledFor(a.Language, p.Text, start, end) || // "назначил выборы на 18 мая"
					deadlineAhead(a.Language, p.Text, start, end) // "have until April 4"
			}
			m.SetSpan(w.placeAlone())
			r.mentions = append(r.mentions, m)
			r.meanings = append(r.meanings, w)
		})
		if anchored != nil {
			r.findAnchored(anchored, i, p, first)
		}
		r.future = append(r.future, r.sc.future)
	}
	r.dropNamedWeekdays(a.Text)
	// The article keeps a slice of its own, no bigger than it needs.
	a.Mentions = nil
	if len(r.mentions) > 0 {
		a.Mentions = append(make([]DateMention, 0, len(r.mentions)), r.mentions...)
	}
	r.placeDatelines(a)
	ref, why := yearReference(a)
	if ref.IsZero() {
		for i := range a.Mentions {
			if !a.Mentions[i].Resolved() {
				r.placeBySentenceYear(a, i)
			}
		}
		r.placeByWeekday(a)
		r.placeBySameDay(a)
		// An anniversary the report tells of places the dates of its
		// sentence, and the dateline of a lead that tells of it.
		r.placeByAnniversary(a)
		// A day those placed may place the page's dateline in turn; a
		// dateline still open may follow the death its lead tells of.
		r.placeDatelines(a)
		r.placeDatelineAfterDeath(a)
		// What is still open, the clues of the report's year may
		// place: terms, ages and weekdays together (rule 23).
		r.placeByClues(a)
		return
	}
	// A dateline is placed after the text's days or not at all (see
	// placeDatelines), never before them.
	fromText := a.Header.Precision < Month && !strings.HasPrefix(why, "the stamp")
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Kind == MentionExplicit && !m.Resolved() && !(fromText && m.Stamp == StampPublished) {
			if r.placeBySentenceYear(a, i) {
				continue
			}
			m.SetSpan(r.placeNear(r.meanings[i], ref, why, m.Announced || hanSoonAhead(a, *m, r.meanings[i], ref)))
			m.Reason = r.shareReason(m.Reason)
		}
	}
}

// placeDatelines places the year-less datelines of an article without a
// header ("Toshkent, 1-may.", "Тошкент, 28 октябрь –") after the latest
// day that the title, the lead or the paragraph after it writes with its
// year and does not announce (see placeDateline). The dateline then is
// the reference of the article's other year-less dates.
func (r *dateReader) placeDatelines(a *Article) {
	if a.Header.Precision >= Month {
		return
	}
	open := false
	for _, m := range a.Mentions {
		if m.Stamp == StampPublished && m.Kind == MentionExplicit {
			if m.Resolved() {
				return // the page's own stamp writes its year
			}
			open = true
		}
	}
	if !open {
		return
	}
	upTo := min(len(a.Paragraphs), leadParagraphs(a)+1)
	var ref Date
	var text string
	for _, m := range a.Mentions {
		if m.Paragraph < upTo && m.Kind == MentionExplicit && m.Stamp == StampNone && m.Resolved() && !m.Announced &&
			m.Span.Last().Precision == Day && (ref.IsZero() || ref.Before(m.Span.Last())) {
			ref, text = m.Span.Last(), m.Text
		}
	}
	if ref.IsZero() {
		r.placeDatelinesBefore(a, upTo)
		return
	}
	why := fmt.Sprintf("%q in the text", text)
	for i := range a.Mentions {
		if m := &a.Mentions[i]; m.Stamp == StampPublished && !m.Resolved() {
			m.SetSpan(r.meanings[i].placeDateline(ref, why))
		}
	}
}

// placeDatelinesBefore places the year-less datelines of an article whose
// title, lead and next paragraph write no reported day with its year but
// announce one ("WASHINGTON, 9 août (AFP) - … rencontrerait Vladimir
// Poutine le vendredi 15 août", the Friday's year placed by the offices
// of the people it titles): the page is written before what it announces,
// and soon before it, so the dateline is the day of its day and month on
// or before the earliest such day, within backgroundDays; further off, it
// stays open.
func (r *dateReader) placeDatelinesBefore(a *Article, upTo int) {
	var ahead Date
	var text string
	for _, m := range a.Mentions {
		if m.Paragraph < upTo && m.Kind == MentionExplicit && m.Stamp == StampNone && m.Resolved() && m.Announced &&
			m.Span.Span().Start.Precision == Day && (ahead.IsZero() || m.Span.Span().Start.Before(ahead)) {
			ahead, text = m.Span.Span().Start, m.Text
		}
	}
	if ahead.IsZero() {
		return
	}
	why := fmt.Sprintf("%q announced in the text", text)
	for i := range a.Mentions {
		m, w := &a.Mentions[i], r.meanings[i]
		if m.Stamp != StampPublished || m.Resolved() || w.kind != MentionExplicit || w.from.year != 0 || w.from.day == 0 || w.hasTo || w.solar {
			continue
		}
		s, _ := w.placeNear(ahead, why, false)
		if s.Start.IsZero() || s.Start.Precision != Day || s.Start.Start().After(ahead.Start()) || s.Start.Start().Before(ahead.Start().AddDate(0, 0, -backgroundDays)) {
			continue
		}
		m.SetSpan(s, r.shareReason(fmt.Sprintf("%s%s: %d", datelineBeforeReason, why, s.Start.Year)))
	}
}

// datelineYearReason opens the reason of a year-less dateline placed
// after the day its lead writes with a year; dateArticle trusts such a
// year as if it were written.
const datelineYearReason = "the date line follows "

// datelineBeforeReason opens the reason of a year-less dateline placed
// before the day its lead announces (placeDatelinesBefore); dateArticle
// trusts it as it trusts datelineYearReason.
const datelineBeforeReason = "the date line precedes "

// placeDateline places a year-less dateline ("Toshkent, 1-may.") after
// ref, a day the title and lead write with its year ("2023-yil 30-aprel"):
// the page is written on or after the news it reports, and soon after it.
// A dateline that would fall more than backgroundDays after ref stays
// unresolved: ref is then background, not the news of the day.
func (w dateWords) placeDateline(ref Date, why string) (Span, string) {
	s, reason := w.placeNear(ref, why, true)
	if s.Start.IsZero() || s.Start.Precision != Day {
		return Span{}, reason
	}
	if s.Start.Start().After(ref.Start().AddDate(0, 0, backgroundDays)) {
		return Span{}, fmt.Sprintf("no year written; %s is no news of the days before it", why)
	}
	return s, fmt.Sprintf("%s%s: %d", datelineYearReason, why, s.Start.Year)
}

// read is readMention in the lexicon of the article read last,
// remembering the answers.
func (r *dateReader) read(text string) (dateWords, bool) {
	key := mentionText{r.sc.lex, text}
	if got, ok := r.readings[key]; ok {
		return got.words, got.ok
	}
	words, ok := readMention(&r.sc, text)
	if r.readings == nil || len(r.readings) >= maxReadings {
		r.readings = map[mentionText]mentionReading{}
	}
	r.readings[key] = mentionReading{words, ok}
	return words, ok
}

// shareReason returns reason, or an equal string written before. A reason
// says how a mention was placed ("no year written; 2022 is the nearest to
// the header 2022-09"), and a corpus repeats the same few thousand: kept
// once each, they take 13 MB less of the 10,000 synthetic articles' Corpus.
func (r *dateReader) shareReason(reason string) string {
	if shared, ok := r.reasons[reason]; ok {
		return shared
	}
	if r.reasons == nil || len(r.reasons) >= maxReadings {
		r.reasons = map[string]string{}
	}
	r.reasons[reason] = reason
	return reason
}

// yearReference returns the date that year-less dates are placed near: the
// header, or else the page's publication stamp, or else the latest full day
// written in the title and lead, not announced.
func yearReference(a *Article) (Date, string) {
	if a.Header.Precision >= Month {
		return a.Header, "the header " + a.Header.String()
	}
	for _, m := range a.Mentions {
		if m.Stamp == StampPublished && m.Resolved() && m.Span.Last().Precision >= Month {
			return m.Span.Last(), fmt.Sprintf("the stamp %q", m.Text)
		}
	}
	// Only the title and lead: a full date further down is as likely an
	// anniversary ("the eclipse of 11 July 1991") as the story's year.
	lead := leadParagraphs(a)
	var ref Date
	var text string
	for _, m := range a.Mentions {
		if m.Paragraph < lead && m.Kind == MentionExplicit && m.Resolved() && !m.Announced && m.Span.Last().Precision == Day && (ref.IsZero() || ref.Before(m.Span.Last())) {
			ref, text = m.Span.Last(), m.Text
		}
	}
	if ref.IsZero() {
		return Date{}, ""
	}
	return ref, fmt.Sprintf("%q in the text", text)
}

// readMention reads the date words of a mention's text again with sc:
// dateArticle uses it to learn what a mention that find left unresolved
// means.
func readMention(sc *dateScanner, text string) (dateWords, bool) {
	var got dateWords
	n := 0
	sc.scan(text, func(w dateWords, start, end int) {
		if start == 0 && end == len(text) {
			got = w
		}
		n++
	})
	if n == 1 && got.kind != 0 {
		return got, true
	}
	return readDatelineMention(sc, text)
}

// toDate turns the parts written into a Date at the precision written, or
// the zero Date when the year is missing or the day does not exist.
func (p partialDate) toDate() Date {
	switch {
	case p.year == 0:
		return Date{}
	case p.month == 0:
		return YearDate(p.year)
	case p.day == 0:
		return MonthDate(p.year, p.month)
	case p.day > daysIn(p.year, p.month):
		return Date{}
	}
	return DayDate(p.year, p.month, p.day)
}

// span returns the explicit date phrase as a Span, zero when a year is
// missing.
func (w dateWords) span() Span {
	s := Span{Start: w.from.toDate()}
	if w.hasTo {
		s.End = w.to.toDate()
		if s.End.IsZero() {
			return Span{}
		}
	}
	if s.Start.IsZero() {
		return Span{}
	}
	return s
}

// placeAlone resolves what the words alone say.
func (w dateWords) placeAlone() (Span, string) {
	switch w.kind {
	case MentionWeekday:
		return Span{}, "a weekday: needs the article's day"
	case MentionRelative:
		return Span{}, "relative to the article's date, not known yet"
	}
	if s := w.span(); !s.Start.IsZero() {
		return s, "as written"
	}
	return Span{}, "no year written; the article's year is not known yet"
}

// placeNear resolves an explicit date written without a year by the tense
// of its sentence: a date announced (future) takes the year that puts it on
// or after ref, any other the year that puts it on or before ref (compared
// by month). why describes ref.
func (w dateWords) placeNear(ref Date, why string, future bool) (Span, string) {
	if w.written != 0 {
		future = w.written > 0 // "mai dernier", "next May": the words say
	}
	if w.hijriOpen {
		return w.placeHijri(ref, why, future)
	}
	if w.relMonth {
		return w.placeDayOfRelativeMonth(ref, why)
	}
	if w.weekdayWithDay() {
		return w.placeByItsWeekday(ref, why, future)
	}
	if w.kind == MentionExplicit && w.from.month == 0 && w.from.day != 0 && w.nWeekdays >= 1 {
		return w.placeWeekdayDay(ref, why, future)
	}
	if w.kind == MentionExplicit && w.from.month == 0 && w.from.day != 0 && w.nWeekdays == 0 && !w.hasTo {
		return w.placeDayOfMonth(ref, why, future)
	}
	if w.kind != MentionExplicit || w.from.month == 0 {
		return w.placeAlone()
	}
	if w.solar {
		return w.placeSolar(ref, why, future)
	}
	placed := w
	placed.from.year = nearestYear(w.from.month, ref, future)
	if w.written != 0 && w.from.day == 0 && !w.relYear && ref.Precision >= Month && w.from.month == ref.Month {
		// "last October" written in October is a year back, "next
		// October" a year ahead: the words name another month than the
		// one the article is written in.
		placed.from.year += w.written
	}
	if w.relYear {
		placed.from.year = ref.Year + w.yearShift
	}
	if w.hasTo {
		placed.to.year = placed.from.year
		if w.to.month < w.from.month {
			placed.to.year++
		}
	}
	s := placed.span()
	if s.Start.IsZero() {
		return Span{}, fmt.Sprintf("no year written; %d %s does not exist in %d", w.from.day, w.from.month, placed.from.year)
	}
	if w.relYear {
		return s, fmt.Sprintf("the year is written relative to %s: %d", why, placed.from.year)
	}
	tense := "on or before"
	if future {
		tense = "announced: on or after"
		// A plan that the tense would put further off than announcedReach
		// is a past sentence read as future: it stays unplaced.
		// ("next October", in October: the words say so.)
		if ref.Precision >= Month && w.written <= 0 && s.Start.Start().After(ref.Start().AddDate(0, announcedReach, 0)) {
			return Span{}, fmt.Sprintf("no year written; announced, but %d would put it more than %d months after %s", placed.from.year, announcedReach, why)
		}
	}
	return s, fmt.Sprintf("no year written; %d puts it %s %s", placed.from.year, tense, why)
}

// placeSolar places a Solar Hijri date written without its year ("۲۸
// اسفند") as placeNear places a Gregorian one: in the Solar year that puts
// it on or before ref (on or after, when announced, and not more than
// announcedReach months after); with only ref's year known, in the Solar
// year that puts its start in that year.
func (w dateWords) placeSolar(ref Date, why string, future bool) (Span, string) {
	if w.relYear {
		return w.placeSolarRelative(ref, why)
	}
	var best Span
	bestYear := 0
	// ref's Gregorian year overlaps Solar years ref.Year-622 and -621;
	// one more each way for dates at the turn of the year.
	for y := ref.Year - 623; y <= ref.Year-620; y++ {
		s := w.inSolarYear(y).span()
		if s.Start.IsZero() {
			continue
		}
		var fits bool
		switch {
		case ref.Precision < Month:
			fits = s.Start.Year == ref.Year
		case future:
			fits = !s.From().Before(ref.Start()) && (best.Start.IsZero() || s.From().Before(best.From()))
		default:
			fits = s.From().Before(ref.End()) && (best.Start.IsZero() || best.From().Before(s.From()))
		}
		if fits {
			best, bestYear = s, y
		}
	}
	if best.Start.IsZero() {
		return Span{}, "no year written; no Solar Hijri year places it near " + why
	}
	tense := "on or before"
	if future {
		tense = "announced: on or after"
		if ref.Precision >= Month && best.From().After(ref.Start().AddDate(0, announcedReach, 0)) {
			return Span{}, fmt.Sprintf("no year written; announced, but Solar year %d would put it more than %d months after %s", bestYear, announcedReach, why)
		}
	}
	return best, fmt.Sprintf("no year written; Solar year %d puts it %s %s", bestYear, tense, why)
}

// placeSolarRelative places a Solar Hijri date whose year is written
// relative to the article's ("۱۷ بهمن سال گذشته", 17 Bahman of last year):
// in the Solar year of ref moved by the words, which needs ref's Solar year
// known (a day, or a month that does not hold the Solar new year).
func (w dateWords) placeSolarRelative(ref Date, why string) (Span, string) {
	y, ok := solarYearOf(ref)
	if !ok {
		return Span{}, "a Solar Hijri year written relative to " + why + ", whose Solar year is not known"
	}
	y += w.yearShift
	s := w.inSolarYear(y).span()
	if s.Start.IsZero() {
		return Span{}, fmt.Sprintf("the day does not exist in Solar year %d", y)
	}
	return s, fmt.Sprintf("the Solar year is written relative to %s: %d", why, y)
}

// solarYearOf returns the Solar Hijri year d lies in, when d is a day or a
// month wholly inside one Solar year (the year turns on 20 or 21 March).
func solarYearOf(d Date) (int, bool) {
	if d.Precision < Month {
		return 0, false
	}
	of := func(t time.Time) int {
		y := t.Year() - 621
		p := solarToGregorian(y, 1, 1)
		if t.Before(time.Date(p.year, p.month, p.day, 0, 0, 0, 0, time.UTC)) {
			y--
		}
		return y
	}
	first := of(d.Start())
	if d.Precision == Month && of(d.End().AddDate(0, 0, -1)) != first {
		return 0, false
	}
	return first, true
}

// announcedReach is how many months after the article a date announced
// without its year may lie: "el próximo 8 de abril" in October is next
// April, but "im Januar angesetzt" in March, ten months ahead, is a past
// sentence (the January before) whose tense the markers misread.
const announcedReach = 9

// nearestYear returns the year that puts month m on or before ref's month
// (a sentence that reports: "de onlusten van januari" in a November article
// are the January before), or, for a sentence that announces, on or after
// it ("in January" announced in December is next year's). With only a year
// known, it is that year.
func nearestYear(m time.Month, ref Date, future bool) int {
	switch {
	case ref.Precision < Month:
		return ref.Year
	case future && m < ref.Month:
		return ref.Year + 1
	case !future && m > ref.Month:
		return ref.Year - 1
	}
	return ref.Year
}

// placeDayOfMonth places a day of the month written alone ("4日") in the
// month of ref, a day: the month before when the day is past ref's (not
// yet reached, when announced: the month after). A month is not enough: a
// report of 2 July that tells of "30日" speaks of June.
func (w dateWords) placeDayOfMonth(ref Date, why string, future bool) (Span, string) {
	if ref.Precision < Day {
		return Span{}, "a day of the month alone: needs the article's day"
	}
	month := time.Date(ref.Year, ref.Month, 1, 0, 0, 0, 0, time.UTC)
	switch {
	case !future && w.from.day > ref.Day:
		month = month.AddDate(0, -1, 0)
	case future && w.from.day < ref.Day:
		month = month.AddDate(0, 1, 0)
	}
	if w.from.day > daysIn(month.Year(), month.Month()) {
		return Span{}, fmt.Sprintf("day %d does not exist in %s", w.from.day, month.Format("2006-01"))
	}
	day := DayDate(month.Year(), month.Month(), w.from.day)
	return Span{Start: day}, fmt.Sprintf("the day %d of %s, from %s", w.from.day, month.Format("2006-01"), why)
}

// weekdayYearReason opens the reason of a date whose year a weekday chose
// among the years written in the lead; dateArticle trusts such a year as
// if it were written.
const weekdayYearReason = "the weekday fits only "

// placeByWeekday places the year-less dates written with a weekday ("oggi,
// sabato 8 giugno") when no header or stamp gives a year: of the years
// written in the title and lead ("Roland Garros 2024"), the one in which
// that day falls on that weekday, when exactly one does. A weekday fits a
// wrong year once in seven, so a single written year that fits is
// evidence, not a guess.
func (r *dateReader) placeByWeekday(a *Article) {
	var years []int
	for _, p := range a.Paragraphs[:leadParagraphs(a)] {
		years = appendYears(years, p.Text)
	}
	// What the years of the lead leave open, the terms of the people
	// the report names may place: the first day of a term first (an
	// inauguration's day), then the terms of the people it titles.
	// (Deferred calls run last first.)
	defer r.placeByOffice(a)
	defer r.placeByInauguration(a)
	if len(years) == 0 {
		return
	}
	for i := range a.Mentions {
		m, w := &a.Mentions[i], r.meanings[i]
		if m.Resolved() || m.Kind != MentionExplicit || w.nWeekdays != 1 || w.from.day == 0 || w.from.month == 0 || w.hasTo || w.solar {
			continue
		}
		fit := 0
		for _, y := range years {
			p := w.from
			p.year = y
			if d := p.toDate(); !d.IsZero() && d.Start().Weekday() == w.weekdays[0] {
				if fit != 0 && fit != y {
					fit = -1
					break
				}
				fit = y
			}
		}
		if fit > 0 {
			p := w.from
			p.year = fit
			m.SetSpan(Span{Start: p.toDate()}, r.shareReason(fmt.Sprintf("%s%d of the years written in the lead", weekdayYearReason, fit)))
		}
	}
}

// placeBySameDay places a year-less date on the day the same text writes
// with its year: "27 ноября" in a report that also writes "27 ноября 2024
// года" (in a caption, further down) is that day. Only the same day of the
// same month counts, and only one year: a text that writes "3 July 2023"
// and "3 July 2024" leaves "3 July" open. A dateline is not placed so.
func (r *dateReader) placeBySameDay(a *Article) {
	type md struct {
		m time.Month
		d int
	}
	var years map[md]int
	for i, m := range a.Mentions {
		w := r.meanings[i]
		if m.Kind != MentionExplicit || !m.Resolved() || w.hasTo || w.from.year == 0 || w.from.day == 0 {
			continue
		}
		if years == nil {
			years = map[md]int{}
		}
		k := md{w.from.month, w.from.day}
		if y, ok := years[k]; ok && y != w.from.year {
			years[k] = -1
		} else if !ok {
			years[k] = w.from.year
		}
	}
	if years == nil {
		return
	}
	for i := range a.Mentions {
		m, w := &a.Mentions[i], r.meanings[i]
		// A dateline is the day the page was written: the same day
		// written with a year in its text is as often an anniversary
		// ("新华社北京9月3日电" over "是在2015年9月3日", the parade of
		// ten years before) as the news, which the lead dates anyway.
		if m.Resolved() || m.Kind != MentionExplicit || m.Stamp != StampNone || w.from.year != 0 || w.from.day == 0 || w.from.month == 0 || w.hasTo || w.solar {
			continue
		}
		if y := years[md{w.from.month, w.from.day}]; y > 0 {
			p := w.from
			p.year = y
			if d := p.toDate(); !d.IsZero() && (w.nWeekdays == 0 || d.Start().Weekday() == w.weekdays[0]) {
				m.SetSpan(Span{Start: d}, r.shareReason(fmt.Sprintf("no year written; the text writes %s with its year", d)))
			}
		}
	}
}

// appendYears appends the four-digit numbers from minBareYear to
// maxBareYear written in text, in any digits.
func appendYears(years []int, text string) []int {
	n, digits := 0, 0
	flush := func() {
		if digits == 4 && n >= minBareYear && n <= maxBareYear && !slices.Contains(years, n) {
			years = append(years, n)
		}
		n, digits = 0, 0
	}
	for _, c := range text {
		if d := dateDigit(c); d >= 0 {
			n, digits = n*10+d, digits+1
			continue
		}
		flush()
	}
	flush()
	return years
}
