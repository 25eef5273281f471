package app

import (
	"image/color"

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

// storylinePalette colours the lanes. The hues are far apart and stay
// readable on both light and dark backgrounds; lanes beyond the palette
// reuse it from the start.
var storylinePalette = []color.NRGBA{
	{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}, // blue
	{R: 0xd6, G: 0x5f, B: 0x00, A: 0xff}, // orange
	{R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff}, // green
	{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}, // red
	{R: 0x94, G: 0x67, B: 0xbd, A: 0xff}, // purple
	{R: 0x8c, G: 0x56, B: 0x4b, A: 0xff}, // brown
	{R: 0xe3, G: 0x77, B: 0xc2, A: 0xff}, // pink
	{R: 0x17, G: 0xa2, B: 0xb8, A: 0xff}, // teal
}

// laneColor is the colour of the lane with index i.
func laneColor(i int) color.Color {
	if i < 0 {
		i = -i
	}
	return storylinePalette[i%len(storylinePalette)]
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
