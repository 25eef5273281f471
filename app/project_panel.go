package app

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// attach gives the window's panels their project hooks: the excerpt
// panel's edit buttons and curation, and the Articles tab.
func (w *workbench) attach() {
	mw := w.mw
	mw.excerpts.eventExtra = w.eventExtra
	mw.excerpts.passageMenu = w.passageActions
	mw.excerpts.passageExtra = w.passageExtra
	w.articles = newArticlesPanel(w)
	w.articlesTab = container.NewTabItem("Articles", w.articles.root)
	mw.tabs.Append(w.articlesTab)
	w.onChanged = append(w.onChanged, func(r *project.Result) { mw.whenShown(w.articlesTab, func() { w.articles.setResult(r) }) })
	w.onChanged = append(w.onChanged, func(r *project.Result) { mw.toolbar.setCuration(eventCuration(r), r.Corpus.Events) })
}

// eventCuration looks up the curation of r's events.
func eventCuration(r *project.Result) *eventCurations {
	return &eventCurations{of: func(id string) *data.Curation { return r.Of("event", id) }}
}

// eventExtra shows what the analyst added to an event (star, status,
// tags, notes, what they set) and the button with the event's edits.
func (w *workbench) eventExtra(e *data.Event) fyne.CanvasObject {
	box := container.NewVBox()
	if r := w.result(); r != nil {
		if c := r.Of("event", e.ID); c != nil {
			var parts []string
			if c.Starred {
				parts = append(parts, "★ starred")
			}
			if c.Status != "" {
				parts = append(parts, c.Status)
			}
			if len(c.Tags) > 0 {
				parts = append(parts, "tags: "+strings.Join(c.Tags, ", "))
			}
			if len(c.Set) > 0 {
				parts = append(parts, "set by the analyst: "+strings.Join(c.Set, ", "))
			}
			if !c.Earliest.IsZero() || !c.Latest.IsZero() {
				parts = append(parts, fmt.Sprintf("between %s and %s", c.Earliest.Human(), c.Latest.Human()))
			}
			if len(parts) > 0 {
				box.Add(caption(strings.Join(parts, " · ")))
			}
			for _, n := range c.Notes {
				box.Add(wrapped("Note: " + n))
			}
		}
		if e.Source == project.EventFromAnalyst {
			box.Add(caption("made by the analyst"))
		}
		if d := w.declaration(e.ID); d != nil {
			box.Add(caption(declarationText(d)))
		}
	}
	// A rowButton, as the passages' "Edit…": a widget.Button draws its
	// icon with a canvas.Image, which Fyne refreshes (parsing and
	// rasterising the SVG) the first time a frame meets it, and that
	// refresh, made while the frame is drawn, asks for another whole
	// frame at every selection.
	box.Add(container.NewHBox(rowMenuButton("Edit event…", func() []*fyne.MenuItem {
		return w.eventActions(func() *data.Event { return e })
	})))
	return box
}

// curationText is a star, tags and notes in one line, or "".
func curationText(c *data.Curation) string {
	if c == nil {
		return ""
	}
	var parts []string
	if c.Starred {
		parts = append(parts, "★ starred")
	}
	if len(c.Tags) > 0 {
		parts = append(parts, "tags: "+strings.Join(c.Tags, ", "))
	}
	for _, n := range c.Notes {
		parts = append(parts, "note: "+n)
	}
	return strings.Join(parts, " · ")
}

// passageExtra shows what the analyst added to a passage, or nil.
func (w *workbench) passageExtra(x data.Excerpt) fyne.CanvasObject {
	r := w.result()
	if r == nil {
		return nil
	}
	t := curationText(r.Of("passage", project.Passage{Article: x.Article, Paragraph: x.Paragraph}.String()))
	if t == "" {
		return nil
	}
	return wrapped(t)
}

// menuButton is a button that opens a menu of items made when tapped.
func menuButton(label string, items func() []*fyne.MenuItem) *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon(label, theme.MoreHorizontalIcon(), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(b)
		if c == nil {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height))
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items()...), c, pos)
	})
	b.Importance = widget.LowImportance
	return b
}

// onHistory shows the decisions made, newest first, with who made them
// and when, and the ones that no longer apply.
func (w *workbench) onHistory() {
	r := w.result()
	if r == nil {
		return
	}
	ds := w.session.Project.Decisions
	skipped := map[string]string{}
	for _, s := range r.Skipped {
		skipped[s.Decision.ID] = s.Reason
	}
	list := widget.NewList(
		func() int { return len(ds) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			d := ds[len(ds)-1-i]
			text := fmt.Sprintf("%s  %s  %s", d.Time.Local().Format("2006-01-02 15:04"), orString(d.Author, "—"), d.Describe())
			if why, ok := skipped[d.ID]; ok {
				text += "  — no longer applies: " + why
			}
			o.(*widget.Label).SetText(text)
		})
	summary := fmt.Sprintf("%d decision(s)", len(ds))
	if len(r.Skipped) > 0 {
		summary += fmt.Sprintf(", %d no longer apply", len(r.Skipped))
	}
	w.history = list
	d := dialog.NewCustom("History of decisions", "Close", container.NewBorder(widget.NewLabel(summary), nil, nil, nil, list), w.mw.win)
	d.Resize(fyne.NewSize(820, 480))
	d.Show()
}

// onPreferences asks for the name decisions are recorded under.
func (w *workbench) onPreferences() {
	f := newForm()
	w.showForm("Preferences", f, []*widget.FormItem{f.entry("Your name", w.author())},
		wrapped("Every decision in a project records who made it; colleagues see this name in the history."), func() error {
			w.mw.app.Preferences().SetString(prefAuthor, f.text("Your name"))
			return nil
		})
}

// curatedEvent is one line of the "Curated" finder: an event, or an
// article or passage (article set; paragraph -1 for the whole article).
type curatedEvent struct {
	id, text  string
	article   string
	paragraph int
	file      string // the article's file, shown last
}

// curationLine is what the finder shows of a curation, after the name.
func curationLine(c *data.Curation) string {
	line := ""
	if len(c.Tags) > 0 {
		line += " · tags: " + strings.Join(c.Tags, ", ")
	}
	if len(c.Notes) > 0 {
		line += " · notes: " + strings.Join(c.Notes, " / ")
	}
	if len(c.Set) > 0 {
		line += " · set: " + strings.Join(c.Set, ", ")
	}
	if c.Mark != "" {
		line += " · marked " + c.Mark
	}
	return line
}

// curatedEvents lists what the analyst starred, tagged, noted or changed
// — the shown events first, then articles and passages — starred first,
// whose line holds every word of query.
func (w *workbench) curatedEvents(query string) []curatedEvent {
	r := w.result()
	if r == nil {
		return nil
	}
	var starred, rest []curatedEvent
	words := strings.Fields(strings.ToLower(query))
	add := func(c *data.Curation, item curatedEvent) {
		if c.Starred {
			item.text = "★ " + item.text
		}
		item.text += curationLine(c)
		if item.file != "" {
			item.text += " · " + item.file
		}
		lower := strings.ToLower(item.text)
		for _, word := range words {
			if !strings.Contains(lower, word) {
				return
			}
		}
		if c.Starred {
			starred = append(starred, item)
		} else {
			rest = append(rest, item)
		}
	}
	for _, e := range r.Corpus.Events {
		if c := r.Of("event", e.ID); c != nil {
			add(c, curatedEvent{id: e.ID, text: e.Title + " · " + e.Span.Start.Human()})
		}
	}
	// Articles and passages, in the corpus's order.
	targets := slices.Collect(maps.Keys(r.Curation))
	slices.SortFunc(targets, func(x, y project.Target) int { return strings.Compare(x.String(), y.String()) })
	for _, t := range targets {
		var p project.Passage
		switch t.Kind {
		case "article":
			p = project.Passage{Article: t.ID, Paragraph: -1}
		case "passage":
			var err error
			if p, err = project.ParsePassage(t.ID); err != nil {
				continue
			}
		default:
			continue
		}
		a := r.Corpus.Article(p.Article)
		if a == nil {
			continue
		}
		// The headline is cut short so that the tags and notes show; the
		// file comes last, to be searched rather than read.
		text := "article " + firstWords(a.Headline(), 40)
		if p.Paragraph >= 0 {
			text = fmt.Sprintf("passage #%d of %s", p.Paragraph, firstWords(a.Headline(), 40))
		}
		add(r.Curation[t], curatedEvent{id: t.ID, text: text, article: a.ID, paragraph: p.Paragraph, file: a.File})
	}
	return append(starred, rest...)
}

// onFindCurated lists the events, articles and passages the analyst
// curated, filtered by words of their names, tags and notes; choosing an
// event selects it on the timeline, an article or passage opens it.
func (w *workbench) onFindCurated() {
	if w.session == nil {
		return
	}
	var shown []curatedEvent
	query := widget.NewEntry()
	query.SetPlaceHolder("Words of a title or headline, a tag or a note…")
	var d dialog.Dialog
	list := widget.NewList(
		func() int { return len(shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(shown[i].text) })
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		if it := shown[i]; it.article != "" {
			w.mw.onOpenArticle(data.Excerpt{Article: it.article, Paragraph: it.paragraph})
			return
		}
		w.mw.timeline.Select(shown[i].id)
	}
	query.OnChanged = func(q string) {
		shown = w.curatedEvents(q)
		list.UnselectAll()
		list.Refresh()
	}
	query.OnChanged("")
	w.finder, w.finderQuery = list, query
	d = dialog.NewCustom("Curated events, articles and passages", "Close", container.NewBorder(query, nil, nil, nil, list), w.mw.win)
	d.Resize(fyne.NewSize(720, 420))
	d.Show()
}

// declaration is the project's event.define of the event, or nil.
func (w *workbench) declaration(id string) *project.Decision {
	ds := w.session.Project.Decisions
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].Op == project.EventDefine && ds[i].Event == id {
			return &ds[i]
		}
	}
	return nil
}

// declarationText says that the project declares the event, and what
// links it.
func declarationText(d *project.Decision) string {
	langs := slices.Sorted(maps.Keys(d.Terms))
	if len(langs) == 0 {
		return "declared in the project (by " + orString(d.Author, "—") + "); linked by its place and actors"
	}
	return fmt.Sprintf("declared in the project (by %s); linked by its terms in %s", orString(d.Author, "—"), strings.Join(langs, ", "))
}
