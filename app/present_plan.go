package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// deckPlan is the analyst's choice of slides: the events that may be
// presented, in the order chosen, and those skipped. A new plan leaves out
// background events and weak ones (announced, unsupported, told by a
// single article); the analyst can bring any back, skip others and move
// them. Presenting records the choice in the project (a deck.slides
// decision: undoable, saved), and a plan is rebuilt from the project's
// choice whenever the corpus, the storyline or that choice changed.
type deckPlan struct {
	corpus    *data.Corpus
	storyline string
	order     []*data.Event
	skip      map[*data.Event]bool
	// from is the project's choice the plan was built from (nil: none).
	from []string
}

// plans holds each window's plan.
var plans = map[*mainWindow]*deckPlan{}

// choosers holds each window's chooser while the Slides dialog is shown,
// for tests to tick and move slides as the analyst does.
var choosers = map[*mainWindow]*slideChooser{}

// newDeckPlan is the default plan for the events of a corpus (one
// storyline's when storyline is set).
func newDeckPlan(c *data.Corpus, storyline string) *deckPlan {
	p := &deckPlan{corpus: c, storyline: storyline, skip: map[*data.Event]bool{}}
	p.order = presentationEvents(c, storyline)
	for _, e := range p.order {
		if leftOutByDefault(e, storyline) {
			p.skip[e] = true
		}
	}
	return p
}

// leftOutByDefault reports whether a new deck leaves the event out: a
// background event (unless the background storyline is the one presented),
// or a weak one.
func leftOutByDefault(e *data.Event, storyline string) bool {
	return (e.Storyline == data.OtherStoryline && storyline != data.OtherStoryline) || weakEvent(e)
}

// weakEvent reports whether an event is announced only, unsupported, or
// told by one article alone, or marked weak by the analysis.
func weakEvent(e *data.Event) bool {
	if e.Announced || e.Unsupported() || e.Strength.Weak {
		return true
	}
	articles := map[string]bool{}
	for _, x := range e.Excerpts {
		articles[x.Article] = true
	}
	return len(articles) < 2
}

// projectPlan is the plan the project's choice of slides makes: the
// chosen events first, in the chosen order, then the others skipped in
// date order. Without a choice it is the default plan.
func projectPlan(c *data.Corpus, storyline string, slides []string) *deckPlan {
	p := newDeckPlan(c, storyline)
	p.from = slides
	if slides == nil {
		return p
	}
	rank := make(map[string]int, len(slides))
	for i, id := range slides {
		rank[id] = i
	}
	var chosen, rest []*data.Event
	for _, e := range p.order {
		if _, ok := rank[e.ID]; ok {
			chosen = append(chosen, e)
		} else {
			rest = append(rest, e)
		}
	}
	slices.SortStableFunc(chosen, func(x, y *data.Event) int { return rank[x.ID] - rank[y.ID] })
	p.order = append(chosen, rest...)
	p.skip = map[*data.Event]bool{}
	for _, e := range rest {
		p.skip[e] = true
	}
	return p
}

// projectSlides is the project's choice of slides, or nil.
func projectSlides(mw *mainWindow) []string {
	if mw.work == nil || mw.work.result() == nil {
		return nil
	}
	return mw.work.result().Slides
}

// planFor returns the window's plan for its corpus and storyline filter,
// new when either or the project's choice changed.
func planFor(mw *mainWindow) *deckPlan {
	p := plans[mw]
	slides := projectSlides(mw)
	if p == nil || p.corpus != mw.corpus || p.storyline != mw.filter.state.Storyline || !slices.Equal(p.from, slides) {
		p = projectPlan(mw.corpus, mw.filter.state.Storyline, slides)
		plans[mw] = p
	}
	return p
}

// chosenIDs are the ids of the events to present, in order.
func (p *deckPlan) chosenIDs() []string {
	var ids []string
	for _, e := range p.chosen() {
		ids = append(ids, e.ID)
	}
	return ids
}

// recordChoice records the plan's choice in the project when it differs
// from the project's (or, without one, from the default), and returns the events to present from the corpus
// the window shows afterwards (a decision makes a new curated corpus).
func recordChoice(mw *mainWindow, plan *deckPlan) []*data.Event {
	events := plan.chosen()
	ids := plan.chosenIDs()
	current := projectSlides(mw)
	if mw.work == nil || mw.work.session == nil || slices.Equal(ids, current) {
		return events
	}
	if current == nil && slices.Equal(ids, newDeckPlan(plan.corpus, plan.storyline).chosenIDs()) {
		// The default choice untouched is no decision: the project stays
		// as it was, and the default keeps following the corpus.
		return events
	}
	if err := mw.work.do(project.Decision{Op: project.DeckSlides, Slides: ids}); err != nil {
		// The briefing goes on; the analyst is told the choice was not kept.
		dialog.ShowError(fmt.Errorf("the choice of slides was not recorded in the project: %w", err), mw.win)
		return events
	}
	// The window now shows the new curated corpus; present its events and
	// keep the plan, built from the choice just recorded.
	var out []*data.Event
	for _, id := range ids {
		if e := mw.corpus.Event(id); e != nil {
			out = append(out, e)
		}
	}
	plans[mw] = projectPlan(mw.corpus, plan.storyline, projectSlides(mw))
	return out
}

// chosen are the events to present, in the plan's order.
func (p *deckPlan) chosen() []*data.Event {
	var out []*data.Event
	for _, e := range p.order {
		if !p.skip[e] {
			out = append(out, e)
		}
	}
	return out
}

// move moves the i-th event by delta places, within the list.
func (p *deckPlan) move(i, delta int) {
	j := i + delta
	if i < 0 || i >= len(p.order) || j < 0 || j >= len(p.order) {
		return
	}
	p.order[i], p.order[j] = p.order[j], p.order[i]
}

// why says why a new deck leaves an event out, or "".
func why(e *data.Event, storyline string) string {
	switch {
	case e.Storyline == data.OtherStoryline && storyline != data.OtherStoryline:
		return "background"
	case e.Announced:
		return "announced"
	case e.Unsupported():
		return "no source"
	case weakEvent(e):
		return "one source"
	}
	return ""
}

// slideChooser is the dialog's list: a check and arrows per event.
type slideChooser struct {
	plan  *deckPlan
	list  *widget.List
	count *widget.Label
}

// newSlideChooser builds the list of a plan.
func newSlideChooser(plan *deckPlan) *slideChooser {
	sc := &slideChooser{plan: plan, count: widget.NewLabel("")}
	sc.list = widget.NewList(
		func() int { return len(plan.order) },
		func() fyne.CanvasObject {
			check := widget.NewCheck("", nil)
			up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil)
			down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil)
			up.Importance, down.Importance = widget.LowImportance, widget.LowImportance
			return container.NewBorder(nil, nil, nil, container.NewHBox(up, down), check)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			check := row.Objects[0].(*widget.Check)
			arrows := row.Objects[1].(*fyne.Container)
			e := plan.order[id]
			check.OnChanged = nil
			check.SetText(slideLabel(e, plan.storyline))
			check.SetChecked(!plan.skip[e])
			check.OnChanged = func(on bool) { sc.setShown(e, on) }
			arrows.Objects[0].(*widget.Button).OnTapped = func() { sc.move(id, -1) }
			arrows.Objects[1].(*widget.Button).OnTapped = func() { sc.move(id, +1) }
		})
	sc.updateCount()
	return sc
}

// slideLabel is an event's line in the chooser: date, title, and why a
// new deck leaves it out.
func slideLabel(e *data.Event, storyline string) string {
	s := e.Span.Start.Human() + " · " + e.Title
	if w := why(e, storyline); w != "" {
		s += " (" + w + ")"
	}
	return s
}

func (sc *slideChooser) setShown(e *data.Event, on bool) {
	sc.plan.skip[e] = !on
	sc.updateCount()
}

func (sc *slideChooser) move(i, delta int) {
	sc.plan.move(i, delta)
	sc.list.Refresh()
}

func (sc *slideChooser) updateCount() {
	sc.count.SetText(fmt.Sprintf("%d of %d events presented, in this order", len(sc.plan.chosen()), len(sc.plan.order)))
}

// chooseSlides shows the plan and presents its chosen events when the
// analyst confirms.
func chooseSlides(mw *mainWindow, present func(events []*data.Event)) {
	plan := planFor(mw)
	sc := newSlideChooser(plan)
	choosers[mw] = sc
	reset := widget.NewButton("Default choice", func() {
		fresh := newDeckPlan(plan.corpus, plan.storyline)
		plan.order, plan.skip = fresh.order, fresh.skip
		sc.list.Refresh()
		sc.updateCount()
	})
	top := container.NewVBox(hint("Background events and weak ones (announced, no source, one source) are left out of a new deck; tick them to show them. The arrows move a slide."), sc.count)
	content := container.NewBorder(top, reset, nil, nil, sc.list)
	// Enter presents, so a briefing can start from the keyboard alone
	// (Ctrl+P, Enter); the dialog's buttons take no keys of their own.
	canvas := mw.win.Canvas()
	before := canvas.OnTypedKey()
	confirmed := false
	var d *dialog.ConfirmDialog
	d = dialog.NewCustomConfirm("Slides", "Present", "Cancel", content, func(ok bool) {
		canvas.SetOnTypedKey(before)
		delete(choosers, mw)
		if !ok && !confirmed {
			return
		}
		if len(plan.chosen()) == 0 {
			dialog.ShowInformation("Present", "Every event is left out: tick the slides to present.", mw.win)
			return
		}
		present(slices.Clone(recordChoice(mw, plan)))
	}, mw.win)
	canvas.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			confirmed = true
			d.Hide()
		case fyne.KeyEscape:
			d.Hide()
		default:
			if before != nil {
				before(ev)
			}
		}
	})
	size := mw.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(720, size.Width-40), min(600, size.Height-40)))
	d.Show()
}
