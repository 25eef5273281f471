package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// formDialog is an editing dialog: a form and OK / Cancel. Its fields are
// kept so that behaviour tests can type into them and tap OK.
type formDialog struct {
	dialog  dialog.Dialog
	entries map[string]*widget.Entry
	selects map[string]*widget.Select
	checks  []*widget.Check
	ok      *widget.Button
	err     *widget.Label
}

// showForm shows a dialog with the form items; onOK turns them into a
// decision, and the dialog stays open with the message when it fails.
func (w *workbench) showForm(title string, f *formDialog, items []*widget.FormItem, extra fyne.CanvasObject, onOK func() error) *formDialog {
	f.err = widget.NewLabel("")
	f.err.Wrapping = fyne.TextWrapWord
	f.err.Importance = widget.DangerImportance
	cancel := widget.NewButton("Cancel", func() { f.dialog.Hide() })
	f.ok = widget.NewButton("OK", func() {
		if err := onOK(); err != nil {
			f.err.SetText(err.Error())
			return
		}
		f.dialog.Hide()
	})
	f.ok.Importance = widget.HighImportance
	body := container.NewVBox(widget.NewForm(items...))
	if extra != nil {
		body.Add(extra)
	}
	body.Add(f.err)
	f.dialog = dialog.NewCustomWithoutButtons(title,
		container.NewBorder(nil, container.NewHBox(cancel, f.ok), nil, nil, container.NewVScroll(body)), w.mw.win)
	f.dialog.Resize(fyne.NewSize(560, 380))
	w.form = f
	f.dialog.Show()
	return f
}

func newForm() *formDialog {
	return &formDialog{entries: map[string]*widget.Entry{}, selects: map[string]*widget.Select{}}
}

func (f *formDialog) entry(name, value string) *widget.FormItem {
	e := widget.NewEntry()
	e.SetText(value)
	f.entries[name] = e
	return widget.NewFormItem(name, e)
}

func (f *formDialog) multiline(name, value string) *widget.FormItem {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetText(value)
	e.SetMinRowsVisible(4)
	f.entries[name] = e
	return widget.NewFormItem(name, e)
}

func (f *formDialog) choice(name string, options []string, value string) *widget.FormItem {
	s := widget.NewSelect(options, nil)
	if value != "" {
		s.SetSelected(value)
	}
	f.selects[name] = s
	return widget.NewFormItem(name, s)
}

func (f *formDialog) text(name string) string {
	return strings.TrimSpace(f.entries[name].Text)
}

// selectedEvent is the event the Edit menu acts on: the one selected on
// the timeline.
func (w *workbench) selectedEvent() *data.Event {
	if w.session == nil {
		return nil
	}
	e := w.mw.timeline.Selected()
	if e == nil {
		dialog.ShowInformation("No event selected", "Select an event on the timeline first.", w.mw.win)
	}
	return e
}

// eventActions are the edits of an event, for the Edit menu and the
// excerpt panel's "Edit event" button.
func (w *workbench) eventActions(e func() *data.Event) []*fyne.MenuItem {
	act := func(label string, f func(*data.Event)) *fyne.MenuItem {
		return fyne.NewMenuItem(label, func() {
			if ev := e(); ev != nil {
				f(ev)
			}
		})
	}
	return []*fyne.MenuItem{
		act("Rename…", w.onRenameEvent),
		act("Edit summary…", w.onEditSummary),
		act("Re-date…", w.onRedateEvent),
		act("Move to storyline…", w.onMoveEvent),
		act("Place and actors…", w.onPlaceActors),
		act("Merge with…", w.onMergeEvent),
		act("Split…", w.onSplitEvent),
		fyne.NewMenuItemSeparator(),
		act("Star / unstar", w.onStarEvent),
		act("Tag…", func(ev *data.Event) { w.onTag(project.Decision{Event: ev.ID}) }),
		act("Remove a tag…", func(ev *data.Event) { w.onUntag("event", ev.ID, project.Decision{Event: ev.ID}) }),
		act("Note…", func(ev *data.Event) { w.onNote(project.Decision{Event: ev.ID}) }),
		fyne.NewMenuItemSeparator(),
		act("Mark confirmed", func(ev *data.Event) {
			w.doOrShow(project.Decision{Op: project.EventStatus, Event: ev.ID, Status: "confirmed"})
		}),
		act("Mark cancelled", func(ev *data.Event) {
			w.doOrShow(project.Decision{Op: project.EventStatus, Event: ev.ID, Status: "cancelled"})
		}),
		act("Hide event", func(ev *data.Event) { w.doOrShow(project.Decision{Op: project.EventHide, Event: ev.ID}) }),
	}
}

func (w *workbench) onRenameEvent(e *data.Event) {
	f := newForm()
	w.showForm("Rename event", f, []*widget.FormItem{f.entry("Title", e.Title)}, nil, func() error {
		return w.do(project.Decision{Op: project.EventRename, Event: e.ID, Title: f.text("Title")})
	})
}

func (w *workbench) onEditSummary(e *data.Event) {
	f := newForm()
	w.showForm("Edit summary", f, []*widget.FormItem{f.multiline("Summary", e.Summary)}, nil, func() error {
		return w.do(project.Decision{Op: project.EventSummary, Event: e.ID, Summary: f.text("Summary")})
	})
}

var precisions = []string{"day", "month", "year"}

func (w *workbench) onRedateEvent(e *data.Event) {
	f := newForm()
	end := ""
	if !e.Span.End.IsZero() {
		end = e.Span.End.String()
	}
	items := []*widget.FormItem{
		f.entry("Start", e.Span.Start.String()),
		f.entry("End", end),
		f.choice("Precision", precisions, e.Span.Start.Precision.String()),
		f.entry("Earliest", ""),
		f.entry("Latest", ""),
	}
	hint := wrapped("Dates are YYYY-MM-DD, YYYY-MM or YYYY. When the date is uncertain, give the earliest and latest it can be.")
	w.showForm("Re-date event", f, items, hint, func() error {
		p := f.selects["Precision"].Selected
		start, err := project.DateWithPrecision(f.text("Start"), p)
		if err != nil {
			return fmt.Errorf("start: %w", err)
		}
		end := ""
		if f.text("End") != "" {
			if end, err = project.DateWithPrecision(f.text("End"), p); err != nil {
				return fmt.Errorf("end: %w", err)
			}
		}
		d := project.Decision{Op: project.EventDate, Event: e.ID, Start: start, End: end,
			Earliest: f.text("Earliest"), Latest: f.text("Latest")}
		return w.do(d)
	})
}

// choices are the options of a Select, each label standing for an id.
type choices struct {
	labels []string
	ids    map[string]string
}

func (c *choices) add(label, id string) {
	if c.ids == nil {
		c.ids = map[string]string{}
	}
	c.labels = append(c.labels, label)
	c.ids[label] = id
}

// labelOf returns the label of an id, or "".
func (c choices) labelOf(id string) string {
	for l, v := range c.ids {
		if v == id {
			return l
		}
	}
	return ""
}

// storylineChoices offers storylines as "title (id)".
func storylineChoices(list []data.Storyline) choices {
	var c choices
	for _, s := range list {
		c.add(s.Title+" ("+s.ID+")", s.ID)
	}
	return c
}

// eventChoices offers events as "title · date (id)".
func eventChoices(list []*data.Event) choices {
	var c choices
	for _, e := range list {
		c.add(e.Title+" · "+e.Span.Start.Human()+" ("+e.ID+")", e.ID)
	}
	return c
}

// chooseOne asks for one of the choices and records the decision made
// from its id.
func (w *workbench) chooseOne(title, field string, c choices, selected string, decide func(id string) (project.Decision, error)) {
	if w.session == nil {
		return
	}
	f := newForm()
	w.showForm(title, f, []*widget.FormItem{f.choice(field, c.labels, selected)}, nil, func() error {
		id := c.ids[f.selects[field].Selected]
		if id == "" {
			return fmt.Errorf("choose a %s", strings.ToLower(field))
		}
		d, err := decide(id)
		if err != nil {
			return err
		}
		return w.do(d)
	})
}

func (w *workbench) onMoveEvent(e *data.Event) {
	c := storylineChoices(w.mw.corpus.Storylines)
	w.chooseOne("Move to storyline", "Storyline", c, c.labelOf(e.Storyline), func(id string) (project.Decision, error) {
		return project.Decision{Op: project.EventStoryline, Event: e.ID, Storyline: id}, nil
	})
}

func (w *workbench) onPlaceActors(e *data.Event) {
	f := newForm()
	items := []*widget.FormItem{f.entry("Place", e.Place), f.entry("Actors", strings.Join(e.Actors, ", "))}
	w.showForm("Place and actors", f, items, wrapped("Name-list ids (e.g. tokayev) or free text; actors separated by commas."), func() error {
		// One action, one undo: the place and the actors go together.
		var ds []project.Decision
		if f.text("Place") != e.Place {
			ds = append(ds, project.Decision{Op: project.EventPlace, Event: e.ID, Place: f.text("Place")})
		}
		var actors []string
		for _, a := range strings.Split(f.text("Actors"), ",") {
			if a = strings.TrimSpace(a); a != "" {
				actors = append(actors, a)
			}
		}
		if !slices.Equal(actors, e.Actors) {
			ds = append(ds, project.Decision{Op: project.EventActors, Event: e.ID, Actors: actors})
		}
		return w.doAll(ds...)
	})
}

// onMergeEvent merges other events into the selected one: the analyst
// ticks them in a list of the events nearest in time.
func (w *workbench) onMergeEvent(e *data.Event) {
	f := newForm()
	var others []*data.Event
	for _, o := range w.mw.corpus.Events {
		if o.ID != e.ID {
			others = append(others, o)
		}
	}
	// Nearest in time first: the same meeting reported twice is close by.
	slices.SortStableFunc(others, func(a, b *data.Event) int {
		da, db := a.Span.From().Sub(e.Span.From()).Abs(), b.Span.From().Sub(e.Span.From()).Abs()
		return cmp.Compare(da, db)
	})
	box := container.NewVBox()
	for _, o := range others {
		c := widget.NewCheck(fmt.Sprintf("%s · %s (%s)", o.Title, o.Span.Start.Human(), o.ID), nil)
		f.checks = append(f.checks, c)
		box.Add(c)
	}
	scroll := container.NewVScroll(box)
	scroll.SetMinSize(fyne.NewSize(500, 200))
	w.showForm("Merge events into “"+e.Title+"”", f, []*widget.FormItem{f.entry("Title", e.Title)}, scroll, func() error {
		ids := []string{e.ID}
		for i, c := range f.checks {
			if c.Checked {
				ids = append(ids, others[i].ID)
			}
		}
		if len(ids) < 2 {
			return fmt.Errorf("tick at least one event to merge")
		}
		title := f.text("Title")
		if title == e.Title {
			title = ""
		}
		return w.do(project.Decision{Op: project.EventMerge, Events: ids, Title: title})
	})
}

// onSplitEvent moves ticked passages to a new event.
func (w *workbench) onSplitEvent(e *data.Event) {
	f := newForm()
	box := container.NewVBox()
	for _, x := range e.Excerpts {
		c := widget.NewCheck(fmt.Sprintf("%s #%d: %s", articleName(excerptArticle(w.mw.corpus, x)), x.Paragraph, firstWords(x.Text, 60)), nil)
		f.checks = append(f.checks, c)
		box.Add(c)
	}
	w.showForm("Split event", f, []*widget.FormItem{f.entry("New title", e.Title+" (split)")}, box, func() error {
		var ps []string
		for i, c := range f.checks {
			if c.Checked {
				ps = append(ps, project.Passage{Article: e.Excerpts[i].Article, Paragraph: e.Excerpts[i].Paragraph}.String())
			}
		}
		if len(ps) == 0 {
			return fmt.Errorf("tick the passages that belong to the new event")
		}
		title := f.text("New title")
		return w.do(project.Decision{Op: project.EventSplit, Event: e.ID, Passages: ps, Title: title,
			New: project.NewEventID(w.result(), title)})
	})
}

func (w *workbench) onStarEvent(e *data.Event) {
	op := project.Star
	if c := w.result().Of("event", e.ID); c != nil && c.Starred {
		op = project.Unstar
	}
	w.doOrShow(project.Decision{Op: op, Event: e.ID})
}

// onTag asks for a tag for the target of d.
func (w *workbench) onTag(d project.Decision) {
	f := newForm()
	w.showForm("Tag", f, []*widget.FormItem{f.entry("Tag", "")}, nil, func() error {
		d.Op, d.Tag = project.Tag, f.text("Tag")
		return w.do(d)
	})
}

// onNote asks for a note on the target of d.
func (w *workbench) onNote(d project.Decision) {
	f := newForm()
	w.showForm("Note", f, []*widget.FormItem{f.multiline("Note", "")}, nil, func() error {
		d.Op, d.Text = project.Note, f.text("Note")
		return w.do(d)
	})
}

// onNewEvent creates an event from scratch, or from a passage when x is
// not nil.
func (w *workbench) onNewEvent(x *data.Excerpt) {
	if w.session == nil {
		return
	}
	f := newForm()
	lines := storylineChoices(w.mw.corpus.Storylines)
	start := ""
	if x != nil {
		if a := excerptArticle(w.mw.corpus, *x); a != nil && !a.Date.IsZero() {
			start = a.Date.String()
		}
	}
	items := []*widget.FormItem{f.entry("Title", ""), f.entry("Start", start), f.entry("End", ""),
		f.choice("Storyline", lines.labels, "")}
	w.showForm("New event", f, items, nil, func() error {
		d := project.Decision{Op: project.EventNew, Title: f.text("Title"), Start: f.text("Start"), End: f.text("End"),
			Storyline: lines.ids[f.selects["Storyline"].Selected], New: project.NewEventID(w.result(), f.text("Title"))}
		if x != nil {
			d.Passages = []string{project.Passage{Article: x.Article, Paragraph: x.Paragraph}.String()}
		}
		if err := w.do(d); err != nil {
			return err
		}
		w.mw.timeline.Select(d.New)
		return nil
	})
}

// onRestoreEvent lists the hidden events to bring one back.
func (w *workbench) onRestoreEvent() {
	r := w.result()
	if r == nil {
		return
	}
	if len(r.Hidden) == 0 {
		dialog.ShowInformation("Restore event", "No event is hidden.", w.mw.win)
		return
	}
	c := eventChoices(r.Hidden)
	w.chooseOne("Restore event", "Event", c, c.labels[0], func(id string) (project.Decision, error) {
		return project.Decision{Op: project.EventRestore, Event: id}, nil
	})
}

// passageActions are the edits of one passage in the excerpt panel.
func (w *workbench) passageActions(x data.Excerpt) []*fyne.MenuItem {
	para := x.Paragraph
	quote := project.QuoteOf(w.mw.corpus, x.Article, para)
	target := project.Decision{Article: x.Article, Paragraph: &para, Quote: quote}
	var items []*fyne.MenuItem
	if e := w.mw.excerpts.event; e != nil && slices.ContainsFunc(e.Excerpts, func(y data.Excerpt) bool { return y.Article == x.Article && y.Paragraph == para }) {
		items = append(items,
			fyne.NewMenuItem("Unlink from this event (wrong)", func() {
				w.doOrShow(project.Decision{Op: project.LinkRemove, Event: e.ID, Article: x.Article, Paragraph: &para, Quote: quote})
			}),
			fyne.NewMenuItem("Split into a new event", func() {
				title := e.Title + " (split)"
				w.doOrShow(project.Decision{Op: project.EventSplit, Event: e.ID, Title: title,
					New: project.NewEventID(w.result(), title), Passages: []string{project.Passage{Article: x.Article, Paragraph: para}.String()}})
			}))
	}
	items = append(items,
		fyne.NewMenuItem("Link to another event…", func() { w.onLinkPassage(x) }),
		fyne.NewMenuItem("New event from this passage…", func() { w.onNewEvent(&x) }),
		fyne.NewMenuItemSeparator(),
		w.starItem("passage", project.Passage{Article: x.Article, Paragraph: para}.String(), target),
		fyne.NewMenuItem("Tag passage…", func() { w.onTag(target) }),
		fyne.NewMenuItem("Remove a tag…", func() { w.onUntag("passage", project.Passage{Article: x.Article, Paragraph: para}.String(), target) }),
		fyne.NewMenuItem("Note on passage…", func() { w.onNote(target) }),
	)
	return items
}

// onLinkPassage links a passage to an event the analyst picks.
func (w *workbench) onLinkPassage(x data.Excerpt) {
	para := x.Paragraph
	w.chooseOne("Link passage to event", "Event", eventChoices(w.mw.corpus.Events), "", func(id string) (project.Decision, error) {
		return project.Decision{Op: project.LinkAdd, Event: id, Article: x.Article, Paragraph: &para,
			Quote: project.QuoteOf(w.mw.corpus, x.Article, para)}, nil
	})
}

// onRedateArticle overrides an article's date, with a precision and why.
func (w *workbench) onRedateArticle(a *data.Article) {
	f := newForm()
	items := []*widget.FormItem{f.entry("Date", a.Date.String()), f.choice("Precision", precisions, orString(a.Date.Precision.String(), "day")),
		f.entry("Reason", "")}
	w.showForm("Date of "+articleName(a), f, items, nil, func() error {
		date, err := project.DateWithPrecision(f.text("Date"), f.selects["Precision"].Selected)
		if err != nil {
			return err
		}
		return w.do(project.Decision{Op: project.ArticleDate, Article: a.ID, Date: date, Reason: f.text("Reason")})
	})
}

// articleActions are the edits of an article (Articles tab).
func (w *workbench) articleActions(a *data.Article) []*fyne.MenuItem {
	t := project.Decision{Article: a.ID}
	star := project.Star
	if c := w.result().Of("article", a.ID); c != nil && c.Starred {
		star = project.Unstar
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem("Set date…", func() { w.onRedateArticle(a) }),
		fyne.NewMenuItem("Mark duplicate", func() { w.doOrShow(project.Decision{Op: project.ArticleMark, Article: a.ID, Mark: "duplicate"}) }),
		fyne.NewMenuItem("Mark irrelevant", func() { w.doOrShow(project.Decision{Op: project.ArticleMark, Article: a.ID, Mark: "irrelevant"}) }),
		fyne.NewMenuItem("Clear mark", func() { w.doOrShow(project.Decision{Op: project.ArticleMark, Article: a.ID}) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Star / unstar", func() { d := t; d.Op = star; w.doOrShow(d) }),
		fyne.NewMenuItem("Tag…", func() { w.onTag(t) }),
		fyne.NewMenuItem("Remove a tag…", func() { w.onUntag("article", a.ID, t) }),
		fyne.NewMenuItem("Note…", func() { w.onNote(t) }),
	}
}

// starItem is "Star" or "Unstar" for a target, as it stands.
func (w *workbench) starItem(kind, id string, target project.Decision) *fyne.MenuItem {
	d := target
	d.Op, d.Paragraph = project.Star, target.Paragraph
	label := "Star " + kind
	if c := w.result().Of(kind, id); c != nil && c.Starred {
		d.Op, label = project.Unstar, "Unstar "+kind
	}
	return fyne.NewMenuItem(label, func() { w.doOrShow(d) })
}

// onUntag offers the target's tags to remove one.
func (w *workbench) onUntag(kind, id string, target project.Decision) {
	c := w.result().Of(kind, id)
	if c == nil || len(c.Tags) == 0 {
		dialog.ShowInformation("Remove a tag", "It has no tags.", w.mw.win)
		return
	}
	f := newForm()
	w.showForm("Remove a tag", f, []*widget.FormItem{f.choice("Tag", c.Tags, c.Tags[0])}, nil, func() error {
		d := target
		d.Op, d.Tag = project.Untag, f.selects["Tag"].Selected
		return w.do(d)
	})
}

// onRestoreStoryline brings back a hidden storyline with its events.
func (w *workbench) onRestoreStoryline() {
	r := w.result()
	if r == nil {
		return
	}
	if len(r.HiddenStorylines) == 0 {
		dialog.ShowInformation("Restore storyline", "No storyline is hidden.", w.mw.win)
		return
	}
	c := storylineChoices(r.HiddenStorylines)
	w.chooseOne("Restore storyline", "Storyline", c, c.labels[0], func(id string) (project.Decision, error) {
		return project.Decision{Op: project.StorylineRestore, Storyline: id}, nil
	})
}

// onNewStoryline, onRenameStoryline and onHideStoryline edit the lanes.
func (w *workbench) onNewStoryline() {
	if w.session == nil {
		return
	}
	f := newForm()
	w.showForm("New storyline", f, []*widget.FormItem{f.entry("Title", "")}, nil, func() error {
		title := f.text("Title")
		id := strings.TrimPrefix(project.NewEventID(w.result(), title), "analyst-")
		return w.do(project.Decision{Op: project.StorylineNew, Storyline: "story-" + id, Title: title})
	})
}

func (w *workbench) onRenameStoryline() {
	if w.session == nil {
		return
	}
	f := newForm()
	c := storylineChoices(w.mw.corpus.Storylines)
	w.showForm("Rename storyline", f, []*widget.FormItem{f.choice("Storyline", c.labels, ""), f.entry("Title", "")}, nil, func() error {
		return w.do(project.Decision{Op: project.StorylineRename, Storyline: c.ids[f.selects["Storyline"].Selected], Title: f.text("Title")})
	})
}

func (w *workbench) onStorylineUp() {
	var order []string
	if w.session != nil {
		for _, s := range w.mw.corpus.Storylines {
			order = append(order, s.ID)
		}
	}
	w.chooseOne("Move storyline up", "Storyline", storylineChoices(w.mw.corpus.Storylines), "", func(id string) (project.Decision, error) {
		order := slices.Clone(order)
		i := slices.Index(order, id)
		if i <= 0 {
			return project.Decision{}, fmt.Errorf("that storyline is already at the top")
		}
		order[i-1], order[i] = order[i], order[i-1]
		return project.Decision{Op: project.StorylineOrder, Order: order}, nil
	})
}

func (w *workbench) onHideStoryline() {
	w.chooseOne("Hide storyline", "Storyline", storylineChoices(w.mw.corpus.Storylines), "", func(id string) (project.Decision, error) {
		return project.Decision{Op: project.StorylineHide, Storyline: id}, nil
	})
}

// articleName is an article's headline (data.Article.Headline), cut for a table cell.
func articleName(a *data.Article) string {
	if a == nil {
		return ""
	}
	return firstWords(a.Headline(), 70)
}

// firstWords cuts s to about n runes at a word boundary, with "…".
func firstWords(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}

func orString(s, alt string) string {
	if s == "" || s == "unknown" {
		return alt
	}
	return s
}
