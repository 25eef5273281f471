package discover

import "github.com/caravan-analytics/caravan/data"

// The corpus-year pass (corpus_year.go) runs in rounds: a date placed in
// one round is a source for the next. A later round reads again every
// open date of an article for which a day gained a source: at 10,000
// generated articles the second and third rounds read 28,800 sentences
// again, of 63,500, and more than half of those had told the first round
// nothing (no kind of event, or nobody named). What a sentence tells
// depends on its article alone (its text, language, date and mentions),
// and an article changes only when one of its dates is placed; then its
// open dates, and this memo with them, are worked out afresh. So an
// article still open remembers which of its sentences told nothing, and
// they are not read again. (Remembering what the others told too, as
// copies of their candidates, saved the other half of the reading and
// would hold about 100 MB at 100,000 articles while the pass runs, when
// the load's memory is at its peak.)

// rememberSilentProbes turns the memo on; a test turns it off to compare.
var rememberSilentProbes = true

// probeMemo is what the corpus-year pass remembers of one article's open
// dates between rounds: the dates whose sentence (describe) or lead
// (describeLead) told nothing.
type probeMemo struct {
	silent []silentProbe
	read   int // sentences read with the memo set (a test's count)
}

// silentProbe is a date read as span that told nothing: through its
// sentence, or through its lead (lead, with dateline as asked).
type silentProbe struct {
	mention        int32
	lead, dateline bool
	span           data.PackedSpan
}

// told reports whether the memo knows the date was read as span and told
// nothing.
func (m *probeMemo) told(p silentProbe) bool {
	for _, q := range m.silent {
		if q == p {
			return true
		}
	}
	return false
}

// silentProbeOf returns the memo's key for a date, and false when span
// does not pack (such a date is read each time).
func silentProbeOf(mention int, lead, dateline bool, span data.Span) (silentProbe, bool) {
	packed, ok := data.PackSpan(span)
	return silentProbe{mention: int32(mention), lead: lead, dateline: dateline && lead, span: packed}, ok
}

// describe reads the sentence of article a's mention i as a candidate
// with span as its date (see describeRead). While s.probes is set, a
// sentence that told nothing is not read again.
func (s *Scanner) describe(a *data.Article, i int, span data.Span) (Candidate, bool) {
	m := s.probes
	if m == nil {
		return s.describeRead(a, i, span)
	}
	key, keyed := silentProbeOf(i, false, false, span)
	if keyed && m.told(key) {
		// The scanner is left as reading the sentence leaves it: the
		// name scanner set for the article, no lead (see describeRead,
		// which reads nothing of a mention outside the paragraphs). The
		// sentence read last stays what it was: what is kept of it
		// holds whichever sentence it was (see Scanner.last).
		if p := a.Mentions[i].Paragraph; p >= 0 && p < len(a.Paragraphs) {
			s.names.In(a)
			s.lead = s.lead[:0]
			s.ev, s.ids = s.ev[:0], s.ids[:0]
		}
		return Candidate{}, false
	}
	m.read++
	probe, ok := s.describeRead(a, i, span)
	if !ok && keyed {
		m.silent = append(m.silent, key)
	}
	return probe, ok
}

// describeLead is describeLeadRead; while s.probes is set, a lead that
// told nothing of a date is not read again.
func (s *Scanner) describeLead(a *data.Article, i int, span data.Span, dateline bool) []Candidate {
	m := s.probes
	if m == nil {
		return s.describeLeadRead(a, i, span, dateline)
	}
	key, keyed := silentProbeOf(i, true, dateline, span)
	if keyed && m.told(key) {
		return nil
	}
	m.read++
	probes := s.describeLeadRead(a, i, span, dateline)
	if len(probes) == 0 && keyed {
		m.silent = append(m.silent, key)
	}
	return probes
}
