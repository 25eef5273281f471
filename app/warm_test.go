package app

import (
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// warmAll runs a warm-up to its end, one frame per batch, and returns the
// number of batches and the texts of the rows painted.
func warmAll(mw *mainWindow) (int, []string) {
	mw.warm.start()
	n := 0
	var texts []string
	for s := mw.warm.step(); s != warmDone; s = mw.warm.step() {
		if s == warmRows {
			mw.win.Canvas().Capture()
			texts = append(texts, labelTexts(mw.warm.layer)...)
			n++
		}
	}
	if len(mw.warm.layer.Objects) != 0 {
		panic("the warm layer keeps rows after the warm-up")
	}
	return n, texts
}

func TestWarmUpPaintsTheNextEventAndTheArticleEnterOpensOffScreen(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	mw.win.Canvas().Capture() // laid out: the panels have their sizes
	first := mw.timeline.adjacent(+1)
	mw.timeline.Select(first.ID)
	mw.win.Canvas().Capture()
	next := mw.timeline.adjacent(+1)
	if next == nil || len(first.Excerpts) == 0 {
		t.Fatalf("the seeds' first event should have passages and a next one: %v, %v", first, next)
	}

	n, texts := warmAll(mw)
	if n == 0 {
		t.Fatal("nothing was warmed")
	}
	if !containsText(texts, next.Title) {
		t.Errorf("the warm layer lacks the next event's title %q: %q", next.Title, texts)
	}
	x := first.Excerpts[0]
	a := excerptArticle(c, x)
	if !containsText(texts, a.Paragraphs[x.Paragraph].Text) {
		t.Errorf("the warm layer lacks the paragraph Enter opens: %q", texts)
	}
	if prev := mw.timeline.adjacent(-1); prev != nil {
		t.Errorf("the first event has no previous one, got %v", prev)
	}

	// Nothing of it is on screen, can be pointed at or takes the focus.
	mw.warm.recent = nil
	mw.warm.start()
	for mw.warm.step() == warmRows {
		for _, o := range mw.warm.layer.Objects {
			if o.Position().X+o.Size().Width > 0 {
				t.Errorf("a warm row reaches into the window: at %v, %v wide", o.Position(), o.Size().Width)
			}
		}
		for _, o := range test.LaidOutObjects(mw.warm.layer) {
			if _, ok := o.(fyne.Focusable); ok && o.Visible() { // a form's hidden buttons are passed over
				t.Errorf("the warm layer holds a focusable %T %q", o, labelTexts(o))
			}
		}
	}

	// Warmed lately: the same views are not warmed again.
	if n, _ := warmAll(mw); n != 0 {
		t.Errorf("views warmed a moment ago were warmed again (%d batches)", n)
	}
	// Selecting the next event warms the one after it.
	mw.timeline.step(+1)
	mw.win.Canvas().Capture()
	if n, _ := warmAll(mw); n == 0 {
		t.Error("selecting the next event warmed nothing")
	}
}

func TestWarmUpStopsAtAPanelsHeight(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	mw.win.Canvas().Capture()
	// An event with many long passages: only what a panel shows is made.
	e := &data.Event{ID: "long", Title: "A long event"}
	a := longArticle("long", "en", "The delegations met again on Thursday to discuss the corridor and its financing.", 300)
	for i := range a.Paragraphs {
		e.Excerpts = append(e.Excerpts, data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: i, Text: a.Paragraphs[i].Text})
	}
	mw.warm.start()
	mw.warm.views = []warmView{mw.warm.eventView(e)}
	mw.warm.views[0].width, mw.warm.views[0].height = 400, 600
	n := 0
	var bottom float32
	for mw.warm.step() != warmDone {
		n += len(mw.warm.layer.Objects)
		for _, o := range mw.warm.layer.Objects {
			bottom = max(bottom, o.Position().Y)
		}
	}
	if n == 0 || n > 20 {
		t.Errorf("warming a panel 600 high made %d rows of the event's %d", n, 2*len(e.Excerpts))
	}
	if bottom > 600 {
		t.Errorf("a row was made below the panel's height: at %v", bottom)
	}
}

func TestWarmUpWaitsForTheWindowToBeLeftAlone(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	// Not live (a test window): soon plans nothing by itself.
	mw.warm.soon()
	if mw.warm.timer != nil || len(mw.warm.views) != 0 {
		t.Error("a warm-up was started in a window that does not run them")
	}
	// An input drops a warm-up planned for an older one.
	mw.warm.start()
	gen := mw.warm.gen
	mw.onSelectEvent("unrest")
	if mw.warm.gen == gen || len(mw.warm.views) != 0 {
		t.Error("selecting an event left the older warm-up running")
	}
}

func TestKeepAliveRepaintsBeforeFyneForgetsTextures(t *testing.T) {
	t.Setenv("FYNE_CACHE", "")
	if got := keepAliveEvery(); got != 50*time.Second {
		t.Errorf("with Fyne's minute, the window is repainted every %v, want 50s", got)
	}
	t.Setenv("FYNE_CACHE", "30s")
	if got := keepAliveEvery(); got != 25*time.Second {
		t.Errorf("with FYNE_CACHE=30s, every %v, want 25s", got)
	}
}

// The layer is part of the window's content, drawn with it.
func TestWarmLayerIsInTheWindow(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	for _, o := range test.LaidOutObjects(mw.win.Content()) {
		if o == fyne.CanvasObject(mw.warm.layer) {
			return
		}
	}
	t.Error("the warm layer is not in the window: its rows would never be painted")
}

func TestWarmUpFillsTheArticlesTabBeforeItIsShown(t *testing.T) {
	mw := newProjectWindow(t)
	mw.win.Canvas().Capture()
	p := mw.work.articles
	if len(p.rows) != 0 || mw.unshown[mw.work.articlesTab] == nil {
		t.Fatal("the Articles tab should wait, unfilled, for its first show")
	}
	_, texts := warmAll(mw)
	if n := len(mw.corpus.Articles); len(p.rows) != n {
		t.Fatalf("after the warm-up the tab lists %d rows, want %d", len(p.rows), n)
	}
	if mw.unshown[mw.work.articlesTab] != nil {
		t.Error("the tab's fill still waits: showing it would fill it again")
	}
	if !containsText(texts, p.cell(p.rows[0], colDate)) || !containsText(texts, p.rows[0].a.File) {
		t.Errorf("the warm layer lacks the table's first row: %q", texts)
	}
	// Filled once: a warm-up with nothing changed does not fill it again.
	p.rows = nil
	warmAll(mw)
	if len(p.rows) != 0 {
		t.Error("a warm-up filled the tab again with nothing changed")
	}
}

func TestWarmUpDrawsTheEventUnderThePointerFirst(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	tl := mw.timeline
	e := c.Event("xi-kazakhstan-visit")
	tl.SetView(timeRange{From: e.Span.From().AddDate(0, 0, -3), To: e.Span.To().AddDate(0, 0, 3)})
	mw.win.Canvas().Capture()
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: markPos(markOf(t, tl, e.ID))}})
	if mw.warm.hovered != e {
		t.Fatalf("the pointer rests on %v, the warm-up knows %v", e.ID, mw.warm.hovered)
	}
	mw.warm.start()
	if len(mw.warm.views) == 0 || mw.warm.views[0].key != "event "+e.ID {
		t.Fatalf("the event under the pointer is not warmed first: %v", mw.warm.views)
	}
	mw.warm.step()
	if !containsText(labelTexts(mw.warm.layer), e.Title) {
		t.Error("the first batch lacks the hovered event's title")
	}
	tl.MouseOut()
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(1, 1)}})
	if mw.warm.hovered != nil {
		t.Errorf("the pointer left the event, the warm-up still knows %v", mw.warm.hovered)
	}
}

func TestWarmUpDrawsTheArticleUnderOpenArticleFirst(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	e := c.Event("xi-kazakhstan-visit")
	mw.timeline.Select(e.ID)
	mw.win.Canvas().Capture()
	var open *rowButton
	for _, o := range test.LaidOutObjects(allRows(mw.excerpts.list)) {
		if b, ok := o.(*rowButton); ok && b.text == "Open article" && open == nil {
			open = b
		}
	}
	if open == nil {
		t.Fatal("the event's passages have no Open article button")
	}
	open.MouseIn(&desktop.MouseEvent{})
	x := mw.warm.hoveredOpen
	if x == nil {
		t.Fatal("the pointer on Open article told the warm-up nothing")
	}
	mw.warm.start()
	a := excerptArticle(c, *x)
	if len(mw.warm.views) == 0 || mw.warm.views[0].key != "article "+a.ID+" "+strconv.Itoa(x.Paragraph) {
		t.Fatalf("the article under the pointer is not warmed first: %v", mw.warm.views)
	}
	mw.warm.step()
	if !containsText(labelTexts(mw.warm.layer), a.Paragraphs[x.Paragraph].Text) {
		t.Error("the first batch lacks the paragraph the button opens")
	}
	open.MouseOut()
	if mw.warm.hoveredOpen != nil {
		t.Error("the pointer left the button, the warm-up still knows its passage")
	}
}
