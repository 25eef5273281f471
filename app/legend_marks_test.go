package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data/project"
)

// objectsAt returns the drawn objects of the timeline whose box holds p.
func objectsAt(tl *Timeline, p fyne.Position) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range test.WidgetRenderer(tl).Objects() {
		pos, size := o.Position(), o.Size()
		if l, ok := o.(*canvas.Line); ok {
			pos = fyne.NewPos(min(l.Position1.X, l.Position2.X), min(l.Position1.Y, l.Position2.Y))
			size = fyne.NewSize(max(l.Position1.X, l.Position2.X)-pos.X, max(l.Position1.Y, l.Position2.Y)-pos.Y)
		}
		if p.X >= pos.X-1 && p.X <= pos.X+size.Width+1 && p.Y >= pos.Y-1 && p.Y <= pos.Y+size.Height+1 {
			out = append(out, o)
		}
	}
	return out
}

// TestEvidenceCuesOnTheTimeline draws an announced event, an event no
// passage supports and one the analyst made, and checks each gets its cue
// over its mark — a hollow ground, a strike, a dot — and a supported event
// none of them.
func TestEvidenceCuesOnTheTimeline(t *testing.T) {
	c := winCorpus()
	ev := func(id string) int {
		for i, e := range c.Events {
			if e.ID == id {
				return i
			}
		}
		t.Fatalf("no event %s", id)
		return -1
	}
	c.Events[ev("visit")].Announced = true
	c.Events[ev("unrest")].Source = project.EventFromAnalyst
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2021, 12, 20), To: day(2022, 11, 5)})
	bg := theme.Color(theme.ColorNameBackground)
	same := func(a, b color.Color) bool {
		r1, g1, b1, a1 := a.RGBA()
		r2, g2, b2, a2 := b.RGBA()
		return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
	}
	count := func(id string) (hollow, strikes, dots int) {
		m := markOf(t, tl, id)
		for _, o := range objectsAt(tl, markPos(m)) {
			switch o := o.(type) {
			case *canvas.Polygon:
				if same(o.FillColor, bg) && o.StrokeWidth == 0 {
					hollow++
				}
			case *canvas.Rectangle:
				if same(o.FillColor, bg) && o.Size().Height < float32(tl.Scene().MarkSize) {
					hollow++
				}
			case *canvas.Line:
				strikes++
			}
		}
		reach := tl.Scene().MarkSize
		for _, o := range objectsAt(tl, fyne.NewPos(float32(m.X1+reach*0.6), float32(m.Y-reach*0.6))) {
			if ci, ok := o.(*canvas.Circle); ok && ci.Size().Width <= 6 {
				dots++
			}
		}
		return
	}
	if h, _, _ := count("visit"); h == 0 {
		t.Error("the announced event is not hollow")
	}
	if _, s, _ := count("talks"); s == 0 {
		t.Error("the unsupported event is not struck through")
	}
	if _, _, d := count("unrest"); d == 0 {
		t.Error("the analyst's event has no dot")
	}
	if h, s, d := count("summit"); h+s+d != 0 {
		t.Errorf("a supported event has cues: hollow %d strikes %d dots %d", h, s, d)
	}
	if m := markOf(t, tl, "visit"); m.Kind != charts.PointMark {
		t.Fatalf("visit is drawn as %v", m.Kind)
	}
}
