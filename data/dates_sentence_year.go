package data

import "fmt"

// This file gives a date written without its year the year of the date
// before it in the same sentence: "The tournament opens on June 11, 2026
// and ends on July 19", "arrancará el 11 de junio del próximo año y
// concluirá el 19 de julio". The two clauses are one range written in
// two; the article's date and the tense would put the second in the
// year nearest the article instead (see placeNear).

// sentenceYear returns the year that the date of mention i takes from the
// nearest date before it in its sentence, and the words of that date: a
// day whose year is written (or written relative to the article's, and
// already placed), with the month and day of mention i after it in that
// year. ok is false when there is no such date.
func (r *dateReader) sentenceYear(a *Article, i int) (year int, words string, ok bool) {
	m, w := a.Mentions[i], r.meanings[i]
	if m.Kind != MentionExplicit || m.Stamp != StampNone || w.from.year != 0 || w.from.month == 0 || w.relYear || w.solar || w.hijriOpen || w.written != 0 {
		return 0, "", false
	}
	if m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
		return 0, "", false
	}
	p := a.Paragraphs[m.Paragraph]
	if m.Start < p.Start || m.End > p.End {
		return 0, "", false
	}
	for j := i - 1; j >= 0; j-- {
		prev, pw := a.Mentions[j], r.meanings[j]
		if prev.Paragraph != m.Paragraph || prev.End > m.Start || sentenceEndsBetween(p, prev.End, m.Start) {
			return 0, "", false
		}
		if prev.Kind != MentionExplicit || !prev.Resolved() || prev.Stamp != StampNone {
			continue
		}
		// The nearest date before it decides: a year-less one, or one
		// whose year is not written, gives no year to follow.
		if pw.from.year == 0 && !pw.relYear || pw.solar || pw.hijriOpen {
			return 0, "", false
		}
		start := prev.Span.Span().Start
		if start.Precision == Year && !pw.hasTo && !pw.relYear && r.sc.lex.yearRightBefore(a.Text[prev.End:m.Start], m.Text) {
			return start.Year, prev.Text, true
		}
		if start.Precision != Day && start.Precision != Month {
			return 0, "", false
		}
		after := w.from.month > start.Month || w.from.month == start.Month && start.Precision == Day && w.from.day > start.Day
		if !after {
			return 0, "", false
		}
		return start.Year, prev.Text, true
	}
	return 0, "", false
}

// placeBySentenceYear places mention i in the year sentenceYear gives it,
// if any, and reports whether it did.
func (r *dateReader) placeBySentenceYear(a *Article, i int) bool {
	y, words, ok := r.sentenceYear(a, i)
	if !ok {
		return false
	}
	placed := r.meanings[i]
	placed.from.year = y
	if placed.hasTo {
		placed.to.year = y
		if placed.to.month < placed.from.month {
			placed.to.year++
		}
	}
	s := placed.span()
	if s.Start.IsZero() {
		return false
	}
	a.Mentions[i].SetSpan(s, fmt.Sprintf("no year written; the date before it in its sentence, %q, gives it %d", words, y))
	return true
}

// sentenceEndsBetween reports whether a sentence ends in paragraph p
// between the article offsets from and to. Only the text between two
// dates is read, so that the ordinal dot of a German date ("am 2. Mai")
// is no sentence end.
func sentenceEndsBetween(p Paragraph, from, to int) bool {
	lo, seg := from-p.Start, p.Text[:to-p.Start]
	for k := lastIndexSentenceMark(seg); k >= lo; k = lastIndexSentenceMark(seg[:k]) {
		if sentenceBreak(p.Text, k) {
			return true
		}
	}
	return false
}
