package data

import "fmt"

// This file gives a year-less date of a plan the year of the plan's date
// written before it in the same sentence: "El torneo arrancará el 11 de
// junio del próximo año y concluirá el 19 de julio" ends on 19 July 2026, where
// the year nearest the article (a report of June 2025) put the final in
// July 2025. Only plans: in a sentence that tells the past, a year-less
// date after a dated one may be of any year ("born on 5 March 1950, he
// died on 2 June").

// carryPlannedYears places again each year-less date of a plan of article
// a that follows, in its sentence, a plan's date written with its year
// (see plannedYearBefore).
func (r *dateReader) carryPlannedYears(a *Article) {
	for i := 1; i < len(a.Mentions); i++ {
		if span, reason, ok := r.plannedYearBefore(a, i); ok {
			a.Mentions[i].SetSpan(span, reason)
		}
	}
}

// plannedYearBefore returns the span of article a's year-less mention i
// in the year of the announced date written before it in its sentence,
// when both are announced, that date writes its year, and in that year
// mention i falls on or after it and within a year of it.
func (r *dateReader) plannedYearBefore(a *Article, i int) (Span, string, bool) {
	m, prev := a.Mentions[i], a.Mentions[i-1]
	if !m.Announced || !prev.Announced || m.Kind != MentionExplicit || prev.Kind != MentionExplicit ||
		prev.Paragraph != m.Paragraph || m.Stamp != StampNone || prev.Stamp != StampNone || !prev.Resolved() {
		return Span{}, "", false
	}
	w, ok := r.read(m.Text)
	if !ok || w.from.year != 0 || w.from.month == 0 || w.relYear || w.written != 0 || w.solar || w.hijriOpen {
		return Span{}, "", false
	}
	// The plan's date writes its year, or a year relative to the
	// article's ("el 11 de junio del próximo año").
	pw, ok := r.read(prev.Text)
	if !ok || pw.from.year == 0 && !pw.relYear {
		return Span{}, "", false
	}
	p := a.Paragraphs[m.Paragraph]
	from, _ := sentenceBounds(p.Text, m.Start-p.Start, m.End-p.Start)
	if prev.Start-p.Start < from {
		return Span{}, "", false // another sentence's
	}
	placed := w
	placed.from.year = prev.Span.Span().Start.Year
	if placed.hasTo && placed.to.year == 0 {
		placed.to.year = placed.from.year
	}
	span := placed.span()
	start, before := span.Start, prev.Span.Span().Start
	if start.IsZero() || start.Start().Before(before.Start()) || !start.Start().Before(before.Start().AddDate(1, 0, 0)) {
		return Span{}, "", false
	}
	if span == m.Span.Span() {
		return Span{}, "", false // the year nearest the article is that year
	}
	return span, fmt.Sprintf("no year written; the year of %q before it in the sentence, a plan too", prev.Text), true
}
