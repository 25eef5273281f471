package data

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known. The zero value is Unknown.
type Precision int

// The precisions, from least to most precise.
const (
	Unknown Precision = iota
	Year
	Month
	Day
)

var precisionNames = [...]string{"unknown", "year", "month", "day"}

// String returns "unknown", "year", "month" or "day".
func (p Precision) String() string {
	if p < Unknown || p > Day {
		return "unknown"
	}
	return precisionNames[p]
}

// MarshalText writes the precision's name.
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// Date is a calendar date known to a Precision: a day, a month, a year, or
// nothing at all. Fields finer than the precision are zero. Caravan never
// invents precision: "September 2022" is Month precision, not 2022-09-01.
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// DayDate returns the day y-m-d.
func DayDate(y int, m time.Month, d int) Date { return Date{y, m, d, Day} }

// MonthDate returns the month y-m.
func MonthDate(y int, m time.Month) Date { return Date{Year: y, Month: m, Precision: Month} }

// YearDate returns the year y.
func YearDate(y int) Date { return Date{Year: y, Precision: Year} }

// DateOf returns the day of t in UTC.
func DateOf(t time.Time) Date {
	t = t.UTC()
	return DayDate(t.Year(), t.Month(), t.Day())
}

// IsZero reports whether nothing is known of the date.
func (d Date) IsZero() bool { return d.Precision == Unknown }

// String returns the ISO form cut to the precision: "2022-09-16", "2022-09",
// "2022", or "" when unknown.
func (d Date) String() string {
	// Spans are written as Match.Ref for every date of every linked
	// paragraph, so the usual dates are written without fmt.
	if d.Precision >= Year && d.Precision <= Day && d.Year >= 0 && d.Year <= 9999 &&
		d.Month >= 0 && d.Month <= 99 && d.Day >= 0 && d.Day <= 99 {
		var b [len("2022-09-16")]byte
		out := appendDigits(b[:0], d.Year, 4)
		if d.Precision >= Month {
			out = appendDigits(append(out, '-'), int(d.Month), 2)
		}
		if d.Precision == Day {
			out = appendDigits(append(out, '-'), d.Day, 2)
		}
		return string(out)
	}
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// appendDigits appends n, which is not negative and has at most width
// digits, zero-padded to width digits.
func appendDigits(b []byte, n, width int) []byte {
	start := len(b)
	for range width {
		b = append(b, '0')
	}
	for i := len(b) - 1; i >= start; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}

// Human returns an English reading of the date for people: "16 Sep 2022",
// "Sep 2022", "2022" or "undated".
func (d Date) Human() string {
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month.String()[:3], d.Year)
	case Month:
		return fmt.Sprintf("%s %d", d.Month.String()[:3], d.Year)
	case Year:
		return strconv.Itoa(d.Year)
	}
	return "undated"
}

// ParseDate reads the ISO forms that String writes. The empty string is the
// unknown date. Impossible dates (2022-13, 2022-02-30) are errors.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		n, err := strconv.Atoi(p)
		if err != nil || len(p) != want || n < 0 {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		nums[i] = n
	}
	d := Date{Year: nums[0], Precision: Year}
	if len(nums) > 1 {
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("date %q: month %d out of range", s, nums[1])
		}
		d.Month, d.Precision = time.Month(nums[1]), Month
	}
	if len(nums) > 2 {
		if nums[2] < 1 || nums[2] > daysIn(d.Year, d.Month) {
			return Date{}, fmt.Errorf("date %q: day %d out of range", s, nums[2])
		}
		d.Day, d.Precision = nums[2], Day
	}
	return d, nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Start is the first instant of the date's span, in UTC. The unknown date
// starts at the zero time.
func (d Date) Start() time.Time {
	switch d.Precision {
	case Day:
		return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// End is the first instant after the date's span, in UTC: the next day,
// month or year.
func (d Date) End() time.Time {
	s := d.Start()
	switch d.Precision {
	case Day:
		return s.AddDate(0, 0, 1)
	case Month:
		return s.AddDate(0, 1, 0)
	case Year:
		return s.AddDate(1, 0, 0)
	}
	return s
}

// Contains reports whether o's whole span lies within d's span.
// An unknown date contains nothing and is contained by nothing.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return o.startDay() >= d.startDay() && o.endDay() <= d.endDay()
}

// Overlaps reports whether the spans of d and o share any instant.
func (d Date) Overlaps(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return d.startDay() < o.endDay() && o.startDay() < d.endDay()
}

// Before orders dates by the start of their spans, then coarser first;
// unknown dates sort last.
func (d Date) Before(o Date) bool {
	if d.IsZero() != o.IsZero() {
		return !d.IsZero()
	}
	if ds, os := d.startDay(), o.startDay(); ds != os {
		return ds < os
	}
	return d.Precision < o.Precision
}

// Every span starts and ends at midnight UTC, so spans compare as day
// numbers: Contains, Overlaps and Before, which dating and discovery ask
// millions of times, compare integers instead of building time.Time
// values (time.Date and AddDate were a few per cent of a load).

// startDay is the day number of Start (see civilDay).
func (d Date) startDay() int64 {
	switch d.Precision {
	case Day:
		return civilDay(d.Year, d.Month, d.Day)
	case Month:
		return civilDay(d.Year, d.Month, 1)
	case Year:
		return civilDay(d.Year, 1, 1)
	}
	return civilDay(1, 1, 1) // the zero time.Time, as Start gives
}

// endDay is the day number of End.
func (d Date) endDay() int64 {
	switch d.Precision {
	case Day:
		return civilDay(d.Year, d.Month, d.Day) + 1
	case Month:
		return civilDay(d.Year, d.Month+1, 1)
	case Year:
		return civilDay(d.Year+1, 1, 1)
	}
	return civilDay(1, 1, 1)
}

// civilDay numbers the day y-m-d of the proleptic Gregorian calendar
// (1970-01-01 is 0), normalising a month or day out of range as time.Date
// does: month 13 is January of the next year, 30 February a day in March.
// (The days-from-civil algorithm of Howard Hinnant.)
func civilDay(y int, m time.Month, d int) int64 {
	year, month := int64(y), int64(m)-1 // month 0..11 once normalised
	carry := floorDiv(month, 12)
	year, month = year+carry, month-carry*12+1
	if month <= 2 {
		year-- // the year counted from 1 March, so that 29 February ends it
	}
	era := floorDiv(year, 400)
	yoe := year - era*400                  // 0..399
	doy := (153*((month+9)%12) + 2) / 5    // days from 1 March to the 1st of the month
	doe := yoe*365 + yoe/4 - yoe/100 + doy // 0..146096
	return era*146097 + doe - 719468 + int64(d) - 1
}

// floorDiv is a/b rounded down (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// MarshalJSON writes the ISO string cut to the precision.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDate(s)
	*d = v
	return err
}

// Span is an interval of dates, Start through End inclusive; End may be
// zero, meaning the span is the single date Start.
type Span struct {
	Start, End Date
}

// Last returns End, or Start when End is unknown.
func (s Span) Last() Date {
	if s.End.IsZero() {
		return s.Start
	}
	return s.End
}

// From is the first instant of the span; To is the first instant after it.
func (s Span) From() time.Time { return s.Start.Start() }

// To is the first instant after the span.
func (s Span) To() time.Time { return s.Last().End() }

// Days returns the days of From and To as numbers of days since 1
// January 1970, without building times: discovery compares spans as
// whole days, for every date of every sentence it reads.
func (s Span) Days() (from, to int64) { return s.Start.startDay(), s.Last().endDay() }

// Agrees reports whether a date mentioned in a text can refer to the span:
// their time intervals overlap.
func (s Span) Agrees(d Date) bool {
	if s.Start.IsZero() || d.IsZero() {
		return false
	}
	return s.From().Before(d.End()) && d.Start().Before(s.To())
}

// Precision is the coarser precision of the span's two ends.
func (s Span) Precision() Precision {
	if s.End.IsZero() || s.End.Precision > s.Start.Precision {
		return s.Start.Precision
	}
	return s.End.Precision
}
