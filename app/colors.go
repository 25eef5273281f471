package app

import (
	"image/color"

	"github.com/caravan-analytics/caravan/charts"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// themeColor reads a colour of the theme that applies to w, so a widget's
// Refresh picks up the light/dark switch.
func themeColor(name fyne.ThemeColorName, w fyne.Widget) color.Color {
	return theme.ColorForWidget(name, w)
}

// withAlpha returns c with its opacity scaled by a (0..1). Dimmed marks and
// translucent overlays are made this way, so they follow the theme.
func withAlpha(c color.Color, a float64) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(float64(n.A) * a)
	return n
}

// laneColor is the colour of a scene's lane on a ground of colour bg. It is
// charts' palette, the one images are painted with, so an export shows the
// colours the analyst saw; on a dark theme it is charts' lifted variant of
// the same hue (LaneColorOnDark), for contrast, never a different colour.
func laneColor(s *charts.Scene, lane int, bg color.Color) color.Color {
	if isDark(bg) {
		return charts.LaneColorOnDark(s, lane)
	}
	return charts.LaneColor(s, lane)
}

// isDark reports whether c is a dark ground: its relative luminance
// (Rec. 709 weights on the gamma-encoded channels, enough to tell a light
// theme from a dark one) is below the middle.
func isDark(c color.Color) bool {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	luma := 0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)
	return luma < 128
}

// languageColor is the badge and article-mark colour of a language; it is
// charts.LanguageColor, the one language palette the images use too.
func languageColor(lang string) color.Color {
	return charts.LanguageColor(lang)
}
