package data

import (
	"strings"
	"time"
)

// TermsReader tells discovery when a report was written as the
// office-holders it titles say: rule 17's reading (offices.go, with all of
// its guards: "former", "elect", a year in the sentence, a death …). The
// corpus pass that ties a weekday of one undated report to a day of a
// month of another (discover's corpus_weekday_ties.go) asks it of both
// reports: a day of a month falls on a given weekday once in five, six or
// eleven years, and the terms say which of them the reports can be of.
//
// The name finder of the office-holders is compiled on the first report
// asked of, not before: most folders never need it.
type TermsReader struct {
	f *officeFinder
	s *NameScanner
}

// DayStretch is a stretch of days, both ends included.
type DayStretch struct{ From, To time.Time }

// NewTermsReader returns a TermsReader of the terms of names. One
// goroutine at a time may use it.
func NewTermsReader(names []*Name) *TermsReader {
	return &TermsReader{f: newOfficeFinder(names)}
}

// Terms returns the days article a was written on as the terms of
// everyone it titles say (the intersection of their terms, a term still
// running ending today), and who says so; none when it titles no one the
// lists give terms of.
func (t *TermsReader) Terms(a *Article) ([]DayStretch, string) {
	if t == nil || t.f == nil || !titlesFor(a.Language).mentioned(a.Text) {
		return nil, ""
	}
	if t.s == nil {
		t.s = t.f.scanner()
	}
	w := t.f.window(a, t.s)
	if len(w.ranges) == 0 {
		return nil, ""
	}
	out := make([]DayStretch, len(w.ranges))
	for i, r := range w.ranges {
		out[i] = DayStretch{r.from, r.to}
	}
	return out, strings.Join(w.who, " and ")
}

// Today is the last day a report can have been written on: the day it is
// read, and not before the end of the lists' horizon (see today).
func Today() time.Time { return today() }
