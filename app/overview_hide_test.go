package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// TestHideUnsupportedIsRememberedAndLeavesTheOverview: View → Hide
// unsupported events takes an unsupported event's time off the overview
// strip as well as the timeline, and the next window starts with the
// choice made, its menu item ticked.
func TestHideUnsupportedIsRememberedAndLeavesTheOverview(t *testing.T) {
	privateHome(t)
	seedsCorpus := seedCorpus(t)
	c := *seedsCorpus
	lonely := &data.Event{ID: "lonely-claim", Title: "A claim no article supports", Storyline: data.OtherStoryline,
		Span: data.Span{Start: data.MonthDate(1950, 6)}}
	c.Events = append([]*data.Event{lonely}, slices.Clone(seedsCorpus.Events)...)
	a := test.NewTempApp(t)
	open := func() *mainWindow {
		mw := windowOn(t, a, &c, nil)
		mw.setCorpus(&c)
		return mw
	}
	firstYear := func(mw *mainWindow) int {
		from, _ := mw.overview.layout().Scale.Domain()
		return from.Year()
	}
	mw := open()
	if mw.timeline.HideUnsupported() || firstYear(mw) > 1950 {
		t.Fatalf("shown by default: hidden %v, the overview starts in %d", mw.timeline.HideUnsupported(), firstYear(mw))
	}
	click(t, mw, "View", "Hide unsupported events")
	if !mw.timeline.HideUnsupported() || !menuItem(t, mw, "View", "Hide unsupported events").Checked {
		t.Fatal("the menu did not hide unsupported events")
	}
	if y := firstYear(mw); y <= 1950 {
		t.Errorf("the overview still spans the hidden event: it starts in %d", y)
	}
	again := open()
	if !again.timeline.HideUnsupported() || !menuItem(t, again, "View", "Hide unsupported events").Checked || firstYear(again) <= 1950 {
		t.Errorf("the next window forgot the choice: hidden %v, overview from %d", again.timeline.HideUnsupported(), firstYear(again))
	}
	click(t, again, "View", "Hide unsupported events")
	if third := open(); third.timeline.HideUnsupported() || firstYear(third) > 1950 {
		t.Error("showing them again was not remembered")
	}
}
