package app

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// newProjectWindow opens the real window on the shipped corpus with the
// autosave and preferences kept out of the analyst's home.
func newProjectWindow(t *testing.T) *mainWindow {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	return newTestMainWindow(t, seedCorpus(t))
}

// menuItem finds a menu item by menu and label, looking into submenus.
func menuItem(t *testing.T, mw *mainWindow, menu, label string) *fyne.MenuItem {
	t.Helper()
	var find func(items []*fyne.MenuItem) *fyne.MenuItem
	find = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if it.Label == label {
				return it
			}
			if it.ChildMenu != nil {
				if f := find(it.ChildMenu.Items); f != nil {
					return f
				}
			}
		}
		return nil
	}
	for _, m := range mw.menu.main.Items {
		if m.Label == menu {
			if it := find(m.Items); it != nil {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s → %s", menu, label)
	return nil
}

func click(t *testing.T, mw *mainWindow, menu, label string) {
	t.Helper()
	menuItem(t, mw, menu, label).Action()
}

// supportedEvent returns an event of the shown corpus with at least n
// passages, selected on the timeline.
func supportedEvent(t *testing.T, mw *mainWindow, n int) *data.Event {
	t.Helper()
	for _, e := range mw.corpus.Events {
		if len(e.Excerpts) >= n {
			mw.timeline.Select(e.ID)
			return e
		}
	}
	t.Fatalf("no event with %d passages", n)
	return nil
}

func undo(t *testing.T, mw *mainWindow) { click(t, mw, "Edit", "Undo") }
func redo(t *testing.T, mw *mainWindow) { click(t, mw, "Edit", "Redo") }

func TestRenameFromTheEditMenuWithUndoAndRedo(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 1)
	old := e.Title
	if strings.HasPrefix(mw.win.Title(), "*") {
		t.Fatalf("a fresh window shows unsaved work: %q", mw.win.Title())
	}
	click(t, mw, "Edit", "Rename…")
	f := mw.work.form
	f.entries["Title"].SetText("")
	test.Type(f.entries["Title"], "Renamed by the analyst")
	test.Tap(f.ok)
	if got := mw.corpus.Event(e.ID).Title; got != "Renamed by the analyst" {
		t.Fatalf("title %q", got)
	}
	if mw.timeline.Selected() == nil || mw.timeline.Selected().Title != "Renamed by the analyst" {
		t.Error("the timeline lost the selection or shows the old title")
	}
	if !containsText(labelTexts(allRows(mw.excerpts.list)), "Renamed by the analyst") || !containsText(labelTexts(allRows(mw.excerpts.list)), "set by the analyst: title") {
		t.Error("the excerpt panel does not show the new title and what the analyst set")
	}
	if !strings.HasPrefix(mw.win.Title(), "*") {
		t.Errorf("title %q does not show unsaved work", mw.win.Title())
	}
	undo(t, mw)
	if got := mw.corpus.Event(e.ID).Title; got != old {
		t.Errorf("after undo: %q, want %q", got, old)
	}
	if strings.HasPrefix(mw.win.Title(), "*") {
		t.Errorf("after undoing everything the title still shows unsaved work: %q", mw.win.Title())
	}
	redo(t, mw)
	if got := mw.corpus.Event(e.ID).Title; got != "Renamed by the analyst" {
		t.Errorf("after redo: %q", got)
	}
	// An empty title is refused in the dialog, which stays open.
	click(t, mw, "Edit", "Rename…")
	f = mw.work.form
	f.entries["Title"].SetText("")
	test.Tap(f.ok)
	if f.err.Text == "" || len(mw.work.session.Project.Decisions) != 1 {
		t.Errorf("an empty title was accepted (%q)", f.err.Text)
	}
}

func TestRedateSummaryStorylineAndStatus(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 1)
	click(t, mw, "Edit", "Re-date…")
	f := mw.work.form
	f.entries["Start"].SetText("2022-09-14")
	f.entries["End"].SetText("")
	f.selects["Precision"].SetSelected("month")
	f.entries["Earliest"].SetText("2022-08")
	f.entries["Latest"].SetText("2022-10")
	test.Tap(f.ok)
	if f.err.Text != "" {
		t.Fatalf("re-date refused: %s", f.err.Text)
	}
	got := mw.corpus.Event(e.ID)
	if got.Span.Start != data.MonthDate(2022, 9) || !got.Span.End.IsZero() {
		t.Fatalf("span %v, want Sep 2022 to the month", got.Span)
	}
	if !containsText(labelTexts(allRows(mw.excerpts.list)), "between Aug 2022 and Oct 2022") {
		t.Error("the uncertain range is not shown")
	}
	// Precision day on a month date would invent a day: refused.
	click(t, mw, "Edit", "Re-date…")
	f = mw.work.form
	f.entries["Start"].SetText("2022-09")
	f.selects["Precision"].SetSelected("day")
	test.Tap(f.ok)
	if !strings.Contains(f.err.Text, "invent") {
		t.Errorf("a day was invented: %q", f.err.Text)
	}
	f.dialog.Hide()

	click(t, mw, "Edit", "Edit summary…")
	f = mw.work.form
	f.entries["Summary"].SetText("A summary written by hand.")
	test.Tap(f.ok)
	if mw.corpus.Event(e.ID).Summary != "A summary written by hand." {
		t.Error("summary not set")
	}
	other := ""
	for _, s := range mw.corpus.Storylines {
		if s.ID != e.Storyline {
			other = s.Title + " (" + s.ID + ")"
			break
		}
	}
	click(t, mw, "Edit", "Move to storyline…")
	f = mw.work.form
	f.selects["Storyline"].SetSelected(other)
	test.Tap(f.ok)
	if mw.corpus.Event(e.ID).Storyline == e.Storyline {
		t.Error("not moved")
	}
	click(t, mw, "Edit", "Mark cancelled")
	if mw.work.result().Of("event", e.ID).Status != "cancelled" {
		t.Error("not cancelled")
	}
	for range 4 {
		undo(t, mw)
	}
	back := mw.corpus.Event(e.ID)
	if back.Span != e.Span || back.Summary != e.Summary || back.Storyline != e.Storyline {
		t.Errorf("four undos did not bring the event back: %+v", back)
	}
}

func TestMergeSplitUnlinkHideRestore(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 2)
	n := len(mw.corpus.Events)

	// Merge: tick the nearest event.
	click(t, mw, "Edit", "Merge with…")
	f := mw.work.form
	test.Tap(f.checks[0])
	test.Tap(f.ok)
	if len(mw.corpus.Events) != n-1 {
		t.Fatalf("%d events after a merge, want %d", len(mw.corpus.Events), n-1)
	}
	if c := mw.work.result().Of("event", e.ID); c == nil || len(c.Merged) != 1 {
		t.Fatalf("merge not recorded: %+v", c)
	}
	undo(t, mw)
	if len(mw.corpus.Events) != n {
		t.Fatal("undo of the merge did not bring the event back")
	}

	// Split: the passage menu's "Split into a new event" on the second passage.
	mw.timeline.Select(e.ID)
	x := mw.corpus.Event(e.ID).Excerpts[1]
	actions := mw.work.passageActions(x)
	menuAction(t, actions, "Split into a new event")
	if len(mw.corpus.Events) != n+1 {
		t.Fatalf("%d events after a split, want %d", len(mw.corpus.Events), n+1)
	}
	if len(mw.corpus.Event(e.ID).Excerpts) != len(e.Excerpts)-1 {
		t.Error("the split passage is still on the event")
	}
	undo(t, mw)

	// Unlink: the passage is no longer on the event; undo brings it back.
	mw.timeline.Select(e.ID)
	menuAction(t, mw.work.passageActions(x), "Unlink from this event (wrong)")
	if slices.ContainsFunc(mw.corpus.Event(e.ID).Excerpts, func(y data.Excerpt) bool { return y.Article == x.Article && y.Paragraph == x.Paragraph }) {
		t.Error("the unlinked passage is still shown")
	}
	if len(mw.excerpts.passages) != len(e.Excerpts)-1 {
		t.Errorf("the excerpt panel lists %d passages, want %d", len(mw.excerpts.passages), len(e.Excerpts)-1)
	}
	undo(t, mw)
	if len(mw.corpus.Event(e.ID).Excerpts) != len(e.Excerpts) {
		t.Error("undo of the unlink did not bring the passage back")
	}

	// Hide, then restore from the Edit menu.
	mw.timeline.Select(e.ID)
	click(t, mw, "Edit", "Hide event")
	if mw.corpus.Event(e.ID) != nil {
		t.Fatal("the hidden event is still shown")
	}
	click(t, mw, "Edit", "Restore hidden event…")
	f = mw.work.form
	test.Tap(f.ok)
	if mw.corpus.Event(e.ID) == nil {
		t.Fatal("not restored")
	}
	if got := len(mw.work.session.Project.Decisions); got != 2 {
		t.Errorf("%d decisions recorded, want 2 (hide, restore)", got)
	}
}

func menuAction(t *testing.T, items []*fyne.MenuItem, label string) {
	t.Helper()
	for _, it := range items {
		if it.Label == label {
			it.Action()
			return
		}
	}
	t.Fatalf("no action %q", label)
}

func TestStarTagNoteAndNewEventFromPassage(t *testing.T) {
	mw := newProjectWindow(t)
	mw.app.Preferences().SetString(prefAuthor, "Ann Analyst")
	e := supportedEvent(t, mw, 1)
	click(t, mw, "Edit", "Star / unstar")
	click(t, mw, "Edit", "Tag…")
	f := mw.work.form
	test.Type(f.entries["Tag"], "brief")
	test.Tap(f.ok)
	click(t, mw, "Edit", "Note…")
	f = mw.work.form
	test.Type(f.entries["Note"], "Ask the Almaty desk.")
	test.Tap(f.ok)
	texts := labelTexts(allRows(mw.excerpts.list))
	for _, want := range []string{"★ starred", "tags: brief", "Note: Ask the Almaty desk."} {
		if !containsText(texts, want) {
			t.Errorf("the excerpt panel does not show %q", want)
		}
	}
	if d := mw.work.session.Project.Decisions[0]; d.Author != "Ann Analyst" {
		t.Errorf("author %q", d.Author)
	}
	click(t, mw, "Edit", "Star / unstar")
	if mw.work.result().Of("event", e.ID).Starred {
		t.Error("second star did not unstar")
	}

	x := e.Excerpts[0]
	menuAction(t, mw.work.passageActions(x), "New event from this passage…")
	f = mw.work.form
	test.Type(f.entries["Title"], "Meeting found by hand")
	f.entries["Start"].SetText("2022-09")
	test.Tap(f.ok)
	if f.err.Text != "" {
		t.Fatalf("new event refused: %s", f.err.Text)
	}
	var made *data.Event
	for _, ev := range mw.corpus.Events {
		if ev.Title == "Meeting found by hand" {
			made = ev
		}
	}
	if made == nil || made.Source != project.EventFromAnalyst || len(made.Excerpts) != 1 || made.Span.Start != data.MonthDate(2022, 9) {
		t.Fatalf("new event %+v", made)
	}
	if mw.timeline.Selected() == nil || mw.timeline.Selected().ID != made.ID {
		t.Error("the new event is not selected")
	}
	// The finder lists curated events by their tags and notes; choosing
	// one selects it.
	mw.timeline.Select(made.ID)
	click(t, mw, "Edit", "Find curated events…")
	test.Type(mw.work.finderQuery, "almaty")
	if mw.work.finder.Length() != 1 {
		t.Fatalf("finder lists %d events for a word of the note, want 1", mw.work.finder.Length())
	}
	mw.work.finder.Select(0)
	if mw.timeline.Selected() == nil || mw.timeline.Selected().ID != e.ID {
		t.Error("choosing a curated event did not select it")
	}
	click(t, mw, "File", "History of decisions…")
	if mw.work.history == nil || mw.work.history.Length() != len(mw.work.session.Project.Decisions) {
		t.Error("the history does not list every decision")
	}
}

func TestSaveReopenAutosaveAndRecover(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := t.TempDir()
	c := seedCorpus(t)
	open := func() *mainWindow { return openCorpusWindow(t, c, dir) }
	mw := open()
	e := supportedEvent(t, mw, 2)
	x := e.Excerpts[1]
	menuAction(t, mw.work.passageActions(x), "Split into a new event")
	mw.timeline.Select(e.ID)
	click(t, mw, "Edit", "Rename…")
	mw.work.form.entries["Title"].SetText("Saved title")
	test.Tap(mw.work.form.ok)
	autosave := project.AutosavePath(project.DefaultPath(dir))
	if _, err := os.Stat(autosave); err != nil {
		t.Fatalf("no autosave after a change: %v", err)
	}
	// Ctrl+S saves beside the corpus.
	click(t, mw, "File", "Save project")
	if _, err := os.Stat(project.DefaultPath(dir)); err != nil {
		t.Fatalf("not saved beside the corpus: %v", err)
	}
	if strings.HasPrefix(mw.win.Title(), "*") || !strings.Contains(mw.win.Title(), project.DefaultName) {
		t.Errorf("title after saving: %q", mw.win.Title())
	}
	if _, err := os.Stat(autosave); err == nil {
		t.Error("the autosave outlived the save")
	}
	want := snapshotEvents(mw.corpus)

	// Reopening the folder opens its project: the same state.
	mw2 := open()
	if got := snapshotEvents(mw2.corpus); got != want {
		t.Errorf("reopened state differs:\n%s\nvs\n%s", got, want)
	}
	// Unsaved work, then a "crash": the next window offers to recover it.
	mw2.timeline.Select(e.ID)
	click(t, mw2, "Edit", "Hide event")
	mw3 := open()
	if mw3.work.recoverable == nil {
		t.Fatal("no recovery offered")
	}
	mw3.work.recover()
	if mw3.corpus.Event(e.ID) != nil || !strings.HasPrefix(mw3.win.Title(), "*") {
		t.Error("the recovered work is not shown as unsaved")
	}
	// Opening another corpus with unsaved work asks first.
	shown := mw3.corpus
	mw3.load("")
	mw3.loader.wait()
	if mw3.work.unsaved == nil || mw3.corpus != shown {
		t.Error("opening another corpus did not ask about the unsaved work")
	}
	mw3.work.unsaved.Hide()
	mw3.work.unsaved = nil
	// Closing with unsaved work asks first and leaves the window open.
	mw3.onClose()
	if mw3.work.unsaved == nil {
		t.Fatal("closing with unsaved work did not ask")
	}
	mw3.work.unsaved.Hide()
	// File → New project asks too; "Don't save" starts afresh and forgets
	// the autosave. (Closing is not tapped through: the test driver's
	// window must stay open for the test's cleanup.)
	click(t, mw3, "File", "New project")
	test.Tap(mw3.work.discard)
	if _, err := os.Stat(autosave); err == nil {
		t.Error("the autosave outlived \"Don't save\"")
	}
	if mw3.corpus.Event(e.ID) == nil || len(mw3.work.session.Project.Decisions) != 0 || strings.HasPrefix(mw3.win.Title(), "*") {
		t.Error("New project did not start afresh")
	}
}

func snapshotEvents(c *data.Corpus) string {
	var b strings.Builder
	for _, e := range c.Events {
		b.WriteString(e.ID + " " + e.Title + " " + e.Span.Start.String() + "\n")
		for _, x := range e.Excerpts {
			b.WriteString("  " + x.Article + "\n")
		}
	}
	return b.String()
}

func TestBrokenProjectStillOpensTheCorpus(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	file := filepath.Join(t.TempDir(), "p.toml")
	if err := os.WriteFile(file, []byte("format = 1\n[[decision]]\nid = \"a\"\nop = \"nonsense\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := seedCorpus(t)
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	mw := newMainWindow(a, w, Config{Project: file, Open: func(context.Context, string, func(data.Progress)) (*data.Corpus, error) { return c, nil }})
	mw.setCorpus(c)
	if mw.corpus == nil || len(mw.corpus.Events) != len(c.Events) {
		t.Fatal("the corpus did not open")
	}
	var shown []string
	for _, o := range w.Canvas().Overlays().List() {
		shown = append(shown, labelTexts(o)...)
		walkLabels(o, &shown)
	}
	if !containsText(shown, file+":2:") {
		t.Errorf("no file:line error shown; overlays say %q", shown)
	}
}

// walkLabels gathers label texts under pop-ups, which labelTexts does not
// enter.
func walkLabels(o fyne.CanvasObject, out *[]string) {
	switch v := o.(type) {
	case *widget.Label:
		*out = append(*out, v.Text)
	case *widget.PopUp:
		walkLabels(v.Content, out)
	case *fyne.Container:
		for _, c := range v.Objects {
			walkLabels(c, out)
		}
	default:
		if w, ok := o.(fyne.Widget); ok {
			r := test.WidgetRenderer(w)
			for _, c := range r.Objects() {
				walkLabels(c, out)
			}
		}
	}
}

func TestArticlesTab(t *testing.T) {
	mw := newProjectWindow(t)
	p := mw.work.articles
	if len(p.rows) != 0 {
		t.Error("the Articles tab was filled while hidden")
	}
	mw.tabs.Select(mw.work.articlesTab) // filled when shown
	n := len(mw.corpus.Articles)
	if len(p.rows) != n || !strings.Contains(p.count.Text, plural(n, "article")) || !strings.Contains(p.count.Text, "undated") {
		t.Fatalf("rows %d, count %q", len(p.rows), p.count.Text)
	}
	// Sorted by date: each row not before the previous.
	for i := 1; i < len(p.rows); i++ {
		if p.rows[i].a.Date.Before(p.rows[i-1].a.Date) {
			t.Errorf("row %d is out of date order", i)
		}
	}
	p.sortByColumn(colDate)
	if !p.desc || p.rows[0].a.Date.Before(p.rows[len(p.rows)-1].a.Date) {
		t.Error("a second tap on Date does not reverse the order")
	}
	// Filter by language.
	lang := p.rows[0].a.Language
	test.Type(p.query, lang)
	for _, r := range p.rows {
		if !strings.Contains(strings.ToLower(p.headlineOf(r)+r.a.File+r.a.Language+r.date), lang) {
			t.Errorf("row %s does not match %q", r.a.ID, lang)
		}
	}
	p.query.SetText("")
	// Star an article and tag it from the Article… menu, then show starred only.
	p.table.Select(widget.TableCellID{Row: 0, Col: 1})
	target := p.selected
	if target == nil {
		t.Fatal("selecting a row selected no article")
	}
	menuAction(t, mw.work.articleActions(target), "Star / unstar")
	// Selecting the row opened the article in the Article tab; the Articles
	// tab catches up when it is shown again.
	mw.tabs.Select(mw.work.articlesTab)
	p.show.SetSelected(showStarred)
	if len(p.rows) != 1 || p.rows[0].a.ID != target.ID || p.cell(p.rows[0], 0) != "★" {
		t.Errorf("starred rows %d", len(p.rows))
	}
	// Re-date it: an analyst's date, shown with its precision.
	mw.work.onRedateArticle(target)
	f := mw.work.form
	f.entries["Date"].SetText("2021-05-03")
	f.selects["Precision"].SetSelected("month")
	test.Type(f.entries["Reason"], "checked with the publisher")
	test.Tap(f.ok)
	if got := p.rows[0].date; got != "May 2021 · month" {
		t.Errorf("date cell %q", got)
	}
	p.show.SetSelected(showUndated)
	for _, r := range p.rows {
		if !r.a.Date.IsZero() {
			t.Errorf("an undated filter shows %s (%s)", r.a.ID, r.date)
		}
	}
	undo(t, mw)
	undo(t, mw)
	p.show.SetSelected(showStarred)
	if len(p.rows) != 0 {
		t.Error("undo did not take the star back")
	}
}

// TestProjectShortcuts: Ctrl+S saves, Ctrl+Z undoes, Ctrl+Shift+Z redoes,
// and the three are told apart.
func TestProjectShortcuts(t *testing.T) {
	mw := newProjectWindow(t)
	names := map[string]string{}
	for _, l := range []string{"Save project", "Save project as…", "Undo", "Redo"} {
		sc := menuItem(t, mw, map[bool]string{true: "File", false: "Edit"}[strings.HasPrefix(l, "Save")], l).Shortcut
		if sc == nil {
			t.Fatalf("%s has no shortcut", l)
		}
		if other, dup := names[sc.ShortcutName()]; dup {
			t.Errorf("%s and %s share the shortcut %s", l, other, sc.ShortcutName())
		}
		names[sc.ShortcutName()] = l
	}
	z := menuItem(t, mw, "Edit", "Redo").Shortcut.(*desktop.CustomShortcut)
	if z.KeyName != fyne.KeyZ || z.Modifier&fyne.KeyModifierShift == 0 {
		t.Errorf("redo is %s, want Ctrl+Shift+Z", z.ShortcutName())
	}
}

func TestPassageCurationAndStorylines(t *testing.T) {
	mw := newProjectWindow(t)
	e := supportedEvent(t, mw, 1)
	x := e.Excerpts[0]
	menuAction(t, mw.work.passageActions(x), "Star passage")
	menuAction(t, mw.work.passageActions(x), "Tag passage…")
	test.Type(mw.work.form.entries["Tag"], "quote")
	test.Tap(mw.work.form.ok)
	menuAction(t, mw.work.passageActions(x), "Note on passage…")
	test.Type(mw.work.form.entries["Note"], "translate for the brief")
	test.Tap(mw.work.form.ok)
	texts := labelTexts(allRows(mw.excerpts.list))
	if !containsText(texts, "★ starred · tags: quote · note: translate for the brief") {
		t.Errorf("the passage's curation is not shown: %q", texts)
	}
	menuAction(t, mw.work.passageActions(x), "Unstar passage")
	menuAction(t, mw.work.passageActions(x), "Remove a tag…")
	test.Tap(mw.work.form.ok)
	if containsText(labelTexts(allRows(mw.excerpts.list)), "★ starred") || containsText(labelTexts(allRows(mw.excerpts.list)), "tags: quote") {
		t.Error("unstar and untag did not take")
	}

	// Storylines: new, rename, move up, hide and restore.
	click(t, mw, "Edit", "New storyline…")
	test.Type(mw.work.form.entries["Title"], "Water disputes")
	test.Tap(mw.work.form.ok)
	last := mw.corpus.Storylines[len(mw.corpus.Storylines)-1]
	if last.Title != "Water disputes" {
		t.Fatalf("new storyline: %+v", last)
	}
	label := last.Title + " (" + last.ID + ")"
	click(t, mw, "Edit", "Move storyline up…")
	mw.work.form.selects["Storyline"].SetSelected(label)
	test.Tap(mw.work.form.ok)
	if got := mw.corpus.Storylines[len(mw.corpus.Storylines)-2].ID; got != last.ID {
		t.Errorf("not moved up: %s", got)
	}
	click(t, mw, "Edit", "Rename storyline…")
	mw.work.form.selects["Storyline"].SetSelected(label)
	mw.work.form.entries["Title"].SetText("Water")
	test.Tap(mw.work.form.ok)
	first := mw.corpus.Storylines[0]
	click(t, mw, "Edit", "Hide storyline…")
	mw.work.form.selects["Storyline"].SetSelected(first.Title + " (" + first.ID + ")")
	test.Tap(mw.work.form.ok)
	for _, ev := range mw.corpus.Events {
		if ev.Storyline == first.ID {
			t.Fatalf("event %s of the hidden storyline is shown", ev.ID)
		}
	}
	click(t, mw, "Edit", "Restore hidden storyline…")
	test.Tap(mw.work.form.ok)
	if mw.corpus.Storylines[0].ID != first.ID {
		t.Error("the storyline did not come back in its place")
	}
	for range 5 {
		undo(t, mw)
	}
	if len(mw.corpus.Storylines) != len(seedCorpus(t).Storylines) {
		t.Error("undo did not take the new storyline back")
	}
}

// TestNewStorylineReachesTheToolbar: the storyline filter lists a
// storyline the analyst made.
func TestNewStorylineReachesTheToolbar(t *testing.T) {
	mw := newProjectWindow(t)
	lang := choicesFor(mw.corpus).Languages[0]
	mw.toolbar.language.selectID(lang.ID)
	if err := mw.work.do(project.Decision{Op: project.StorylineNew, Storyline: "mine", Title: "Mine"}); err != nil {
		t.Fatal(err)
	}
	if err := mw.work.do(project.Decision{Op: project.EventNew, New: "n1", Title: "Hand-made", Start: "2022-09", Storyline: "mine"}); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(choicesFor(mw.corpus).Storylines, func(c choice) bool { return c.ID == "mine" }) {
		t.Fatal("choicesFor does not list the new storyline")
	}
	if !slices.ContainsFunc(mw.toolbar.storyline.Options, func(o string) bool { return strings.Contains(o, "Mine") }) {
		t.Errorf("the toolbar's storyline filter does not offer the new storyline: %v", mw.toolbar.storyline.Options)
	}
	if mw.toolbar.language.id() != lang.ID || mw.filter.state.Language != lang.ID {
		t.Error("the language filter was reset by the new storyline")
	}
}

// openCorpusWindow opens a window on the folder dir whose loader gives c,
// as reopening a corpus does, and waits until it shows.
func openCorpusWindow(t *testing.T, c *data.Corpus, dir string) *mainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	mw := newMainWindow(a, w, Config{Open: func(context.Context, string, func(data.Progress)) (*data.Corpus, error) { return c, nil }})
	// Fyne's test driver runs fyne.Do on the calling goroutine, not queued
	// on one UI goroutine as the real driver does: a project beside the
	// folder that starts linking its declarations in the background must
	// not show its result while the loader's goroutine is still showing
	// the corpus (they raced on the overview's canvas objects).
	mw.work.prepare.gate = mw.loader.wait
	mw.load(dir)
	mw.loader.wait()
	mw.work.prepare.gate = nil
	if mw.corpus == nil {
		t.Fatal("the corpus did not load")
	}
	return mw
}
