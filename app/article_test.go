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

// settle lays the article box out as frames of the window would, until
// the paragraphs have wrapped at their width.
func settle(v *articleView) {
	for range 4 {
		size := fyne.NewSize(v.scroll.Size().Width, v.box.MinSize().Height)
		v.box.Resize(size)
		v.box.Layout.Layout(v.box.Objects, size)
	}
}

// TestOpenArticleLandsOnThePassage opens a passage deep in a long Arabic
// article, and in a long English one, and checks that the paragraph at the
// top of the view, once every paragraph has wrapped, is the passage's:
// before, the view scrolled by the heights of unwrapped paragraphs and
// Arabic articles showed a paragraph several before the passage.
func TestOpenArticleLandsOnThePassage(t *testing.T) {
	for _, a := range []*data.Article{
		longArticle("ar-long", "ar", "وصل الرئيس إلى المدينة صباح الخميس لحضور القمة الإقليمية مع قادة الدول المجاورة.", 20),
		longArticle("en-long", "en", "The president reached the city on Thursday morning for the regional summit with neighbouring leaders.", 20),
	} {
		c := &data.Corpus{Root: "test", Articles: []*data.Article{a}}
		mw := newTestMainWindow(t, c)
		focus := 9
		mw.onOpenArticle(data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: focus})
		settle(mw.article)
		v := mw.article
		top := v.target.Position().Y
		if d := v.scroll.Offset.Y - top; d < -1 || d > 1 {
			t.Errorf("%s: scrolled to %v, the passage starts at %v", a.Language, v.scroll.Offset.Y, top)
		}
		// The paragraph whose box holds the top of the view.
		var shown string
		for _, o := range v.box.Objects {
			if o.Position().Y <= v.scroll.Offset.Y+1 && o.Position().Y+o.Size().Height > v.scroll.Offset.Y+1 {
				if texts := labelTexts(o); len(texts) > 0 {
					shown = texts[0]
				}
				for _, p := range paragraphsIn(o) {
					shown = p.Text()
				}
			}
		}
		if !strings.HasPrefix(shown, fmt.Sprintf("%d. ", focus+1)) {
			t.Errorf("%s: the view opens on %.30q, want paragraph %d", a.Language, shown, focus+1)
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

// buttonsIn returns the buttons under o.
func buttonsIn(o fyne.CanvasObject) []*widget.Button {
	switch w := o.(type) {
	case *widget.Button:
		return []*widget.Button{w}
	case *fyne.Container:
		var out []*widget.Button
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
	settle(mw.article)
	var title *widget.Label
	for _, o := range mw.article.box.Objects[:1] {
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
	if texts := labelTexts(mw.article.box); !containsText(texts, "File: de-visit.txt") {
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
	buttons := buttonsIn(mw.article.target)
	if len(buttons) != 1 {
		t.Fatalf("the passage has %d buttons, want one copy button", len(buttons))
	}
	test.Tap(buttons[0])
	clip := fyne.CurrentApp().Clipboard()
	if got := clip.Content(); got != a.Paragraphs[1].Text {
		t.Errorf("copied %q, want %q", got, a.Paragraphs[1].Text)
	}
	if buttons[0].Icon.Name() == "content-copy.svg" {
		t.Error("the copy button shows no sign that it copied")
	}
	var whole *widget.Button
	for _, b := range buttonsIn(mw.article.box) {
		if b.Text == "Copy article" {
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
	if whole.Text != "Copied" {
		t.Errorf("the button reads %q after copying", whole.Text)
	}
}
