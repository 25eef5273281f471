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
// that loaded with warnings; clicking an article opens it.
type problemsPanel struct {
	box    *fyne.Container
	scroll *container.Scroll
	count  int

	onOpenArticle func(*data.Article)
}

func newProblemsPanel(onOpenArticle func(*data.Article)) *problemsPanel {
	p := &problemsPanel{onOpenArticle: onOpenArticle}
	p.box = container.NewVBox()
	p.scroll = container.NewVScroll(p.box)
	return p
}

// setCorpus lists the corpus's problems and warnings.
func (p *problemsPanel) setCorpus(c *data.Corpus) {
	p.count = 0
	var objs []fyne.CanvasObject
	if c != nil {
		for _, pr := range c.Problems {
			p.count++
			objs = append(objs, container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil,
				container.NewVBox(
					widget.NewLabelWithStyle(pr.File, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
					wrapped(pr.Error))))
		}
		for _, a := range c.Articles {
			if len(a.Warnings) == 0 {
				continue
			}
			p.count += len(a.Warnings)
			objs = append(objs, p.warnings(a))
		}
	}
	if len(objs) == 0 {
		objs = append(objs, hint("Every file loaded without problems."))
	}
	p.box.Objects = objs
	p.box.Refresh()
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
