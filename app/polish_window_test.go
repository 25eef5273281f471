package app

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// TestWindowFitsA1366By768Screen fits the default and a remembered size
// larger than the screen, then lays the window out at the fitted size: the
// content's minimum fits, and every part of the toolbar lies inside the
// window.
func TestWindowFitsA1366By768Screen(t *testing.T) {
	mw := newTestMainWindow(t, seedCorpus(t))
	min := mw.win.Content().MinSize()
	for _, want := range []fyne.Size{{Width: defaultWindowWidth, Height: defaultWindowHeight}, {Width: 2560, Height: 1440}} {
		got := fitWindow(want, fyne.Size{}, min)
		if got.Width > 1366 || got.Height > 768-titleBarAllowance {
			t.Errorf("%v is fitted to %v, larger than a 1366×768 screen", want, got)
		}
	}
	if got := fitWindow(fyne.NewSize(1000, 600), fyne.NewSize(1920, 1080), min); got != fyne.NewSize(1000, 600) {
		t.Errorf("a size that fits became %v", got)
	}
	size := fitWindow(fyne.NewSize(defaultWindowWidth, defaultWindowHeight), fyne.Size{}, min)
	mw.win.Resize(size)
	if min.Width > size.Width || min.Height > size.Height {
		t.Fatalf("the content needs %v, more than %v", min, size)
	}
	root := mw.toolbar.root
	for _, o := range root.(*fyne.Container).Objects {
		if right := o.Position().X + o.Size().Width; right > root.Size().Width+0.5 || o.Position().X < 0 {
			t.Errorf("a toolbar part spans %v to %v, outside the toolbar's %v", o.Position().X, right, root.Size().Width)
		}
	}
}

// TestToolbarDropsWordsWhenNarrow lays the toolbar out wide and narrow:
// the buttons keep their words where there is room and lose them, keeping
// their icons, where there is not, so the row's minimum stays below the
// screen.
func TestToolbarDropsWordsWhenNarrow(t *testing.T) {
	mw := newTestMainWindow(t, seedCorpus(t))
	tb := mw.toolbar
	tb.root.Resize(fyne.NewSize(2400, 40))
	if tb.compact || tb.linear.Text != "Linear" || tb.legend.Text != "Legend" {
		t.Fatalf("at 2400 wide the buttons read %q %q", tb.linear.Text, tb.legend.Text)
	}
	wide := tb.search.Size().Width
	tb.root.Resize(fyne.NewSize(1000, 40))
	if !tb.compact || tb.linear.Text != "" || tb.linear.Icon == nil {
		t.Fatalf("at 1000 wide the Linear button reads %q", tb.linear.Text)
	}
	if tb.search.Size().Width <= 60 || tb.search.Size().Width >= wide {
		t.Errorf("the search box is %v wide (was %v)", tb.search.Size().Width, wide)
	}
	if m := tb.root.MinSize().Width; m > 1000 {
		t.Errorf("the compact toolbar needs %v", m)
	}
	tb.root.Resize(fyne.NewSize(2400, 40))
	if tb.compact || tb.dark.Text != "Dark" {
		t.Errorf("widened again, the Dark button reads %q", tb.dark.Text)
	}
}

// TestShortcutListHasEveryMenuShortcut opens Help → Keyboard shortcuts'
// list and checks it names every shortcut of the menus and the keys of the
// timeline and presentation.
func TestShortcutListHasEveryMenuShortcut(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	texts := labelTexts(shortcutList(mw.menu.main))
	joined := strings.Join(texts, "\n")
	n := 0
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
			if it.Shortcut != nil {
				n++
				if !strings.Contains(joined, shortcutText(it.Shortcut)) || !strings.Contains(joined, strings.TrimSuffix(it.Label, "…")) {
					t.Errorf("the list lacks %s (%s)", it.Label, shortcutText(it.Shortcut))
				}
			}
		}
	}
	for _, m := range mw.menu.main.Items {
		walk(m.Items)
	}
	if n < 10 {
		t.Errorf("only %d menu shortcuts found", n)
	}
	for _, want := range []string{"Ctrl+S", "Ctrl+Shift+Z", "Ctrl+/", "Keyboard shortcuts", "Shift+Right / Shift+Left", "Home / End", "hide or show the speaker notes"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the list lacks %q", want)
		}
	}
}

// TestLegendNamesEveryLanguageInItsColour checks the legend's article rows:
// one per language of the corpus, named in English.
func TestLegendNamesEveryLanguageInItsColour(t *testing.T) {
	c := winCorpus()
	test.NewTempApp(t)
	texts := strings.Join(labelTexts(newLegend(c)), "\n")
	for _, want := range []string{"articles in Dutch", "articles in German", "articles in Arabic", "an event known only to the month", "an article dated to the day"} {
		if !strings.Contains(texts, want) {
			t.Errorf("the legend lacks %q:\n%s", want, texts)
		}
	}
	if strings.Contains(texts, "articles in English") {
		t.Error("the legend names a language the corpus lacks")
	}
}

// TestLanguageColoursStandOutOnBothThemes measures every language colour
// against the window's real backgrounds, light and dark.
func TestLanguageColoursStandOutOnBothThemes(t *testing.T) {
	test.NewTempApp(t)
	for _, dark := range []bool{false, true} {
		bg := newVariantTheme(dark).Color(theme.ColorNameBackground, theme.VariantLight)
		for _, lang := range []string{"nl", "de", "ar", "en", "fr", "ru", "zh", "xx", ""} {
			if r := contrast(languageColor(lang), bg); r < 3 {
				t.Errorf("dark=%v: %q marks at %.2f:1 on the background", dark, lang, r)
			}
		}
	}
}

// TestANewDeckLeavesOutBackgroundAndWeakEvents checks the default plan on
// the seeds and the chooser's check boxes and arrows.
func TestANewDeckLeavesOutBackgroundAndWeakEvents(t *testing.T) {
	c := seedCorpus(t)
	mw := newTestMainWindow(t, c)
	plan := planFor(mw)
	chosen := plan.chosen()
	if len(chosen) == 0 || len(chosen) == len(plan.order) {
		t.Fatalf("the default deck presents %d of %d events", len(chosen), len(plan.order))
	}
	for _, e := range plan.order {
		left := plan.skip[e]
		if want := e.Storyline == data.OtherStoryline || weakEvent(e); left != want {
			t.Errorf("%s (storyline %s, %d passages): left out %v", e.ID, e.Storyline, len(e.Excerpts), left)
		}
	}
	sc := newSlideChooser(plan)
	w := test.NewTempWindow(t, sc.list)
	w.Resize(fyne.NewSize(700, 900))
	first := plan.order[0]
	// Tick the first row's box (drawn by the list): the event is presented.
	check := firstCheck(w.Canvas().Content())
	if check == nil {
		t.Fatal("the chooser shows no check boxes")
	}
	check.SetChecked(false)
	if containsEvent(plan.chosen(), first) {
		t.Error("unticking an event left it in the deck")
	}
	test.Tap(check)
	if !containsEvent(plan.chosen(), first) {
		t.Error("ticking an event did not add it to the deck")
	}
	sc.move(0, +1)
	if plan.order[1] != first {
		t.Error("moving an event down did not move it")
	}
	if planFor(mw) != plan {
		t.Error("the plan was not kept for the next presentation")
	}
}

func containsEvent(events []*data.Event, e *data.Event) bool {
	for _, x := range events {
		if x == e {
			return true
		}
	}
	return false
}

// TestSpeakerNotesFollowTheSlides presents two events, one with notes:
// the bar shows them on its slide only, and N hides them.
func TestSpeakerNotesFollowTheSlides(t *testing.T) {
	c := winCorpus()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	events := c.Events[:2]
	p := newPresentation(w, c, events, 0)
	p.notes = func(e *data.Event) []string {
		if e == events[1] {
			return []string{"ask about the date"}
		}
		return nil
	}
	p.showNotes()
	if p.notesBar.Visible() {
		t.Error("notes shown for a slide without notes")
	}
	p.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if !p.notesBar.Visible() || !strings.Contains(p.notesText.Text, "ask about the date") {
		t.Errorf("the second slide's notes are not shown: %q", p.notesText.Text)
	}
	p.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyN})
	if p.notesBar.Visible() {
		t.Error("N did not hide the notes")
	}
}

// firstCheck is the first check box under o, as drawn.
func firstCheck(o fyne.CanvasObject) *widget.Check {
	switch w := o.(type) {
	case *widget.Check:
		return w
	case *fyne.Container:
		for _, c := range w.Objects {
			if ch := firstCheck(c); ch != nil {
				return ch
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			if ch := firstCheck(c); ch != nil {
				return ch
			}
		}
	}
	return nil
}

// contrast is WCAG 2's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		lin := func(v uint8) float64 {
			x := float64(v) / 255
			if x <= 0.04045 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestEnterPresentsTheChosenSlides opens the slide chooser and presses
// Enter on the window: the chosen events are presented, and Esc on a new
// chooser presents nothing.
func TestEnterPresentsTheChosenSlides(t *testing.T) {
	mw := newTestMainWindow(t, seedCorpus(t))
	var got []*data.Event
	chooseSlides(mw, func(events []*data.Event) { got = events })
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := planFor(mw).chosen(); len(got) == 0 || len(got) != len(want) {
		t.Fatalf("Enter presented %d events, want the %d chosen", len(got), len(want))
	}
	got = nil
	chooseSlides(mw, func(events []*data.Event) { got = events })
	mw.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got != nil {
		t.Error("Esc presented the deck")
	}
	if mw.win.Canvas().OnTypedKey() != nil {
		t.Error("the chooser left its key handler on the window")
	}
}
