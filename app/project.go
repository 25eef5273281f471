package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// workbench is the analyst's project open in the window: the decisions
// layered over the computed corpus, where they are saved, whether the
// window shows unsaved work, and the autosave that survives a crash.
type workbench struct {
	mw      *mainWindow
	session *project.Session // nil while no corpus is shown
	path    string           // the project file; "" until saved or opened
	dir     string           // the corpus folder; "" for the shipped seeds

	// saved is the project as last saved or opened, to tell unsaved work.
	savedLen  int
	savedLast string

	// autosaveDir is where the autosave of a project with neither file nor
	// folder (the shipped seeds, unsaved) goes; tests point it elsewhere.
	autosaveDir string
	// startProject is the project file to open with the first corpus
	// (--project on the command line).
	startProject string
	now          func() time.Time

	// recoverable is an autosave found on opening, until the analyst
	// answers whether to recover it.
	recoverable *project.Project
	// unsaved is the "save first?" dialog while it is shown, with its
	// "Don't save" button.
	unsaved dialog.Dialog
	discard *widget.Button
	// form is the editing dialog shown last, for tests to fill in.
	form        *formDialog
	articles    *articlesPanel
	articlesTab *container.TabItem
	history     *widget.List // the history list while shown, for tests
	finder      *widget.List // the curated-events finder, for tests
	finderQuery *widget.Entry

	// onChanged is called after every change of the curated state.
	onChanged []func(*project.Result)
	// prepare links declared events off the UI goroutine.
	prepare preparer
}

func newWorkbench(mw *mainWindow, startProject string) *workbench {
	w := &workbench{mw: mw, startProject: startProject, now: time.Now}
	if dir, err := os.UserConfigDir(); err == nil {
		w.autosaveDir = filepath.Join(dir, "caravan")
	}
	return w
}

// author is the name decisions are recorded under (Preferences).
func (w *workbench) author() string {
	return w.mw.app.Preferences().StringWithFallback(prefAuthor, os.Getenv("USER"))
}

// result is the curated state shown, or nil.
func (w *workbench) result() *project.Result {
	if w.session == nil {
		return nil
	}
	return w.session.Current()
}

// opened is called with every computed corpus the window is about to
// show: it opens the project that goes with it (the command line's, else
// the one saved beside the folder, else a new one) and returns the
// curated corpus to show instead.
func (w *workbench) opened(c *data.Corpus, dir string) *data.Corpus {
	if c == nil {
		w.session = nil
		return nil
	}
	w.dir, w.path = dir, ""
	p := w.newProject(c)
	candidate := w.startProject
	w.startProject = ""
	if candidate == "" && dir != "" {
		candidate = project.DefaultPath(dir)
	}
	if candidate != "" {
		switch loaded, err := project.Load(candidate); {
		case err == nil:
			p, w.path = loaded, candidate
		case errors.Is(err, fs.ErrNotExist) && candidate == project.DefaultPath(dir):
			// No project beside the folder yet: a new one.
		default:
			// The corpus opens anyway; the analyst sees why the
			// project did not.
			w.path = ""
			dialog.ShowError(fmt.Errorf("the project could not be opened, a new one was started: %w", err), w.mw.win)
		}
	}
	// A project declaring events the corpus lacks (one from elsewhere)
	// would link them here, on the UI goroutine: the corpus opens with a
	// new project, and the project replaces it once they are linked in
	// the background. Cancelled, the new project stays.
	var later *project.Project
	laterPath := ""
	if lacksDeclared(c, p) {
		later, laterPath = p, w.path
		p, w.path = w.newProject(c), ""
	}
	w.session = project.NewSession(c, p)
	w.markSaved()
	r := w.session.Current()
	w.session.Prefetch()
	for _, f := range w.onChanged {
		f(r)
	}
	w.reportSkipped(r)
	if later == nil {
		w.offerRecovery()
		return r.Corpus
	}
	w.prepareThen(later.Decisions, func() {
		r := w.session.Replace(later)
		w.path = laterPath
		w.markSaved()
		// As opened: not changed, whose autosave would remove the
		// sidecar a crash left before recovery is offered.
		w.mw.showCurated(r.Corpus)
		for _, f := range w.onChanged {
			f(r)
		}
		w.session.Prefetch()
		w.mw.win.SetTitle(w.title(windowTitle(r.Corpus)))
		w.reportSkipped(r)
		w.offerRecovery()
	})
	return r.Corpus
}

// lacksDeclared reports whether p declares an event the corpus c lacks,
// which applying p links over every article.
func lacksDeclared(c *data.Corpus, p *project.Project) bool {
	for _, d := range p.Decisions {
		if d.Op == project.EventDefine && d.Event != "" && c.Event(d.Event) == nil {
			return true
		}
	}
	return false
}

// reportSkipped tells the analyst which decisions no longer apply.
func (w *workbench) reportSkipped(r *project.Result) {
	if len(r.Skipped) == 0 {
		return
	}
	text := fmt.Sprintf("%d of the project's decisions no longer apply to this corpus (the articles changed); the others do:\n\n", len(r.Skipped))
	for i, s := range r.Skipped {
		if i == 12 {
			text += fmt.Sprintf("… and %d more (caravan project check lists them all)", len(r.Skipped)-i)
			break
		}
		text += "• " + s.Decision.Describe() + ": " + s.Reason + "\n"
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Decisions that no longer apply", "OK", container.NewVScroll(l), w.mw.win)
	d.Resize(fyne.NewSize(640, 400))
	d.Show()
}

func (w *workbench) markSaved() {
	w.savedLen, w.savedLast = 0, ""
	if w.session != nil {
		w.savedLen, w.savedLast = w.key()
	}
}

func (w *workbench) key() (int, string) {
	ds := w.session.Project.Decisions
	if len(ds) == 0 {
		return 0, ""
	}
	return len(ds), ds[len(ds)-1].ID
}

// dirty reports whether the window holds decisions not saved to the file.
func (w *workbench) dirty() bool {
	if w.session == nil {
		return false
	}
	n, last := w.key()
	return n != w.savedLen || last != w.savedLast
}

// title is the window title: the corpus, the project file, and "*" when
// there is unsaved work.
func (w *workbench) title(base string) string {
	if w.session == nil {
		return base
	}
	name := "new project"
	if w.dir == "" && w.mw.cfg.Seeds != nil {
		name = "the seeds' project" // until saved somewhere
	}
	if w.path != "" {
		name = filepath.Base(w.path)
	}
	t := base + " — " + name
	if w.dirty() {
		t = "*" + t
	}
	return t
}

// autosavePath is the sidecar file unsaved work is written to.
func (w *workbench) autosavePath() string {
	switch {
	case w.path != "":
		return project.AutosavePath(w.path)
	case w.dir != "":
		return project.AutosavePath(project.DefaultPath(w.dir))
	case w.autosaveDir != "":
		return filepath.Join(w.autosaveDir, "seeds-project.toml.autosave")
	}
	return ""
}

// autosave writes unsaved work to the sidecar, or removes the sidecar
// when there is none. A failed autosave is shown in the status line only:
// it must not interrupt the analyst's work.
func (w *workbench) autosave() {
	path := w.autosavePath()
	if path == "" || w.session == nil {
		return
	}
	if !w.dirty() {
		_ = os.Remove(path)
		return
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
		err = w.session.ToSave(w.author(), w.now()).Save(path)
		if err == nil {
			return
		}
	}
	w.mw.status.SetText("Autosave failed: " + path)
}

// offerRecovery asks whether to restore an autosave left by a crash (one
// that holds more than the project as opened).
func (w *workbench) offerRecovery() {
	path := w.autosavePath()
	if path == "" {
		return
	}
	saved, err := project.Load(path)
	if err != nil || project.Equal(saved, w.session.Project) {
		return
	}
	w.recoverable = saved
	dialog.ShowConfirm("Recover unsaved work?",
		fmt.Sprintf("Caravan was closed with %d unsaved decision(s) on this corpus. Recover them?", len(saved.Decisions)),
		func(ok bool) {
			if ok {
				w.recover()
			} else {
				w.recoverable = nil
				_ = os.Remove(path)
			}
		}, w.mw.win)
}

// recover replaces the project shown with the autosaved one, unsaved.
func (w *workbench) recover() {
	if w.recoverable == nil || w.session == nil {
		return
	}
	p := w.recoverable
	w.recoverable = nil
	w.prepareThen(p.Decisions, func() { w.changed(w.session.Replace(p)) })
}

// changed shows a new curated state everywhere and saves it to the
// autosave.
func (w *workbench) changed(r *project.Result) {
	w.mw.showCurated(r.Corpus)
	for _, f := range w.onChanged {
		f(r)
	}
	// The state one undo back is made ready while the analyst reads this
	// one: on a large corpus rebuilding it takes longer than a frame.
	w.session.Prefetch()
	w.autosave()
	w.mw.win.SetTitle(w.title(windowTitle(r.Corpus)))
}

// do records a decision the analyst made in the window.
func (w *workbench) do(d project.Decision) error { return w.doAll(d) }

// doAll records the decisions of one action, undone and redone together.
func (w *workbench) doAll(ds ...project.Decision) error {
	if w.session == nil {
		return errors.New("no corpus is open")
	}
	if len(ds) == 0 {
		return nil // nothing changed
	}
	now := w.now()
	for i := range ds {
		ds[i] = project.Stamp(ds[i], w.author(), now)
	}
	r, err := w.session.DoAll(ds...)
	if err != nil {
		return err
	}
	w.changed(r)
	return nil
}

// doOrShow records a decision and shows why when it cannot be.
func (w *workbench) doOrShow(d project.Decision) {
	if err := w.do(d); err != nil {
		dialog.ShowError(err, w.mw.win)
	}
}

func (w *workbench) onUndo() {
	if w.session == nil {
		return
	}
	if r, ok := w.session.Undo(); ok {
		w.changed(r)
	}
}

func (w *workbench) onRedo() {
	if w.session == nil {
		return
	}
	if r, ok := w.session.Redo(); ok {
		w.changed(r)
	}
}

// save writes the project to path and forgets the autosave.
func (w *workbench) save(path string) error {
	if err := w.session.ToSave(w.author(), w.now()).Save(path); err != nil {
		return err
	}
	old := w.autosavePath()
	w.path = path
	_ = os.Remove(old)
	_ = os.Remove(w.autosavePath())
	w.markSaved()
	w.mw.win.SetTitle(w.title(windowTitle(w.mw.corpus)))
	return nil
}

// onSave saves to the project's file; a project never saved goes beside
// its corpus folder, or, for the shipped seeds, where the analyst says.
func (w *workbench) onSave() {
	if w.session == nil {
		return
	}
	path := w.path
	if path == "" && w.dir != "" {
		path = project.DefaultPath(w.dir)
	}
	if path == "" {
		w.onSaveAs()
		return
	}
	if err := w.save(path); err != nil {
		dialog.ShowError(err, w.mw.win)
	}
}

func (w *workbench) onSaveAs() {
	if w.session == nil {
		return
	}
	d := dialog.NewFileSave(func(uc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, w.mw.win)
			return
		}
		if uc == nil {
			return // cancelled
		}
		path := uc.URI().Path()
		// The dialog created the file; the atomic save replaces it.
		uc.Close()
		if err := w.save(path); err != nil {
			dialog.ShowError(err, w.mw.win)
		}
	}, w.mw.win)
	d.SetFileName(project.DefaultName)
	d.Show()
}

func (w *workbench) onOpen() {
	if w.session == nil {
		return
	}
	w.unlessUnsaved(func() {
		d := dialog.NewFileOpen(func(uc fyne.URIReadCloser, err error) {
			if err != nil {
				dialog.ShowError(err, w.mw.win)
				return
			}
			if uc == nil {
				return
			}
			uc.Close()
			w.openFile(uc.URI().Path())
		}, w.mw.win)
		d.Show()
	})
}

// openFile opens a project file on the corpus shown.
func (w *workbench) openFile(path string) {
	p, err := project.Load(path)
	if err != nil {
		dialog.ShowError(err, w.mw.win)
		return
	}
	// Its declarations of events the corpus lacks are linked first, off
	// the UI goroutine; cancelled, the project shown stays.
	w.prepareThen(p.Decisions, func() {
		r := w.session.Replace(p)
		w.path = path
		w.markSaved()
		w.changed(r)
		w.reportSkipped(r)
	})
}

// newProject is the project a corpus starts with: for the shipped seeds,
// their own (the decisions that declare their storylines and events, each
// undoable, listed in the history); for a folder, an empty one.
func (w *workbench) newProject(c *data.Corpus) *project.Project {
	if w.dir == "" && w.mw.cfg.Seeds != nil {
		if p, err := project.FromFS(w.mw.cfg.Seeds); err == nil {
			return p
		}
	}
	return &project.Project{Corpus: c.Root}
}

func (w *workbench) onNew() {
	if w.session == nil {
		return
	}
	w.unlessUnsaved(func() {
		r := w.session.Replace(w.newProject(w.session.Base))
		w.path = ""
		w.markSaved()
		w.changed(r)
	})
}

// unlessUnsaved runs then at once when nothing is unsaved, else after the
// analyst chose to save or to discard; cancelling runs nothing.
func (w *workbench) unlessUnsaved(then func()) {
	if !w.dirty() {
		then()
		return
	}
	var d dialog.Dialog
	save := widget.NewButton("Save", func() {
		d.Hide()
		w.onSave()
		if !w.dirty() {
			then()
		}
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't save", func() {
		d.Hide()
		_ = os.Remove(w.autosavePath())
		w.markSaved()
		then()
	})
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	msg := widget.NewLabel(fmt.Sprintf("The project has unsaved decisions (%d in all). Save them first?", len(w.session.Project.Decisions)))
	msg.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Unsaved work", container.NewBorder(nil, container.NewHBox(cancel, discard, save), nil, nil, msg), w.mw.win)
	d.Resize(fyne.NewSize(460, 160))
	w.unsaved, w.discard = d, discard
	d.Show()
}

// showCurated shows a new curated state of the same corpus, keeping the
// analyst's place: the view, the filters and the selected event stay.
func (mw *mainWindow) showCurated(c *data.Corpus) {
	var selected string
	if e := mw.timeline.Selected(); e != nil {
		selected = e.ID
	}
	state := mw.filter.state
	if choices := choicesFor(c); !reflect.DeepEqual(choices, choicesFor(mw.corpus)) {
		// A storyline, place or actor came or went: the toolbar's lists
		// follow, keeping what the analyst had chosen where it remains.
		tb := mw.toolbar
		tb.setChoices(choices)
		tb.quiet = true
		tb.search.SetText(state.Query)
		tb.storyline.selectID(state.Storyline)
		tb.actor.selectID(state.Actor)
		tb.place.selectID(state.Place)
		tb.language.selectID(state.Language)
		tb.tag.selectID(state.Tag)
		tb.starring = state.Starred
		showToggled(tb.starred, tb.starring)
		tb.quiet = false
		state = tb.state()
	}
	if state.curated() && mw.work != nil && mw.work.session != nil {
		// Stars and tags filter by the state shown now.
		state.curation = eventCuration(mw.work.result())
	}
	mw.corpus = c
	// Ids are stable under decisions, so the search's hits still hold; a
	// new index (renamed titles, new events) follows from reindex.
	mw.filter = filterWithHits(c, state, mw.filter.hits)
	view := mw.timeline.VisibleRange()
	mw.overview.SetCorpus(c)
	mw.timeline.SetCorpus(c)
	mw.timeline.SetFilter(mw.filter.timelinePredicates())
	mw.timeline.SetView(view)
	mw.excerpts.corpus = c
	mw.charts.setCorpus(c)
	if selected != "" && c.Event(selected) != nil {
		mw.timeline.Select(selected)
	} else {
		mw.excerpts.clear()
	}
	mw.updateStatus()
	mw.reindex(c)
}

// reindex builds the search index of a curated corpus off the UI
// goroutine (titles and events change); the old index answers meanwhile,
// which is right for everything but the changed titles.
func (mw *mainWindow) reindex(c *data.Corpus) {
	go func() {
		s := newCorpusSearch(c)
		fyne.Do(func() {
			if mw.corpus == c {
				mw.search = s
				if mw.filter.state.Query != "" {
					mw.filter.hits = nil // ask again, of the new index
					mw.onFiltersChanged(mw.filter.state)
				}
			}
		})
	}()
}
