package discover

import "github.com/caravan-analytics/caravan/data"

// Plans: an announced date is a plan, and plans slip; an article's lead
// may announce an event without a date. These rules let a plan join the
// event a report confirms (see Group).

// announcedWindow is how long after its article an undated plan of the
// article's lead may happen and still be the plan of an event.
const announcedWindow day = 31

// monthsOf returns the months from day from to the day before to, as a
// span known to the month: where the clusters of those days are filed.
func monthsOf(from, to day) data.Span {
	a, b := from.date(), (to - 1).date()
	return data.Span{Start: data.MonthDate(a.Year, a.Month), End: data.MonthDate(b.Year, b.Month)}
}

// confirmed reports whether a member of the cluster reports the event
// rather than announces it.
func confirmed(cl *Cluster) bool {
	for _, m := range cl.Members {
		if !m.Announced {
			return true
		}
	}
	return false
}

// slipDays is how far a plan may miss the day it happened: a treaty
// "to be signed on March 12" signed on the 13th, a summit announced for
// "19 or 20 September" held on the 19th.
const slipDays day = 1

// slipped reports whether announced candidate c is a plan of the event of
// cluster cl that happened a day off: both known to the day, the
// cluster's date confirmed by a report (not only announced), and no more
// than slipDays between them.
func slipped(cl *Cluster, c *Candidate) bool {
	if !c.Announced || c.Span().Precision() != data.Day || cl.Span.Precision() != data.Day {
		return false
	}
	if cl.from >= c.to+slipDays || c.from >= cl.to+slipDays {
		return false
	}
	return confirmed(cl)
}

// lookupSpan is the span whose buckets hold the clusters a candidate may
// join: its own, and for a plan known to the day the days either side
// (see slipped).
func lookupSpan(c *Candidate) data.Span {
	if !c.Announced || c.Span().Precision() != data.Day {
		return c.Span()
	}
	return data.Span{Start: (c.from - slipDays).date(), End: (c.to + slipDays - 1).date()}
}
