package discover

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/caravan-analytics/caravan/data"
)

// A span packs and unpacks to itself when its fields fit, and is refused
// when they do not, rather than coming back as another date.
func TestPackSpan(t *testing.T) {
	for _, s := range []data.Span{
		{Start: data.DayDate(2024, 7, 4)},
		{Start: data.MonthDate(1999, 12)},
		{Start: data.YearDate(2999), End: data.YearDate(3000)},
		{Start: data.DayDate(2022, 9, 15), End: data.DayDate(2022, 9, 16)},
		{},
	} {
		p, ok := packSpan(s)
		if !ok || p.Span() != s {
			t.Errorf("%v: packed %v, %v", s, p.Span(), ok)
		}
	}
	for _, s := range []data.Span{
		{Start: data.DayDate(2024, 7, 300)},
		{Start: data.YearDate(1 << 40)},
	} {
		if _, ok := packSpan(s); ok {
			t.Errorf("%v packed, though it does not fit", s)
		}
	}
}

// A clue gives back the Match it was made from: the words from the
// article's text, the kind, what it names, and for the date the
// candidate's span.
func TestClueRoundTrip(t *testing.T) {
	a := &data.Article{Text: "Xi Jinping met Tokayev in Astana on 4 July 2024."}
	span := data.Span{Start: data.DayDate(2024, 7, 4)}
	p, _ := packSpan(span)
	ms := []data.Match{
		{Start: 0, End: 10, Text: "Xi Jinping", Kind: data.EvidenceActor, Ref: "xi-jinping"},
		{Start: 11, End: 14, Text: "met", Kind: data.EvidenceTerm, Ref: string(Talks)},
		{Start: 26, End: 32, Text: "Astana", Kind: data.EvidencePlace, Ref: "astana"},
		{Start: 36, End: 47, Text: "4 July 2024", Kind: data.EvidenceDate, Ref: spanRef(span)},
	}
	s := &Scanner{refs: map[string]int32{}}
	c := Candidate{Article: a, span: p}
	for _, m := range ms {
		c.evidence = append(c.evidence, s.clueOf(m))
	}
	got := c.Evidence()
	if len(got) != len(ms) {
		t.Fatalf("%d matches, want %d", len(got), len(ms))
	}
	for i := range ms {
		if got[i] != ms[i] {
			t.Errorf("match %d: %+v, want %+v", i, got[i], ms[i])
		}
	}
}

// A candidate's refinements are kept once each, listed in the order of
// qualifiers, and every refinement the lexicon knows fits in the list.
func TestQualList(t *testing.T) {
	var l qualList
	for _, q := range []qualifier{qParliamentary, qTreaty, qParliamentary, qElect, qPresidential} {
		l = l.with(q)
	}
	var got []qualifier
	for q := range l.all() {
		got = append(got, q)
	}
	want := []qualifier{qPresidential, qParliamentary, qTreaty, qElect}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	if !l.has(qTreaty) || l.has(qFlood) {
		t.Errorf("has: treaty %v, flood %v", l.has(qTreaty), l.has(qFlood))
	}
	all := qualList(0)
	for _, q := range qualifiers {
		all = all.with(q)
	}
	for _, q := range qualifiers {
		if !all.has(q) {
			t.Errorf("a list of every refinement lost %q", q)
		}
	}
	for _, p := range theLexicon().list {
		if p.qual != "" && qualCode(p.qual) == 0 {
			t.Errorf("the lexicon's %q refines by %q, which a candidate cannot keep", p.original, p.qual)
		}
	}
}

// A candidate stays at 128 bytes: there are millions at 100,000 articles
// (see Candidate).
func TestCandidateSize(t *testing.T) {
	if n := unsafe.Sizeof(Candidate{}); n > 128 {
		t.Errorf("a Candidate is %d bytes", n)
	}
}

// qualCode gives each qualifier the bit of its first place in qualifiers,
// as the search through the list it replaced did, and none to a word that
// is no qualifier.
func TestQualCodeAsItsPlaceInTheList(t *testing.T) {
	for i, q := range qualifiers {
		want := qualList(1) << slices.Index(qualifiers[:], q)
		if got := qualCode(q); got != want {
			t.Errorf("qualCode(%q) = %b, want %b (place %d)", q, got, want, i)
		}
	}
	for _, q := range []qualifier{"", "summit", "Presidential", "presidentia"} {
		if got := qualCode(q); got != 0 {
			t.Errorf("qualCode(%q) = %b, want 0", q, got)
		}
	}
}
