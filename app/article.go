package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// articleView shows a whole article: its headline and header facts, then
// its distinct paragraphs in order, repeats collapsed, with the passage it
// was opened on highlighted and scrolled to. Each paragraph has a button
// that copies it, and the header one that copies the whole text: the
// paragraphs are drawn by bidi.Paragraph, which orders right-to-left text
// as a browser does but cannot select.
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
	// The headline beside the badge is in a border, not a box: a wrapping
	// label in a box is given its minimum width, one letter.
	title := articleName(a)
	if title == "" {
		title = a.File
	}
	objs := []fyne.CanvasObject{
		container.NewBorder(nil, nil, container.NewCenter(languageBadge(a.Language)), nil, heading(title)),
		caption(articleFacts(a)),
		container.NewHBox(copyButton("Copy article", func() string { return articleText(a) })),
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
	// An article of a folder reopened from the cache reads its text now.
	if err := a.LoadText(); err != nil {
		objs = append(objs, mixedCaption("⚠ "+err.Error()))
	}
	objs = append(objs, widget.NewSeparator())
	rtl := a.RTL()
	for i, p := range a.Paragraphs {
		var spans []textSpan
		if i == focus {
			spans = highlights
		}
		var obj fyne.CanvasObject = withCopy(newPassage(p.Text, rtl, spans), p.Text, rtl)
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
//
// A paragraph's height depends on its width, which it only learns when the
// box lays it out: the first layout places every paragraph below one that
// has not wrapped yet too high. Long paragraphs of Arabic, wrapped into
// many lines, put the target several paragraphs off. So the box is laid
// out until the positions settle.
func (v *articleView) scrollToTarget() {
	v.scroll.ScrollToTop()
	if v.target == nil || v.scroll.Size().Width <= 0 {
		return
	}
	width := v.scroll.Size().Width
	for range 8 {
		size := fyne.NewSize(width, v.box.MinSize().Height)
		before, height := v.target.Position().Y, v.box.Size().Height
		v.box.Resize(size)
		v.box.Layout.Layout(v.box.Objects, size)
		if v.target.Position().Y == before && size.Height == height {
			break
		}
	}
	v.scroll.ScrollToOffset(fyne.NewPos(0, v.target.Position().Y))
}

// withCopy puts a button that copies a paragraph's text at its end: right
// of a left-to-right paragraph, left of a right-to-left one.
func withCopy(p fyne.CanvasObject, text string, rtl bool) fyne.CanvasObject {
	b := copyButton("", func() string { return text })
	top := container.NewVBox(b)
	if rtl {
		return container.NewBorder(nil, nil, top, nil, p)
	}
	return container.NewBorder(nil, nil, nil, top, p)
}

// copyButton copies what text returns to the clipboard and shows that it
// did, with a tick, until the next article is shown.
func copyButton(label string, text func() string) *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon(label, theme.ContentCopyIcon(), func() {
		fyne.CurrentApp().Clipboard().SetContent(text())
		b.SetIcon(theme.ConfirmIcon())
		if label != "" {
			b.SetText("Copied")
		}
	})
	b.Importance = widget.LowImportance
	return b
}

// articleText is the article's distinct paragraphs, as the view shows
// them, separated by blank lines.
func articleText(a *data.Article) string {
	parts := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		parts[i] = p.Text
	}
	return strings.Join(parts, "\n\n")
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
