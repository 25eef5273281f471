package data

import (
	"fmt"
	"strings"
	"time"
)

// This file places the phrases of days and years relative to another date
// of the text (dates_anchored.go) against the date told before them.

// placeAnchored places the article's phrases of days relative to another
// date of its text (see findAnchored) against that date, once the dates
// before them are placed: the dates of their own clause before them, or
// else of the last sentence before them with a date, in their paragraph
// or up to anchorParagraphs before. Those dates must all be the same
// day; a month, a span or two different days leave the phrase unplaced
// (which of them it follows is not known). Datelines and stamps are
// passed over.
func placeAnchored(a *Article) {
	x := anchoredFor(a.Language)
	if x == nil {
		return
	}
	var sc anchoredScratch
	for i := range a.Mentions {
		m := &a.Mentions[i]
		if m.Resolved() || m.Kind != MentionRelative || m.Stamp != StampNone {
			continue
		}
		p := a.Paragraphs[m.Paragraph]
		phrase, ok := x.phraseAt(p.Text, m.Start-p.Start, m.End-p.Start, &sc)
		if !ok {
			continue
		}
		if phrase.offset {
			placeOffset(a, i, anchoredShift{n: phrase.shift, unit: phrase.unit, offset: true})
			continue
		}
		unit := "day"
		if phrase.year {
			unit = "year"
		}
		anchor, ok := anchorOf(a, i, phrase.year)
		if !ok {
			m.Reason = "relative to a date of the text, but no single " + unit + " comes before it"
			continue
		}
		at := anchor.Span.Start()
		var span Span
		switch phrase.unit {
		case unitYear:
			span = Span{Start: YearDate(at.Year + phrase.shift)}
		case unitMonth: // "two months later": the month, not a day
			t := time.Date(at.Year, at.Month, 1, 0, 0, 0, 0, time.UTC).AddDate(0, phrase.shift, 0)
			span = Span{Start: MonthDate(t.Year(), t.Month())}
		case unitWeek:
			span = Span{Start: DateOf(at.Start().AddDate(0, 0, 7*phrase.shift))}
		default:
			span = Span{Start: DateOf(at.Start().AddDate(0, 0, phrase.shift))}
		}
		how := "the " + unit + " of"
		switch {
		case phrase.shift == 1 && (phrase.unit == unitDay || phrase.unit == unitYear):
			how = "the " + unit + " after"
		case phrase.shift == -1 && (phrase.unit == unitDay || phrase.unit == unitYear):
			how = "the " + unit + " before"
		case phrase.shift != 0:
			// "two days later", "a week earlier", "two months later"
			names := map[relUnit]string{unitDay: "day", unitWeek: "week", unitMonth: "month", unitYear: "year"}
			how = fmt.Sprintf("%d %ss after", phrase.shift, names[phrase.unit])
			if phrase.shift < 0 {
				how = fmt.Sprintf("%d %ss before", -phrase.shift, names[phrase.unit])
			}
			if phrase.shift == 1 || phrase.shift == -1 {
				how = strings.Replace(strings.Replace(how, "1 ", "one ", 1), "s ", " ", 1)
			}
		}
		m.SetSpan(span, fmt.Sprintf("%s %q, the date the text told before it", how, anchor.Text))
		m.Announced = m.Announced || anchor.Announced
	}
}

// anchorOf returns the date phrase i of a follows (see placeAnchored):
// a single day, or for a phrase of years (year) dates of a single year.
// For a day, a year or month recalled from long before the article
// ("disputed since 1991") is passed over: "that same day" follows the
// news, not it. So is a date written as a possessive ("confirmed on
// Tuesday … in Sunday's referendum … a day earlier"): it names the day of
// a thing, not the time the sentence tells of.
func anchorOf(a *Article, i int, year bool) (DateMention, bool) {
	m := a.Mentions[i]
	p := a.Paragraphs[m.Paragraph]
	from, _ := sentenceBounds(p.Text, m.Start-p.Start, m.End-p.Start)
	var anchor DateMention
	n := 0
	// The sentence whose dates are read: its paragraph, and where it
	// starts in it; the phrase's own clause when it holds a date.
	para, start := -1, 0
	for j := i - 1; j >= 0; j-- {
		o := a.Mentions[j]
		q := a.Paragraphs[o.Paragraph]
		s := o.Span.Span()
		if o.Stamp != StampNone || !year && o.Resolved() && s.Start.Precision < Day && recalled(s, a.Date) {
			continue // a dateline is the page's day, not the story's
		}
		if possessive(a.Text, o.End) {
			continue // "Sunday's referendum" dates a thing the sentence names
		}
		if para < 0 {
			if o.Paragraph < m.Paragraph-anchorParagraphs {
				break
			}
			para = o.Paragraph
			if start = from; o.Paragraph != m.Paragraph || o.Start-p.Start < from {
				start, _ = sentenceBounds(q.Text, o.Start-q.Start, o.End-q.Start)
			}
		} else if o.Paragraph != para || o.Start-q.Start < start {
			break
		}
		switch {
		case !o.Resolved():
			return DateMention{}, false
		case year && (s.Start.Precision < Year || s.Last().Year != s.Start.Year || n > 0 && s.Start.Year != anchor.Span.Start().Year):
			return DateMention{}, false
		case !year && (!s.End.IsZero() || s.Start.Precision != Day || n > 0 && s.Start != anchor.Span.Span().Start):
			return DateMention{}, false
		}
		if n == 0 {
			anchor = o
		}
		n++
	}
	return anchor, n > 0
}

// anchorParagraphs is how many paragraphs before its own a phrase's date
// may be told: news puts a paragraph of background or quotes between a
// day and "the next day" at times, rarely more.
const anchorParagraphs = 3

// recalled reports whether s lies more than backgroundDays before the
// article's date (known to the day or month).
func recalled(s Span, date Date) bool {
	return date.Precision >= Month && s.To().Before(date.Start().AddDate(0, 0, -backgroundDays))
}

// possessive reports whether the date that ends at byte end of text is
// written with the English possessive ("Sunday's", "Sunday’s").
func possessive(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}
