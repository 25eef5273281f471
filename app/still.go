package app

import "fyne.io/fyne/v2"

// stillApp is the Fyne app with its animations turned off, so that a
// window nobody touches draws nothing. Fyne's only endless animation is
// the text cursor's blink: with the search box focused, it repaints the
// whole window a dozen times a second, forever — measured under Xvfb at
// 17 % of a core for Caravan and 20 % for an empty Fyne window holding one
// focused Entry, against 1.1 % with nothing focused. Without animations
// Fyne draws the cursor solid (as GTK does once its cursor stops blinking)
// and skips the tap ripples of buttons and the tab underline's slide.
//
// Fyne's own switch for this is the no_animations build tag, or
// "no_animations" in the user's global Fyne settings file; a tag would
// have to be repeated on every `go build`, and the settings file belongs to
// every Fyne program of the user, so the app answers the question itself.
// Fyne's widgets ask fyne.CurrentApp().Settings().ShowAnimations(), which
// is why the wrapper is installed as the current app.
type stillApp struct {
	fyne.App
	settings stillSettings
}

// stillSettings are the app's settings with ShowAnimations false.
type stillSettings struct{ fyne.Settings }

// ShowAnimations is false: nothing in the window animates.
func (stillSettings) ShowAnimations() bool { return false }

// withoutAnimations wraps a and makes the wrapper the current app.
func withoutAnimations(a fyne.App) fyne.App {
	s := &stillApp{App: a, settings: stillSettings{a.Settings()}}
	fyne.SetCurrentApp(s)
	return s
}

// Settings are the wrapped app's settings, animations off.
func (s *stillApp) Settings() fyne.Settings { return s.settings }
