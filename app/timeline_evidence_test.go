package app

import (
	"bytes"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

func hasMark(tl *Timeline, id string) bool {
	for _, m := range tl.Scene().Marks {
		if m.Event.ID == id {
			return true
		}
	}
	for _, c := range tl.Scene().Clusters {
		for _, e := range c.Events {
			if e.ID == id {
				return true
			}
		}
	}
	return false
}

func TestViewMenuHidesUnsupportedEvents(t *testing.T) {
	c := winCorpus() // "talks" and "year" have no passage
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.Select("talks")
	if !hasMark(tl, "talks") || !hasMark(tl, "year") {
		t.Fatal("the unsupported events are not on the timeline to begin with")
	}
	click(t, mw, "View", "Hide unsupported events")
	if !menuItem(t, mw, "View", "Hide unsupported events").Checked {
		t.Error("the menu item is not ticked")
	}
	for _, id := range []string{"talks", "year"} {
		if hasMark(tl, id) {
			t.Errorf("%s is still drawn with unsupported events hidden", id)
		}
	}
	for _, id := range []string{"unrest", "visit", "summit"} {
		if !hasMark(tl, id) {
			t.Errorf("the supported event %s was hidden too", id)
		}
	}
	if tl.Selected() != nil {
		t.Errorf("the hidden event %v stays selected", tl.Selected())
	}
	// Stepping through the events skips the hidden ones.
	tl.FitAll()
	for range len(c.Events) {
		tl.step(1)
		if e := tl.Selected(); e != nil && e.Unsupported() {
			t.Errorf("stepping selected the hidden %s", e.ID)
		}
	}

	// The exported image leaves them out too.
	var look timelineLook
	look.hideUnsupported = tl.HideUnsupported()
	svg := exportedTimelineSVG(t, c, look)
	if strings.Contains(svg, "Security talks") || !strings.Contains(svg, "SCO summit") {
		t.Error("the exported timeline does not follow Hide unsupported events")
	}

	click(t, mw, "View", "Hide unsupported events")
	if menuItem(t, mw, "View", "Hide unsupported events").Checked || !hasMark(tl, "talks") {
		t.Error("the second click does not show the unsupported events again")
	}
	if svg := exportedTimelineSVG(t, c, timelineLook{}); !strings.Contains(svg, "Security talks") {
		t.Error("the exported timeline lacks the unsupported event shown in the window")
	}
}

// exportedTimelineSVG writes the timeline chart as the export does.
func exportedTimelineSVG(t *testing.T, c *data.Corpus, look timelineLook) string {
	t.Helper()
	var buf bytes.Buffer
	j := chartJob{corpus: c, chart: chartTimeline, format: "svg", size: fyne.NewSize(1600, 900), look: look}
	if err := j.write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWeakEventsAreFaded(t *testing.T) {
	c := winCorpus()
	c.Event("visit").Strength.Weak = true
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 9, 20)})
	s := tl.Scene()
	weak, solid := markOf(t, tl, "visit"), markOf(t, tl, "summit")
	if !weak.Evidence.Weak || solid.Evidence.Weak {
		t.Fatalf("evidence: weak %+v, solid %+v", weak.Evidence, solid.Evidence)
	}
	_, _, _, aw := markColor(s, weak, color.White).RGBA()
	_, _, _, as := markColor(s, solid, color.White).RGBA()
	_, _, _, ad := markColor(s, dimmedMark(solid), color.White).RGBA()
	if !(ad < aw && aw < as) {
		t.Errorf("opacity dimmed %d, weak %d, solid %d: want a weak event fainter than a solid one, clearer than a dimmed one", ad, aw, as)
	}
}

func dimmedMark(m charts.Mark) charts.Mark { m.Dimmed = true; return m }

func TestStarredEventsCarryAStar(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 1)
	tl := mw.timeline
	tl.SetView(timeRange{From: e.Span.From().AddDate(0, 0, -3), To: e.Span.To().AddDate(0, 0, 3)})
	stars := func() int {
		n := 0
		for _, o := range test.WidgetRenderer(tl).(*timelineRenderer).Objects() {
			if l, ok := o.(*canvas.Line); ok && l.Visible() && l.StrokeColor == themeColor(theme.ColorNameWarning, tl) {
				n++
			}
		}
		return n
	}
	before := stars()
	click(t, mw, "Edit", "Star / unstar")
	tl.Refresh()
	if !markOf(t, tl, e.ID).Evidence.Starred {
		t.Fatal("the starred event's mark does not know it is starred")
	}
	if got := stars(); got < before+5 {
		t.Errorf("starring drew %d star strokes, want a five-line star", got-before)
	}
	if tip := hoverTarget(tl.Scene(), markPos(markOf(t, tl, e.ID))); tip == nil || !strings.Contains(strings.Join(tip.Lines, " "), "starred") {
		t.Errorf("the tooltip of a starred event: %+v", tip)
	}
	click(t, mw, "Edit", "Star / unstar")
	if markOf(t, tl, e.ID).Evidence.Starred {
		t.Error("unstarring leaves the star")
	}
}

func TestArticleTooltipNamesTheHeadlineThenTheFile(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 9, 20)})
	var pos fyne.Position
	found := false
	for _, a := range tl.Scene().Articles {
		if a.Article.ID == "de-visit" {
			pos, found = fyne.NewPos(float32((a.X0+a.X1)/2), float32(a.Y)), true
		}
	}
	if !found {
		t.Fatal("the German article has no mark")
	}
	tip := hoverTarget(tl.Scene(), pos)
	if tip == nil || tip.Title != "Xi reist am Mittwoch nach Kasachstan." || len(tip.Lines) == 0 || tip.Lines[0] != "de-visit.txt" {
		t.Errorf("article tooltip = %+v, want its first line, then its file", tip)
	}

	// A title from the file's front matter wins over the first line.
	a := &data.Article{ID: "x", File: "dir/x.md", Title: "A headline", Text: "first line\nbody"}
	if got := articleLabel(a); got != "A headline · dir/x.md" {
		t.Errorf("articleLabel = %q", got)
	}
}

func TestMarkingAnEventCancelledCrossesItOut(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 1)
	tl := mw.timeline
	tl.SetView(timeRange{From: e.Span.From().AddDate(0, 0, -3), To: e.Span.To().AddDate(0, 0, 3)})
	click(t, mw, "Edit", "Mark cancelled")
	if ev := markOf(t, tl, e.ID).Evidence; !ev.Cancelled || ev.Announced {
		t.Errorf("a cancelled event's evidence: %+v", ev)
	}
	if tip := hoverTarget(tl.Scene(), markPos(markOf(t, tl, e.ID))); tip == nil || !strings.Contains(strings.Join(tip.Lines, " "), "cancelled") {
		t.Errorf("the tooltip of a cancelled event: %+v", tip)
	}
	var look timelineLook
	look.status = mw.eventStatus
	if look.status(e) != "cancelled" {
		t.Errorf("the export is told the status %q", look.status(e))
	}
	undo(t, mw)
	if markOf(t, tl, e.ID).Evidence.Cancelled {
		t.Error("undo leaves the event crossed out")
	}
}
