package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// frameSim plays the part of the desktop driver between frames, which the
// test driver does not: before painting a frame, the driver walks the
// visible objects, and when an object's minimum size differs from the one
// it saw at the last frame (an object it has never seen counts as size
// zero), it lays the object's parent out again. A renderer whose Layout
// hands out new objects, or changes its objects' sizes, makes the next
// frame lay it out again: the window never goes idle.
type frameSim struct {
	seen    map[fyne.CanvasObject]fyne.Size
	layouts []string // what each frame laid out again, for the failure message
}

// frame runs one frame's walk and returns how many parents it laid out.
func (f *frameSim) frame(root fyne.CanvasObject) int {
	if f.seen == nil {
		f.seen = map[fyne.CanvasObject]fyne.Size{}
	}
	f.layouts = f.layouts[:0]
	f.walk(root)
	return len(f.layouts)
}

func (f *frameSim) walk(parent fyne.CanvasObject) {
	children := childrenOf(parent)
	changed := false
	for _, c := range children {
		if !c.Visible() {
			continue
		}
		if ms := c.MinSize(); f.seen[c] != ms {
			f.seen[c] = ms
			changed = true
		}
		f.walk(c)
	}
	if !changed {
		return
	}
	switch p := parent.(type) {
	case fyne.Widget:
		test.WidgetRenderer(p).Layout(p.Size())
	case *fyne.Container:
		if p.Layout != nil {
			p.Layout.Layout(p.Objects, p.Size())
		}
	}
	f.layouts = append(f.layouts, typeName(parent))
}

// childrenOf lists the objects under o as the driver sees them.
func childrenOf(o fyne.CanvasObject) []fyne.CanvasObject {
	switch w := o.(type) {
	case fyne.Widget:
		return test.WidgetRenderer(w).Objects()
	case *fyne.Container:
		return w.Objects
	}
	return nil
}

func typeName(o fyne.CanvasObject) string {
	switch o.(type) {
	case *Overview:
		return "Overview"
	case *Timeline:
		return "Timeline"
	case *fyne.Container:
		return "Container"
	}
	return "widget"
}

// An idle window must settle: after the first frames lay everything out,
// frames with nothing happening lay nothing out and repaint neither the
// overview strip nor the timeline.
func TestIdleWindowStopsLayingOutAndRepainting(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(*mainWindow)
	}{
		{"fitted", func(*mainWindow) {}},
		{"event selected", func(mw *mainWindow) { mw.timeline.Select("summit") }},
		{"zoomed and searched", func(mw *mainWindow) {
			mw.timeline.Zoom(keyZoomFactor)
			mw.onFiltersChanged(filterState{Query: "Samarkand"})
			mw.waitForSearch()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mw := newTestMainWindow(t, winCorpus())
			tc.setup(mw)
			root := mw.win.Content()
			var sim frameSim
			for range 3 { // the first frames see every object for the first time
				sim.frame(root)
			}
			overview := test.WidgetRenderer(mw.overview).(*overviewRenderer)
			timeline := test.WidgetRenderer(mw.timeline).(*timelineRenderer)
			op, tp := overview.paints, timeline.paints
			for i := range 10 {
				if n := sim.frame(root); n > 0 {
					t.Fatalf("idle frame %d laid out %d parents again: %v", i, n, sim.layouts)
				}
			}
			if overview.paints != op || timeline.paints != tp {
				t.Errorf("idle frames repainted the overview %d times and the timeline %d times", overview.paints-op, timeline.paints-tp)
			}
		})
	}
}
