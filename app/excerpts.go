package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/app/bidi"
	"github.com/caravan-analytics/caravan/data"
)

// excerptPanel shows what supports the selected event: its title, dates,
// place, actors and summary, then its passages grouped by article, each
// with "Open article" and "Copy citation". It also lists the events an
// article supports when an article is selected, the passages a search
// found, and lists of articles such as the undated ones.
//
// Everything is one virtualised list: an event with thousands of passages,
// or a search with tens of thousands of hits, builds widgets only for the
// rows on screen. Rows are descriptions (excerptRow) until they scroll
// into view.
type excerptPanel struct {
	corpus    *data.Corpus
	clipboard fyne.Clipboard

	onOpenArticle func(data.Excerpt)
	onSelectEvent func(id string)
	// onHoverOpen, when set, is told of the passage whose "Open article"
	// the pointer is on (nil when it left): a click may follow.
	onHoverOpen func(x *data.Excerpt)

	// eventExtra, when set, adds the analyst's curation and edit button
	// under an event's facts; passageMenu, when set, gives each passage a
	// menu of edits; passageExtra shows a passage's curation (all three
	// from the project workbench, project.go).
	eventExtra   func(*data.Event) fyne.CanvasObject
	passageMenu  func(data.Excerpt) []*fyne.MenuItem
	passageExtra func(data.Excerpt) fyne.CanvasObject // nil when nothing to add

	rows []excerptRow
	list *lazyList
	root fyne.CanvasObject // what the tab shows

	// shown is what the panel lists now, for tests and for Enter.
	event    *data.Event
	passages []data.Excerpt
}

// rowKind says what a row of the excerpt panel shows.
type rowKind int

const (
	rowObject  rowKind = iota // a widget made when the list was filled: headings, facts, hints
	rowArticle                // an article's header above its passages
	rowPassage                // one passage with its buttons
	rowEvent                  // a button selecting an event
	rowOpen                   // a button opening an article
)

// excerptRow describes one row; its widgets are made when it is shown.
type excerptRow struct {
	kind    rowKind
	obj     fyne.CanvasObject
	x       *data.Excerpt // into the list shown (p.passages): a search lists tens of thousands, not copied
	event   *data.Event
	article *data.Article
}

func newExcerptPanel(clipboard fyne.Clipboard, onOpenArticle func(data.Excerpt), onSelectEvent func(string)) *excerptPanel {
	p := &excerptPanel{clipboard: clipboard, onOpenArticle: onOpenArticle, onSelectEvent: onSelectEvent}
	p.list = newLazyList(func() int { return len(p.rows) }, func(i int) fyne.CanvasObject { return p.rowObject(p.rows[i]) })
	p.root = p.list.list
	p.clear()
	return p
}

// rowObject makes the widgets of a row.
func (p *excerptPanel) rowObject(r excerptRow) fyne.CanvasObject {
	switch r.kind {
	case rowArticle:
		return p.articleHeader(*r.x)
	case rowPassage:
		return p.passage(*r.x)
	case rowEvent:
		id := r.event.ID
		b := widget.NewButton(fmt.Sprintf("%s — %s", spanText(r.event.Span), r.event.Title), func() { p.onSelectEvent(id) })
		b.Alignment = widget.ButtonAlignLeading
		return b
	case rowOpen:
		a := r.article
		return newRowButton(fmt.Sprintf("%s — %s", articleLabel(a), articleDateText(a)), theme.DocumentIcon(), func() {
			p.onOpenArticle(data.Excerpt{Article: a.ID, Paragraph: -1, Language: a.Language, ArticleRef: a})
		})
	}
	return r.obj
}

// show replaces the rows and scrolls to the top.
func (p *excerptPanel) show(rows []excerptRow) {
	p.rows = rows
	p.list.reload()
}

// objects wraps widgets made up front as rows.
func objects(objs ...fyne.CanvasObject) []excerptRow {
	rows := make([]excerptRow, len(objs))
	for i, o := range objs {
		rows[i] = excerptRow{kind: rowObject, obj: o}
	}
	return rows
}

// setCorpus forgets what was shown.
func (p *excerptPanel) setCorpus(c *data.Corpus) {
	p.corpus = c
	p.clear()
}

// clear shows the hint of what to do.
func (p *excerptPanel) clear() {
	p.event, p.passages = nil, nil
	p.show(objects(hint("Select an event on the timeline to read the passages that support it.")))
}

// showEvent lists the event's details and its passages by article.
func (p *excerptPanel) showEvent(e *data.Event) {
	if e == nil {
		p.clear()
		return
	}
	p.event, p.passages = e, e.Excerpts
	p.show(p.eventRows(e, true))
}

// eventRows are the rows showEvent lists for e: its facts, then its
// passages by article. Without extra they leave out the analyst's
// curation (the workbench's controls), as the warm-up does (warm.go).
func (p *excerptPanel) eventRows(e *data.Event, extra bool) []excerptRow {
	objs := []fyne.CanvasObject{heading(e.Title), p.eventFacts(e)}
	if extra && p.eventExtra != nil {
		objs = append(objs, p.eventExtra(e))
	}
	if e.Summary != "" {
		objs = append(objs, wrapped(e.Summary))
	}
	objs = append(objs, widget.NewSeparator())
	if len(e.Excerpts) == 0 {
		objs = append(objs, hint("No passage of the corpus supports this event."))
	} else {
		objs = append(objs, caption(sourcesText(e)))
	}
	return append(objects(objs...), passageRows(e.Excerpts)...)
}

// eventFacts is the event's dates, place, actors and storyline as a form.
func (p *excerptPanel) eventFacts(e *data.Event) fyne.CanvasObject {
	// Made with all its items: a form lays itself out again at every
	// item appended.
	items := []*widget.FormItem{widget.NewFormItem("When", widget.NewLabel(datedText(e.Span)))}
	if e.Place != "" {
		items = append(items, widget.NewFormItem("Where", widget.NewLabel(nameTextOn(p.corpus, e.Place, e.Span))))
	}
	if len(e.Actors) > 0 {
		items = append(items, widget.NewFormItem("Who", wrapped(namesText(p.corpus, e.Actors))))
	}
	if s := storylineTitle(p.corpus, e.Storyline); s != "" {
		items = append(items, widget.NewFormItem("Storyline", wrapped(s))) // long storyline titles wrap, not run off the panel
	}
	if e.Source == data.EventFromText {
		items = append(items, widget.NewFormItem("Source", widget.NewLabel("found in the text, not in the catalogue")))
	}
	return widget.NewForm(items...)
}

// passageRows lists excerpts under one header per article, in the order
// given.
func passageRows(excerpts []data.Excerpt) []excerptRow {
	out := make([]excerptRow, 0, len(excerpts)*2)
	for i := range excerpts {
		x := &excerpts[i]
		if i == 0 || excerpts[i-1].Article != x.Article {
			out = append(out, excerptRow{kind: rowArticle, x: x})
		}
		out = append(out, excerptRow{kind: rowPassage, x: x})
	}
	return out
}

// articleHeader is the language badge, the article's headline (its title,
// else its first line), then its file and its date with how it was found.
func (p *excerptPanel) articleHeader(x data.Excerpt) fyne.CanvasObject {
	a := excerptArticle(p.corpus, x)
	if a == nil {
		title := widget.NewLabelWithStyle(x.Article, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		return container.NewVBox(container.NewHBox(languageBadge(x.Language), title), mixedCaption("undated"))
	}
	return container.NewVBox(
		container.NewBorder(nil, nil, container.NewVBox(languageBadge(x.Language)), nil, articleTitle(a, false)),
		mixedCaption(articleFileName(a)+" · "+articleDateText(a)))
}

// articleTitle is an article's headline as a heading, in its own
// direction: an Arabic headline is shaped and runs right to left.
func articleTitle(a *data.Article, large bool) fyne.CanvasObject {
	h := articleHeadline(a)
	if a.RTL() || bidi.DetectRTL(h) {
		return bidi.NewParagraph(h, true)
	}
	if large {
		return heading(h)
	}
	l := widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// passage is one excerpt with its highlights and buttons.
func (p *excerptPanel) passage(x data.Excerpt) fyne.CanvasObject {
	rtl := data.IsRTL(x.Language)
	text := newPassage(x.Text, rtl, evidenceSpans(x.Evidence, x.Start))
	open := newRowButton("Open article", theme.DocumentIcon(), func() { p.onOpenArticle(x) })
	open.onHover = func(in bool) {
		if p.onHoverOpen == nil {
			return
		}
		if in {
			p.onHoverOpen(&x)
		} else {
			p.onHoverOpen(nil)
		}
	}
	copyCite := newRowButton("Copy citation", theme.ContentCopyIcon(), func() { p.copyCitation(x) })
	buttons := container.NewHBox(open, copyCite)
	if p.passageMenu != nil {
		buttons.Add(rowMenuButton("Edit…", func() []*fyne.MenuItem { return p.passageMenu(x) }))
	}
	if p.passageExtra != nil {
		if extra := p.passageExtra(x); extra != nil {
			return container.NewVBox(quoteBar(text, rtl), extra, buttons)
		}
	}
	return container.NewVBox(quoteBar(text, rtl), buttons)
}

// copyCitation puts the passage and its source on the clipboard.
func (p *excerptPanel) copyCitation(x data.Excerpt) {
	if p.clipboard != nil {
		p.clipboard.SetContent(citation(x, excerptArticle(p.corpus, x)))
	}
}

// showArticle lists the events an article supports; clicking one selects
// it on the timeline.
func (p *excerptPanel) showArticle(a *data.Article) {
	if a == nil {
		p.clear()
		return
	}
	p.event, p.passages = nil, nil
	rows := objects(
		container.NewBorder(nil, nil, container.NewVBox(languageBadge(a.Language)), nil, articleTitle(a, true)),
		mixedCaption(articleFileName(a)+" · "+articleDateText(a)),
		widget.NewSeparator())
	seen := map[string]bool{}
	for _, l := range a.Links {
		if seen[l.Event] {
			continue
		}
		seen[l.Event] = true
		if e := p.corpus.Event(l.Event); e != nil {
			rows = append(rows, excerptRow{kind: rowEvent, event: e})
		}
	}
	if len(seen) == 0 {
		rows = append(rows, objects(hint("This article supports no event of the catalogue."))...)
	}
	open := newRowButton("Open article", theme.DocumentIcon(), func() {
		p.onOpenArticle(data.Excerpt{Article: a.ID, Paragraph: -1, Language: a.Language, ArticleRef: a})
	})
	p.show(append(rows, objects(container.NewHBox(open))...))
}

// showArticles lists articles under a title, each opening the article:
// the undated ones, for example.
func (p *excerptPanel) showArticles(title string, articles []*data.Article) {
	p.event, p.passages = nil, nil
	rows := objects(heading(title), caption(plural(len(articles), "article")), widget.NewSeparator())
	for _, a := range articles {
		rows = append(rows, excerptRow{kind: rowOpen, article: a})
	}
	p.show(rows)
}

// showSearch lists the passages a search found, by article, with their
// count (see search_list.go).
func (p *excerptPanel) showSearch(query string, hits searchHits) {
	p.event, p.passages = nil, hits.listed()
	p.show(p.searchRows(query, hits))
}

// languageBadge is a small coloured tag with the language code.
func languageBadge(lang string) fyne.CanvasObject {
	code := lang
	if code == "" {
		code = "??"
	}
	bg := canvas.NewRectangle(languageColor(lang))
	bg.CornerRadius = 4
	text := canvas.NewText(code, color.White)
	text.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}
	text.TextSize = theme.CaptionTextSize()
	text.Alignment = fyne.TextAlignCenter
	return container.NewStack(bg, container.New(&badgePadding{}, text))
}

// badgePadding pads a badge's text a little on each side.
type badgePadding struct{}

func (badgePadding) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (badgePadding) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(10, 6)
}

// quoteBar sets a passage off with a bar on the side its lines start:
// the left, or the right for a right-to-left passage.
func quoteBar(content fyne.CanvasObject, rtl bool) fyne.CanvasObject {
	bar := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	bar.SetMinSize(fyne.NewSize(3, 0))
	if rtl {
		return container.NewBorder(nil, nil, nil, bar, content)
	}
	return container.NewBorder(nil, nil, bar, nil, content)
}

func heading(s string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func caption(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// mixedCaption is a caption that may quote right-to-left words, such as a
// dating reason citing Arabic text: a Label would put the quoted words'
// letters and numbers in the wrong order.
func mixedCaption(s string) fyne.CanvasObject {
	p := bidi.NewParagraph(s, false)
	p.SetTextSize(theme.CaptionTextSize())
	return p
}

func hint(s string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}
