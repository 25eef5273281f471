package discover

import (
	"os"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestMain runs the package's tests without the shipped calendar: the
// tests of the corpus rules build folders of invented look-alikes (an SCO
// summit in Astana on 4 July 2023, a Georgian election on 27 October
// 2020) that the world's calendar contradicts, and what they test is
// the corpus alone. The calendar's own tests (corpus_calendar_test.go)
// set the calendar they read: a test file, or the shipped one
// (UseShippedCalendar).
func TestMain(m *testing.M) {
	calendarOccasions = func() ([]data.Occasion, error) { return nil, nil }
	os.Exit(m.Run())
}

// UseCalendar makes occasions the calendar of the extractors built until
// the test ends.
func UseCalendar(t testing.TB, occasions []data.Occasion) {
	old := calendarOccasions
	calendarOccasions = func() ([]data.Occasion, error) { return occasions, nil }
	t.Cleanup(func() { calendarOccasions = old })
}

// UseShippedCalendar makes the shipped calendar that of the extractors
// built until the test ends.
func UseShippedCalendar(t testing.TB) {
	old := calendarOccasions
	calendarOccasions = data.ShippedCalendar
	t.Cleanup(func() { calendarOccasions = old })
}
