package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// lazyList is a widget.List of rows of different heights whose widgets are
// made only when they scroll into view: the excerpt panel and the problems
// panel list thousands of passages or warnings this way, and building a
// widget per row up front froze the window for minutes.
type lazyList struct {
	list    *widget.List
	count   func() int
	make    func(i int) fyne.CanvasObject
	heights rowHeights
	made    map[widget.ListItemID]fyne.CanvasObject // rows made recently, reused while they stay in view
}

// maxMadeRows bounds the rows kept made: a few screens' worth.
const maxMadeRows = 200

// rowHeightGuess is the height assumed for a row before it is measured:
// about a passage of three lines with its buttons.
const rowHeightGuess = 110

func newLazyList(count func() int, make func(i int) fyne.CanvasObject) *lazyList {
	l := &lazyList{count: count, make: make}
	l.list = widget.NewList(count,
		func() fyne.CanvasObject {
			// The template's height is what the list assumes for a row not
			// yet measured: an empty template made it build and measure a
			// hundred rows to fill the panel where a few are seen.
			guess := canvas.NewRectangle(color.Transparent)
			guess.SetMinSize(fyne.NewSize(0, rowHeightGuess))
			return container.NewStack(guess)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { l.update(id, o.(*fyne.Container)) })
	l.list.HideSeparators = true
	// Rows are read, not chosen: a tap on one must not leave it marked.
	l.list.OnSelected = func(id widget.ListItemID) { l.list.Unselect(id) }
	l.heights.list = l.list
	return l
}

// update fills a list item with row id's widgets and measures it. The list
// updates every visible row whenever one row's height changes, so a row's
// widgets are made once and kept while it is likely to be shown again.
func (l *lazyList) update(id widget.ListItemID, item *fyne.Container) {
	if id >= l.count() {
		item.Objects = nil
		return
	}
	obj, ok := l.made[id]
	if !ok {
		if len(l.made) >= maxMadeRows || l.made == nil {
			l.made = map[widget.ListItemID]fyne.CanvasObject{}
		}
		obj = l.make(id)
		l.made[id] = obj
	}
	if len(item.Objects) != 1 || item.Objects[0] != obj {
		// Only the new row is placed: refreshing the item would refresh
		// every widget in it, re-reading each button's icon.
		item.Objects = []fyne.CanvasObject{obj}
		canvas.Refresh(item)
	}
	obj.Move(fyne.NewPos(0, 0))
	obj.Resize(item.Size())
	l.heights.measure(id, obj, item.Size().Width)
}

// reload shows new rows from the top.
func (l *lazyList) reload() {
	width := l.heights.width
	l.made = nil
	l.heights.reset()
	l.premeasure(width)
	l.list.Refresh()
	l.list.ScrollToTop()
}

// premeasure makes the rows the list will show first and gives the list
// their heights now, at the width rows were last shown at, before the next
// frame: measured as they are shown, their heights would reach the list
// after that frame, and the window would paint a second one (a whole
// repaint: next event at 10k painted two frames).
func (l *lazyList) premeasure(width float32) {
	if width <= 0 {
		return // never shown yet: the first layout measures
	}
	view := l.list.Size().Height
	var heights []float32
	for y := float32(0); len(heights) < l.count() && y < view && len(heights) < maxMadeRows; {
		i := len(heights)
		obj := l.make(i)
		if l.made == nil {
			l.made = map[widget.ListItemID]fyne.CanvasObject{}
		}
		l.made[i] = obj
		heights = append(heights, l.heights.known(i, obj, width))
		y += heights[i]
	}
	// Given to the list once all are known: each height given refreshes
	// the rows in view, which would otherwise measure the others late.
	for i, h := range heights {
		l.list.SetItemHeight(i, h)
	}
}

// rowHeights gives the list's rows their own heights, measured as they are
// shown: a passage wraps to a number of lines that depends on the panel's
// width, which only the row being shown knows. A row is first shown at the
// template's height, measured, and given its own height once the list has
// finished updating: changing a height from inside the list's update would
// start a new update in the middle of the running one.
type rowHeights struct {
	list    *widget.List
	heights map[widget.ListItemID]float32 // measured at width
	pending map[widget.ListItemID]float32
	queued  bool
	width   float32 // the width the heights were measured at
	late    int     // heights applied after a frame, for tests
}

// reset forgets the heights: the rows changed.
func (h *rowHeights) reset() {
	h.heights, h.pending, h.width = nil, nil, 0
}

// known measures row id, shown as obj, at width, and records its height.
func (h *rowHeights) known(id widget.ListItemID, obj fyne.CanvasObject, width float32) float32 {
	if width != h.width || h.heights == nil {
		// New rows, or the panel was resized: every height is stale, and
		// each row is measured again as it is shown.
		h.heights, h.pending, h.width = map[widget.ListItemID]float32{}, map[widget.ListItemID]float32{}, width
	}
	obj.Resize(fyne.NewSize(width, obj.Size().Height))
	height := obj.MinSize().Height
	h.heights[id] = height
	return height
}

// measure records the height row id needs at width, shown as obj.
func (h *rowHeights) measure(id widget.ListItemID, obj fyne.CanvasObject, width float32) {
	if width <= 0 {
		return
	}
	old, had := h.heights[id]
	if width != h.width {
		had = false
	}
	height := h.known(id, obj, width)
	if had && old == height {
		return
	}
	h.pending[id] = height
	if !h.queued {
		h.queued = true
		fyne.Do(h.apply)
	}
}

// apply hands the measured heights to the list.
func (h *rowHeights) apply() {
	h.queued = false
	h.late += len(h.pending)
	pending := h.pending
	h.pending = map[widget.ListItemID]float32{}
	for id, height := range pending {
		h.list.SetItemHeight(id, height)
	}
}
