package discover

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
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
	c, err := data.Build(context.Background(), synthetic.GenerateFS(400, seed), "synthetic", cur, nil)
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

// TestClaimWordsInPartsAsInOne claims the words of a generated corpus's
// candidates in one pass and in parts on several goroutines: the same
// candidates must be kept, in the same order, with the same kinds.
// articleParts must never split an article's candidates.
func TestClaimWordsInPartsAsInOne(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	// Sentences written for the test, each of a rule of claimWords (a
	// coarse date among a day's words, a vote told with the crash that
	// led to it, a deadline), among reports it leaves as they are.
	texts := []string{
		" date 2018-03\n\nVladimir Putin will take the oath of office on May 7. He said he does not plan to stand for election again in 2024.\n",
		" date 2024-07-06\n\nThe snap presidential election in Iran was called after President Ebrahim Raisi was killed in a helicopter crash on 19 May 2024.\n",
		" date 2025-01-10\n\nThe two governments agreed to sign the trade agreement by 15 March 2025, officials in Astana said.\n",
		" date 2024-10-30\n\nThousands protested in Tbilisi on 28 October 2024 after the parliamentary election in Georgia.\n",
	}
	fsys := fstest.MapFS{}
	for i := range 48 {
		fsys[fmt.Sprintf("r%02d.txt", i)] = &fstest.MapFile{Data: []byte(texts[i%len(texts)])}
	}
	c, err := data.Build(context.Background(), fsys, "claims", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	// filed: the dateline-dated candidates claimWords reports (see filedOnly).
	state := func(cands []*Candidate, filed map[*Candidate]bool) []string {
		out := make([]string, len(cands))
		for i, x := range cands {
			out[i] = fmt.Sprintf("%d/%d/%v %b %v %v", x.Order, x.Start, x.Span(), x.Kinds, x.Announced, filed[x])
		}
		return out
	}
	before := candidatesOf(c, nil)
	want := state(claimWords(slices.Clone(before)))
	if changed := !slices.Equal(state(before, nil), want); !changed {
		t.Fatal("claimWords keeps every candidate of the corpus as it was: nothing tested")
	}
	for _, workers := range []int{2, 3, 8} {
		cands := candidatesOf(c, nil)
		for _, p := range articleParts(cands, 4*workers) {
			if end := len(p); end > 0 && &p[0] != &cands[0] {
				// p starts where an article starts: its first candidate's
				// article is not the one before it in cands.
				i := slices.Index(cands, p[0])
				if cands[i-1].Article == p[0].Article {
					t.Fatalf("%d workers: a part starts inside article %d", workers, p[0].Order)
				}
			}
		}
		got := state(claimWordsInParts(cands, workers, 0))
		if !slices.Equal(got, want) {
			t.Fatalf("%d workers: %d candidates kept, in one pass %d (or kinds differ)", workers, len(got), len(want))
		}
	}
}

// TestDayShardsOverAnyRangeOfDays: days too far apart for dayNodes'
// slice are numbered in a map, and shard as near ones do: candidates
// whose days touch stay together, the others are dealt apart.
func TestDayShardsOverAnyRangeOfDays(t *testing.T) {
	for _, far := range []day{40, 2 * maxDenseDays} {
		cands := []*Candidate{
			{from: 10, to: 11},
			{from: far, to: far + 1},
			{from: 11, to: 13}, // days 11 and 12: not the first's day 10
			{from: 10, to: 12}, // joins the first and the third
			{from: far, to: far + 1},
		}
		got := dayShards(cands, 2)
		want := [][]int{{0, 2, 3}, {1, 4}}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("days %d apart: shards %v, want %v", far, got, want)
		}
	}
}
