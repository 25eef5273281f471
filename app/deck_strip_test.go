package app

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/charts"

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
// fifths, when its lanes would otherwise run below the axis; beyond what
// two fifths hold, the least busy storylines share one "N more
// storylines" lane, so the lanes fit at any number of storylines.
func TestDeckStripMakesRoomForItsLanes(t *testing.T) {
	surf := newDeckPDF(io.Discard)
	text := newSlideTypesetter()
	text.surf = surf
	s := &slidePainter{surf: surf, text: text, m: newSlideMetrics(fyne.NewSize(pdfPageWidth, pdfPageHeight))}
	for _, tc := range []struct {
		extra        int
		grows, merge bool
	}{{0, false, false}, {5, true, false}, {12, true, true}, {60, true, true}} {
		c := manyStorylines(tc.extra)
		scene := s.stripScene(c, c.Events[0], nil, 900, pdfPageHeight*stripShare, pdfPageHeight*maxStripShare)
		last := scene.Lanes[len(scene.Lanes)-1]
		if last.Y1 > scene.ArticlesY0 {
			t.Errorf("%d storylines: the last of %d lanes ends at %.0f, below the articles row at %.0f", len(c.Storylines), len(scene.Lanes), last.Y1, scene.ArticlesY0)
		}
		if grew := scene.Height > pdfPageHeight*stripShare; grew != tc.grows {
			t.Errorf("%d lanes: strip %.0f high (a quarter is %.0f)", len(scene.Lanes), scene.Height, pdfPageHeight*stripShare)
		}
		if merged := last.ID == charts.MoreLanes; merged != tc.merge {
			t.Errorf("%d storylines: last lane %q", len(c.Storylines), last.Title)
		}
		if scene.Lanes[0].ID != c.Events[0].Storyline {
			t.Errorf("%d storylines: the current event's lane %q is not first", len(c.Storylines), c.Events[0].Storyline)
		}
	}
}

// The presentation window's strip keeps its quarter of the slide: with
// many storylines its lanes share one "N more storylines" lane rather
// than run below the axis.
func TestPresentStripFitsManyStorylines(t *testing.T) {
	test.NewTempApp(t)
	c := manyStorylines(12)
	size := fyne.NewSize(900, 135)
	strip := newTimelineStrip(c, c.Events[0], nil, size, newSlideMetrics(fyne.NewSize(960, 540))).(*fyne.Container)
	var more bool
	for _, o := range strip.Objects {
		if o.Position().Y+o.Size().Height > size.Height+0.5 {
			t.Errorf("%T at y %.0f–%.0f, beyond the strip's %.0f", o, o.Position().Y, o.Position().Y+o.Size().Height, size.Height)
		}
		if txt, ok := o.(*canvas.Text); ok && strings.HasSuffix(txt.Text, "more storylines") {
			more = true
		}
	}
	if !more {
		t.Error(`no "more storylines" lane`)
	}
}
