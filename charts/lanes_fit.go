package charts

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// MoreLanes is the ID of the lane that gathers, when Options.FitLanes
// asks for it, the storylines whose own lanes did not fit.
const MoreLanes = "\x00more"

// fitLanes makes the lanes fit above the articles row when a lane at its
// smallest (a title line and one row of marks) each would not: a slide's
// strip has a fixed height, and lanes drawn below the axis over its tick
// labels read as nothing. First the lanes with no event in view go; if
// still too many, the lane of the selected event and the lanes with the
// most events in view are kept, in their order, and the others share one
// last lane titled "N more storylines", their events drawn in it.
func (s *Scene) fitLanes(events []*data.Event, selected string) {
	minLane := s.LaneHeader + s.RowHeight
	// Lanes may take the 4 pixels above the articles row that lanes
	// sharing the height leave free (layoutLanes).
	fit := max(2, int((s.ArticlesY0-2)/minLane))
	if len(s.Lanes) <= fit {
		return
	}
	known := map[string]bool{}
	for _, l := range s.Lanes {
		known[l.ID] = true
	}
	laneOf := func(e *data.Event) string {
		if known[e.Storyline] {
			return e.Storyline
		}
		return OtherLane
	}
	from, to := s.Scale.Domain()
	count := map[string]int{}
	selectedLane := "\x00none"
	for _, e := range events {
		if e.Span.To().After(from) && e.Span.From().Before(to) {
			count[laneOf(e)]++
		}
		if e.ID == selected {
			selectedLane = laneOf(e)
		}
	}
	all := len(s.Lanes)
	s.Lanes = slices.DeleteFunc(s.Lanes, func(l Lane) bool { return count[l.ID] == 0 && l.ID != selectedLane })
	s.LanesLeftOut = all - len(s.Lanes)
	if len(s.Lanes) <= fit {
		return
	}
	// Most relevant first: the selected event's lane, then by events in
	// view, then in the corpus's order.
	order := make([]int, len(s.Lanes))
	for i := range order {
		order[i] = i
	}
	rank := func(i int) int {
		if s.Lanes[i].ID == selectedLane {
			return -1 << 30
		}
		return -count[s.Lanes[i].ID]
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rank(a), rank(b)) })
	keep := make([]bool, len(s.Lanes))
	for _, i := range order[:fit-1] {
		keep[i] = true
	}
	var kept []Lane
	more := Lane{ID: MoreLanes}
	for i, l := range s.Lanes {
		if keep[i] {
			kept = append(kept, l)
		} else {
			more.Merged = append(more.Merged, l.ID)
		}
	}
	more.Title = fmt.Sprintf("%d more storylines", len(more.Merged))
	s.Lanes = append(kept, more)
	s.LanesLeftOut += len(more.Merged) - 1
}
