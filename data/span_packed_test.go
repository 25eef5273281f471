package data

import (
	"math"
	"testing"
	"unsafe"
)

func TestPackSpanKeepsEveryReadableDate(t *testing.T) {
	spans := []Span{
		{},
		{Start: YearDate(1000)},
		{Start: DayDate(2999, 12, 31)},
		{Start: MonthDate(2022, 9), End: MonthDate(2023, 1)},
		{Start: DayDate(2024, 2, 29), End: DayDate(2024, 3, 2)},
		{Start: YearDate(-44)}, // a year before 0 still packs
		{Start: Date{Year: 1 << 38, Precision: Year}},
	}
	for _, s := range spans {
		p, ok := PackSpan(s)
		if !ok || p.Span() != s || p.Start() != s.Start || p.Last() != s.Last() || p.IsZero() != (s == Span{}) {
			t.Errorf("%+v packed to %+v (%v)", s, p.Span(), ok)
		}
	}
}

func TestPackSpanRefusesWhatDoesNotFit(t *testing.T) {
	for _, s := range []Span{
		{Start: Date{Year: math.MaxInt64, Precision: Year}},
		{Start: Date{Year: 2022, Month: 300, Precision: Month}},
		{Start: DayDate(2022, 1, 1), End: Date{Year: 2022, Day: -1, Precision: Day}},
	} {
		if p, ok := PackSpan(s); ok || !p.IsZero() {
			t.Errorf("%+v packed to %+v (%v), want refused", s, p.Span(), ok)
		}
		var m DateMention
		m.SetSpan(s, "why")
		if m.Resolved() || m.Reason == "why" {
			t.Errorf("a mention took %+v as %+v (%q)", s, m.Span.Span(), m.Reason)
		}
	}
}

func TestDateMentionStaysSmall(t *testing.T) {
	// 30 per article, all kept: see DateMention.
	if n := unsafe.Sizeof(DateMention{}); n > 80 {
		t.Errorf("DateMention is %d bytes, want at most 80", n)
	}
}

func TestMentionAndStampKindNames(t *testing.T) {
	for k, want := range map[MentionKind]string{0: "", MentionExplicit: "explicit", MentionWeekday: "weekday", MentionRelative: "relative", 9: ""} {
		if k.String() != want {
			t.Errorf("%d: %q, want %q", k, k.String(), want)
		}
	}
	for k, want := range map[StampKind]string{StampNone: "", StampPublished: "published", StampModified: "modified", 7: ""} {
		if k.String() != want {
			t.Errorf("%d: %q, want %q", k, k.String(), want)
		}
	}
}
