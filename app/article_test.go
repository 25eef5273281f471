package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/app/bidi"
	"github.com/caravan-analytics/caravan/data"
)

// longArticle is an article of n paragraphs, each a sentence repeated
// until it wraps over several lines in the article tab.
func longArticle(id, lang, sentence string, n int) *data.Article {
	var paras []string
	for i := range n {
		paras = append(paras, fmt.Sprintf("%d. %s", i+1, strings.Repeat(sentence+" ", 6+i%4)))
	}
	return winArticle(id, lang, data.DayDate(2022, time.September, 15), strings.Join(paras, "\n\n"))
}

// settle paints the window a few times, as its frames would, so the
// article list lays out and measures the rows in view; what q holds runs
// between the frames.
func settle(mw *mainWindow, q *laterQueue) {
	for range 4 {
		mw.win.Canvas().Capture()
		q.run()
	}
}

// laterQueue holds what the article list hands over after its update, as
// the desktop driver runs a fyne.Do made on the UI goroutine: after the
// frame (the test driver runs it at once, in the middle of the list's
// update, which the list never meets in the window).
type laterQueue struct{ fs []func() }

func queueLater(mw *mainWindow) *laterQueue {
	q := &laterQueue{}
	mw.article.list.heights.later = func(f func()) { q.fs = append(q.fs, f) }
	return q
}

func (q *laterQueue) run() {
	for q != nil && len(q.fs) > 0 {
		f := q.fs[0]
		q.fs = q.fs[1:]
		f()
	}
}

// articleTop is how far below the top of the article list the widget of
// row i is drawn, and whether that row is shown in the window at all.
func articleTop(mw *mainWindow, i int) (float32, bool) {
	obj := mw.article.list.made[i]
	if obj == nil || !shownIn(mw.win.Content(), obj) {
		return 0, false
	}
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(mw.article.root).Y, true
}

// shownIn reports whether obj is under root with it and everything above
// it visible: what the window draws.
func shownIn(root, obj fyne.CanvasObject) bool {
	if root == nil || !root.Visible() {
		return false
	}
	if root == obj {
		return true
	}
	var children []fyne.CanvasObject
	switch w := root.(type) {
	case *fyne.Container:
		children = w.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(w).Objects()
	}
	for _, c := range children {
		if shownIn(c, obj) {
			return true
		}
	}
	return false
}

// TestOpenArticleLandsOnThePassage opens a passage deep in a long Arabic
// article, and in a long English one, and checks that the row at the top
// of the view, once every row in view has been measured, is the passage's:
// before, the view scrolled by the heights of unwrapped paragraphs and
// Arabic articles showed a paragraph several before the passage. Scrolled
// up a little, the rows measured above it do not move it.
func TestOpenArticleLandsOnThePassage(t *testing.T) {
	for _, a := range []*data.Article{
		longArticle("ar-long", "ar", "وصل الرئيس إلى المدينة صباح الخميس لحضور القمة الإقليمية مع قادة الدول المجاورة.", 20),
		longArticle("en-long", "en", "The president reached the city on Thursday morning for the regional summit with neighbouring leaders.", 20),
	} {
		c := &data.Corpus{Root: "test", Articles: []*data.Article{a}}
		mw := newTestMainWindow(t, c)
		q := queueLater(mw)
		focus := 9
		mw.onOpenArticle(data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: focus})
		settle(mw, q)
		v := mw.article
		row := v.focusRow()
		top, shown := articleTop(mw, row)
		if !shown || top < -1 || top > 1 {
			t.Errorf("%s: the passage's row is drawn %v below the top of the view (made: %v)", a.Language, top, shown)
		}
		if texts := labelTexts(v.list.made[row]); len(texts) == 0 || !strings.HasPrefix(texts[0], fmt.Sprintf("%d. ", focus+1)) {
			t.Errorf("%s: the view opens on %.30q, want paragraph %d", a.Language, texts, focus+1)
		}
		if n := len(v.list.made); n >= len(v.rows) {
			t.Errorf("%s: all %d rows were made, not only those in view", a.Language, n)
		}

		v.list.list.ScrollToOffset(v.list.list.GetScrollOffset() - 40)
		settle(mw, q)
		if top, _ := articleTop(mw, row); top < 39 || top > 41 {
			t.Errorf("%s: scrolled up by 40, the passage is drawn %v below the top", a.Language, top)
		}
	}
}

// paragraphsIn returns the bidi paragraphs under o.
func paragraphsIn(o fyne.CanvasObject) []*bidi.Paragraph {
	switch w := o.(type) {
	case *bidi.Paragraph:
		return []*bidi.Paragraph{w}
	case *fyne.Container:
		var out []*bidi.Paragraph
		for _, c := range w.Objects {
			out = append(out, paragraphsIn(c)...)
		}
		return out
	}
	return nil
}

// buttonsIn returns the row buttons under o.
func buttonsIn(o fyne.CanvasObject) []*rowButton {
	switch w := o.(type) {
	case *rowButton:
		return []*rowButton{w}
	case *fyne.Container:
		var out []*rowButton
		for _, c := range w.Objects {
			out = append(out, buttonsIn(c)...)
		}
		return out
	}
	return nil
}

// TestArticleTitleIsItsHeadlineOnALine checks the article tab's title: the
// article's first line, laid out as wide as the tab allows (it used to be
// a word-wrapping label in a box, given one letter's width), with the file
// named below it.
func TestArticleTitleIsItsHeadlineOnALine(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	a := c.Article("de-visit")
	mw.onOpenWholeArticle(a)
	settle(mw, nil)
	var title *widget.Label
	for _, o := range []fyne.CanvasObject{mw.article.list.made[0]} {
		for _, l := range labelsIn(o) {
			title = l
		}
	}
	if title == nil || title.Text != "Xi reist am Mittwoch nach Kasachstan." {
		t.Fatalf("the title is %v, want the article's first line", title)
	}
	if w := fyne.MeasureText(title.Text, 0, fyne.TextStyle{}).Width; title.Size().Width < w/2 {
		t.Errorf("the title is %v wide for %v of text", title.Size().Width, w)
	}
	one := heading("X").MinSize().Height
	if h := title.MinSize().Height; h > 2*one {
		t.Errorf("the title is %v high, a line is %v: wrapped into many lines", h, one)
	}
	if texts := labelTexts(allRows(mw.article.list)); !containsText(texts, "File: de-visit.txt") {
		t.Errorf("the file is not named: %q", texts)
	}
}

// labelsIn returns the labels under o.
func labelsIn(o fyne.CanvasObject) []*widget.Label {
	switch w := o.(type) {
	case *widget.Label:
		return []*widget.Label{w}
	case *fyne.Container:
		var out []*widget.Label
		for _, c := range w.Objects {
			out = append(out, labelsIn(c)...)
		}
		return out
	}
	return nil
}

// TestCopyButtonsPutTheTextOnTheClipboard taps the copy button beside an
// Arabic paragraph and the header's "Copy article": the clipboard gets the
// paragraph's text in its logical order, then the whole text, and each
// button shows that it worked.
func TestCopyButtonsPutTheTextOnTheClipboard(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	a := c.Article("ar-visit")
	mw.onOpenArticle(data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: 1})
	buttons := buttonsIn(mw.article.list.make(mw.article.focusRow()))
	if len(buttons) != 1 {
		t.Fatalf("the passage has %d buttons, want one copy button", len(buttons))
	}
	test.Tap(buttons[0])
	clip := fyne.CurrentApp().Clipboard()
	if got := clip.Content(); got != a.Paragraphs[1].Text {
		t.Errorf("copied %q, want %q", got, a.Paragraphs[1].Text)
	}
	if buttons[0].icon.Name() == "content-copy.svg" {
		t.Error("the copy button shows no sign that it copied")
	}
	var whole *rowButton
	for _, b := range buttonsIn(allRows(mw.article.list)) {
		if b.text == "Copy article" {
			whole = b
		}
	}
	if whole == nil {
		t.Fatal("no Copy article button")
	}
	test.Tap(whole)
	if got := clip.Content(); got != articleText(a) || !strings.Contains(got, a.Paragraphs[0].Text) {
		t.Errorf("copied %q for the whole article", got)
	}
	if whole.text != "Copied" {
		t.Errorf("the button reads %q after copying", whole.text)
	}
}
