package data

import (
	"strconv"
	"sync"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	dpsdate "github.com/markusmobius/go-dateparser/date"
)

// Caravan asks go-dateparser to read the day–month pairs its own scan has
// found ("2 januari", "16 سبتمبر", "4 juillet"), never whole paragraphs: one
// call costs about 175 µs, its Search reads numeric dates month-first and it
// takes German "die" for Tuesday. The pairs a corpus writes are few (at most
// 31 per month spelling), so each is read once and remembered. The year is
// never asked of it: Caravan decides the year itself.

// dayMonthKey is one day–month pair as the scan normalised it.
type dayMonthKey struct {
	month string // normalised month word
	day   int
}

// dayMonthValue is go-dateparser's reading of a dayMonthKey.
type dayMonthValue struct {
	month time.Month
	day   int
	ok    bool
}

var dayMonths sync.Map // dayMonthKey → dayMonthValue

// parserReference is the fixed "now" handed to go-dateparser so that its
// answers never depend on the machine's clock. 2000 is a leap year, so
// "29 februari" reads as a date; whether that day exists in the article's
// year is checked once the year is known.
var parserReference = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// parserConfig returns the go-dateparser configuration for words of the
// languages: day before month, a fixed reference time, and day and month
// both required so that nothing is filled in.
func parserConfig(langs []string) *dps.Configuration {
	return &dps.Configuration{
		Languages:           langs,
		CurrentTime:         parserReference,
		PreferredDateSource: dps.CurrentPeriod,
		DateOrder:           dps.DMY,
		RequiredParts:       []string{"day", "month"},
	}
}

// readDayMonth reads a day and a month word with go-dateparser in the
// word's languages and reports whether they make a date. Month words
// go-dateparser does not know (roleUnparsed) are read from the lexicon.
func readDayMonth(word *dateEntry, month time.Month, day int) (time.Month, int, bool) {
	if word.has(roleUnparsed) {
		return month, day, day >= 1 && day <= daysIn(parserReference.Year(), month)
	}
	key := dayMonthKey{word.word, day}
	if v, ok := dayMonths.Load(key); ok {
		v := v.(dayMonthValue)
		return v.month, v.day, v.ok
	}
	var v dayMonthValue
	d, err := dps.Parse(parserConfig(word.langs), strconv.Itoa(day)+" "+word.word)
	if err == nil && d.Period == dpsdate.Day && d.Time.Year() == parserReference.Year() {
		v = dayMonthValue{month: d.Time.Month(), day: d.Time.Day(), ok: true}
	}
	dayMonths.Store(key, v)
	return v.month, v.day, v.ok
}
