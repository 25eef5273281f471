package discover

import (
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// A year is a weak tie to a day. "Poland released Pablo González,
// arrested in 2022" joined the invasion of Ukraine of 24 February 2022 by
// the year and one name (Russia), and "Russia chairs BRICS in 2024, the
// leaders' meeting…" and "the next BRICS summit will be held in Kazan next
// year" joined a telephone call between the Tajik and Russian presidents
// of 24 March 2024 by the year and Russia. A passage dated by a year or
// coarser joins an event known to the month or the day only when it tells the event's
// kind or one akin to it ("the 2022 invasion of Ukraine" is the invasion,
// "the 2022 meeting in Astana" the summit there), or names two of the
// event's names, one of them a person or a body; otherwise it stays an
// event of its year.

// yearTies reports whether candidate c may join cluster cl given the
// number of the cluster's names c names (see above).
func yearTies(cl *Cluster, c *Candidate, shared int) bool {
	if c.Span().Precision() >= data.Month || cl.Span.Precision() < data.Month {
		return true
	}
	if c.Kind() != Happening && cl.kind != Happening && cl.kindAgrees(c) {
		return true
	}
	// Two places may be one: a city and its country ("in Baku, in
	// Azerbaijan, COP29 ended last year" is no air crash of Azerbaijan
	// Airlines): one of the two is someone.
	return shared >= 2 && slices.ContainsFunc(c.Actors(), func(id string) bool { return cl.names[id] > 0 })
}
