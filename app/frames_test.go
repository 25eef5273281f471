package app

import (
	"testing"
	"time"
)

// Selecting an event once the excerpt panel has been shown gives the list
// its rows' heights before the frame: heights measured during the frame
// reach the list after it, and the window paints a second frame.
func TestSelectingAnEventMeasuresItsRowsBeforeTheFrame(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	mw.timeline.Select("summit")
	mw.win.Canvas().Capture() // the panel is shown: its width is known
	heights := &mw.excerpts.list.heights
	for _, id := range []string{"visit", "summit"} {
		late := heights.late
		mw.timeline.Select(id)
		mw.win.Canvas().Capture()
		if n := heights.late - late; n > 0 {
			t.Errorf("selecting %s left %d row heights to apply after the frame", id, n)
		}
	}
}

// The probe calls back once the next frame has been painted, and only
// then.
func TestFrameProbeCallsBackAfterTheNextFrame(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	done := make(chan time.Time, 1)
	mw.probe.afterNextFrame(func(drawn time.Time) { done <- drawn })
	select {
	case <-done:
		t.Fatal("called back before any frame")
	default:
	}
	mw.win.Canvas().Capture()
	<-done // a frame was painted: called back (the test's own timeout catches a probe that never calls)
}
