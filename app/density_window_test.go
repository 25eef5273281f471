package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// crowdedCorpus is the small test corpus with 2,000 more articles over its
// months and 40 undated ones.
func crowdedCorpus() *data.Corpus {
	c := winCorpus()
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 2000 {
		d := data.DateOf(start.AddDate(0, 0, i*13%300))
		c.Articles = append(c.Articles, winArticle(fmt.Sprint("many-", i), "de", d, "Ein Satz über den Gipfel."))
	}
	for i := range 40 {
		c.Articles = append(c.Articles, winArticle(fmt.Sprint("undated-", i), "nl", data.Date{}, "Een zin zonder datum."))
	}
	return c
}

// articlesListed is the articles the excerpt panel lists as buttons, with
// its heading.
func articlesListed(mw *mainWindow) (heading string, n int) {
	for _, r := range mw.excerpts.rows {
		if r.kind == rowOpen {
			n++
		}
	}
	if texts := labelTexts(allRows(mw.excerpts.list)); len(texts) > 0 {
		heading = texts[0]
	}
	return heading, n
}

func TestClickingTheUndatedNoteListsTheUndatedArticles(t *testing.T) {
	mw := newTestMainWindow(t, crowdedCorpus())
	mw.win.Canvas().Capture()
	if n := mw.overview.Undated(); n != 40 {
		t.Fatalf("the overview counts %d undated, want 40", n)
	}
	note := test.WidgetRenderer(mw.overview).(*overviewRenderer).note
	if note.Text != "40 undated" {
		t.Fatalf("the note says %q", note.Text)
	}
	test.TapAt(mw.overview, note.Position().AddXY(note.MinSize().Width/2, note.MinSize().Height/2))
	heading, n := articlesListed(mw)
	if heading != "Undated articles" || n != 40 {
		t.Errorf("after the click the panel shows %q with %d articles, want the 40 undated", heading, n)
	}
	if mw.tabs.Selected() != mw.excerptsTab {
		t.Error("the excerpt tab did not come forward")
	}
}

func TestClickingABarOfTheArticleBandListsItsArticles(t *testing.T) {
	mw := newTestMainWindow(t, crowdedCorpus())
	s := mw.timeline.Scene()
	if len(s.ArticleBins) == 0 {
		t.Fatal("2,000 articles are drawn one by one")
	}
	b := s.ArticleBins[0]
	for _, o := range s.ArticleBins {
		if len(o.Articles) > len(b.Articles) {
			b = o
		}
	}
	test.TapAt(mw.timeline, fyne.NewPos(float32(b.X0+b.X1)/2, float32(s.ArticlesY1-2)))
	heading, n := articlesListed(mw)
	if n != len(b.Articles) || len(heading) < len("Articles of ") || heading[:len("Articles of ")] != "Articles of " {
		t.Errorf("after the click the panel shows %q with %d articles, want the bar's %d", heading, n, len(b.Articles))
	}
	if got := hoverTarget(s, fyne.NewPos(float32(b.X0+b.X1)/2, float32(s.ArticlesY1-2))); got == nil || got.Title != plural(len(b.Articles), "article")+" — click to list them" {
		t.Errorf("hovering the bar shows %+v", got)
	}
}
