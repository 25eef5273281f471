package app

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/app/bidi"
	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// articlesPanel is the Articles tab: every article of the corpus, undated
// ones included, in a sortable, filterable table.
type articlesPanel struct {
	w    *workbench
	all  []articleRow
	rows []articleRow // filtered and sorted
	// headlines are the rows' headlines cut for the table, made as needed
	headlines map[*data.Article]string
	sortBy    int
	desc      bool

	query    *widget.Entry
	show     *widget.Select
	count    *widget.Label
	table    *widget.Table
	actions  *widget.Button
	selected *data.Article
	root     fyne.CanvasObject
}

// articleRow is one article as the table shows it.
type articleRow struct {
	a       *data.Article
	date    string
	events  int
	starred bool
	tags    []string
	mark    string
}

// The table's columns.
var articleColumns = []struct {
	title string
	width float32
}{{"★", 34}, {"Headline", 320}, {"Date", 170}, {"Lang", 50}, {"File", 190}, {"Events", 64}, {"Warnings", 80}, {"Tags", 140}}

// Which articles the "Show" choice keeps.
const (
	showAll      = "All articles"
	showUndated  = "Undated"
	showStarred  = "Starred"
	showMarked   = "Marked duplicate or irrelevant"
	showWarnings = "With warnings"
	colHeadline  = 1
	colDate      = 2
)

func newArticlesPanel(w *workbench) *articlesPanel {
	p := &articlesPanel{w: w, sortBy: colDate}
	p.query = widget.NewEntry()
	p.query.SetPlaceHolder("Filter: words of the headline, file, language, tag…")
	p.query.OnChanged = func(string) { p.refilter() }
	p.show = widget.NewSelect([]string{showAll, showUndated, showStarred, showMarked, showWarnings}, func(string) { p.refilter() })
	p.count = widget.NewLabel("")
	p.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(p.rows), len(articleColumns) },
		newArticleCell,
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < 0 || id.Row >= len(p.rows) {
				return
			}
			p.setCell(o, p.rows[id.Row], id.Col)
		})
	p.table.ShowHeaderColumn = false
	p.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		return b
	}
	p.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 {
			return
		}
		t := articleColumns[id.Col].title
		if id.Col == p.sortBy {
			t += map[bool]string{false: " ▲", true: " ▼"}[p.desc]
		}
		b.SetText(t)
		col := id.Col
		b.OnTapped = func() { p.sortByColumn(col) }
	}
	for i, c := range articleColumns {
		p.table.SetColumnWidth(i, c.width)
	}
	p.table.OnSelected = p.onSelected
	p.actions = menuButton("Article…", func() []*fyne.MenuItem {
		if p.selected == nil {
			return []*fyne.MenuItem{fyne.NewMenuItem("Select an article in the table first", nil)}
		}
		return w.articleActions(p.selected)
	})
	p.show.SetSelected(showAll)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(p.show, p.actions), p.query)
	p.root = container.NewBorder(top, p.count, nil, nil, p.table)
	return p
}

// setCell shows row r's column col in a cell made by newArticleCell.
func (p *articlesPanel) setCell(o fyne.CanvasObject, r articleRow, col int) {
	text := p.cell(r, col)
	rtl := bidi.DetectRTL(text)
	if col == colHeadline {
		rtl = r.a.RTL()
	}
	setArticleCell(o, text, rtl)
}

// warmRow is the table's row i as its cells show it, side by side at the
// columns' widths, for the warm-up (warm.go).
func (p *articlesPanel) warmRow(i int) fyne.CanvasObject {
	if i >= len(p.rows) {
		return nil
	}
	cells := make([]fyne.CanvasObject, len(articleColumns))
	x := float32(0)
	for col, c := range articleColumns {
		o := newArticleCell()
		p.setCell(o, p.rows[i], col)
		o.Resize(fyne.NewSize(c.width, o.MinSize().Height))
		o.Move(fyne.NewPos(x, 0))
		x += c.width
		cells[col] = o
	}
	return container.NewWithoutLayout(cells...)
}

// setResult lists the articles of a curated state.
func (p *articlesPanel) setResult(r *project.Result) {
	p.all = p.all[:0]
	p.headlines = map[*data.Article]string{}
	if r != nil {
		for _, a := range r.Corpus.Articles {
			// The headline is read when a cell, the filter entry or a sort
			// by headline needs it (headlineOf): cutting 10,000 of them was
			// a third of filling the tab.
			row := articleRow{a: a, date: articleDateShort(a), events: distinctEvents(a.Links)}
			if c := r.Of("article", a.ID); c != nil {
				row.starred, row.tags, row.mark = c.Starred, c.Tags, c.Mark
			}
			p.all = append(p.all, row)
		}
	}
	if p.selected != nil && r != nil {
		p.selected = r.Corpus.Article(p.selected.ID)
	}
	p.refilter()
}

// distinctEvents counts the events an article's links name (an event
// linked by several passages counts once).
func distinctEvents(links []data.Link) int {
	n := 0
	for i, l := range links {
		if !slices.ContainsFunc(links[:i], func(o data.Link) bool { return o.Event == l.Event }) {
			n++
		}
	}
	return n
}

// headlineOf is the row's headline as the table shows it, cut once and
// kept.
func (p *articlesPanel) headlineOf(r articleRow) string {
	h, ok := p.headlines[r.a]
	if !ok {
		h = articleName(r.a)
		if p.headlines == nil {
			p.headlines = map[*data.Article]string{}
		}
		p.headlines[r.a] = h
	}
	return h
}

// articleDateShort is the date with its precision, or "undated".
func articleDateShort(a *data.Article) string {
	if a.Date.IsZero() {
		return "undated"
	}
	return a.Date.Human() + " · " + a.Date.Precision.String()
}

func (p *articlesPanel) cell(r articleRow, col int) string {
	switch col {
	case 0:
		if r.starred {
			return "★"
		}
		return ""
	case colHeadline:
		if r.mark != "" {
			return "[" + r.mark + "] " + p.headlineOf(r)
		}
		return p.headlineOf(r)
	case colDate:
		return r.date
	case 3:
		return r.a.Language
	case 4:
		return r.a.File
	case 5:
		return strconv.Itoa(r.events)
	case 6:
		return strconv.Itoa(len(r.a.Warnings))
	case 7:
		return strings.Join(r.tags, ", ")
	}
	return ""
}

// keeps reports whether the row passes the filter entry and the choice.
func (p *articlesPanel) keeps(r articleRow) bool {
	switch p.show.Selected {
	case showUndated:
		if !r.a.Date.IsZero() {
			return false
		}
	case showStarred:
		if !r.starred {
			return false
		}
	case showMarked:
		if r.mark == "" {
			return false
		}
	case showWarnings:
		if len(r.a.Warnings) == 0 {
			return false
		}
	}
	q := strings.ToLower(strings.TrimSpace(p.query.Text))
	if q == "" {
		return true
	}
	hay := strings.ToLower(strings.Join([]string{p.headlineOf(r), r.a.File, r.a.ID, r.a.Language, r.date, r.mark, strings.Join(r.tags, " ")}, " "))
	for _, word := range strings.Fields(q) {
		if !strings.Contains(hay, word) {
			return false
		}
	}
	return true
}

func (p *articlesPanel) refilter() {
	p.rows = p.rows[:0]
	undated := 0
	for _, r := range p.all {
		if r.a.Date.IsZero() {
			undated++
		}
		if p.keeps(r) {
			p.rows = append(p.rows, r)
		}
	}
	p.sortRows()
	p.count.SetText(fmt.Sprintf("%s · %d undated · %d shown", plural(len(p.all), "article"), undated, len(p.rows)))
	p.table.Refresh()
}

// sortByColumn sorts by a column; a second tap reverses the order.
func (p *articlesPanel) sortByColumn(col int) {
	if p.sortBy == col {
		p.desc = !p.desc
	} else {
		p.sortBy, p.desc = col, false
	}
	p.sortRows()
	p.table.Refresh()
}

func (p *articlesPanel) sortRows() {
	// Every pair differs (ties are broken by id): an unstable sort gives
	// the same order, faster.
	slices.SortFunc(p.rows, func(x, y articleRow) int {
		var c int
		switch p.sortBy {
		case 0:
			c = cmp.Compare(boolInt(y.starred), boolInt(x.starred))
		case colDate:
			// Undated last, then by start, coarser first.
			switch {
			case x.a.Date.Before(y.a.Date):
				c = -1
			case y.a.Date.Before(x.a.Date):
				c = 1
			}
		case 5:
			c = cmp.Compare(x.events, y.events)
		case 6:
			c = cmp.Compare(len(x.a.Warnings), len(y.a.Warnings))
		default:
			c = strings.Compare(strings.ToLower(p.cell(x, p.sortBy)), strings.ToLower(p.cell(y, p.sortBy)))
		}
		if p.desc {
			c = -c
		}
		if c == 0 {
			c = strings.Compare(x.a.ID, y.a.ID)
		}
		return c
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// onSelected opens the article in the Article tab and makes it the one
// the "Article…" button edits.
func (p *articlesPanel) onSelected(id widget.TableCellID) {
	if id.Row < 0 || id.Row >= len(p.rows) {
		return
	}
	p.selected = p.rows[id.Row].a
	p.w.mw.onOpenWholeArticle(p.selected)
}

// newArticleCell makes a table cell: a truncated label for text without
// right-to-left letters, and a one-line bidi paragraph for text with them,
// which Fyne's label would draw with its runs out of order (an Arabic
// headline with a date or a Latin name in it). One of the two is shown.
func newArticleCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	para := bidi.NewParagraph("", false)
	para.SetSingleLine(true)
	para.Hide()
	return container.NewStack(l, para)
}

// setArticleCell shows text in a cell made by newArticleCell; rtl is the
// text's direction (a right-to-left headline is read from the right, so
// its start stays in view and the cut is on the left).
func setArticleCell(o fyne.CanvasObject, text string, rtl bool) {
	cell := o.(*fyne.Container)
	l, para := cell.Objects[0].(*widget.Label), cell.Objects[1].(*bidi.Paragraph)
	if !hasRTLLetter(text) {
		para.Hide()
		l.Show()
		l.SetText(text)
		return
	}
	l.Hide()
	para.SetRTL(rtl)
	para.SetText(text)
	para.Show()
}

// hasRTLLetter reports whether s holds a letter of a right-to-left script.
func hasRTLLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)
	}) >= 0
}
