package app

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/app/bidi"
	"github.com/caravan-analytics/caravan/data"
)

// newTestMainWindow opens the real window on the test driver, showing c.
func newTestMainWindow(t *testing.T, c *data.Corpus) *mainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	mw := newMainWindow(a, w, Config{Open: func(context.Context, string, func(data.Progress)) (*data.Corpus, error) {
		return c, nil
	}})
	w.Resize(fyne.NewSize(1400, 900))
	mw.setCorpus(c)
	return mw
}

// labelTexts gathers the text of every label and rich text under o.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *bidi.Paragraph:
			out = append(out, w.Text())
		case *widget.Button:
			out = append(out, w.Text)
		case *rowButton:
			out = append(out, w.text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *widget.Form:
			for _, it := range w.Items {
				out = append(out, it.Text)
				walk(it.Widget)
			}
		}
	}
	walk(o)
	return out
}

func containsText(texts []string, want string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) })
}

func TestSelectingAnEventShowsItsPassagesByArticle(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	mw.timeline.Select("summit")

	if mw.excerpts.event != c.Event("summit") {
		t.Fatalf("excerpt panel shows %v, want the summit", mw.excerpts.event)
	}
	var langs []string
	for _, x := range mw.excerpts.passages {
		langs = append(langs, x.Language)
	}
	if !slices.Equal(langs, []string{"nl", "de", "ar"}) {
		t.Errorf("passages in %v, want one per article in article order", langs)
	}
	texts := labelTexts(allRows(mw.excerpts.list))
	for _, want := range []string{"SCO summit in Samarkand", "15 Sep 2022 – 16 Sep 2022 (exact day)", "Samarkand", "Xi Jinping",
		"Xi reist am Mittwoch nach Kasachstan.", "de-visit.txt · 13 Sep 2022", "ar-visit.txt · Sep 2022 (month only) — test header",
		"Der Gipfel in Samarkand beginnt am Donnerstag.", "وصل شي إلى سمرقند لحضور القمة.", "Open article", "Copy citation"} {
		if !containsText(texts, want) {
			t.Errorf("excerpt panel lacks %q", want)
		}
	}
	// Each article is named by its headline (its first line here), the
	// file second; never by its bare id.
	headline := slices.Index(texts, "Xi reist am Mittwoch nach Kasachstan.")
	file := slices.IndexFunc(texts, func(s string) bool { return strings.HasPrefix(s, "de-visit.txt") })
	if headline < 0 || file < headline {
		t.Errorf("the German article's headline at %d, its file at %d: want the headline first", headline, file)
	}
	if containsText(texts, "Article ") {
		t.Errorf("an article is still named by its id: %q", texts)
	}
	if mw.tabs.Selected() != mw.excerptsTab {
		t.Error("selecting an event should bring the excerpts forward")
	}
}

func TestCopyCitationPutsThePassageOnTheClipboard(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	mw.timeline.Select("visit")
	var copyButtons []*rowButton
	var find func(fyne.CanvasObject)
	find = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *rowButton:
			if w.text == "Copy citation" {
				copyButtons = append(copyButtons, w)
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				find(c)
			}
		}
	}
	find(allRows(mw.excerpts.list))
	if len(copyButtons) != 2 {
		t.Fatalf("%d copy buttons, want one per passage (2)", len(copyButtons))
	}
	test.Tap(copyButtons[1])
	got := mw.app.Clipboard().Content()
	if !strings.Contains(got, "التقى توكاييف مع شي في نور سلطان.") || !strings.Contains(got, "(ar-visit.txt)") {
		t.Errorf("clipboard = %q", got)
	}
}

func TestEnterOpensTheFirstPassageInTheArticleView(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	mw.timeline.Select("unrest")
	mw.win.Canvas().Focus(mw.timeline)
	mw.timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})

	if mw.tabs.Selected() != mw.articleTab {
		t.Fatal("Enter should show the article")
	}
	if mw.article.article != c.Article("nl-unrest") || mw.article.focus != 0 {
		t.Errorf("article view shows %v at paragraph %d", mw.article.article, mw.article.focus)
	}
	texts := labelTexts(allRows(mw.article.list))
	if !containsText(texts, "1 repeated paragraph hidden") {
		t.Errorf("the repeated paragraph is not noted: %q", texts)
	}
	// Counted among the paragraphs: the title repeats the first line.
	n := 0
	for _, p := range paragraphsIn(allRows(mw.article.list)) {
		if p.Text() == "Tokajev vroeg donderdag de hulp van Rusland." {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the repeated paragraph is shown %d times, want once", n)
	}
}

func TestSearchDimsTheRestAndListsPassages(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	test.Type(mw.toolbar.search, "Tokayev")
	mw.waitForSearch()

	var found []string
	for _, x := range mw.excerpts.passages {
		found = append(found, x.Article+"/"+x.Text[x.Evidence[0].Start-x.Start:x.Evidence[0].End-x.Start])
	}
	if want := []string{"nl-unrest/Tokajev", "ar-visit/توكاييف"}; mw.excerpts.event != nil || !slices.Equal(found, want) {
		t.Errorf("search lists %q, want %q: the name in every language's spelling", found, want)
	}
	visible, dimmed := mw.filter.timelinePredicates()
	if visible != nil || dimmed == nil || dimmed(c.Event("unrest")) || dimmed(c.Event("visit")) || !dimmed(c.Event("summit")) {
		t.Error("the search should dim the events it did not find, and only those")
	}
	if !strings.Contains(mw.status.Text, "2 match") {
		t.Errorf("status = %q", mw.status.Text)
	}

	// Esc in the box clears the search and gives the timeline the keys.
	mw.win.Canvas().Focus(mw.toolbar.search)
	mw.toolbar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if mw.toolbar.search.Text != "" || mw.filter.active() {
		t.Errorf("Esc left the search %q", mw.toolbar.search.Text)
	}
	if mw.win.Canvas().Focused() != mw.timeline {
		t.Error("Esc should give the focus back to the timeline")
	}
}

func TestFiltersUpdateTheOverviewCounts(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	total := func() (all, matching float64) {
		for _, b := range mw.overview.Bins() {
			all, matching = all+b.All, matching+b.Matching
		}
		return
	}
	if all, matching := total(); all != 3 || matching != 3 {
		t.Fatalf("overview counts %v of %v, want 3 of 3", matching, all)
	}
	mw.toolbar.language.selectID("ar")
	if all, matching := total(); all != 3 || matching < 0.999 || matching > 1.001 {
		t.Errorf("with Arabic only the overview counts %v of %v, want 1 of 3", matching, all)
	}
	if mw.filter.state.Language != "ar" {
		t.Errorf("filter state = %+v", mw.filter.state)
	}
}

func TestProblemsPanelListsFilesAndWarnings(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	if mw.problemsTab.Text != "Problems (2)" {
		t.Errorf("tab title = %q", mw.problemsTab.Text)
	}
	texts := labelTexts(allRows(mw.problems.list))
	for _, want := range []string{"broken.txt", "not valid text", "ar-visit", "no date in the header"} {
		if !containsText(texts, want) {
			t.Errorf("problems panel lacks %q", want)
		}
	}
}

func TestTogglesAreRemembered(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	mw.onToggleDark()
	mw.onToggleLinear()
	if !mw.prefs.dark() || !mw.prefs.linear() || !mw.timeline.Linear() {
		t.Error("the theme and scale choices are not remembered")
	}
	if !mw.menu.dark.Checked || !mw.menu.linear.Checked {
		t.Error("the menu does not tick the choices")
	}
	if mw.app.Settings().Theme().Color("background", 0) == newVariantTheme(false).Color("background", 0) {
		t.Error("the dark theme is not applied")
	}
	mw.win.Resize(fyne.NewSize(1234, 777))
	mw.saveState()
	if s := mw.prefs.size(); s.Width != 1234 || s.Height != 777 {
		t.Errorf("remembered size %v", s)
	}
}

func TestLoaderReportsProgressAndCanBeCancelled(t *testing.T) {
	test.NewTempApp(t)
	reported, release := make(chan struct{}), make(chan struct{})
	var cancelled bool
	l := newCorpusLoader(func(ctx context.Context, dir string, progress func(data.Progress)) (*data.Corpus, error) {
		progress(data.Progress{Stage: "reading", Done: 1, Total: 4})
		close(reported)
		<-release
		cancelled = ctx.Err() != nil
		return &data.Corpus{Root: dir}, ctx.Err()
	})
	delivered := false
	l.start("first", func(*data.Corpus, corpusSearch, error) { delivered = true })
	<-reported
	if !l.loading() || l.root.Hidden || l.bar.Value != 0.25 || l.stage.Text != "reading 1/4" {
		t.Errorf("while loading: shown %v, bar %v, stage %q", !l.root.Hidden, l.bar.Value, l.stage.Text)
	}
	l.onCancel()
	close(release)
	l.wait()
	if !cancelled {
		t.Error("cancel did not reach the loader's context")
	}
	if delivered {
		t.Error("a cancelled load delivered its result")
	}
	if l.loading() || !l.root.Hidden {
		t.Error("cancel should hide the progress bar")
	}

	var got *data.Corpus
	var gotErr error
	l.load = func(ctx context.Context, dir string, progress func(data.Progress)) (*data.Corpus, error) {
		if dir == "missing" {
			return nil, errors.New("no such folder")
		}
		return &data.Corpus{Root: dir}, nil
	}
	l.start("good", func(c *data.Corpus, _ corpusSearch, err error) { got, gotErr = c, err })
	l.wait()
	if got == nil || got.Root != "good" || gotErr != nil {
		t.Errorf("loaded %v, %v", got, gotErr)
	}
	l.start("missing", func(c *data.Corpus, _ corpusSearch, err error) { got, gotErr = c, err })
	l.wait()
	if gotErr == nil {
		t.Error("the loader's error was not handed back")
	}
}

func TestHideOthersHidesRatherThanDims(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	mw.toolbar.storyline.selectID("unrest")
	test.Tap(mw.toolbar.hide)
	if !mw.filter.state.Hide || mw.toolbar.hide.Importance != widget.HighImportance {
		t.Fatal("the toggle did not switch to hiding")
	}
	for _, m := range mw.timeline.Scene().Marks {
		if m.Event.Storyline != "unrest" {
			t.Errorf("%s is still drawn", m.Event.ID)
		}
	}
	test.Tap(mw.toolbar.hide)
	if mw.filter.state.Hide {
		t.Error("a second tap should go back to dimming")
	}
}

func TestToolbarButtonsShowTipsWhileHovered(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	b := mw.toolbar.linear
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(5, 5)
	test.MoveMouse(mw.win.Canvas(), at)
	if got := mw.tips.shown(); !strings.Contains(got, "Ctrl+L") {
		t.Errorf("hovering the scale button shows %q", got)
	}
	// The tip must not take the pointer from the button under it.
	test.MoveMouse(mw.win.Canvas(), at.AddXY(1, 0))
	if mw.tips.shown() == "" {
		t.Error("the tip went away while the pointer stayed on the button")
	}
	test.MoveMouse(mw.win.Canvas(), fyne.NewPos(700, 600))
	if got := mw.tips.shown(); got != "" {
		t.Errorf("the tip %q stays after the pointer left", got)
	}
}

func TestAFailedLoadIsReportedAndKeepsTheCorpus(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	mw.loader.load = func(context.Context, string, func(data.Progress)) (*data.Corpus, error) {
		return nil, errors.New("cannot read corpus folder /nowhere")
	}
	overlays := len(mw.win.Canvas().Overlays().List())
	mw.load("/nowhere")
	mw.loader.wait()
	if len(mw.win.Canvas().Overlays().List()) != overlays+1 {
		t.Error("the error was not shown")
	}
	if mw.corpus != c || mw.prefs.corpusDir() == "/nowhere" {
		t.Error("a failed load replaced the corpus or was remembered")
	}
}

func TestMenusCarryTheActionsAndShortcuts(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	want := map[string]fyne.KeyName{
		"Open folder…": fyne.KeyO, "Export…": fyne.KeyE, "Present": fyne.KeyP, "Quit": fyne.KeyQ,
		"Search…": fyne.KeyF, "Fit all": fyne.Key0, "Zoom in": fyne.KeyEqual, "Zoom out": fyne.KeyMinus,
		"Linear scale": fyne.KeyL, "Dark theme": fyne.KeyD, "About Caravan": "",
	}
	for _, m := range mw.menu.main.Items {
		for _, it := range m.Items {
			key, ok := want[it.Label]
			if !ok {
				continue
			}
			delete(want, it.Label)
			if it.Action == nil {
				t.Errorf("%s does nothing", it.Label)
			}
			var got fyne.KeyName
			if sc, ok := it.Shortcut.(fyne.KeyboardShortcut); ok {
				got = sc.Key()
			}
			if got != key {
				t.Errorf("%s has shortcut %q, want Ctrl+%q", it.Label, got, key)
			}
		}
	}
	for label := range want {
		t.Errorf("no menu item %s", label)
	}

	mw.onFocusSearch()
	if mw.win.Canvas().Focused() != mw.toolbar.search {
		t.Error("Ctrl+F should put the keyboard in the search box")
	}
	before := mw.timeline.VisibleRange().Duration()
	mw.onZoomIn()
	if mw.timeline.VisibleRange().Duration() >= before {
		t.Error("View > Zoom in did not zoom")
	}
}

func TestStartIsTheShippedCorpusAndReopenBringsBackTheLastFolder(t *testing.T) {
	c := winCorpus()
	mw := newTestMainWindow(t, c)
	dir := t.TempDir()
	var loaded []string
	mw.loader.load = func(_ context.Context, d string, _ func(data.Progress)) (*data.Corpus, error) {
		loaded = append(loaded, d)
		return c, nil
	}
	mw.load(dir)
	mw.loader.wait()
	mw.onOpenSeeds()
	mw.loader.wait()
	if got := startDir(Config{}); got != "" {
		t.Errorf("with no folder on the command line the window starts on %q, want the seeds", got)
	}
	if got := startDir(Config{CorpusDir: "/x"}); got != "/x" {
		t.Errorf("startDir ignores the command line: %q", got)
	}
	if mw.lastDir() != dir {
		t.Fatalf("going back to the seeds forgot the last folder: %q", mw.lastDir())
	}
	mw.onReopenLast()
	mw.loader.wait()
	if want := []string{dir, "", dir}; strings.Join(loaded, "|") != strings.Join(want, "|") {
		t.Errorf("loaded %q, want %q", loaded, want)
	}
}
