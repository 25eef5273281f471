package app

import (
	"math"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// markOf finds the event's mark in the timeline's scene.
func markOf(t *testing.T, tl *Timeline, id string) charts.Mark {
	t.Helper()
	for _, m := range tl.Scene().Marks {
		if m.Event.ID == id {
			return m
		}
	}
	t.Fatalf("event %s has no mark on the timeline", id)
	return charts.Mark{}
}

// markPos is where to click on a mark: its start, or the middle of a span.
func markPos(m charts.Mark) fyne.Position {
	return fyne.NewPos(float32((m.X0+m.X1)/2), float32(m.Y))
}

func TestTappingAnEventFillsTheExcerptPanel(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 9, 20)}) // room for every label

	test.TapAt(tl, markPos(markOf(t, tl, "visit")))

	if tl.Selected() != c.Event("visit") {
		t.Fatalf("selected %v, want the visit", tl.Selected())
	}
	if !markOf(t, tl, "visit").Selected {
		t.Error("the mark is not drawn selected")
	}
	var got []string
	for _, x := range mw.excerpts.passages {
		got = append(got, x.Article+"/"+x.Text)
	}
	want := []string{"de-visit/Xi reist am Mittwoch nach Kasachstan.", "ar-visit/التقى توكاييف مع شي في نور سلطان."}
	if !slices.Equal(got, want) {
		t.Errorf("excerpt panel passages = %q, want %q", got, want)
	}

	// Clicking empty space clears the selection and the panel.
	test.TapAt(tl, fyne.NewPos(tl.Size().Width-3, 3))
	if tl.Selected() != nil || mw.excerpts.event != nil {
		t.Error("clicking empty space should clear the selection")
	}
}

func TestTappingAnArticleHighlightsTheEventsItSupports(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 9, 20)})
	var at *charts.ArticleMark
	for i, a := range tl.Scene().Articles {
		if a.Article.ID == "de-visit" {
			at = &tl.Scene().Articles[i]
		}
	}
	if at == nil {
		t.Fatal("the German article has no mark")
	}
	test.TapAt(tl, fyne.NewPos(float32(at.X0+1), float32(at.Y)))

	if tl.SelectedArticle() != c.Article("de-visit") {
		t.Fatalf("selected article %v", tl.SelectedArticle())
	}
	for _, id := range []string{"visit", "summit"} {
		if !markOf(t, tl, id).Highlighted {
			t.Errorf("%s is supported by the article but not drawn highlighted", id)
		}
	}
	if tl.Highlighted("unrest") || tl.Highlighted("talks") {
		t.Error("events the article does not support are highlighted")
	}
	if !containsText(labelTexts(allRows(mw.excerpts.list)), "Xi visits Kazakhstan") {
		t.Error("the excerpt panel does not list the article's events")
	}
}

func TestRightAndLeftStepThroughEventsInTime(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	mw.win.Canvas().Focus(tl)
	press := func(k fyne.KeyName) string {
		tl.TypedKey(&fyne.KeyEvent{Name: k})
		if e := tl.Selected(); e != nil {
			return e.ID
		}
		return ""
	}
	var got []string
	for range 6 {
		got = append(got, press(fyne.KeyRight))
	}
	// The last press has nowhere to go and keeps the last event.
	if want := []string{"unrest", "visit", "summit", "talks", "year", "year"}; !slices.Equal(got, want) {
		t.Errorf("Right steps %v, want %v", got, want)
	}
	if got := press(fyne.KeyLeft); got != "talks" {
		t.Errorf("Left from the last event selects %s, want talks", got)
	}
	if got := press(fyne.KeyTab); got != "year" {
		t.Errorf("Tab selects %s, want the next event", got)
	}
	tl.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if got := press(fyne.KeyTab); got != "talks" {
		t.Errorf("Shift+Tab selects %s, want the previous event", got)
	}
	tl.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if mw.excerpts.event != c.Event("talks") {
		t.Error("stepping should show the event in the excerpt panel")
	}
	if got := press(fyne.KeyEscape); got != "" {
		t.Errorf("Esc left %s selected", got)
	}

	// Hidden events are skipped.
	tl.SetFilter(func(e *data.Event) bool { return e.ID != "visit" }, nil)
	tl.Select("unrest")
	if got := press(fyne.KeyRight); got != "summit" {
		t.Errorf("Right over a hidden event selects %s, want summit", got)
	}
}

func TestSteppingBringsTheEventIntoView(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 1, 1), To: day(2022, 1, 15)})
	tl.Select("unrest")
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	s := tl.Scene()
	x := s.Scale.X(c.Event("visit").Span.From())
	if x < s.PlotX0 || x > s.PlotX1 {
		t.Errorf("the selected event is at x=%.0f, outside the plot %.0f–%.0f", x, s.PlotX0, s.PlotX1)
	}
	markOf(t, tl, "visit") // and it is drawn as a mark, not inside a cluster
}

// timeAt is the instant under x.
func timeAt(tl *Timeline, x float32) time.Time { return tl.Scene().Scale.Time(float64(x)) }

func TestScrollingZoomsAroundThePointer(t *testing.T) {
	for _, linear := range []bool{true, false} {
		name := "compressed"
		if linear {
			name = "linear"
		}
		t.Run(name, func(t *testing.T) {
			mw := newTestMainWindow(t, winCorpus())
			tl := mw.timeline
			tl.SetLinear(linear)
			for _, x := range []float32{120, 300, 520} {
				before := tl.VisibleRange().Duration()
				under := timeAt(tl, x)
				tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 100)}, Scrolled: fyne.NewDelta(0, 10)})
				after := tl.VisibleRange().Duration()
				if after >= before {
					t.Errorf("scrolling up at x=%v did not zoom in: %v → %v", x, before, after)
				}
				if drift := tl.Scene().Scale.X(under) - float64(x); math.Abs(drift) > 1 {
					t.Errorf("the instant under x=%v moved by %.2f pixels", x, drift)
				}
			}
			under := timeAt(tl, 200)
			tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(200, 100)}, Scrolled: fyne.NewDelta(0, -30)})
			if drift := tl.Scene().Scale.X(under) - 200; math.Abs(drift) > 1 {
				t.Errorf("zooming out moved the instant under the pointer by %.2f pixels", drift)
			}
		})
	}
}

func TestScrollEventsReachTheTimelineThroughTheWindow(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	tl := mw.timeline
	before := tl.VisibleRange().Duration()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(tl).AddXY(200, 100)
	test.Scroll(mw.win.Canvas(), pos, 0, 10)
	if after := tl.VisibleRange().Duration(); after >= before {
		t.Errorf("a wheel turn over the timeline did not zoom: %v → %v", before, after)
	}
}

func TestDraggingPansWithTheGrabbedInstantUnderThePointer(t *testing.T) {
	for _, linear := range []bool{true, false} {
		mw := newTestMainWindow(t, winCorpus())
		tl := mw.timeline
		tl.SetLinear(linear)
		tl.SetView(timeRange{From: day(2022, 9, 1), To: day(2022, 10, 1)})
		grabbed := timeAt(tl, 300)
		before := tl.VisibleRange()
		// Fyne reports each drag step at the pointer's new position.
		tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(340, 100)}, Dragged: fyne.NewDelta(40, 0)})
		tl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(400, 100)}, Dragged: fyne.NewDelta(60, 0)})
		tl.DragEnd()
		if drift := tl.Scene().Scale.X(grabbed) - 400; math.Abs(drift) > 1 {
			t.Errorf("linear=%v: the grabbed instant is %.2f pixels from the pointer", linear, drift)
		}
		if after := tl.VisibleRange(); !after.From.Before(before.From) {
			t.Errorf("linear=%v: dragging right should show earlier times: %v → %v", linear, before.From, after.From)
		}
	}
}

func TestKeysZoomPanAndFit(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	tl := mw.timeline
	fitted := tl.VisibleRange()
	tl.TypedRune('+')
	zoomed := tl.VisibleRange()
	if zoomed.Duration() >= fitted.Duration() {
		t.Errorf("+ did not zoom in: %v → %v", fitted.Duration(), zoomed.Duration())
	}
	tl.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	tl.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	if panned := tl.VisibleRange(); !panned.From.After(zoomed.From) {
		t.Errorf("Shift+Right should pan to later times: %v → %v", zoomed.From, panned.From)
	}
	if tl.Selected() != nil {
		t.Error("Shift+Right should pan, not select")
	}
	tl.TypedRune('-')
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if got := tl.VisibleRange(); !got.From.Equal(fitted.From) || !got.To.Equal(fitted.To) {
		t.Errorf("Home shows %v, want the fitted %v", got, fitted)
	}
}

func TestTappingAClusterZoomsIntoIt(t *testing.T) {
	mw := newTestMainWindow(t, manyEventsCorpus(300)) // too many labels for the width: clusters
	tl := mw.timeline
	s := tl.Scene()
	if len(s.Clusters) == 0 {
		t.Fatal("300 events in 900 pixels made no cluster")
	}
	cl := s.Clusters[0]
	before := tl.VisibleRange().Duration()
	test.TapAt(tl, fyne.NewPos(float32(cl.X), float32(cl.Y)))
	if after := tl.VisibleRange().Duration(); after >= before {
		t.Errorf("tapping a cluster did not zoom in: %v → %v", before, after)
	}
	if tl.Selected() != nil {
		t.Error("tapping a cluster should not select an event")
	}
	for _, e := range cl.Events {
		if x := tl.Scene().Scale.X(e.Span.From()); x < s.PlotX0-1 || x > s.PlotX1+1 {
			t.Errorf("%s of the cluster is out of view after zooming into it", e.ID)
		}
	}
}

func TestHoverShowsATooltip(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 9, 20)})
	tip := hoverTarget(tl.Scene(), markPos(markOf(t, tl, "summit")))
	if tip == nil {
		t.Fatal("no tooltip over the summit")
	}
	if tip.Title != "SCO summit in Samarkand" || !slices.Equal(tip.Lines,
		[]string{"15 Sep 2022 – 16 Sep 2022 (exact day)", "3 sources in 3 languages (ar, de, nl)"}) {
		t.Errorf("tooltip = %+v", tip)
	}
	tl.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: markPos(markOf(t, tl, "summit"))}})
	r := test.WidgetRenderer(tl).(*timelineRenderer)
	found := false
	for _, o := range r.Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == "SCO summit in Samarkand" && tx.TextStyle.Bold {
			found = true
		}
	}
	if !found {
		t.Error("the tooltip is not painted")
	}
	tl.MouseOut()
	if hoverTarget(tl.Scene(), fyne.NewPos(2, 2)) != nil {
		t.Error("a tooltip over empty space")
	}
}

func TestLabelWidthsAreAGenerousMeasure(t *testing.T) {
	test.NewTempApp(t)
	var lw labelWidths
	for _, label := range []string{"SCO summit in Samarkand", "Xi visits Kazakhstan", "AVATAR To Ty", "Unrest in Kazakhstan…", ""} {
		shaped := measureLabel(label, 12)
		got := lw.measure(label, 12)
		if got < shaped-0.01 || got > shaped*1.05+0.5 {
			t.Errorf("measure(%q) = %.2f, shaped width %.2f", label, got, shaped)
		}
	}
	if lw.measure("Xi", 12) >= lw.measure("Xi", 24) {
		t.Error("a larger size should measure wider")
	}
}

func TestKeysZoomAroundTheSelectedEvent(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	tl.Select("visit")
	for range 6 {
		tl.TypedRune('+')
	}
	s := tl.Scene()
	x := s.Scale.X(c.Event("visit").Span.From())
	if x < s.PlotX0 || x > s.PlotX1 {
		t.Errorf("zooming in with the keys lost the selected event: x=%.0f outside %.0f–%.0f", x, s.PlotX0, s.PlotX1)
	}
	if d := tl.VisibleRange().Duration(); d > 60*24*time.Hour {
		t.Errorf("six presses of + still show %v", d)
	}
}

// A pointer moving over the timeline repaints the window only when what is
// under it changes: every repaint redraws the whole window.
func TestHoverRepaintsOnlyWhenTheTargetChanges(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	tl := mw.timeline
	tl.SetView(timeRange{From: day(2022, 9, 10), To: day(2022, 9, 20)})
	r := test.WidgetRenderer(tl).(*timelineRenderer)
	move := func(p fyne.Position) int {
		before := r.refreshes
		tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
		return r.refreshes - before
	}
	empty := fyne.NewPos(2, 2)
	if hoverTarget(tl.Scene(), empty) != nil {
		t.Fatal("the test's empty spot is not empty")
	}
	move(empty) // the pointer arrives
	for i := range 5 {
		if n := move(empty.AddXY(float32(i), 0)); n != 0 {
			t.Errorf("moving over empty space repainted %d times", n)
		}
	}
	summit := markPos(markOf(t, tl, "summit"))
	if n := move(summit); n != 1 {
		t.Errorf("reaching a mark repainted %d times, want 1 (its tooltip)", n)
	}
	if n := move(summit.AddXY(0, 1)); n != 0 {
		t.Errorf("moving within the mark repainted %d times", n)
	}
	if n := move(empty); n != 1 {
		t.Errorf("leaving the mark repainted %d times, want 1", n)
	}
	before := r.refreshes
	tl.MouseOut()
	if r.refreshes != before {
		t.Error("leaving the timeline from empty space repainted")
	}
}
