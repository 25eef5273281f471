package discover

import (
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// clue is a piece of a candidate's evidence as kept until its event is
// built: a span of the article's text, what kind of evidence it is and
// what it names. It is half a data.Match: the words are the article's
// text at the span (as every Match's are), and a date's reference is the
// candidate's own span, so neither is kept. At 100,000 articles there are
// some seven million clues, all alive while discovery groups them.
type clue struct {
	start, end int32
	kind       clueKind
	ref        string // a name id or a kind; "" for the date
}

// clueKind is a Match.Kind as a number.
type clueKind uint8

// The kinds of clues, in the order of clueKinds.
const (
	clueTerm clueKind = iota
	cluePlace
	clueActor
	clueDate
	clueOther
)

// clueKinds are the Match.Kind of each clueKind.
var clueKinds = [...]string{data.EvidenceTerm, data.EvidencePlace, data.EvidenceActor, data.EvidenceDate}

// kindOfMatch returns the clueKind of a Match.Kind.
func kindOfMatch(kind string) clueKind {
	for i, k := range clueKinds {
		if k == kind {
			return clueKind(i)
		}
	}
	return clueOther
}

// clueOf returns m as a clue. Only the kinds of clueKinds are kept;
// extraction makes no other.
func clueOf(m data.Match) clue {
	k := kindOfMatch(m.Kind)
	ref := m.Ref
	if k == clueDate {
		ref = ""
	}
	return clue{start: int32(m.Start), end: int32(m.End), kind: k, ref: ref}
}

// appendMatches appends to dst the candidate's evidence as data.Match
// values, in the order extraction sorted them.
func (c *Candidate) appendMatches(dst []data.Match) []data.Match {
	var date string
	for _, x := range c.evidence {
		m := data.Match{Start: int(x.start), End: int(x.end), Text: c.Article.Text[x.start:x.end], Ref: x.ref}
		if int(x.kind) < len(clueKinds) {
			m.Kind = clueKinds[x.kind]
		}
		if x.kind == clueDate {
			if date == "" {
				date = spanRef(c.Span())
			}
			m.Ref = date
		}
		dst = append(dst, m)
	}
	return dst
}

// Evidence returns the date, the event words and the names of the
// candidate, in text order, as data.Match values (made anew at each
// call).
func (c *Candidate) Evidence() []data.Match {
	return c.appendMatches(make([]data.Match, 0, len(c.evidence)))
}

// when is a data.Span in 16 bytes rather than 64: years as int32, months,
// days and precisions as bytes. Dates that reach a candidate are
// resolved ones (years 1000–2999, real months and days), so nothing is
// lost (see whenOf).
type when struct {
	startYear, endYear              int32
	startMonth, startDay, startPrec uint8
	endMonth, endDay, endPrec       uint8
}

// whenOf returns s as a when, and false when a field does not fit (no
// resolved date is such).
func whenOf(s data.Span) (when, bool) {
	w := when{
		startYear: int32(s.Start.Year), startMonth: uint8(s.Start.Month), startDay: uint8(s.Start.Day), startPrec: uint8(s.Start.Precision),
		endYear: int32(s.End.Year), endMonth: uint8(s.End.Month), endDay: uint8(s.End.Day), endPrec: uint8(s.End.Precision),
	}
	return w, w.Span() == s
}

// Span returns the data.Span.
func (w when) Span() data.Span {
	return data.Span{
		Start: data.Date{Year: int(w.startYear), Month: time.Month(w.startMonth), Day: int(w.startDay), Precision: data.Precision(w.startPrec)},
		End:   data.Date{Year: int(w.endYear), Month: time.Month(w.endMonth), Day: int(w.endDay), Precision: data.Precision(w.endPrec)},
	}
}
