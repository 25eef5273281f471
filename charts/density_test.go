package charts

import (
	"fmt"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// articlesOver makes n articles spread over the days from start, some
// dated only to their month.
func articlesOver(n, days int, start time.Time) []*data.Article {
	out := make([]*data.Article, n)
	for i := range out {
		d := data.DateOf(start.AddDate(0, 0, i*7%days))
		if i%5 == 0 {
			d = data.MonthDate(d.Year, d.Month)
		}
		out[i] = &data.Article{ID: fmt.Sprint("a", i), Language: "nl", Date: d}
	}
	return out
}

func TestManyArticlesBecomeADensityBandWithCounts(t *testing.T) {
	c := &data.Corpus{Articles: articlesOver(3000, 120, utc(2022, 1, 1))}
	c.Articles = append(c.Articles, &data.Article{ID: "undated", Language: "de"})
	c.Articles[7].ID = "chosen"
	s := Layout(c, Options{Width: 900, Height: 300, SelectedArticle: "chosen"})
	if len(s.ArticleBins) == 0 {
		t.Fatal("3,000 articles are drawn one by one")
	}
	if len(s.Articles) != 1 || s.Articles[0].Article.ID != "chosen" {
		t.Errorf("over the band: %d marks, want only the selected article's", len(s.Articles))
	}
	total, labels := 0, []Rect{}
	for i, b := range s.ArticleBins {
		total += len(b.Articles)
		if b.X1 <= b.X0 || b.Height <= 0 || b.Height > s.ArticlesY1-s.ArticlesY0 {
			t.Errorf("bin %d: x %v–%v, height %v", i, b.X0, b.X1, b.Height)
		}
		if b.Label != "" {
			if b.Label != fmt.Sprint(len(b.Articles)) {
				t.Errorf("bin of %d articles labelled %q", len(b.Articles), b.Label)
			}
			for _, o := range labels {
				if o.Overlaps(b.LabelBox) {
					t.Errorf("count labels overlap: %+v and %+v", o, b.LabelBox)
				}
			}
			labels = append(labels, b.LabelBox)
		}
	}
	if total != 3000 {
		t.Errorf("the bins count %d articles, want the 3,000 dated ones", total)
	}
	if len(labels) == 0 {
		t.Error("no bin carries its count")
	}
	b := s.ArticleBins[len(s.ArticleBins)/2]
	if got := s.ArticleBinAt((b.X0+b.X1)/2, (s.ArticlesY0+s.ArticlesY1)/2); got == nil || got.X0 != b.X0 {
		t.Errorf("clicking the middle of a bin found %+v", got)
	}
	if s.ArticleBinAt((b.X0+b.X1)/2, s.ArticlesY0-20) != nil {
		t.Error("a click above the articles row found a bin")
	}
}

func TestFewArticlesStayMarks(t *testing.T) {
	c := &data.Corpus{Articles: articlesOver(12, 300, utc(2022, 1, 1))}
	s := Layout(c, Options{Width: 900, Height: 300})
	if len(s.ArticleBins) != 0 || len(s.Articles) != 12 {
		t.Errorf("12 articles over a year: %d bins, %d marks; want 12 marks", len(s.ArticleBins), len(s.Articles))
	}
}

// Thousands of events in a lane become a strip of counted buckets, not a
// wall of marks and cut labels; a bucket's own stretch of time, shown,
// splits it.
func TestThousandsOfEventsBecomeCountedBucketsThatOpenWhenZoomed(t *testing.T) {
	c := manyEvents(8000)
	s := Layout(c, Options{Width: 1200, Height: 700})
	if len(s.Clusters) == 0 {
		t.Fatal("8,000 events made no cluster")
	}
	shown := len(s.Marks)
	for _, cl := range s.Clusters {
		shown += len(cl.Events)
	}
	if shown != 8000 {
		t.Errorf("marks and clusters show %d events, want all 8,000", shown)
	}
	for _, mk := range s.Marks {
		if mk.Label != "" {
			t.Errorf("a mark in a dense lane is labelled %q", mk.Label)
			break
		}
	}
	byLane := map[int][]Cluster{}
	for _, cl := range s.Clusters {
		byLane[cl.Lane] = append(byLane[cl.Lane], cl)
	}
	for lane, cls := range byLane {
		for i := 1; i < len(cls); i++ {
			if cls[i].X0 < cls[i-1].X1 || cls[i].X-cls[i-1].X < 2*s.MarkSize {
				t.Errorf("lane %d: clusters at %v and %v overlap", lane, cls[i-1].X, cls[i].X)
			}
		}
	}
	big := s.Clusters[0]
	for _, cl := range s.Clusters {
		if len(cl.Events) > len(big.Events) {
			big = cl
		}
	}
	if big.From.IsZero() || !big.To.After(big.From) {
		t.Fatalf("a bucket has no stretch of time to open: %v–%v", big.From, big.To)
	}
	zoomed := Layout(c, Options{Width: 1200, Height: 700, From: big.From, To: big.To})
	most := 0
	for _, cl := range zoomed.Clusters {
		most = max(most, len(cl.Events))
	}
	if most >= len(big.Events) {
		t.Errorf("zoomed into a bucket of %d events, a cluster still holds %d", len(big.Events), most)
	}
}
