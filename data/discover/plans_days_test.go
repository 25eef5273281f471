package discover

import (
	"context"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// Plans reach the events of the days either side (slipped); grouping on
// several cores must still give what one grouper gives, when some of the
// day-precise candidates are plans whose days border another shard's.
func TestGroupDaysWithPlansSameAsOneByOne(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	cur.Catalogue = nil
	c, err := data.Build(context.Background(), data.GenerateFS(400, 11), "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	candidates := func() []*Candidate {
		s := NewExtractor(c.Names).NewScanner()
		var out []*Candidate
		n := 0
		for i, a := range c.Articles {
			cs := s.Candidates(a, i)
			for j := range cs {
				if cs[j].Span().Precision() == data.Day && !cs[j].Undated {
					// Every third day-precise statement a plan.
					cs[j].Announced = n%3 == 0
					n++
				}
				out = append(out, &cs[j])
			}
		}
		return out
	}
	want := describe(group(candidates(), 1, 0))
	for _, workers := range []int{2, 8} {
		got := describe(group(candidates(), workers, 0))
		if len(got) != len(want) {
			t.Fatalf("%d workers: %d clusters, one by one %d", workers, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%d workers, cluster %d:\n got %s\nwant %s", workers, i, got[i], want[i])
			}
		}
	}
}
