package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Preference keys. Fyne stores preferences per application id (AppID), so
// they survive restarts; every key the window and its dialogs use is here,
// so two cannot clash unseen.
const (
	prefWindowWidth  = "window.width"
	prefWindowHeight = "window.height"
	prefCorpusDir    = "corpus.lastFolder" // "" means the shipped seeds
	prefDarkTheme    = "view.dark"
	prefLinearScale  = "view.linear"
	prefExportFolder = "export.lastFolder" // where the export dialog last wrote
	prefAuthor       = "project.author"    // the name decisions are recorded under
	prefHideUnsup    = "view.hideUnsupported"
)

// Defaults for a first start, before the window is fitted to the screen
// (fitWindow).
const (
	defaultWindowWidth  = 1600
	defaultWindowHeight = 1000
)

// assumedScreen is the screen a window is fitted to when the desktop driver
// cannot tell (no monitor known): 1366×768, the smallest laptop screen in
// common use, so the window fits any screen it is likely to meet.
var assumedScreen = fyne.NewSize(1366, 768)

// titleBarAllowance is the height a window manager's title bar takes
// above the window's content; a work area counts the desktop's panels but
// not the window's own decoration.
const titleBarAllowance = 32

// fitWindow fits a remembered or default window size to a screen's work
// area (assumedScreen when screen is zero), keeping at least the content's
// minimum size, which the toolbar keeps below 1366 points wide.
func fitWindow(want, screen, minimum fyne.Size) fyne.Size {
	if screen.Width <= 0 || screen.Height <= 0 {
		screen = assumedScreen
	}
	w := min(want.Width, screen.Width)
	h := min(want.Height, screen.Height-titleBarAllowance)
	return fyne.NewSize(max(w, minimum.Width), max(h, minimum.Height))
}

// windowPrefs reads and writes the window's remembered state.
type windowPrefs struct{ p fyne.Preferences }

func (w windowPrefs) size() fyne.Size {
	return fyne.NewSize(
		float32(w.p.FloatWithFallback(prefWindowWidth, defaultWindowWidth)),
		float32(w.p.FloatWithFallback(prefWindowHeight, defaultWindowHeight)))
}

func (w windowPrefs) setSize(s fyne.Size) {
	if s.Width > 0 && s.Height > 0 {
		w.p.SetFloat(prefWindowWidth, float64(s.Width))
		w.p.SetFloat(prefWindowHeight, float64(s.Height))
	}
}

func (w windowPrefs) corpusDir() string       { return w.p.StringWithFallback(prefCorpusDir, "") }
func (w windowPrefs) setCorpusDir(dir string) { w.p.SetString(prefCorpusDir, dir) }
func (w windowPrefs) dark() bool              { return w.p.BoolWithFallback(prefDarkTheme, false) }
func (w windowPrefs) setDark(dark bool)       { w.p.SetBool(prefDarkTheme, dark) }
func (w windowPrefs) linear() bool            { return w.p.BoolWithFallback(prefLinearScale, false) }
func (w windowPrefs) setLinear(linear bool)   { w.p.SetBool(prefLinearScale, linear) }
func (w windowPrefs) hideUnsupported() bool   { return w.p.BoolWithFallback(prefHideUnsup, false) }
func (w windowPrefs) setHideUnsupported(h bool) {
	w.p.SetBool(prefHideUnsup, h)
}

// setHideUnsupported leaves the events no passage supports out of the
// timeline and of the overview's scale (or shows them), and remembers the
// choice for the next start.
func (mw *mainWindow) setHideUnsupported(hide bool) {
	mw.timeline.SetHideUnsupported(hide)
	mw.overview.SetHideUnsupported(hide)
	mw.prefs.setHideUnsupported(hide)
}

// variantTheme is Fyne's default theme held to one variant, so the
// light/dark toggle wins over the desktop's setting.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func newVariantTheme(dark bool) fyne.Theme {
	v := theme.VariantLight
	if dark {
		v = theme.VariantDark
	}
	return &variantTheme{Theme: theme.DefaultTheme(), variant: v}
}

// Color answers for the chosen variant whatever the desktop asks for.
func (t *variantTheme) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(name, t.variant)
}
