package app

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// mainWindow is Caravan's window: the toolbar, the overview strip, the
// timeline, and on the right the excerpts, the article view, the
// problems and the charts. It holds the loaded corpus and the analyst's filters, and its
// on… methods are the handlers every control calls.
type mainWindow struct {
	app   fyne.App
	win   fyne.Window
	cfg   Config
	prefs windowPrefs

	corpus   *data.Corpus
	dir      string // the folder loaded; "" for the shipped seeds
	search   corpusSearch
	searches searchRunner // runs the search box's queries off the UI goroutine
	filter   filter
	dark     bool

	toolbar  *toolbar
	overview *Overview
	timeline *Timeline
	excerpts *excerptPanel
	article  *articleView
	problems *problemsPanel
	charts   *chartsPanel
	loader   *corpusLoader
	tips     *tooltipLayer
	probe    *frameProbe // tells when a frame is on screen
	warm     *warmer     // paints what the next input will show, off screen, while idle
	menu     *windowMenu
	status   *widget.Label
	work     *workbench // the analyst's project (project.go)

	tabs                                            *container.AppTabs
	excerptsTab, articleTab, problemsTab, chartsTab *container.TabItem
	unshown                                         map[*container.TabItem]func() // see whenShown

	// fromOverview is set while the overview drives the timeline, so the
	// timeline's answer does not move the window being dragged.
	fromOverview bool
}

// newMainWindow builds the window's content and menus on w.
func newMainWindow(a fyne.App, w fyne.Window, cfg Config) *mainWindow {
	mw := &mainWindow{app: a, win: w, cfg: cfg, prefs: windowPrefs{a.Preferences()}}
	mw.dark = mw.prefs.dark()
	// The theme is set before any widget is made: a renderer made under the
	// desktop's theme may keep its colours after the switch.
	a.Settings().SetTheme(newVariantTheme(mw.dark))
	mw.tips = newTooltipLayer()
	mw.probe = newFrameProbe()
	mw.toolbar = newToolbar(mw, mw.tips)
	mw.overview = NewOverview()
	mw.overview.OnWindowChanged = mw.onOverviewDragged
	mw.overview.OnUndated = mw.onShowUndated
	mw.searches.delay = searchDelay
	mw.overview.SetLinear(mw.prefs.linear())
	mw.timeline = NewTimeline()
	mw.timeline.SetLinear(mw.prefs.linear())
	mw.setHideUnsupported(mw.prefs.hideUnsupported())
	mw.timeline.SetCuration(mw.starredEvent, mw.eventStatus)
	mw.timeline.OnEventSelected = mw.onEventSelected
	mw.timeline.OnArticleSelected = mw.onArticleSelected
	mw.timeline.OnArticlesSelected = mw.onShowArticles
	mw.timeline.OnOpenExcerpt = mw.onOpenFirstExcerpt
	mw.timeline.OnViewChanged = mw.onViewChanged
	mw.timeline.OnEscape = mw.onClearSearch
	mw.timeline.OnInput = mw.probe.measure
	mw.timeline.OnHover = mw.onEventHovered
	mw.excerpts = newExcerptPanel(a.Clipboard(), mw.onOpenArticle, mw.onSelectEvent)
	mw.excerpts.onHoverOpen = mw.onOpenHovered
	mw.article = newArticleView()
	mw.problems = newProblemsPanel(mw.onOpenWholeArticle)
	mw.charts = newChartsPanel(mw.onExport)
	mw.loader = newCorpusLoader(cfg.Open)
	mw.loader.afterPaint = mw.probe.afterNextFrame
	mw.loader.log = mw.probe.log
	mw.status = widget.NewLabel("")
	mw.work = newWorkbench(mw, cfg.Project)
	mw.menu = newWindowMenu(mw)

	mw.excerptsTab = container.NewTabItem("Excerpts", mw.excerpts.root)
	mw.articleTab = container.NewTabItem("Article", mw.article.root)
	mw.problemsTab = container.NewTabItem("Problems", mw.problems.root)
	mw.chartsTab = container.NewTabItem("Charts", mw.charts.root)
	mw.tabs = container.NewAppTabs(mw.excerptsTab, mw.articleTab, mw.problemsTab, mw.chartsTab)
	mw.tabs.OnSelected = mw.onTabSelected
	mw.work.attach()
	for _, it := range mw.tabs.Items {
		// The charts panel reads its own visibility to draw only when
		// shown, and costs little to refresh.
		if it != mw.chartsTab {
			it.Content = newQuietTab(it.Content) // see quietTab
		}
	}

	split := container.NewHSplit(mw.timeline, mw.tabs)
	split.Offset = 0.62
	top := container.NewVBox(mw.toolbar.root, mw.overview)
	bottom := container.NewVBox(mw.loader.root, mw.status)
	mw.warm = newWarmer(mw)
	w.SetContent(container.NewStack(container.NewBorder(top, bottom, nil, nil, split), mw.tips.root, mw.probe.root, mw.warm.layer))
	w.SetMainMenu(mw.menu.main)
	w.SetCloseIntercept(mw.onClose)
	mw.applyToggles()
	mw.setCorpus(nil)
	return mw
}

// startDir is the folder to open at start: the command line's, else the
// shipped seeds (""). The folder opened last is remembered, but not opened
// by itself: `caravan` with no folder promises the shipped corpus, and a
// large folder from last week should not slow every start. File → Reopen
// and the folder dialog's starting place use it.
func startDir(cfg Config) string { return cfg.CorpusDir }

// lastDir is the folder opened last, if it is still there, or "".
func (mw *mainWindow) lastDir() string {
	dir := mw.prefs.corpusDir()
	if dir == "" {
		return ""
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return ""
	}
	return dir
}

// load loads a folder in the background; the window stays usable.
func (mw *mainWindow) load(dir string) {
	if mw.work.dirty() { // another corpus would close the project: save first?
		mw.work.unlessUnsaved(func() { mw.load(dir) })
		return
	}
	mw.loader.start(dir, func(c *data.Corpus, search corpusSearch, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("could not open the corpus: %w", err), mw.win)
			return
		}
		mw.dir = dir
		if dir != "" { // going back to the seeds keeps the last folder for Reopen
			mw.prefs.setCorpusDir(dir)
		}
		mw.showCorpus(c, search)
	})
}

// setCorpus shows a corpus, indexing it for the search box on the UI
// goroutine; a load indexes in the background and calls showCorpus.
func (mw *mainWindow) setCorpus(c *data.Corpus) { mw.showCorpus(c, newCorpusSearch(c)) }

// showCorpus shows a corpus and its search, with filters and selection
// reset.
func (mw *mainWindow) showCorpus(c *data.Corpus, search corpusSearch) {
	mw.searches.cancel()
	c = mw.work.opened(c, mw.dir) // the analyst's decisions over the computed corpus
	mw.corpus = c
	mw.search = search
	mw.filter = newFilter(c, filterState{}, mw.search)
	mw.toolbar.setChoices(choicesFor(c))
	mw.overview.SetCorpus(c)
	mw.timeline.SetCorpus(c)
	mw.timeline.SetFilter(nil, nil)
	mw.excerpts.setCorpus(c)
	mw.article.clear()
	mw.problems.setCorpus(c)
	mw.problemsTab.Text = mw.problems.title()
	mw.charts.setCorpus(c)
	mw.tabs.Refresh()
	mw.win.SetTitle(mw.work.title(windowTitle(c)))
	mw.updateStatus()
	if c != nil {
		mw.win.Canvas().Focus(mw.timeline)
	}
	mw.warm.hovered, mw.warm.hoveredOpen = nil, nil // of the corpus shown before
	mw.warm.soon()
}

// windowTitle names the corpus shown.
func windowTitle(c *data.Corpus) string {
	if c == nil || c.Root == "" {
		return "Caravan"
	}
	return "Caravan — " + c.Root
}

// updateStatus writes the counts under the window.
func (mw *mainWindow) updateStatus() {
	c := mw.corpus
	if c == nil {
		mw.status.SetText("No corpus loaded.")
		return
	}
	s := fmt.Sprintf("%s · %s · %s", plural(len(c.Articles), "article"), plural(len(c.Events), "event"), plural(len(corpusLanguages(c)), "language"))
	if mw.filter.active() {
		n := 0
		for _, e := range c.Events {
			if mw.filter.eventMatches(e) {
				n++
			}
		}
		s += fmt.Sprintf(" · %d match the search and filters", n)
	}
	if len(c.Problems) > 0 {
		s += " · " + plural(len(c.Problems), "file") + " not loaded"
	}
	mw.status.SetText(s)
}

// onFiltersChanged applies the search box and filters. A new query is run
// off the UI goroutine once the typing pauses (see searchRunner); the
// filters apply at once.
func (mw *mainWindow) onFiltersChanged(s filterState) {
	switch {
	case s.Query == "" || mw.search == nil:
		mw.searches.cancel()
		mw.applyFilter(filterWithHits(mw.corpus, s, nil))
	case mw.filter.hits != nil && s.Query == mw.filter.state.Query:
		mw.searches.cancel()
		mw.applyFilter(filterWithHits(mw.corpus, s, mw.filter.hits))
	default:
		typed := time.Now()
		mw.probe.measure("search keystroke")
		mw.status.SetText("Searching for " + s.Query + "…")
		mw.searches.run(mw.search, s.Query, func(hits searchHits) {
			mw.probe.measureSince(fmt.Sprintf("results of %q (debounce, search, list), since its keystroke", s.Query), typed)
			mw.applyFilter(filterWithHits(mw.corpus, s, &hits))
		})
	}
}

// waitForSearch runs a pending search now and waits for its results to be
// shown; for tests.
func (mw *mainWindow) waitForSearch() { mw.searches.flush() }

// applyFilter shows a filter on the timeline, the overview and the excerpt
// panel.
func (mw *mainWindow) applyFilter(f filter) {
	mw.filter = f
	s := f.state
	if f.hits != nil {
		// The hits are listed in the excerpt panel: its tab comes forward
		// first, so the panels behind it do not start drawing.
		mw.tabs.Select(mw.excerptsTab)
	}
	mw.timeline.SetFilter(mw.filter.timelinePredicates())
	mw.overview.SetMatching(mw.filter.articlePredicate())
	mw.charts.setFilters(mw.filter)
	switch {
	case mw.filter.hits != nil:
		mw.excerpts.showSearch(s.Query, *mw.filter.hits)
	case mw.timeline.Selected() != nil:
		mw.excerpts.showEvent(mw.timeline.Selected())
	default:
		mw.excerpts.clear()
	}
	mw.updateStatus()
}

// onEventSelected shows the event's passages, or clears the panel.
func (mw *mainWindow) onEventSelected(e *data.Event) {
	mw.excerpts.showEvent(e)
	if e != nil {
		mw.tabs.Select(mw.excerptsTab)
	}
	mw.warm.soon()
}

// onEventHovered warms the event under the pointer, which a click may
// select next (see warmer).
func (mw *mainWindow) onEventHovered(e *data.Event) {
	if e == mw.warm.hovered {
		return
	}
	mw.warm.hovered = e
	if e != nil {
		mw.warm.soon()
	}
}

// onOpenHovered warms the article of the passage whose "Open article"
// the pointer is on (nil: it left the button).
func (mw *mainWindow) onOpenHovered(x *data.Excerpt) {
	mw.warm.hoveredOpen = x
	if x != nil {
		mw.warm.soon()
	}
}

// onArticleSelected lists the events the article supports.
func (mw *mainWindow) onArticleSelected(a *data.Article) {
	mw.excerpts.showArticle(a)
	if a != nil {
		mw.tabs.Select(mw.excerptsTab)
	}
}

// onShowUndated lists the undated articles in the excerpt panel.
func (mw *mainWindow) onShowUndated() {
	if mw.corpus == nil {
		return
	}
	var undated []*data.Article
	for _, a := range mw.corpus.Articles {
		if a.Date.IsZero() {
			undated = append(undated, a)
		}
	}
	mw.onShowArticles("Undated articles", undated)
}

// onShowArticles lists articles in the excerpt panel.
func (mw *mainWindow) onShowArticles(title string, articles []*data.Article) {
	mw.excerpts.showArticles(title, articles)
	mw.tabs.Select(mw.excerptsTab)
}

// onTabSelected lets the charts panel draw what changed while it was
// hidden, and a tab fill itself (whenShown).
func (mw *mainWindow) onTabSelected(t *container.TabItem) {
	mw.probe.measure("tab " + t.Text)
	if t == mw.chartsTab {
		mw.charts.shown()
	}
	if f := mw.unshown[t]; f != nil {
		delete(mw.unshown, t)
		f()
	}
}

// whenShown runs fill now if tab is the tab in front, else the next time
// it is selected; a later fill replaces one still waiting. A panel behind
// another need not be filled: the Articles tab's 10,000 rows took half of
// the time a load spent showing its corpus.
func (mw *mainWindow) whenShown(tab *container.TabItem, fill func()) {
	if mw.tabs.Selected() == tab {
		delete(mw.unshown, tab)
		fill()
		return
	}
	if mw.unshown == nil {
		mw.unshown = map[*container.TabItem]func(){}
	}
	mw.unshown[tab] = fill
}

// onSelectEvent selects an event by id, from a list in a panel.
func (mw *mainWindow) onSelectEvent(id string) { mw.timeline.Select(id) }

// onOpenFirstExcerpt opens the article of the event's first passage (Enter).
func (mw *mainWindow) onOpenFirstExcerpt(e *data.Event) {
	if len(e.Excerpts) > 0 {
		mw.onOpenArticle(e.Excerpts[0])
	}
}

// onOpenArticle shows the excerpt's whole article, scrolled to the
// passage with its evidence highlighted.
func (mw *mainWindow) onOpenArticle(x data.Excerpt) {
	mw.probe.measure("open an article")
	a, spans := mw.openedArticle(x)
	if a == nil {
		return
	}
	mw.tabs.Select(mw.articleTab)
	mw.article.show(a, x.Paragraph, spans)
	mw.warm.soon()
}

// openedArticle is the article opening x shows, and the highlights of
// the passage it is opened on; nil if x's article is not in the corpus.
func (mw *mainWindow) openedArticle(x data.Excerpt) (*data.Article, []textSpan) {
	a := excerptArticle(mw.corpus, x)
	if a == nil {
		return nil, nil
	}
	var spans []textSpan
	if x.Paragraph >= 0 && x.Paragraph < len(a.Paragraphs) {
		spans = evidenceSpans(x.Evidence, a.Paragraphs[x.Paragraph].Start)
	}
	return a, spans
}

// onOpenWholeArticle shows an article from its top.
func (mw *mainWindow) onOpenWholeArticle(a *data.Article) {
	mw.onOpenArticle(data.Excerpt{Article: a.ID, Paragraph: -1, ArticleRef: a})
}

// onViewChanged moves the overview's window with the timeline.
func (mw *mainWindow) onViewChanged(r timeRange) {
	if !mw.fromOverview {
		mw.overview.SetWindow(r)
	}
}

// onOverviewDragged shows the range the analyst drew on the overview.
func (mw *mainWindow) onOverviewDragged(r timeRange) {
	mw.fromOverview = true
	defer func() { mw.fromOverview = false }()
	mw.timeline.SetView(r)
}

// onOpenFolder asks for a corpus folder and loads it.
func (mw *mainWindow) onOpenFolder() {
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, mw.win)
			return
		}
		if uri == nil {
			return // cancelled
		}
		mw.load(uri.Path())
	}, mw.win)
	if dir := mw.lastDir(); dir != "" {
		if loc, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(loc)
		}
	}
	d.Resize(mw.win.Canvas().Size().Subtract(fyne.NewSize(200, 200)))
	d.Show()
}

// onOpenSeeds goes back to the shipped corpus.
func (mw *mainWindow) onOpenSeeds() { mw.load("") }

// onReopenLast opens the folder opened last, if there is one.
func (mw *mainWindow) onReopenLast() {
	dir := mw.lastDir()
	if dir == "" {
		dialog.ShowInformation("Reopen", "No other corpus folder has been opened yet, or it is gone.", mw.win)
		return
	}
	mw.load(dir)
}

func (mw *mainWindow) onExport()  { showExportDialog(mw) }
func (mw *mainWindow) onPresent() { startPresentation(mw) }
func (mw *mainWindow) onZoomIn()  { mw.timeline.Zoom(keyZoomFactor) }
func (mw *mainWindow) onZoomOut() { mw.timeline.Zoom(1 / keyZoomFactor) }
func (mw *mainWindow) onFitAll()  { mw.timeline.FitAll() }

// onToggleLinear switches the time scale and remembers the choice.
func (mw *mainWindow) onToggleLinear() {
	mw.timeline.SetLinear(!mw.timeline.Linear())
	mw.overview.SetLinear(mw.timeline.Linear())
	mw.prefs.setLinear(mw.timeline.Linear())
	mw.applyToggles()
}

// onToggleDark switches the theme and remembers the choice.
func (mw *mainWindow) onToggleDark() {
	mw.dark = !mw.dark
	mw.prefs.setDark(mw.dark)
	mw.applyToggles()
}

// applyToggles shows the scale and theme choices in the toolbar and the
// menu, and applies the theme.
func (mw *mainWindow) applyToggles() {
	mw.app.Settings().SetTheme(newVariantTheme(mw.dark))
	mw.toolbar.showToggles(mw.timeline.Linear(), mw.dark)
	mw.menu.showToggles(mw.timeline.Linear(), mw.dark)
}

// onFocusSearch puts the keyboard in the search box (Ctrl+F).
func (mw *mainWindow) onFocusSearch() { mw.win.Canvas().Focus(mw.toolbar.search) }

// onSearchEscape gives the keyboard back to the timeline once Esc has
// cleared the search box.
func (mw *mainWindow) onSearchEscape() { mw.win.Canvas().Focus(mw.timeline) }

// onClearSearch empties the search box (Esc on the timeline with nothing
// selected).
func (mw *mainWindow) onClearSearch() { mw.toolbar.search.SetText("") }

func (mw *mainWindow) onAbout() {
	dialog.ShowInformation("About Caravan",
		"Caravan places a multilingual news corpus on a timeline and links every event to the passages that support it.", mw.win)
}

// onClose remembers the window before closing it.
func (mw *mainWindow) onClose() {
	mw.work.unlessUnsaved(func() {
		mw.saveState()
		mw.win.Close()
	})
}

// onQuit remembers the window and quits.
func (mw *mainWindow) onQuit() {
	mw.work.unlessUnsaved(func() {
		mw.saveState()
		mw.app.Quit()
	})
}

// saveState remembers the window's size; the folder, scale and theme are
// remembered when they change.
func (mw *mainWindow) saveState() {
	mw.prefs.setSize(mw.win.Canvas().Size())
}
