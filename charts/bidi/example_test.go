package bidi_test

import (
	"fmt"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/charts/bidi"
)

// Layout returns each line's runs in visual order, left to right; a
// right-to-left run keeps its characters in logical order for the shaper.
func ExampleLayout() {
	text := "لوباء COVID-19 في عام 2020."
	charWidth := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	for _, line := range bidi.Layout(text, true, 14, charWidth) {
		for _, run := range line.Runs {
			fmt.Printf("x=%-2v rtl=%-5v %q\n", run.X, run.RTL(), text[run.Start:run.End])
		}
	}
	// Output:
	// x=0  rtl=false "COVID-19"
	// x=8  rtl=true  "لوباء "
	// x=2  rtl=true  "."
	// x=3  rtl=false "2020"
	// x=7  rtl=true  "في عام "
}

// Visual gives a plain string in display order, for a renderer without
// bidi: here Hebrew, whose letters need no shaping.
func ExampleVisual() {
	fmt.Println(bidi.Visual("הכנס (SCO) 2022", true))
	// Output: 2022 (SCO) סנכה
}
