package data

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file is rule 4 of dateArticle: what the text's own dates say of
// when the article was written.

// textKind says which of the text's dates dated the article.
type textKind int

const (
	textNone      textKind = iota
	textModified           // a modification stamp, when nothing else dates the article
	textBody               // a day further down: the article follows it within a week
	textLeadMonth          // a month in the title or lead: it may be background
	textLead               // a day in the title or lead: the news the article reports
	textStamp              // a publication stamp or dateline
)

// textEvidence is the date the text states for the article and the
// mention that states it.
type textEvidence struct {
	date    Date
	words   string
	kind    textKind
	span    Span // the mention's span, for textLeadMonth
	mention int  // the mention's index in Article.Mentions
}

// strong reports whether the text's date is the article's own: a stamp,
// a dateline or a day of the lead, which beat any linked event. A weaker
// date gives way to a linked event inside it or after it (the article is
// written on or after what it reports).
func (t textEvidence) strong() bool { return t.kind >= textLead }

// describe says, for people, how the text dated the article.
func (t textEvidence) describe() string {
	switch t.kind {
	case textStamp:
		return fmt.Sprintf("the page's date line says %q", t.words)
	case textLead, textLeadMonth:
		return fmt.Sprintf("the text says %q", t.words)
	case textBody:
		return fmt.Sprintf("the text says %q and a report follows its news within a week", t.words)
	case textModified:
		return fmt.Sprintf("only a modification stamp %q dates the page", t.words)
	}
	return ""
}

// reportLag is how long after the latest day it tells of a news report is
// taken to be written: a date further down the text says the article is
// of that day or of the week after it, so only the month or year that
// holds the whole week is claimed.
const reportLag = 7

// leadParagraphs returns how many paragraphs from the top make the title
// and lead: up to and including the first paragraph of running text (at
// least leadMinChars), at most datelineParagraphs.
func leadParagraphs(a *Article) int {
	for i, p := range a.Paragraphs {
		// Counted in characters: a title of 60 Arabic or Cyrillic letters
		// is 120 bytes, and was taken for the lead, which left the real
		// lead out (eval f33_ar).
		n := utf8.RuneCountInString(p.Text)
		if i+1 >= datelineParagraphs || n >= leadMinChars || n >= leadMinChars/2 && endsSentence(p.Text) {
			return i + 1
		}
	}
	return len(a.Paragraphs)
}

// leadMinChars is how long a paragraph of running text is at least, in
// characters; a title, byline or date line is shorter. Half as long is
// enough for one that ends a sentence, which titles do not.
const leadMinChars = 100

// endsSentence reports whether a paragraph ends with a full stop, question
// or exclamation mark.
func endsSentence(text string) bool {
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "。") || strings.HasSuffix(text, "!") ||
		strings.HasSuffix(text, "?") || strings.HasSuffix(text, "؟") || strings.HasSuffix(text, "！")
}

// textDate applies rule 4. Of the explicit dates that are not announced,
// not background to a modification stamp, and whose year is known (written,
// or taken from the header or the page's stamp, never guessed from another
// date of the story):
//
//  1. a publication stamp or dateline is the date;
//  2. else the latest date of the title and lead: the news the article
//     reports. A day placed in the header's month is the day; a day with
//     its year written looks back ("El 19 de septiembre de 2023, …" in a
//     report of the 29th), so it stands for the reportLag days after it
//     too, and only the month or year that holds them all is claimed; a
//     month there may be background, so a linked event after it wins;
//  3. else, with a header, the latest day further down, widened the same
//     way. Without a header a date further down is no evidence of when
//     the page was written ("the total eclipse of 11 July 1991"), and a
//     month or a year alone further down is background ("born in 1981",
//     "in June 2022") either way;
//  4. else a modification stamp, to its month.
//
// With a header, only dates inside it count; later is the latest date
// after the header, reported as a conflict.
func (d *dating) textDate() (best textEvidence, later string) {
	lead := leadParagraphs(d.a)
	ref, refWhy := yearReference(d.a)
	trusted := !d.window.IsZero() || !ref.IsZero() && strings.HasPrefix(refWhy, "the stamp")
	var after Date
	var stamp, leadDate, body, modified textEvidence
	var stampAlone, stampClock bool // of stamp (see below)
	// pinnable are the days with their year written in the lead and the
	// paragraph after it, for a weekday of the lead to pin (see pinLead).
	var pinnable []textEvidence
	// latestBelow is the latest day or month with its year written that
	// the text below the lead tells as done (see leadBeforeBody).
	var latestBelow Date
	second := min(len(d.a.Paragraphs), lead+1)
	for mi, m := range d.a.Mentions {
		if m.Kind != MentionExplicit || !m.Resolved() || m.Announced {
			continue
		}
		// A year a weekday chose among the lead's years ("oggi, sabato 8
		// giugno" with "Roland Garros 2024") is as good as a header's.
		written := d.yearWritten(m)
		byWeekday := yearAsIfWritten(m.Reason)
		if !written && !byWeekday && (d.window.IsZero() && (m.Stamp != StampNone || !trusted)) {
			continue
		}
		last := m.Span.Last()
		if !m.Span.Span().End.IsZero() && d.hijri(m) {
			// A Hijri day is a span of three days (see dates_hijri.go):
			// it dates the page only to what holds them all.
			if last = enclosingDate(m.Span.Span().Start, last); last.IsZero() {
				continue
			}
		}
		if !d.window.IsZero() && !d.window.Contains(last) {
			if d.window.End().Before(last.Start()) && (after.IsZero() || after.Before(last)) {
				after, later = last, m.Text
			}
			continue
		}
		if written && m.Stamp == StampNone && m.Paragraph >= lead && last.Precision >= Month && (latestBelow.IsZero() || latestBelow.Before(last)) {
			latestBelow = last
		}
		if written && m.Stamp == StampNone && m.Paragraph < second && last.Precision == Day {
			pinnable = append(pinnable, textEvidence{last, m.Text, textLeadMonth, m.Span.Span(), mi})
		}
		switch {
		case m.Stamp == StampModified:
			if modified.date.IsZero() {
				modified = textEvidence{MonthDate(last.Year, last.Month), m.Text, textModified, m.Span.Span(), mi}
			}
		case m.Stamp == StampPublished:
			// The first stamp, unless it is a date alone on its line (a
			// site's date of the day above the page: "Seısenbi, 4 Aqpan
			// 2025") and a later one carries a clock time ("3 Aqpan 2025,
			// 12:40"), which only a publication stamp writes.
			clock := d.stampClock(m)
			if stamp.date.IsZero() || clock && stampAlone && !stampClock {
				stamp = textEvidence{last, m.Text, textStamp, m.Span.Span(), mi}
				stampAlone, stampClock = d.stampAlone(m), clock
			}
		case m.Paragraph < lead && last.Precision >= Month:
			if leadDate.date.IsZero() || leadDate.date.Before(last) {
				kind := textLead
				if last.Precision < Day || written {
					kind = textLeadMonth
				}
				leadDate = textEvidence{last, m.Text, kind, m.Span.Span(), mi}
			}
		case last.Precision == Day && !d.window.IsZero():
			if body.date.IsZero() || body.date.Before(last) {
				body = textEvidence{last, m.Text, textBody, m.Span.Span(), mi}
			}
		}
	}
	if leadDate.date.IsZero() || leadDate.kind == textLeadMonth {
		if pinned := d.pinLead(pinnable, lead); !pinned.date.IsZero() {
			leadDate = pinned
		}
	}
	// A day that only dates the news, not the page, stands for the week
	// after it too.
	for _, t := range []*textEvidence{&leadDate, &body} {
		if t.kind < textLead && t.date.Precision == Day {
			t.date = enclosingDate(t.date, DateOf(t.date.Start().AddDate(0, 0, reportLag)))
			if t.date.IsZero() {
				*t = textEvidence{}
			}
		}
	}
	if leadBeforeBody(leadDate, latestBelow) {
		leadDate = textEvidence{}
	}
	// A dateline whose year nothing gave ("Toshkent, 1-may.") says the
	// page was written on a day that no day of its text leads to (see
	// placeDateline): those days are background, not the page's news.
	if stamp.date.IsZero() && d.window.IsZero() && d.openDateline() {
		leadDate, body = textEvidence{}, textEvidence{}
	}
	if stamp.date.IsZero() && leadDate.date.IsZero() && body.date.IsZero() && !modified.date.IsZero() {
		if day := d.modifiedOnWeekday(modified); !day.date.IsZero() {
			return day, later
		}
	}
	for _, t := range []textEvidence{stamp, leadDate, body, modified} {
		if !t.date.IsZero() {
			return t, later
		}
	}
	return textEvidence{}, later
}

// leadBeforeBody reports whether the lead's date, with its year written
// (and so widened to what holds the days after it), ends before a day or
// month that the text below tells as done (not announced), with its year
// written too: a page is not written before what it reports, so the lead
// recalled a background date ("condemned on Thursday (11) … after his
// defeat in the run-off of 30 October 2022" above "culminated in the
// riot of 8 January 2023"), and does not date the page.
func leadBeforeBody(leadDate textEvidence, latestBelow Date) bool {
	return leadDate.kind == textLeadMonth && !latestBelow.IsZero() && !leadDate.date.IsZero() &&
		!latestBelow.Start().Before(leadDate.date.End())
}

// stampClock reports whether a stamp has a clock time right after or
// before it on its line ("3 Aqpan 2025, 12:40", "16:27 | 14 марта").
func (d *dating) stampClock(m DateMention) bool {
	p := d.a.Paragraphs[m.Paragraph]
	start, end := m.Start-p.Start, m.End-p.Start
	if start < 0 || end > len(p.Text) {
		return false
	}
	lineStart, lineEnd := nearLine(p.Text, start, end)
	return timeAfter.MatchString(p.Text[end:lineEnd]) || timeBefore.MatchString(p.Text[lineStart:start])
}

// stampAlone reports whether a stamp is alone on its line, but for a
// weekday or marks around it.
func (d *dating) stampAlone(m DateMention) bool {
	p := d.a.Paragraphs[m.Paragraph]
	start, end := m.Start-p.Start, m.End-p.Start
	if start < 0 || end > len(p.Text) {
		return false
	}
	lineStart, lineEnd := nearLine(p.Text, start, end)
	return strings.TrimFunc(p.Text[lineStart:start], notWordOrDigit) == "" && strings.TrimFunc(p.Text[end:lineEnd], notWordOrDigit) == ""
}

// openDateline reports whether the page has a dateline with a day and a
// month but no year that could be placed.
func (d *dating) openDateline() bool {
	for _, m := range d.a.Mentions {
		if m.Stamp == StampPublished && m.Kind == MentionExplicit && !m.Resolved() {
			return true
		}
	}
	return false
}

// hijri reports whether a mention is a Lunar Hijri date.
func (d *dating) hijri(m DateMention) bool {
	w, ok := d.reader.read(m.Text)
	return ok && w.hijri
}

// yearWritten reports whether a mention's words write its year.
func (d *dating) yearWritten(m DateMention) bool {
	w, ok := d.reader.read(m.Text)
	return ok && (w.from.year != 0 || w.hasTo && w.to.year != 0)
}

// background reports whether an event lies more than backgroundDays before
// the date the text states: the article recalls it, it is not its news.
func (d *dating) background(s Span, text Date) bool {
	if text.IsZero() || s.Start.IsZero() {
		return false
	}
	return s.To().Before(text.Start().AddDate(0, 0, -backgroundDays))
}

// backgroundDays is how far before the article's date a mention or event
// is background rather than news.
const backgroundDays = 31

// markMentions sets Announced on the mentions that lie after the article's
// date and Background on those that lie more than backgroundDays before
// it, once the article is dated.
func (d *dating) markMentions() {
	date := d.a.Date
	if date.IsZero() {
		return
	}
	end := date.End()
	early := date.Start().AddDate(0, 0, -backgroundDays)
	for i := range d.a.Mentions {
		m := &d.a.Mentions[i]
		if !m.Resolved() || m.Stamp != StampNone {
			continue
		}
		if !m.Span.From().Before(end) {
			m.Announced = true
		}
		if m.Span.To().Before(early) {
			m.Background = true
		}
	}
}

// pinLead returns the day a weekday of the lead ("este jueves", "on
// Saturday"), not announced and not "last" or "next", names inside one of
// the days written with their year in the lead or the paragraph after it,
// when exactly one such day fits: "este jueves" with "los días 3 y 4 de
// julio de 2024" is the 4th. The weekday names the news's day in the words
// of the day it was written, and falls inside a background date by chance
// only once in seven.
func (d *dating) pinLead(candidates []textEvidence, lead int) textEvidence {
	var found textEvidence
	for _, t := range candidates {
		for _, wm := range d.weekdays {
			m := d.a.Mentions[wm.index]
			if wm.paragraph >= lead || wm.direction != 0 || m.Announced {
				continue
			}
			days := weekdaysBetween(t.span.From(), t.span.Last().Start(), wm.weekday, Date{})
			if len(days) != 1 {
				continue
			}
			day := DateOf(days[0])
			if !found.date.IsZero() && found.date != day {
				return textEvidence{} // two days fit
			}
			found = textEvidence{day, fmt.Sprintf("%s, %s", m.Text, t.words), textLead, Span{Start: day}, wm.index}
		}
	}
	return found
}

// modifiedOnWeekday returns the day of a modification stamp ("Updated
// 2:10 PM GMT, June 28, 2022") as the article's date when a weekday the
// text tells its news by, as past and not "last" or "next" ("held talks …
// on Tuesday"), falls on that day: the page tells of that day's news, so
// it was written on or after it, and it was modified that day, so not
// after it (news names a day by its weekday only within the week before).
// Without such a weekday the stamp stays its month (the page may be of
// any day before).
func (d *dating) modifiedOnWeekday(modified textEvidence) textEvidence {
	day := modified.span.Start
	if day.Precision != Day || !modified.span.End.IsZero() {
		return textEvidence{}
	}
	for _, wm := range d.weekdays {
		m := d.a.Mentions[wm.index]
		if m.Stamp != StampNone || wm.direction != 0 || m.Announced || wm.weekday != day.Start().Weekday() {
			continue
		}
		words := fmt.Sprintf("%s, modified %s", m.Text, modified.words)
		// The day it was modified is a day it was written: no lead's.
		return textEvidence{day, words, textLead, Span{Start: day}, -1}
	}
	return textEvidence{}
}
