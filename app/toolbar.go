package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// toolbar is the row above the overview: open, export and present; the
// search box and the filters; zoom, scale and theme. Its buttons show tips
// with their shortcuts while hovered.
type toolbar struct {
	mw   *mainWindow
	root fyne.CanvasObject

	search    *searchEntry
	storyline *choiceSelect
	actor     *choiceSelect
	place     *choiceSelect
	language  *choiceSelect
	hide      *tipButton
	hiding    bool // hide what does not match, rather than dim it
	// starred and tag filter by the project's curation; each is shown
	// only while some event is starred or tagged (setCuration).
	starred  *tipButton
	starring bool
	tag      *choiceSelect
	tags     []string        // the tags offered
	curation *eventCurations // the project's, for state
	linear   *tipButton
	dark     *tipButton
	legend   *tipButton

	// labelled are the buttons that carry a word beside their icon; a
	// toolbar too narrow for the words shows their icons alone (compact).
	labelled []labelledButton
	compact  bool
	words    wordsWidth // labelsWidth's last answer

	// quiet is set while the toolbar fills its own widgets, so doing that
	// does not count as the analyst changing a filter.
	quiet bool
}

func newToolbar(mw *mainWindow, tips *tooltipLayer) *toolbar {
	tb := &toolbar{mw: mw}
	tb.search = newSearchEntry(tb.onChanged, mw.onSearchEscape)
	tb.storyline = newChoiceSelect("All storylines", tb.onChanged)
	tb.actor = newChoiceSelect("All actors", tb.onChanged)
	tb.place = newChoiceSelect("All places", tb.onChanged)
	tb.language = newChoiceSelect("All languages", tb.onChanged)
	tb.tag = newChoiceSelect("All tags", tb.onChanged)
	tb.tag.Hide()
	tb.starred = newTipButton("Starred", theme.ConfirmIcon(), "Only the events you starred", tips, tb.onToggleStarred)
	tb.starred.Hide()
	tb.hide = newTipButton("Hide others", theme.VisibilityOffIcon(), "Hide the events the search and filters leave out, rather than dim them", tips, tb.onToggleHide)
	tb.linear = newTipButton("Linear", theme.ViewFullScreenIcon(), "Linear time scale, or compress empty stretches (Ctrl+L)", tips, mw.onToggleLinear)
	tb.dark = newTipButton("Dark", theme.ColorAchromaticIcon(), "Light or dark theme (Ctrl+D)", tips, mw.onToggleDark)
	tb.legend = newTipButton("Legend", theme.InfoIcon(), "What the marks and colours mean", tips, mw.onLegend)
	for _, b := range []*tipButton{tb.starred, tb.hide, tb.linear, tb.dark, tb.legend} {
		tb.labelled = append(tb.labelled, labelledButton{b, b.Text})
	}

	left := container.NewHBox(
		newTipButton("", theme.FolderOpenIcon(), "Open a corpus folder (Ctrl+O)", tips, mw.onOpenFolder),
		newTipButton("", theme.DocumentSaveIcon(), "Export the timeline as an image or a deck (Ctrl+E)", tips, mw.onExport),
		newTipButton("", theme.MediaPlayIcon(), "Present the story as a briefing (Ctrl+P)", tips, mw.onPresent),
	)
	filters := container.NewHBox(tb.storyline.Select, tb.actor.Select, tb.place.Select, tb.language.Select, tb.tag.Select, tb.starred, tb.hide)
	right := container.NewHBox(
		newTipButton("", theme.ZoomOutIcon(), "Zoom out (−, Ctrl+Minus)", tips, mw.onZoomOut),
		newTipButton("", theme.ZoomInIcon(), "Zoom in (+, Ctrl+Plus)", tips, mw.onZoomIn),
		newTipButton("", theme.ZoomFitIcon(), "Fit the whole corpus (Home, Ctrl+0)", tips, mw.onFitAll),
		tb.linear, tb.dark, tb.legend,
	)
	tb.root = container.New(&toolbarLayout{tb: tb}, left, tb.search, filters, right)
	return tb
}

// labelledButton is a toolbar button and the word it shows when there is
// room.
type labelledButton struct {
	b     *tipButton
	label string
}

// setCompact shows the labelled buttons' icons alone, or with their words.
func (tb *toolbar) setCompact(compact bool) {
	if compact == tb.compact {
		return
	}
	tb.compact = compact
	for _, l := range tb.labelled {
		l.b.Text = ""
		if !compact {
			l.b.Text = l.label
		}
		l.b.Refresh()
	}
}

// wordsWidth is the width of the buttons' words under a theme.
type wordsWidth struct {
	theme fyne.Theme
	width float32
}

// labelsWidth is the width the labelled buttons' words add to the toolbar.
// It is measured on spare buttons, once per theme: the toolbar's MinSize
// runs at every frame that changes anything, and making the eight buttons
// (each parsing its icon) cost 8 % of the process's CPU during a load,
// when the progress bar changed ten times a second.
func (tb *toolbar) labelsWidth() float32 {
	th := fyne.CurrentApp().Settings().Theme()
	if tb.words.theme == th && th != nil {
		return tb.words.width
	}
	var w float32
	for _, l := range tb.labelled {
		withText := widget.NewButtonWithIcon(l.label, l.b.Icon, nil).MinSize().Width
		alone := widget.NewButtonWithIcon("", l.b.Icon, nil).MinSize().Width
		w += withText - alone
	}
	tb.words = wordsWidth{th, w}
	return w
}

// searchRoom is the width the search box is given before the labelled
// buttons lose their words: below it, a query would hardly show.
const searchRoom = 220

// toolbarLayout places the toolbar's four parts — the left buttons, the
// search box, the filters and the right buttons — in one row, the search
// box taking what the others leave. On a narrow window (a 1366-point
// laptop screen with the excerpt tabs beside the timeline) the buttons
// with a word drop it and keep their icon and tip, so the row never grows
// wider than the screen.
type toolbarLayout struct{ tb *toolbar }

// widths returns the minimum widths of the row with and without the
// buttons' words.
func (l *toolbarLayout) widths(objects []fyne.CanvasObject) (wide, compact float32) {
	pad := theme.Padding()
	var sum float32
	for _, o := range objects {
		sum += o.MinSize().Width
	}
	sum += pad * float32(len(objects)-1)
	words := l.tb.labelsWidth()
	if l.tb.compact {
		return sum + words, sum
	}
	return sum, sum - words
}

// Layout lays the parts out in a row of the given size.
func (l *toolbarLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	left, search, filters, right := objects[0], objects[1], objects[2], objects[3]
	wide, _ := l.widths(objects)
	l.tb.setCompact(size.Width < wide+searchRoom-search.MinSize().Width)
	pad := theme.Padding()
	place := func(o fyne.CanvasObject, x, w float32) {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
	lw, fw, rw := left.MinSize().Width, filters.MinSize().Width, right.MinSize().Width
	place(left, 0, lw)
	place(right, size.Width-rw, rw)
	place(filters, size.Width-rw-pad-fw, fw)
	place(search, lw+pad, max(size.Width-lw-fw-rw-3*pad, search.MinSize().Width))
}

// MinSize is the compact row: icons alone and the search box at its least.
func (l *toolbarLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	_, compact := l.widths(objects)
	var h float32
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(compact, h)
}

// setChoices fills the filters for a new corpus and resets them.
func (tb *toolbar) setChoices(fc filterChoices) {
	tb.quiet = true
	defer func() { tb.quiet = false }()
	tb.search.SetText("")
	tb.storyline.setChoices(fc.Storylines)
	tb.actor.setChoices(fc.Actors)
	tb.place.setChoices(fc.Places)
	tb.language.setChoices(fc.Languages)
	tb.tag.selectID("")
	tb.starring = false
	showToggled(tb.starred, false)
}

// state reads the search box and filters.
func (tb *toolbar) state() filterState {
	s := filterState{
		Query:     tb.search.Text,
		Storyline: tb.storyline.id(),
		Actor:     tb.actor.id(),
		Place:     tb.place.id(),
		Language:  tb.language.id(),
		Hide:      tb.hiding,
		Starred:   tb.starring,
		Tag:       tb.tag.id(),
	}
	if s.curated() {
		s.curation = tb.curation
	}
	return s
}

// onToggleStarred switches the starred-only filter.
func (tb *toolbar) onToggleStarred() {
	tb.starring = !tb.starring
	showToggled(tb.starred, tb.starring)
	tb.onChanged()
}

// setCuration follows the project's curation: the tags of its events
// offered (the one chosen kept while some event still has it), the
// starred and tag filters shown while there is something to choose, and
// the filters applied again when what they pick changed.
func (tb *toolbar) setCuration(curation *eventCurations, events []*data.Event) {
	tb.curation = curation
	var tags []string
	stars := false
	for _, e := range events {
		if c := curation.of(e.ID); c != nil {
			stars = stars || c.Starred
			for _, t := range c.Tags {
				if !slices.Contains(tags, t) {
					tags = append(tags, t)
				}
			}
		}
	}
	slices.Sort(tags)
	if !slices.Equal(tags, tb.tags) {
		tb.tags = tags
		chosen := tb.tag.id()
		choices := make([]choice, len(tags))
		for i, t := range tags {
			choices[i] = choice{Label: "#" + t, ID: t}
		}
		tb.quiet = true
		tb.tag.setChoices(choices)
		tb.tag.selectID(chosen)
		tb.quiet = false
	}
	showIf(tb.tag.Select, len(tags) > 0 || tb.tag.id() != "")
	showIf(tb.starred, stars || tb.starring)
	// The window's filter already reads the new curation (showCurated);
	// it changes only when the tag chosen is gone.
	if s := tb.state(); s.Tag != tb.mw.filter.state.Tag {
		tb.onChanged()
	}
}

// showIf shows or hides o.
func showIf(o fyne.CanvasObject, shown bool) {
	if shown {
		o.Show()
	} else {
		o.Hide()
	}
}

func (tb *toolbar) onChanged() {
	if !tb.quiet {
		tb.mw.onFiltersChanged(tb.state())
	}
}

// onToggleHide switches between hiding and dimming what does not match.
func (tb *toolbar) onToggleHide() {
	tb.hiding = !tb.hiding
	showToggled(tb.hide, tb.hiding)
	tb.onChanged()
}

// showToggles marks the scale and theme buttons on or off.
func (tb *toolbar) showToggles(linear, dark bool) {
	showToggled(tb.linear, linear)
	showToggled(tb.dark, dark)
}

// showToggled draws a toggle button filled when on.
func showToggled(b *tipButton, on bool) {
	b.Importance = widget.LowImportance
	if on {
		b.Importance = widget.HighImportance
	}
	b.Refresh()
}

// searchEntry is the search box: Esc clears it.
type searchEntry struct {
	widget.Entry
	onEscape func()
}

func newSearchEntry(onChanged func(), onEscape func()) *searchEntry {
	e := &searchEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder("Search events, people, places… (Ctrl+F)")
	e.OnChanged = func(string) { onChanged() }
	e.ActionItem = widget.NewIcon(theme.SearchIcon())
	return e
}

// TypedKey clears the box on Esc.
func (e *searchEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.SetText("")
		if e.onEscape != nil {
			e.onEscape()
		}
		return
	}
	e.Entry.TypedKey(ev)
}

// choiceSelect is a drop-down of choices with an "all" entry first.
type choiceSelect struct {
	*widget.Select
	all     string
	choices []choice
}

func newChoiceSelect(all string, onChanged func()) *choiceSelect {
	cs := &choiceSelect{all: all}
	cs.Select = widget.NewSelect([]string{all}, nil)
	cs.Select.SetSelectedIndex(0)
	cs.Select.OnChanged = func(string) { onChanged() }
	return cs
}

// setChoices replaces the options and selects "all".
func (cs *choiceSelect) setChoices(choices []choice) {
	cs.choices = choices
	opts := []string{cs.all}
	for _, c := range choices {
		opts = append(opts, c.Label)
	}
	cs.Select.SetOptions(opts)
	cs.Select.SetSelectedIndex(0)
}

// id is the selected choice's id, or "" for all.
func (cs *choiceSelect) id() string {
	i := cs.Select.SelectedIndex()
	if i <= 0 || i > len(cs.choices) {
		return ""
	}
	return cs.choices[i-1].ID
}

// selectID selects the choice with the id ("" selects all).
func (cs *choiceSelect) selectID(id string) {
	for i, c := range cs.choices {
		if c.ID == id {
			cs.Select.SetSelectedIndex(i + 1)
			return
		}
	}
	cs.Select.SetSelectedIndex(0)
}
