package discover

import (
	"bytes"
	"context"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// TestExtractionDoesNotDependOnTheArticlesBefore: a Scanner keeps memos
// from one article to the next (the lexicon's phrases by first word, the
// numbers of names, the sentence read last), and which worker extracts
// which article is the scheduler's choice. Every article's candidates,
// extracted by one scanner in file order, backwards and shuffled, must be
// those a fresh scanner extracts from it alone (compared in the encoding
// that keeps extractions between loads, which names what candidates refer
// to by id). The folders: 500 generated articles and the eval reports.
func TestExtractionDoesNotDependOnTheArticlesBefore(t *testing.T) {
	for _, folder := range []struct {
		name string
		fsys fs.FS
	}{
		{"500 generated", synthetic.GenerateFS(500, 1)},
		{"eval reports", os.DirFS("../../testdata/eval/raw")},
	} {
		t.Run(folder.name, func(t *testing.T) {
			cur, err := data.LoadCurated(folder.fsys)
			if err != nil {
				t.Fatal(err)
			}
			c, err := data.Build(context.Background(), folder.fsys, "order", cur, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Articles) < 500 {
				t.Fatalf("%d articles read, want 500 or more", len(c.Articles))
			}
			x := NewExtractor(c.Names)
			alone := make([][]byte, len(c.Articles))
			forward := make([]int, len(c.Articles))
			for i, a := range c.Articles {
				alone[i] = appendKept(nil, x.NewScanner().Candidates(a, i))
				forward[i] = i
			}
			backward := slices.Clone(forward)
			slices.Reverse(backward)
			shuffled := slices.Clone(forward)
			rand.New(rand.NewPCG(14, 14)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			for _, order := range []struct {
				name string
				at   []int
			}{{"in file order", forward}, {"backwards", backward}, {"shuffled", shuffled}} {
				s := x.NewScanner()
				wrong := 0
				for _, i := range order.at {
					if got := appendKept(nil, s.Candidates(c.Articles[i], i)); !bytes.Equal(got, alone[i]) {
						if wrong++; wrong <= 2 {
							t.Errorf("%s: %s extracted otherwise than alone (%d bytes against %d)", order.name, c.Articles[i].ID, len(got), len(alone[i]))
						}
					}
				}
				if wrong > 2 {
					t.Errorf("%s: %d articles extracted otherwise in all", order.name, wrong)
				}
			}
		})
	}
}
