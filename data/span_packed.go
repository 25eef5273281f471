package data

import "time"

// PackedSpan is a Span in 16 bytes rather than 64, as DateMention keeps
// it: an article has about thirty mentions, and at 100,000 articles their
// spans alone took 200 MB as Spans. Each date is one word: its year in
// the top 40 bits (signed), then its month, day and precision a byte
// each. Every date Caravan reads (years 1000–2999, and the days,
// months and years worked out from them) fits; one that would not is
// never changed into another (see PackSpan).
type PackedSpan [2]packedDate

// packedDate is a Date in one word (see PackedSpan).
type packedDate uint64

// PackSpan returns s packed, and false when a field does not fit, in
// which case the packed span is the zero one (nothing resolved).
func PackSpan(s Span) (PackedSpan, bool) {
	p := PackedSpan{packDate(s.Start), packDate(s.End)}
	if p.Span() != s {
		return PackedSpan{}, false
	}
	return p, true
}

func packDate(d Date) packedDate {
	return packedDate(uint64(int64(d.Year))<<24 | uint64(uint8(d.Month))<<16 | uint64(uint8(d.Day))<<8 | uint64(uint8(d.Precision)))
}

func (p packedDate) date() Date {
	return Date{Year: int(int64(p) >> 24), Month: time.Month(uint8(p >> 16)), Day: int(uint8(p >> 8)), Precision: Precision(uint8(p))}
}

// Span returns the span.
func (p PackedSpan) Span() Span { return Span{Start: p[0].date(), End: p[1].date()} }

// Start returns the span's first date (zero when unresolved).
func (p PackedSpan) Start() Date { return p[0].date() }

// Last is Span.Last.
func (p PackedSpan) Last() Date { return p.Span().Last() }

// From is Span.From.
func (p PackedSpan) From() time.Time { return p.Span().From() }

// To is Span.To.
func (p PackedSpan) To() time.Time { return p.Span().To() }

// IsZero reports whether the span is the zero Span (nothing resolved).
func (p PackedSpan) IsZero() bool { return p == PackedSpan{} }

// Word returns the i-th (0: start, 1: end) date of the span as one word,
// for code that stores spans in a form of its own (PackedSpanOf reads
// them back).
func (p PackedSpan) Word(i int) uint64 { return uint64(p[i]) }

// PackedSpanOf returns the span whose words (see Word) are start and end.
func PackedSpanOf(start, end uint64) PackedSpan {
	return PackedSpan{packedDate(start), packedDate(end)}
}
