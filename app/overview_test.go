package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

func TestDraggingTheOverviewWindowMovesTheTimeline(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	o, tl := mw.overview, mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 1), To: day(2022, 10, 1)})
	x0, x1 := o.windowX()
	if x1-x0 < 10 {
		t.Fatalf("the window is %v–%v: too narrow to drag", x0, x1)
	}
	drag := func(from, dx float64) {
		o.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(from+dx), 20)}, Dragged: fyne.NewDelta(float32(dx), 0)})
		o.DragEnd()
	}

	before := tl.VisibleRange()
	drag((x0+x1)/2, -(x0-o.layout().PlotX0)/2) // the body, leftwards
	moved := tl.VisibleRange()
	if !moved.From.Before(before.From) {
		t.Errorf("dragging the window left should show earlier times: %v → %v", before.From, moved.From)
	}
	if d := (moved.Duration() - before.Duration()).Abs(); d > time.Minute {
		t.Errorf("moving the window should pan, not zoom: %v → %v", before.Duration(), moved.Duration())
	}

	x0, x1 = o.windowX()
	drag(x1, -(x1-x0)/2) // the right edge, inwards: zoom in
	if got := tl.VisibleRange(); got.Duration() >= moved.Duration() {
		t.Errorf("narrowing the window did not zoom in: %v → %v", moved.Duration(), got.Duration())
	}
	if nx0, _ := o.windowX(); nx0 != x0 {
		t.Errorf("resizing by the right edge moved the left edge: %v → %v", x0, nx0)
	}
}
