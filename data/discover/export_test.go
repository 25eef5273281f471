package discover

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// UseCalendar makes occasions the calendar of the extractors built until
// the test ends, in place of the shipped one.
func UseCalendar(t testing.TB, occasions []data.Occasion) {
	old := calendarOccasions
	calendarOccasions = func() ([]data.Occasion, error) { return occasions, nil }
	t.Cleanup(func() { calendarOccasions = old })
}

// CalendarDatesArticles sets whether a dateline whose year the calendar
// gave dates its page, until the test ends.
func CalendarDatesArticles(t testing.TB, dates bool) {
	old := calendarDatesArticles
	calendarDatesArticles = dates
	t.Cleanup(func() { calendarDatesArticles = old })
}
