package discover

import (
	"context"
	"reflect"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// TestStashGivesBackEveryMention stashes and restores the mentions of a
// generated corpus, and finds every mention as it
// was, field by field.
func TestStashGivesBackEveryMention(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(300, 3), "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]data.DateMention, len(c.Articles))
	n := 0
	for i, a := range c.Articles {
		want[i] = append([]data.DateMention(nil), a.Mentions...)
		n += len(a.Mentions)
	}
	if n < 1000 {
		t.Fatalf("only %d mentions in the generated corpus", n)
	}
	// One article's mention no longer its text's words: that article
	// keeps its own.
	odd := c.Articles[0]
	odd.Mentions[0].Text = "elsewhere"
	want[0][0].Text = "elsewhere"
	st := newMentionStash(c.Articles)
	for i := range c.Articles {
		st.stash(i)
	}
	if odd.Mentions == nil || st.packed[0] != nil {
		t.Errorf("an article whose mention is not its text was stashed")
	}
	stashed := 0
	for i, a := range c.Articles {
		if st.packed[i] != nil {
			stashed++
			if a.Mentions != nil {
				t.Errorf("%s: stashed, but its mentions are kept", a.ID)
			}
		}
	}
	if stashed < len(c.Articles)/2 {
		t.Errorf("%d of %d articles stashed", stashed, len(c.Articles))
	}
	st.restoreAll()
	for i, a := range c.Articles {
		if len(want[i]) == 0 && len(a.Mentions) == 0 {
			continue
		}
		if !reflect.DeepEqual(a.Mentions, want[i]) {
			t.Errorf("%s: mentions restored as\n%+v\nwant\n%+v", a.ID, a.Mentions, want[i])
		}
	}
}

// BenchmarkStash is what keeping the mentions packed costs discovery per
// article: one stash and one restore (the corpus-year pass does more for
// the articles it reads again).
func BenchmarkStash(b *testing.B) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(1000, 1), "synthetic", cur, nil)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, a := range c.Articles {
		n += len(a.Mentions)
	}
	st := newMentionStash(c.Articles)
	cpu0, _ := measure.CPUTime()
	for b.Loop() {
		for i := range c.Articles {
			st.stash(i)
		}
		for i := range c.Articles {
			st.restore(i)
		}
	}
	// CPU time, not wall time: on a shared machine the wall time says
	// little.
	cpu, _ := measure.CPUTime()
	b.ReportMetric(float64((cpu-cpu0).Nanoseconds())/float64(b.N*len(c.Articles)), "cpu-ns/article")
	b.ReportMetric(float64(n)/float64(len(c.Articles)), "mentions/article")
}
