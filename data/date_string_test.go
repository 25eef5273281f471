package data

import (
	"fmt"
	"testing"
	"time"
)

// dateStringCases are dates String writes, ordinary and odd: the fast path
// must write what fmt writes, and the rest must still be written by fmt.
var dateStringCases = []Date{
	{}, DayDate(2022, 9, 16), MonthDate(2022, 9), YearDate(2022), DayDate(7, 1, 2), YearDate(0),
	YearDate(9999), YearDate(10000), YearDate(-1), DayDate(-44, 3, 15), MonthDate(2022, 100),
	{Year: 2022, Month: 9, Day: 16, Precision: Year}, {Year: 2022, Precision: Precision(7)},
}

func TestDateStringIsISO(t *testing.T) {
	for _, d := range dateStringCases {
		checkDateString(t, d.Year, int(d.Month), d.Day, int(d.Precision))
	}
}

func FuzzDateString(f *testing.F) {
	for _, d := range dateStringCases {
		f.Add(d.Year, int(d.Month), d.Day, int(d.Precision))
	}
	f.Fuzz(checkDateString)
}

// checkDateString compares Date.String with the fmt formats it promises.
func checkDateString(t *testing.T, year, month, day, precision int) {
	d := Date{Year: year, Month: time.Month(month), Day: day, Precision: Precision(precision)}
	want := ""
	switch d.Precision {
	case Day:
		want = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	case Month:
		want = fmt.Sprintf("%04d-%02d", year, month)
	case Year:
		want = fmt.Sprintf("%04d", year)
	}
	if got := d.String(); got != want {
		t.Errorf("%#v: got %q, want %q", d, got, want)
	}
}

// TestDateComparisonsAsTime checks Contains, Overlaps, Before and
// Span.Days, which compute day numbers, against the same comparisons of Start and End as
// time.Time values, for dates of every precision around leap days, month
// and year ends, far years and days out of range.
func TestDateComparisonsAsTime(t *testing.T) {
	var dates []Date
	for _, y := range []int{-401, -1, 0, 1, 4, 1600, 1899, 1900, 2000, 2023, 2024, 2100, 10000} {
		dates = append(dates, Date{}, Date{Year: y, Precision: Year})
		for m := time.Month(0); m <= 13; m++ {
			dates = append(dates, Date{Year: y, Month: m, Precision: Month})
			for _, d := range []int{0, 1, 2, 15, 28, 29, 30, 31, 32} {
				dates = append(dates, Date{Year: y, Month: m, Day: d, Precision: Day})
			}
		}
	}
	for _, d := range dates {
		if got, want := d.startDay(), d.Start().Unix()/86400; got != want {
			t.Fatalf("%+v: start day %d, want %d", d, got, want)
		}
		if got, want := d.endDay(), d.End().Unix()/86400; got != want {
			t.Fatalf("%+v: end day %d, want %d", d, got, want)
		}
	}
	// Pairs from a sample, so that the test stays quick.
	for i, d := range dates {
		for j := i % 7; j < len(dates); j += 7 {
			o := dates[j]
			s := Span{Start: d, End: o}
			if from, to := s.Days(); from != s.From().Unix()/86400 || to != s.To().Unix()/86400 {
				t.Fatalf("%+v: days %d, %d, want %d, %d", s, from, to, s.From().Unix()/86400, s.To().Unix()/86400)
			}
			contains := !d.IsZero() && !o.IsZero() && !o.Start().Before(d.Start()) && !o.End().After(d.End())
			overlaps := !d.IsZero() && !o.IsZero() && d.Start().Before(o.End()) && o.Start().Before(d.End())
			before := !d.IsZero()
			if d.IsZero() == o.IsZero() {
				before = d.Start().Before(o.Start()) || d.Start().Equal(o.Start()) && d.Precision < o.Precision
			}
			if d.Contains(o) != contains || d.Overlaps(o) != overlaps || d.Before(o) != before {
				t.Fatalf("%+v vs %+v: contains %v overlaps %v before %v, want %v %v %v",
					d, o, d.Contains(o), d.Overlaps(o), d.Before(o), contains, overlaps, before)
			}
		}
	}
}
