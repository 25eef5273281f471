package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
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
	if l.heights.holding {
		return // see rowHeights.giveAll
	}
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
func (l *lazyList) reload() { l.reloadAt(0) }

// reloadAt shows new rows with row first at the top of the view (as far
// as the rows below it fill the view).
func (l *lazyList) reloadAt(first int) {
	width := l.rowWidth()
	l.made = nil
	l.heights.reset()
	l.premeasure(width, first)
	if first <= 0 {
		l.list.Refresh()
		l.list.ScrollToTop()
		return
	}
	// Scrolled before the refresh, so the list makes and measures only
	// the rows it will show; again after, if the list was never drawn.
	y := l.heights.top(first)
	l.list.ScrollToOffset(y)
	l.list.Refresh()
	if l.list.GetScrollOffset() != y {
		l.list.ScrollToOffset(y)
	}
}

// rowWidth is the width rows are laid out at: the one they were last
// measured at, else, with no row measured yet, the list's own (the list
// may have been laid out; its rows are as wide as it is).
func (l *lazyList) rowWidth() float32 {
	if l.heights.width > 0 {
		return l.heights.width
	}
	return l.list.Size().Width
}

// premeasure makes the rows the list will show first, from row first
// down, and gives the list their heights now, at the width rows were last
// shown at, before the next frame: measured as they are shown, their
// heights would reach the list after that frame, and the window would
// paint a second one (a whole repaint: next event at 10k painted two
// frames).
func (l *lazyList) premeasure(width float32, first int) {
	if width <= 0 {
		return // never laid out yet: the first layout measures
	}
	view := l.list.Size().Height
	var heights []float32
	for y := float32(0); first+len(heights) < l.count() && y < view && len(heights) < maxMadeRows; {
		i := first + len(heights)
		obj := l.make(i)
		if l.made == nil {
			l.made = map[widget.ListItemID]fyne.CanvasObject{}
		}
		l.made[i] = obj
		h := l.heights.known(i, obj, width)
		heights = append(heights, h)
		y += h
	}
	// Given to the list once all are known: each height given refreshes
	// the rows in view, which would otherwise measure the others late.
	given := map[widget.ListItemID]float32{}
	for i, h := range heights {
		given[first+i] = h
	}
	l.heights.giveAll(given)
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
	given   map[widget.ListItemID]float32 // the heights the list was given
	holding bool                          // rows are not updated: see giveAll
	queued  bool
	later   func(func()) // runs apply after the list's update; nil: fyne.Do, which the desktop driver runs after the frame
	width   float32      // the width the heights were measured at
	late    int          // heights applied after a frame, for tests
}

// reset forgets the heights: the rows changed.
func (h *rowHeights) reset() {
	h.heights, h.pending, h.given, h.width = nil, nil, nil, 0
}

// give hands row id's height to the list.
func (h *rowHeights) give(id widget.ListItemID, height float32) {
	if h.given == nil {
		h.given = map[widget.ListItemID]float32{}
	}
	h.given[id] = height
	h.list.SetItemHeight(id, height)
}

// shown is the height the list lays row id out at: the one it was given,
// else the template's.
func (h *rowHeights) shown(id widget.ListItemID) float32 {
	if height, ok := h.given[id]; ok {
		return height
	}
	return rowHeightGuess
}

// top is where row id starts in the list's content, as the list places it
// (rows are separated by the theme's padding even with separators hidden).
func (h *rowHeights) top(id widget.ListItemID) float32 {
	gap := h.list.Theme().Size(theme.SizeNamePadding)
	y := float32(0)
	for i := range id {
		y += h.shown(i) + gap
	}
	return y
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
		if h.later != nil {
			h.later(h.apply)
		} else {
			fyne.Do(h.apply)
		}
	}
}

// apply hands the measured heights to the list.
func (h *rowHeights) apply() {
	h.queued = false
	h.late += len(h.pending)
	pending := h.pending
	h.pending = map[widget.ListItemID]float32{}
	if len(pending) == 0 {
		return
	}
	// The view stays on what it showed: a row that starts above the top of
	// the view (one scrolled into view scrolling up) moves the view by what
	// it grew or shrank, so what is in view stays put.
	offset := h.list.GetScrollOffset()
	gap := h.list.Theme().Size(theme.SizeNamePadding)
	var moved float32
	for id, y := 0, float32(0); y < offset && id < h.list.Length(); id++ {
		if height, ok := pending[id]; ok {
			moved += height - h.shown(id)
		}
		y += h.shown(id) + gap
	}
	h.giveAll(pending)
	h.list.Refresh()
	if moved != 0 && offset > 0 {
		h.list.ScrollToOffset(offset + moved)
	}
}

// giveAll hands several heights to the list. A widget.List refreshes
// itself, and updates every row in view, for each height it is given; the
// rows are not updated meanwhile (update returns at once), and the caller
// refreshes the list once afterwards.
func (h *rowHeights) giveAll(heights map[widget.ListItemID]float32) {
	h.holding = true
	defer func() { h.holding = false }()
	for id, height := range heights {
		h.give(id, height)
	}
}
