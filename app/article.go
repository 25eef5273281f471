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
// was opened on highlighted and scrolled to the top. Each paragraph has a
// button that copies it, and the header one that copies the whole text:
// the paragraphs are drawn by bidi.Paragraph, which orders right-to-left
// text as a browser does but cannot select.
//
// The paragraphs are rows of a virtualised list: only those in view are
// made, laid out and drawn. Every new string's letters are rasterised on
// the UI goroutine when first drawn, and the GL painter draws every
// object of a scrolled box, in view or not: a box of all the paragraphs
// held the UI goroutine 117 ms at 10,000 articles.
type articleView struct {
	list *lazyList
	root fyne.CanvasObject // what the tab shows

	article *data.Article
	rows    []articleViewRow
	focus   int        // paragraph opened on, or -1
	spans   []textSpan // its highlights
}

// articleViewRow is a row of the article view: a header widget made when the
// article is shown, or a paragraph made when it scrolls into view.
type articleViewRow struct {
	obj       fyne.CanvasObject // a header row's widget; nil for a paragraph
	paragraph int               // a paragraph row's index into Paragraphs
}

func newArticleView() *articleView {
	v := &articleView{focus: -1}
	v.list = newLazyList(func() int { return len(v.rows) }, func(i int) fyne.CanvasObject { return v.rowObject(v.rows[i]) })
	v.root = v.list.list
	v.clear()
	return v
}

// clear forgets the article.
func (v *articleView) clear() {
	v.article, v.focus, v.spans = nil, -1, nil
	v.rows = []articleViewRow{{obj: hint("Open an article from a passage to read it whole.")}}
	v.list.reload()
}

// show displays the article with paragraph focus (an index into
// a.Paragraphs; -1 for none) highlighted with the given spans, at the top
// of the view.
func (v *articleView) show(a *data.Article, focus int, highlights []textSpan) {
	v.article, v.focus, v.spans = a, focus, highlights
	v.rows = articleRows(a)
	v.list.reloadAt(v.focusRow())
}

// articleRows are the rows showing a: the header's widgets, then one row
// per paragraph, made when shown.
func articleRows(a *data.Article) []articleViewRow {
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
	rows := make([]articleViewRow, 0, len(objs)+len(a.Paragraphs))
	for _, o := range objs {
		rows = append(rows, articleViewRow{obj: o})
	}
	for i := range a.Paragraphs {
		rows = append(rows, articleViewRow{paragraph: i})
	}
	return rows
}

// focusRow is the row of the paragraph opened on, or 0 (the top).
func (v *articleView) focusRow() int { return focusRowOf(v.article, v.rows, v.focus) }

// focusRowOf is the row of rows (a's) showing paragraph focus, or 0.
func focusRowOf(a *data.Article, rows []articleViewRow, focus int) int {
	if a == nil || focus < 0 || focus >= len(a.Paragraphs) {
		return 0
	}
	return len(rows) - len(a.Paragraphs) + focus
}

// rowObject makes a row's widgets: a paragraph with its copy button, the
// one opened on highlighted and marked with a bar, and a note when the
// paragraph repeats.
func (v *articleView) rowObject(r articleViewRow) fyne.CanvasObject {
	return articleRowObject(v.article, r, v.focus, v.spans)
}

// articleRowObject makes the widgets of row r of article a opened on
// paragraph focus with its highlights spans.
func articleRowObject(a *data.Article, r articleViewRow, focus int, highlights []textSpan) fyne.CanvasObject {
	if r.obj != nil {
		return r.obj
	}
	p := a.Paragraphs[r.paragraph]
	rtl := a.RTL()
	var spans []textSpan
	if r.paragraph == focus {
		spans = highlights
	}
	var obj fyne.CanvasObject = withCopy(newPassage(p.Text, rtl, spans), p.Text, rtl)
	if r.paragraph == focus {
		obj = quoteBar(obj, rtl)
	}
	if p.Count > 1 {
		obj = container.NewVBox(obj, caption(fmt.Sprintf("(this paragraph occurs %d times; repeats hidden)", p.Count)))
	}
	return obj
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
func copyButton(label string, text func() string) *rowButton {
	var b *rowButton
	b = newRowButton(label, theme.ContentCopyIcon(), func() {
		fyne.CurrentApp().Clipboard().SetContent(text())
		b.SetIcon(theme.ConfirmIcon())
		if label != "" {
			b.SetText("Copied")
		}
	})
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
