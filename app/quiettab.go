package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// quietTab holds a tab's content and does not pass refreshes on to it.
//
// Selecting a tab of a Fyne AppTabs refreshes the content of every tab,
// shown or not (its renderer's applyTheme), and a refresh runs through the
// whole tree: every label re-measured, every button re-reading its icon,
// the Articles tab's table its cells. At 10,000 articles that was 10–15 ms
// of each tab switch, and of each click that brings the excerpts forward.
// The panels refresh what they change themselves; a theme change reaches
// the content without this refresh, since Fyne applies a theme by walking
// every object of the window (internal/app.ApplyThemeTo).
type quietTab struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

func newQuietTab(content fyne.CanvasObject) *quietTab {
	// The tabs may have hidden the content already, as a tab not chosen:
	// the tab is hidden now instead.
	content.Show()
	q := &quietTab{content: content}
	q.ExtendBaseWidget(q)
	return q
}

// Refresh repaints the tab without refreshing its content: see quietTab.
func (q *quietTab) Refresh() { canvas.Refresh(q) }

// CreateRenderer shows the content over the whole widget.
func (q *quietTab) CreateRenderer() fyne.WidgetRenderer {
	return &quietTabRenderer{content: q.content, objects: []fyne.CanvasObject{q.content}}
}

type quietTabRenderer struct {
	content fyne.CanvasObject
	objects []fyne.CanvasObject
}

func (r *quietTabRenderer) Destroy() {}
func (r *quietTabRenderer) Layout(size fyne.Size) {
	// At the tab's origin: the tabs may have placed the content below
	// their bar before it was wrapped.
	r.content.Move(fyne.NewPos(0, 0))
	r.content.Resize(size)
}
func (r *quietTabRenderer) MinSize() fyne.Size           { return r.content.MinSize() }
func (r *quietTabRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *quietTabRenderer) Refresh()                     {}
