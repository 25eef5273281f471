package discover

import (
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Who is sworn in when the words do not say. An inauguration told with
// a title ("Zaprzysiężenie nowego prezydenta … zaplanowano na 6 sierpnia,
// kiedy kończy się druga kadencja Andrzeja Dudy": the new president's
// oath, on the day Duda's second term ends) governs nobody the lists know,
// and the person named most was the outgoing one: "Inauguration of Andrzej
// Duda" for Karol Nawrocki's. The lists' terms of office (office =
// ["president 2025-08-06"]) say who took office on the event's day: that
// person is sworn in; one whose term ended that day is not.

// inaugurated returns, of the people counted for an inauguration's title,
// those whose term of office begins within a day of the event's first
// day; when none does, those whose term does not end then (count itself
// when the terms tell nothing). An event not known to the day keeps count.
func inaugurated(count map[string]int, byID map[string]*data.Name, span data.Span) map[string]int {
	if span.Start.Precision != data.Day {
		return count
	}
	day := span.Start.Start()
	near := func(d data.Date) bool {
		if d.Precision != data.Day {
			return false
		}
		gap := d.Start().Sub(day)
		return gap <= 24*time.Hour && gap >= -24*time.Hour
	}
	starting, staying := map[string]int{}, map[string]int{}
	for id, n := range count {
		name := byID[id]
		if name == nil || name.Kind != data.Person {
			staying[id] = n
			continue
		}
		begins, ends := false, false
		for _, o := range name.Offices {
			begins = begins || near(o.From)
			ends = ends || near(o.To)
		}
		if begins {
			starting[id] = n
		}
		if begins || !ends {
			staying[id] = n
		}
	}
	if len(starting) > 0 {
		return starting
	}
	// Without the one who took office, the title names nobody rather
	// than the one who left it.
	return staying
}
