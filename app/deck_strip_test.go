package app

import (
	"fmt"
	"io"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/data"
)

// manyStorylines is the test corpus with n more storylines of one event each.
func manyStorylines(n int) *data.Corpus {
	c := testCorpus()
	for i := range n {
		id := fmt.Sprintf("story-%d", i)
		c.Storylines = append(c.Storylines, data.Storyline{ID: id, Title: "Storyline " + id})
		c.Events = append(c.Events, &data.Event{ID: "event-" + id, Title: "Event of " + id, Storyline: id,
			Span: data.Span{Start: data.DayDate(2022, time.March, 1+i)}})
	}
	return c
}

// The deck's strip takes a quarter of the slide, and more, up to two
// fifths, when its lanes would otherwise run below the axis: seven lanes
// fit (two fifths hold no more; see the README's known limits).
func TestDeckStripMakesRoomForItsLanes(t *testing.T) {
	surf := newDeckPDF(io.Discard)
	text := newSlideTypesetter()
	text.surf = surf
	s := &slidePainter{surf: surf, text: text, m: newSlideMetrics(fyne.NewSize(pdfPageWidth, pdfPageHeight))}
	for _, tc := range []struct {
		extra int
		grows bool
	}{{0, false}, {5, true}} {
		c := manyStorylines(tc.extra)
		scene := s.stripScene(c, c.Events[0], nil, 900, pdfPageHeight*stripShare, pdfPageHeight*maxStripShare)
		last := scene.Lanes[len(scene.Lanes)-1]
		if last.Y1 > scene.ArticlesY0 {
			t.Errorf("%d lanes: the last ends at %.0f, below the articles row at %.0f", len(scene.Lanes), last.Y1, scene.ArticlesY0)
		}
		if grew := scene.Height > pdfPageHeight*stripShare; grew != tc.grows {
			t.Errorf("%d lanes: strip %.0f high (a quarter is %.0f)", len(scene.Lanes), scene.Height, pdfPageHeight*stripShare)
		}
	}
}
