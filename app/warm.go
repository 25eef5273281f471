package app

import (
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/caravan-analytics/caravan/data"
)

// warmer paints, while the window is idle, what the analyst's next input
// is likely to show — the article of the "Open article" under the pointer,
// the passages of the event under the pointer, of the next and of the
// previous event, the article Enter opens, the Articles tab's first rows —
// in a layer off the window's edge, so that the input itself finds its
// text measured and rasterised.
//
// Fyne v2.7.1 measures every new string with a text shaper and rasterises
// its glyphs into a texture on the UI goroutine the first time a frame
// draws it, with no glyph cache: a string seen before is a lookup, a new
// one costs its whole outline work. Showing an event's passages or an
// article drew 20–40 new lines, which held the UI goroutine 46–92 ms at
// 10,000 articles (a revisited event, its text cached: 13–21 ms). Both
// caches are keyed by the string, its size, style and colour, not by the
// object, so the same rows made again for the real input hit them.
//
// The warm-up runs a view at a time, half a panel's height of rows per
// frame, each batch once the frame of the last one is painted (and then
// dropped: the caches keep what it drew), and starts only after warmDelay
// without input: an input arriving meanwhile waits at most one batch. It
// makes no focusable widget (the event's curation buttons, constant
// strings, are left out), and nothing in the layer can be pointed at: it
// lies left of the window.
//
// Fyne forgets a texture a minute after a frame last drew it
// (cache.ValidDuration), and frees it at the next frame: a window left
// alone for a minute rasterised all its text again at the next key
// (89 ms where the same key took 19 ms seconds earlier). keepAlive
// repaints the window before that minute is up. A view warmed but not
// asked for within that minute is forgotten like any other text.
type warmer struct {
	mw    *mainWindow
	layer *fyne.Container // in the window's stack; its rows sit left of the window

	live  bool        // warm-ups run by themselves (the desktop window; tests step them)
	gen   int         // counts calls to soon: a warm-up of an older one stops
	timer *time.Timer // runs the warm-up after warmDelay

	views  []warmView           // still to warm, the current one first
	recent map[string]time.Time // views warmed lately: their text is still in Fyne's caches
	fills  int                  // counts the Articles tab's fills warmed
	// hovered is the event under the pointer on the timeline, or nil;
	// hoveredOpen the passage whose "Open article" it is on, or nil.
	hovered     *data.Event
	hoveredOpen *data.Excerpt
}

// warmView is a view to warm: the rows one input would show, made one at
// a time until a panel's height is filled.
type warmView struct {
	key     string
	prepare func()                        // if set, run alone before the rows are made
	row     func(i int) fyne.CanvasObject // the i-th row from the panel's top; nil past the last
	made    int                           // rows made so far
	width   float32
	height  float32 // of the panel: rows past it are not shown by the input
	filled  float32 // height of the rows made so far
}

const (
	// warmDelay is how long the window must be left alone before a
	// warm-up starts: keys held down or typed quickly do not start one
	// per key.
	warmDelay = 250 * time.Millisecond
	// warmRecent is how long a view warmed stays warm: Fyne keeps a
	// texture a minute after it was last drawn.
	warmRecent = 40 * time.Second
	// warmOffset is how far left of the window the layer's rows lie.
	warmOffset = 20000
)

func newWarmer(mw *mainWindow) *warmer {
	return &warmer{mw: mw, layer: container.NewWithoutLayout()}
}

// soon warms the likely next views once the window has been left alone
// for warmDelay; a later call replaces an earlier one.
func (w *warmer) soon() {
	w.gen++
	w.views = nil
	if !w.live {
		return
	}
	gen := w.gen
	if w.timer != nil {
		w.timer.Stop()
	}
	w.timer = time.AfterFunc(warmDelay, func() {
		fyne.Do(func() {
			if gen == w.gen {
				w.start()
				w.stepAfterFrames(gen)
			}
		})
	})
}

// stepAfterFrames makes one batch and lets a frame paint it, then the
// next, until every view is warm or another input came (gen moved on).
func (w *warmer) stepAfterFrames(gen int) {
	if gen != w.gen {
		return
	}
	start := time.Now()
	switch w.step() {
	case warmDone:
		return
	case warmPrepared: // nothing to paint: the next step comes after other events
		go fyne.Do(func() { w.stepAfterFrames(gen) })
		return
	}
	w.mw.probe.measureSince("warm-up batch", start)
	w.mw.probe.afterNextFrame(func(time.Time) { w.stepAfterFrames(gen) })
}

// What a step of the warm-up did.
type warmStep int

const (
	warmDone     warmStep = iota // nothing left to warm
	warmRows                     // rows put in the layer, for the next frame to paint
	warmPrepared                 // a view's preparation ran
)

// start plans a warm-up of the views the next input may show.
func (w *warmer) start() { w.views = w.likelyViews() }

// likelyViews are the views the next input may show, the likeliest
// first, less those warmed lately: what a click under the pointer would
// open, the event → selects, the article Enter opens, the event ←
// selects, the Articles tab waiting for its fill.
func (w *warmer) likelyViews() []warmView {
	mw := w.mw
	if mw.corpus == nil {
		return nil
	}
	width, height := mw.excerpts.list.rowWidth(), mw.excerpts.list.list.Size().Height
	if width <= 0 || height <= 0 {
		return nil // not laid out yet
	}
	var views []warmView
	add := func(v warmView) {
		if t, ok := w.recent[v.key]; ok && time.Since(t) < warmRecent {
			return
		}
		v.width, v.height = width, height
		views = append(views, v)
	}
	if x := w.hoveredOpen; x != nil {
		if v, ok := w.articleView(*x); ok {
			add(v) // the pointer is on its "Open article"
		}
	}
	if e := w.hovered; e != nil && e != mw.timeline.Selected() {
		add(w.eventView(e)) // the pointer rests on it: a click may follow
	}
	if e := mw.timeline.adjacent(+1); e != nil {
		add(w.eventView(e))
	}
	if e := mw.timeline.Selected(); e != nil && len(e.Excerpts) > 0 {
		if v, ok := w.articleView(e.Excerpts[0]); ok {
			add(v)
		}
	}
	if e := mw.timeline.adjacent(-1); e != nil {
		add(w.eventView(e))
	}
	if v, ok := w.articlesView(); ok {
		add(v)
	}
	return views
}

// articlesView fills the Articles tab, when a fill waits for the tab to be
// shown (mainWindow.whenShown), and warms the table's first rows: the
// tab's first show after a change filled 10,000 rows and drew some 250
// new cells, 112–160 ms of the UI goroutine.
func (w *warmer) articlesView() (warmView, bool) {
	mw := w.mw
	tab := mw.work.articlesTab
	if tab == nil || mw.unshown[tab] == nil || mw.tabs.Selected() == tab {
		return warmView{}, false
	}
	w.fills++
	return warmView{
		key: "articles " + strconv.Itoa(w.fills),
		prepare: func() {
			if f := mw.unshown[tab]; f != nil {
				delete(mw.unshown, tab)
				f()
			}
		},
		row: mw.work.articles.warmRow,
	}, true
}

// eventView is the excerpt panel's rows for e, as selecting it shows them.
func (w *warmer) eventView(e *data.Event) warmView {
	p := w.mw.excerpts
	var rows []excerptRow // made when the view is warmed: a view skipped costs nothing
	return warmView{key: "event " + e.ID, row: func(i int) fyne.CanvasObject {
		if rows == nil {
			rows = p.eventRows(e, false)
		}
		if i >= len(rows) {
			return nil
		}
		return p.rowObject(rows[i])
	}}
}

// articleView is the article view's rows opened on x, from x's paragraph
// down, as opening it shows them.
func (w *warmer) articleView(x data.Excerpt) (warmView, bool) {
	a, spans := w.mw.openedArticle(x)
	if a == nil {
		return warmView{}, false
	}
	var rows []articleViewRow
	return warmView{key: "article " + a.ID + " " + strconv.Itoa(x.Paragraph), row: func(i int) fyne.CanvasObject {
		if rows == nil {
			rows = articleRows(a)
		}
		i += focusRowOf(a, rows, x.Paragraph)
		if i >= len(rows) {
			return nil
		}
		return articleRowObject(a, rows[i], x.Paragraph, spans)
	}}, true
}

// step makes the next batch of rows, laid out at their panel's width, and
// puts them in the layer for the next frame to paint, or runs a view's
// preparation.
func (w *warmer) step() warmStep {
	// The last batch was painted: its textures are cached. Dropped, not
	// kept: every frame walks the window's objects, the layer's too.
	w.layer.Objects = nil
	for len(w.views) > 0 {
		v := &w.views[0]
		if v.prepare != nil {
			v.prepare()
			v.prepare = nil
			return warmPrepared
		}
		batch := v.filled + v.height/2
		made := false
		for v.filled < v.height && v.filled < batch {
			obj := v.row(v.made)
			if obj == nil {
				v.filled = v.height
				break
			}
			obj.Resize(fyne.NewSize(v.width, 0))
			h := obj.MinSize().Height
			obj.Resize(fyne.NewSize(v.width, h))
			obj.Move(fyne.NewPos(-warmOffset, v.filled))
			v.made++
			v.filled += h + 1 // never stuck on an empty row
			w.layer.Objects = append(w.layer.Objects, obj)
			made = true
		}
		if v.filled >= v.height {
			if w.recent == nil {
				w.recent = map[string]time.Time{}
			}
			w.recent[v.key] = time.Now()
			w.views = w.views[1:]
		}
		if made {
			w.layer.Refresh()
			return warmRows
		}
	}
	return warmDone
}

// keepAlive repaints the window every keepAliveEvery, for ever: each
// repaint marks the textures it draws as used, so that Fyne never frees
// the text of a window left alone (nor the warm layer's) and rasterises it
// all again at the next input. A repaint draws no new text: it costs
// 10–15 ms of the UI goroutine once every 50 seconds.
func (w *warmer) keepAlive() {
	t := time.NewTicker(keepAliveEvery())
	defer t.Stop()
	for range t.C {
		fyne.Do(w.mw.probe.repaint)
	}
}

// keepAliveEvery is five sixths of the time Fyne keeps an unused texture:
// a minute, or FYNE_CACHE, which Fyne reads at start.
func keepAliveEvery() time.Duration {
	valid := time.Minute
	if d, err := time.ParseDuration(os.Getenv("FYNE_CACHE")); err == nil && d > 0 {
		valid = d
	}
	return valid * 5 / 6
}
