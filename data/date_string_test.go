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
