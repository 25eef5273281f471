package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// helpKeyNames maps the key names the shortcut list prints to Fyne's.
var helpKeyNames = map[string]fyne.KeyName{
	"Right": fyne.KeyRight, "Left": fyne.KeyLeft, "Tab": fyne.KeyTab,
	"Page Down": fyne.KeyPageDown, "Page Up": fyne.KeyPageUp, "Home": fyne.KeyHome,
	"Enter": fyne.KeyReturn, "Esc": fyne.KeyEscape,
}

// TestEveryListedTimelineKeyDoesSomething presses each key the shortcut
// list gives for the timeline, as printed, and checks that the timeline's
// view, its selection or the tab shown changes: the list names no key the
// timeline ignores.
func TestEveryListedTimelineKeyDoesSomething(t *testing.T) {
	for _, k := range timelineKeys {
		for _, name := range strings.Split(k.keys, " / ") {
			mw := newTestMainWindow(t, winCorpus())
			tl := mw.timeline
			tl.SetView(timeRange{From: day(2022, 1, 1), To: day(2022, 9, 30)})
			tl.Select("visit") // an event with others before and after it
			before, sel, tab := tl.VisibleRange(), tl.Selected(), mw.tabs.Selected()
			shift := strings.HasPrefix(name, "Shift+")
			key := strings.TrimPrefix(name, "Shift+")
			if shift {
				tl.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			}
			switch key {
			case "+", "−":
				tl.TypedRune([]rune(key)[0])
			default:
				kn, ok := helpKeyNames[key]
				if !ok {
					t.Fatalf("the list names a key %q the test cannot press", key)
				}
				tl.TypedKey(&fyne.KeyEvent{Name: kn})
			}
			if shift {
				tl.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			}
			if tl.VisibleRange() == before && tl.Selected() == sel && mw.tabs.Selected() == tab {
				t.Errorf("%s (%s) changed nothing", name, k.action)
			}
		}
	}
}
