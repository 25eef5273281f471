package discover

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// Plans reach the events of the days either side (slipped); grouping on
// several cores must still give what one grouper gives, when some of the
// day-precise candidates are plans whose days border another shard's.
func TestGroupDaysWithPlansSameAsOneByOne(t *testing.T) {
	c := generatedCorpus(t, 11)
	candidates := func() []*Candidate {
		n := 0
		return candidatesOf(c, func(cand *Candidate) {
			if cand.Span().Precision() == data.Day && !cand.Undated {
				// Every third day-precise statement a plan.
				cand.Announced = n%3 == 0
				n++
			}
		})
	}
	groupsAsOneByOne(t, candidates, 2, 8)
}
