package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// presentation is the full-screen briefing: one slide per event, in time
// order, driven by the keys a presenter's clicker sends.
type presentation struct {
	win    fyne.Window
	corpus *data.Corpus
	events []*data.Event
	shown  func(*data.Event) bool // whether an event is presented, for the strip
	index  int
	view   *slideView

	// notes returns the analyst's notes on an event (nil: none), shown
	// under the slide as speaker notes; N hides and shows them.
	notes     func(*data.Event) []string
	notesBar  *fyne.Container
	notesText *widget.Label
	hideNotes bool
}

// startPresentation asks which events to present (chooseSlides: the
// plan of the storyline filtered on, or of all events) and presents them
// full screen, starting at the selected event when it is among them.
// Leaving selects the event last shown, so the analyst is back where the
// briefing ended.
func startPresentation(mw *mainWindow) {
	if mw.corpus == nil {
		dialog.ShowInformation("Present", "Open a corpus first.", mw.win)
		return
	}
	if len(presentationEvents(mw.corpus, mw.filter.state.Storyline)) == 0 {
		dialog.ShowInformation("Present", "There are no events to present.", mw.win)
		return
	}
	chooseSlides(mw, func(events []*data.Event) {
		start := 0
		if sel := mw.timeline.Selected(); sel != nil {
			for i, e := range events {
				if e == sel {
					start = i
				}
			}
		}
		win := mw.app.NewWindow("Caravan — presentation")
		win.SetPadded(false)
		p := newPresentation(win, mw.corpus, events, start)
		p.notes = func(e *data.Event) []string { return eventNotes(mw, e) }
		p.showNotes()
		win.SetOnClosed(func() { mw.timeline.Select(p.events[p.index].ID) })
		win.SetFullScreen(true)
		win.Show()
	})
}

// eventNotes are the analyst's notes on an event, from the project.
func eventNotes(mw *mainWindow, e *data.Event) []string {
	if mw.work == nil {
		return nil
	}
	r := mw.work.result()
	if r == nil {
		return nil
	}
	if c := r.Of("event", e.ID); c != nil {
		return c.Notes
	}
	return nil
}

// newPresentation shows events of c in win, starting at the start-th, and
// takes over win's keys. The caller shows the window; Esc closes it.
func newPresentation(win fyne.Window, c *data.Corpus, events []*data.Event, start int) *presentation {
	p := &presentation{win: win, corpus: c, events: events, shown: eventSet(events)}
	p.view = newSlideView(p.slide)
	p.index = min(max(start, 0), len(events)-1)
	p.notesText = widget.NewLabel("")
	p.notesText.Wrapping = fyne.TextWrapWord
	p.notesBar = container.NewVBox(widget.NewSeparator(), container.NewPadded(p.notesText))
	p.notesBar.Hide()
	win.SetContent(container.NewBorder(nil, p.notesBar, nil, nil, p.view))
	win.Canvas().SetOnTypedKey(p.onTypedKey)
	return p
}

// presentationEvents are the events to present, in time order: all events
// of the corpus, or those of one storyline when storyline is not empty.
func presentationEvents(c *data.Corpus, storyline string) []*data.Event {
	var out []*data.Event
	for _, e := range c.Events { // the corpus keeps events sorted by date
		if storyline == "" || e.Storyline == storyline {
			out = append(out, e)
		}
	}
	return out
}

// slide draws the current slide at the size of the screen.
func (p *presentation) slide(size fyne.Size) fyne.CanvasObject {
	return newSlideFor(p.corpus, p.events[p.index], p.index, len(p.events), size, p.shown)
}

// eventSet returns a predicate that reports whether an event is one of
// events: the timeline strip of a one-storyline briefing shows only the
// events presented.
func eventSet(events []*data.Event) func(*data.Event) bool {
	set := make(map[*data.Event]bool, len(events))
	for _, e := range events {
		set[e] = true
	}
	return func(e *data.Event) bool { return set[e] }
}

// onTypedKey maps the presenter's keys: clickers send Right/PageDown for
// next and Left/PageUp for previous; keyboards add Space, Home, End and Esc.
func (p *presentation) onTypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyRight, fyne.KeySpace, fyne.KeyPageDown, fyne.KeyDown:
		p.show(p.index + 1)
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace:
		p.show(p.index - 1)
	case fyne.KeyHome:
		p.show(0)
	case fyne.KeyEnd:
		p.show(len(p.events) - 1)
	case fyne.KeyN:
		p.hideNotes = !p.hideNotes
		p.showNotes()
	case fyne.KeyEscape:
		p.win.Close()
	}
}

// showNotes shows the current event's notes under the slide, or hides
// the bar when it has none or the presenter hid them.
func (p *presentation) showNotes() {
	var notes []string
	if p.notes != nil {
		notes = p.notes(p.events[p.index])
	}
	if len(notes) == 0 || p.hideNotes {
		p.notesBar.Hide()
		return
	}
	p.notesText.SetText("Speaker notes (N hides them): " + strings.Join(notes, " · "))
	p.notesBar.Show()
}

// show moves to slide i; beyond either end it stays put, as presentation
// programs do, so that an extra click does not leave the briefing.
func (p *presentation) show(i int) {
	i = min(max(i, 0), len(p.events)-1)
	if i == p.index {
		return
	}
	p.index = i
	p.view.Refresh()
	p.showNotes()
}

// slideView is a widget that draws a slide at whatever size it is given and
// draws it again when that size changes (a window going full screen) or
// when it is refreshed (another slide).
type slideView struct {
	widget.BaseWidget
	draw func(fyne.Size) fyne.CanvasObject
}

var _ fyne.Widget = (*slideView)(nil)

func newSlideView(draw func(fyne.Size) fyne.CanvasObject) *slideView {
	v := &slideView{draw: draw}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer returns the renderer that holds the current slide.
func (v *slideView) CreateRenderer() fyne.WidgetRenderer {
	return &slideRenderer{view: v}
}

type slideRenderer struct {
	view  *slideView
	slide fyne.CanvasObject
	size  fyne.Size // the size slide was drawn at
}

func (r *slideRenderer) Layout(size fyne.Size) {
	if r.slide == nil || size != r.size {
		r.redraw(size)
	}
}

func (r *slideRenderer) redraw(size fyne.Size) {
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	r.size = size
	r.slide = r.view.draw(size)
	r.slide.Resize(size)
}

// MinSize is small: a slide fits whatever screen it is shown on.
func (r *slideRenderer) MinSize() fyne.Size { return fyne.NewSize(160, 90) }

func (r *slideRenderer) Refresh() {
	r.redraw(r.view.Size())
	canvas.Refresh(r.view)
}

func (r *slideRenderer) Objects() []fyne.CanvasObject {
	if r.slide == nil {
		return nil
	}
	return []fyne.CanvasObject{r.slide}
}

func (r *slideRenderer) Destroy() {}
