package discover

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// The one-line summary says the date to its precision, with the article
// English wants ("an agreement in 1994", never "a agreement on 1994").
func TestSummarySaysTheDateToItsPrecision(t *testing.T) {
	for _, c := range []struct {
		kind  Kind
		start data.Date
		want  string
	}{
		{"agreement", data.YearDate(1994), "An agreement in 1994, found in 1 article in 1 language."},
		{"election", data.MonthDate(2022, 11), "An election in Nov 2022, found in 1 article in 1 language."},
		{"summit", data.DayDate(2024, 7, 3), "A summit on 3 Jul 2024, found in 1 article in 1 language."},
	} {
		e := &data.Event{Span: data.Span{Start: c.start}, Strength: data.Strength{Articles: 1, Languages: 1}}
		if got := summaryOf(e, c.kind, 0); got != c.want {
			t.Errorf("summary of a %s at %v = %q, want %q", c.kind, c.start, got, c.want)
		}
	}
}
