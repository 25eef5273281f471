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

// languagePalette gives each language of the corpus a badge colour; it is
// keyed by ISO 639-1 code, with a neutral grey for the rest.
var languagePalette = map[string]color.NRGBA{
	"nl": {R: 0xe0, G: 0x6c, B: 0x00, A: 0xff},
	"de": {R: 0x42, G: 0x42, B: 0x42, A: 0xff},
	"ar": {R: 0x00, G: 0x7a, B: 0x3d, A: 0xff},
	"en": {R: 0x1f, G: 0x4e, B: 0x99, A: 0xff},
	"fr": {R: 0x00, G: 0x55, B: 0xa4, A: 0xff},
	"ru": {R: 0xa3, G: 0x1d, B: 0x1d, A: 0xff},
}

// languageColor is the badge colour of a language.
func languageColor(lang string) color.Color {
	if c, ok := languagePalette[lang]; ok {
		return c
	}
	return color.NRGBA{R: 0x75, G: 0x75, B: 0x75, A: 0xff}
}
