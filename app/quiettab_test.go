package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Each tab's content fills its tab from the tab's top-left corner, right
// under the tab bar: the tabs had placed the content below their bar
// before it was wrapped, which drew every panel 40 pixels too low.
func TestTabsShowTheirContentAtTheTop(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	for _, tab := range []*container.TabItem{mw.excerptsTab, mw.articleTab, mw.problemsTab} {
		mw.tabs.Select(tab)
		mw.win.Canvas().Capture()
		q, ok := tab.Content.(*quietTab)
		if !ok {
			t.Fatalf("the %s tab holds a %T, not a quietTab", tab.Text, tab.Content)
		}
		if p := q.content.Position(); p != (fyne.Position{}) {
			t.Errorf("the %s tab's content is drawn at %v inside its tab", tab.Text, p)
		}
	}
}
