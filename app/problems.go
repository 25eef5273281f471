package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// problemsPanel lists the files that could not be loaded and the articles
// that loaded with warnings; clicking an article opens it. A large folder
// can have thousands of warnings, so the list is virtualised and headed by
// the counts.
type problemsPanel struct {
	corpus   *data.Corpus
	problems []data.Problem
	warned   []*data.Article // articles with warnings
	count    int
	list     *lazyList
	summary  *widget.Label
	root     fyne.CanvasObject // what the tab shows

	onOpenArticle func(*data.Article)
}

func newProblemsPanel(onOpenArticle func(*data.Article)) *problemsPanel {
	p := &problemsPanel{onOpenArticle: onOpenArticle, summary: widget.NewLabel("")}
	p.summary.Wrapping = fyne.TextWrapWord
	p.list = newLazyList(func() int { return len(p.problems) + len(p.warned) }, p.row)
	p.root = container.NewBorder(p.summary, nil, nil, nil, p.list.list)
	return p
}

// setCorpus lists the corpus's problems and warnings.
func (p *problemsPanel) setCorpus(c *data.Corpus) {
	p.corpus, p.problems, p.warned, p.count = c, nil, nil, 0
	if c != nil {
		p.problems = c.Problems
		for _, a := range c.Articles {
			if len(a.Warnings) > 0 {
				p.warned = append(p.warned, a)
				p.count += len(a.Warnings)
			}
		}
	}
	p.count += len(p.problems)
	switch {
	case p.count == 0:
		p.summary.SetText("Every file loaded without problems.")
	default:
		p.summary.SetText(fmt.Sprintf("%s not loaded; %s in %s.", plural(len(p.problems), "file"),
			plural(p.count-len(p.problems), "warning"), plural(len(p.warned), "article")))
	}
	p.list.reload()
}

// row makes the widgets of row i: a file not loaded, then an article's
// warnings.
func (p *problemsPanel) row(i int) fyne.CanvasObject {
	if i < len(p.problems) {
		pr := p.problems[i]
		return container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil,
			container.NewVBox(
				widget.NewLabelWithStyle(pr.File, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
				wrapped(pr.Error)))
	}
	return p.warnings(p.warned[i-len(p.problems)])
}

// warnings is one article's warnings with a button to open it.
func (p *problemsPanel) warnings(a *data.Article) fyne.CanvasObject {
	lines := container.NewVBox()
	for _, w := range a.Warnings {
		lines.Add(wrapped(w))
	}
	open := widget.NewButtonWithIcon(fmt.Sprintf("%s (%s)", a.ID, a.File), theme.WarningIcon(), func() { p.onOpenArticle(a) })
	open.Alignment = widget.ButtonAlignLeading
	open.Importance = widget.LowImportance
	return container.NewVBox(open, lines)
}

// title is the tab's title: "Problems (3)".
func (p *problemsPanel) title() string {
	if p.count == 0 {
		return "Problems"
	}
	return fmt.Sprintf("Problems (%d)", p.count)
}
