package discover

import (
	"context"
	"fmt"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// TestGroupDaysSameAsOneByOne groups the candidates of a generated corpus
// (four stories, spans of several days, coarser dates, undated lead
// sentences) one by one and on several goroutines: the clusters, their
// order, their members and their order must be the same.
func TestGroupDaysSameAsOneByOne(t *testing.T) {
	c := generatedCorpus(t, 7)
	candidates := func() []*Candidate { return candidatesOf(c, nil) }
	cands := candidates()
	sortForGrouping(cands)
	days := 0
	for days < len(cands) && (cands[days].Undated || cands[days].Span().Precision() == data.Day) {
		days++
	}
	if shards := dayShards(cands[:days], 2); len(shards) < 2 {
		t.Fatalf("the days of %d day-precise candidates hold together: nothing tested", days)
	}
	groupsAsOneByOne(t, candidates, 2, 3, 8)
}

// generatedCorpus reads, dates and links 400 generated articles (the
// generator's seed given) with the shipped names and no catalogue.
func generatedCorpus(t *testing.T, seed int64) *data.Corpus {
	t.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	cur.Catalogue = nil
	c, err := data.Build(context.Background(), data.GenerateFS(400, seed), "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// candidatesOf extracts every candidate of c afresh, each passed to mark
// (when not nil) as it comes.
func candidatesOf(c *data.Corpus, mark func(*Candidate)) []*Candidate {
	s := NewExtractor(c.Names).NewScanner()
	var out []*Candidate
	for i, a := range c.Articles {
		cs := s.Candidates(a, i)
		for j := range cs {
			if mark != nil {
				mark(&cs[j])
			}
			out = append(out, &cs[j])
		}
	}
	return out
}

// groupsAsOneByOne groups fresh candidates on each number of goroutines
// and checks the clusters, their order and members against one grouper.
func groupsAsOneByOne(t *testing.T, candidates func() []*Candidate, workers ...int) {
	t.Helper()
	want := describe(group(candidates(), 1, 0))
	for _, w := range workers {
		got := describe(group(candidates(), w, 0))
		if len(got) != len(want) {
			t.Fatalf("%d workers: %d clusters, one by one %d", w, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%d workers, cluster %d:\n got %s\nwant %s", w, i, got[i], want[i])
			}
		}
	}
}

// describe writes each cluster as its span, kind and members.
func describe(clusters []*Cluster) []string {
	out := make([]string, len(clusters))
	for i, cl := range clusters {
		s := fmt.Sprintf("%v %s %v:", cl.Span, cl.Kind(), cl.names)
		for _, c := range cl.Members {
			s += fmt.Sprintf(" %d/%d/%v", c.Order, c.Start, c.Span())
		}
		out[i] = s
	}
	return out
}

// TestBestStopsWhereReadingOnWouldNotChangeIt groups the candidates of
// two generated corpora as best does, stopping at a cluster no other can
// beat, and reading every cluster it could join: the clusters, their
// order and members must be the same. (A change to best's scores that
// its bound does not follow fails here.)
func TestBestStopsWhereReadingOnWouldNotChangeIt(t *testing.T) {
	for _, seed := range []int64{7, 11} {
		c := generatedCorpus(t, seed)
		want := describe(group(candidatesOf(c, nil), 1, 0))
		readEveryCluster = true
		got := describe(group(candidatesOf(c, nil), 1, 0))
		readEveryCluster = false
		if len(got) != len(want) {
			t.Fatalf("seed %d: %d clusters reading every one, %d stopping early", seed, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("seed %d, cluster %d:\nreading every one %s\n   stopping early %s", seed, i, got[i], want[i])
			}
		}
	}
}
