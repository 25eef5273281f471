package discover

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
)

// TestMergeByPositionIsAStableSort merges runs of (position, name) items
// and wants what a stable sort of the runs laid end to end gives: ties
// between runs in the runs' order, a run's own ties in its order.
func TestMergeByPositionIsAStableSort(t *testing.T) {
	type item struct {
		pos  int
		name string
	}
	for _, runs := range [][][]item{
		{},
		{{}, {}},
		{{{1, "a"}, {4, "b"}}, {{2, "c"}, {3, "d"}, {9, "e"}}},
		{{{1, "a"}, {1, "b"}}, {{0, "c"}, {1, "d"}}, {{1, "e"}}},
		{{{5, "a"}}, {}, {{2, "b"}, {2, "c"}, {7, "d"}}, {{6, "e"}}},
	} {
		var want []item
		for _, r := range runs {
			want = append(want, r...)
		}
		slices.SortStableFunc(want, func(a, b item) int { return cmp.Compare(a.pos, b.pos) })
		var got []item
		mergeByPosition(runs, func(x *item) int { return x.pos }, func(x *item) { got = append(got, *x) })
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("merge of %v = %v, want %v", runs, got, want)
		}
	}
}
