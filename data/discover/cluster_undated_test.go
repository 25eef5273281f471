package discover

import (
	"context"
	"os"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// TestUndatedPlacedAsOneByOne places the undated lead sentences of two
// generated corpora and of testdata/eval's reports with placeUndated and
// one by one as before it (bestUndatedOneByOne, then the member added):
// the clusters and their members must be the same, in the same order.
// The sentences must have joined clusters, several of them on a tie
// broken by size, or nothing was tested.
func TestUndatedPlacedAsOneByOne(t *testing.T) {
	corpora := map[string]*data.Corpus{"generated 7": generatedCorpus(t, 7), "generated 11": generatedCorpus(t, 11)}
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	cur.Catalogue = nil
	if corpora["testdata/eval"], err = data.Build(context.Background(), os.DirFS("../../testdata/eval/raw"), "eval", cur, nil); err != nil {
		t.Fatal(err)
	}
	joined, sized := 0, 0
	for name, c := range corpora {
		g, undated, _ := groupDated(candidatesOf(c, nil), 2, 0)
		g.placeUndated(undated)
		got := describe(g.clusters)

		g, undated, _ = groupDated(candidatesOf(c, nil), 2, 0)
		for _, u := range undated {
			if cl := g.bestUndatedOneByOne(u); cl != nil {
				cl.Members = append(cl.Members, u)
				joined++
			}
		}
		want := describe(g.clusters)
		if len(got) != len(want) {
			t.Fatalf("%s: %d clusters, one by one %d", name, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s, cluster %d:\n got %s\nwant %s", name, i, got[i], want[i])
			}
		}
		g, undated, _ = groupDated(candidatesOf(c, nil), 2, 0)
		for i, cl := range g.clusters {
			cl.num = int32(i)
		}
		u := newUndatedLookup(len(g.clusters))
		for _, c := range undated {
			if len(g.undatedTies(c, u)) > 1 {
				sized++
			}
		}
	}
	if joined == 0 || sized == 0 {
		t.Errorf("%d undated sentences joined a cluster, %d had a tie for size to break: nothing tested", joined, sized)
	}
	t.Logf("%d undated sentences joined a cluster, %d with a tie broken by size", joined, sized)
}

// bestUndatedOneByOne is how placeUndated chose, one sentence after
// the other, before undatedTies read the clusters on every core: it
// returns the event an undated lead sentence reports, or nil:
// a cluster of its kind (not only a kind it touches) that shares a name
// with it and happened in the days up to the article's date (within the
// article's month when only the month is known).
func (g *grouper) bestUndatedOneByOne(c *Candidate) *Cluster {
	from, to, within := undatedReach(c)
	var (
		best      *Cluster
		bestScore int
	)
	g.round++
	for _, b := range g.lookupBuckets(within) {
		for _, ids := range [][]string{c.Places(), c.Actors()} {
			for _, id := range ids {
				for _, cl := range g.index[nameKey{b, id}] {
					if cl.seen == g.round {
						continue
					}
					cl.seen = g.round
					// A cluster that only says something took place is no
					// match for a sentence without a date.
					if cl.Span.Precision() < data.Month || !(cl.from < to && from < cl.to) || cl.kind == Happening || !cl.kindAgrees(c) {
						continue
					}
					score := 0
					for _, n := range c.Places() {
						score += min(cl.names[n], 1)
					}
					for _, n := range c.Actors() {
						score += min(cl.names[n], 1)
					}
					if c.Announced && (score < 2 || !confirmed(cl)) {
						continue
					}
					// On a tie, what a report says took place beats what
					// was only announced ("signed" is the day of the
					// signing, not the day it was first planned for).
					if score > bestScore || score == bestScore && best != nil && (reported(cl) && !reported(best) || reported(cl) == reported(best) && len(cl.Members) > len(best.Members)) {
						best, bestScore = cl, score
					}
				}
			}
		}
	}
	return best
}
