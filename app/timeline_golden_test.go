package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// goldenTimeline shows c on a timeline alone in a window of the test
// driver, which paints with the software renderer and the test theme.
func goldenTimeline(t *testing.T, c *data.Corpus, size fyne.Size) (*Timeline, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	tl := NewTimeline()
	w := test.NewTempWindow(t, tl)
	w.SetPadded(false)
	w.Resize(size)
	tl.SetCorpus(c)
	return tl, w
}

// The goldens under testdata/ are the timeline as the analyst sees it.
// When the layout, the painter or the seeds' analysis change on purpose,
// look at testdata/failed/ and copy the new files over the old.

func TestTimelineOnTheSeedsLooksTheSame(t *testing.T) {
	c := seedCorpus(t)
	tl, w := goldenTimeline(t, c, fyne.NewSize(1200, 640))
	if len(tl.Scene().Marks) == 0 {
		t.Fatal("the seeds put no event on the timeline; a golden of an empty picture proves nothing")
	}
	test.AssertRendersToMarkup(t, "timeline_seeds.xml", w.Canvas())
	test.AssertRendersToImage(t, "timeline_seeds.png", w.Canvas())
}

func TestTimelineSelectionAndHighlightLookTheSame(t *testing.T) {
	c := winCorpus()
	tl, w := goldenTimeline(t, c, fyne.NewSize(900, 420))
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 10, 20)})
	tl.SelectArticle(c.Article("de-visit")) // highlights the visit and the summit
	tl.FocusGained()
	test.AssertRendersToImage(t, "timeline_article_selected.png", w.Canvas())
	tl.Select("talks") // a month: bracketed and hatched, never a point
	test.AssertRendersToMarkup(t, "timeline_month_selected.xml", w.Canvas())
}
