package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The window's app answers that nothing animates, to the widgets that ask
// the current app (the search box's cursor blink would otherwise repaint
// an untouched window forever), and passes everything else through.
func TestWithoutAnimationsStopsEveryAnimation(t *testing.T) {
	inner := test.NewTempApp(t)
	if !inner.Settings().ShowAnimations() {
		t.Fatal("the test app should animate, or this test proves nothing")
	}
	a := withoutAnimations(inner)
	if fyne.CurrentApp() != a {
		t.Fatal("the wrapper is not the current app: Fyne's widgets would not ask it")
	}
	if fyne.CurrentApp().Settings().ShowAnimations() {
		t.Error("ShowAnimations is true: a focused entry's cursor would blink and repaint the window forever")
	}
	dark := newVariantTheme(true)
	a.Settings().SetTheme(dark)
	if inner.Settings().Theme() != dark {
		t.Error("a theme set through the wrapper did not reach the app")
	}
	if a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark) == nil {
		t.Error("no background colour through the wrapper")
	}
}
