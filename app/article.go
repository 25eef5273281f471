package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// articleView shows a whole article: its header facts, then its distinct
// paragraphs in order, repeats collapsed, with the passage it was opened on
// highlighted and scrolled to.
type articleView struct {
	box    *fyne.Container
	scroll *container.Scroll

	article *data.Article
	focus   int               // paragraph opened on, or -1
	target  fyne.CanvasObject // its widget, scrolled to
}

func newArticleView() *articleView {
	v := &articleView{focus: -1}
	v.box = container.NewVBox(hint("Open an article from a passage to read it whole."))
	v.scroll = container.NewVScroll(v.box)
	return v
}

// clear forgets the article.
func (v *articleView) clear() {
	v.article, v.focus, v.target = nil, -1, nil
	v.box.Objects = []fyne.CanvasObject{hint("Open an article from a passage to read it whole.")}
	v.box.Refresh()
}

// show displays the article with paragraph focus (an index into
// a.Paragraphs; -1 for none) highlighted with the given spans.
func (v *articleView) show(a *data.Article, focus int, highlights []textSpan) {
	v.article, v.focus, v.target = a, focus, nil
	objs := []fyne.CanvasObject{
		container.NewHBox(languageBadge(a.Language), heading("Article "+a.ID)),
		caption(articleFacts(a)),
		mixedCaption("Dated: " + articleDateText(a)),
	}
	for _, w := range a.Warnings {
		objs = append(objs, mixedCaption("⚠ "+w))
	}
	if a.DuplicateOf != "" {
		objs = append(objs, hint(fmt.Sprintf("This file repeats article %s word for word.", a.DuplicateOf)))
	}
	if a.RepeatedParagraphs > 0 {
		objs = append(objs, hint(repeatedNote(a.RepeatedParagraphs)))
	}
	objs = append(objs, widget.NewSeparator())
	rtl := a.RTL()
	for i, p := range a.Paragraphs {
		var spans []textSpan
		if i == focus {
			spans = highlights
		}
		var obj fyne.CanvasObject = newPassage(p.Text, rtl, spans)
		if i == focus {
			obj = quoteBar(obj, rtl)
			v.target = obj
		}
		objs = append(objs, obj)
		if p.Count > 1 {
			objs = append(objs, caption(fmt.Sprintf("(this paragraph occurs %d times; repeats hidden)", p.Count)))
		}
	}
	v.box.Objects = objs
	v.box.Refresh()
	v.scrollToTarget()
}

// scrollToTarget scrolls the highlighted paragraph to the top of the view,
// once the box has been laid out at the view's width.
func (v *articleView) scrollToTarget() {
	v.scroll.ScrollToTop()
	if v.target == nil || v.scroll.Size().Width <= 0 {
		return
	}
	width := v.scroll.Size().Width
	v.box.Resize(fyne.NewSize(width, v.box.MinSize().Height))
	v.scroll.ScrollToOffset(fyne.NewPos(0, v.target.Position().Y))
}

// repeatedNote says how many repeated paragraphs were collapsed.
func repeatedNote(n int) string {
	if n == 1 {
		return "1 repeated paragraph hidden"
	}
	return fmt.Sprintf("%d repeated paragraphs hidden", n)
}

// articleFacts is the article's file, language and encoding.
func articleFacts(a *data.Article) string {
	return fmt.Sprintf("File: %s\nLanguage: %s · Encoding: %s", a.File, languageName(a.Language), a.Encoding)
}
