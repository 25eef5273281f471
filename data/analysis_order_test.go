package data_test

import (
	"context"
	"io/fs"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// TestAnalysisDoesNotDependOnTheArticlesBefore dates a folder with one
// worker, then every article again with a fresh worker in file order,
// backwards and shuffled, and wants each dated and linked as the first
// time: a worker's memos (dateReader's placed, near and readings; its
// office and anniversary scanners) must answer for an article as dating
// it alone would, whatever the worker dated before. Which worker of a load
// dates which article is the scheduler's choice, so an answer that depends
// on them makes loads differ (session 13: the memo of placed mentions was
// keyed without where a weekday stands; see dating_memo_order_test.go).
// The folders: 500 generated articles (the same day and words in many of
// them) and the eval reports (19 languages of real news, no catalogue).
func TestAnalysisDoesNotDependOnTheArticlesBefore(t *testing.T) {
	for _, folder := range []struct {
		name string
		fsys fs.FS
	}{
		{"500 generated", synthetic.GenerateFS(500, 1)},
		{"eval reports", os.DirFS("../testdata/eval/raw")},
	} {
		t.Run(folder.name, func(t *testing.T) { checkAnalysisOrderFree(t, folder.fsys) })
	}
}

// checkAnalysisOrderFree is TestAnalysisDoesNotDependOnTheArticlesBefore
// on one folder.
func checkAnalysisOrderFree(t *testing.T, fsys fs.FS) {
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1)) // one worker, in file order
	c, err := data.Build(context.Background(), fsys, "order", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) < 500 {
		t.Fatalf("%d articles read, want 500 or more", len(c.Articles))
	}
	var forward []int
	want := map[int]string{}
	for i, a := range c.Articles {
		if a.DuplicateOf == "" {
			forward = append(forward, i)
			want[i] = data.AnalysedString(a)
		}
	}
	backward := slices.Clone(forward)
	slices.Reverse(backward)
	shuffled := slices.Clone(forward)
	rand.New(rand.NewPCG(14, 14)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, order := range []struct {
		name string
		at   []int
	}{{"in file order", forward}, {"backwards", backward}, {"shuffled", shuffled}} {
		data.ReanalyseInOrder(c, cur, order.at)
		shown := 0
		for _, i := range order.at {
			a := c.Articles[i]
			if got := data.AnalysedString(a); got != want[i] {
				if shown++; shown <= 2 {
					t.Errorf("%s, %s dated otherwise than the first time:\n%s\nwant:\n%s", order.name, a.ID, got, want[i])
				}
			}
		}
		if shown > 2 {
			t.Errorf("%s: %d articles dated otherwise in all", order.name, shown)
		}
	}
}
