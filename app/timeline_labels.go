package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// measureLabel measures a label in the window's font.
func measureLabel(text string, size float64) float64 {
	return float64(fyne.MeasureText(text, float32(size), fyne.TextStyle{}).Width)
}

// labelWidths measures labels for the layout, which measures every title,
// and many shortened forms of it, on each pan and zoom. Shaping each new
// string costs more than the whole layout, so a label is measured as the
// sum of its characters' advances, each shaped once. That is the shaped
// width except for kerning, which only brings letters closer: the layout
// gets an upper bound, a pixel or two generous, never a label that
// overlaps its neighbour. Labels are Latin (the layout keeps them so);
// joined scripts would need the whole string shaped. Used only on the UI
// goroutine.
type labelWidths struct {
	size     float64
	ascii    [utf8.RuneSelf]float64 // most labels are ASCII: no map lookup
	advances map[rune]float64       // the rest; ascii is valid when this is non-nil
}

func (lw *labelWidths) measure(text string, size float64) float64 {
	if lw.advances == nil || size != lw.size {
		lw.advances, lw.size = map[rune]float64{}, size
		for i := range lw.ascii {
			lw.ascii[i] = -1
		}
	}
	w := 0.0
	for _, r := range text {
		if r < utf8.RuneSelf {
			if lw.ascii[r] < 0 {
				lw.ascii[r] = measureLabel(string(r), size)
			}
			w += lw.ascii[r]
			continue
		}
		adv, ok := lw.advances[r]
		if !ok {
			adv = measureLabel(string(r), size)
			lw.advances[r] = adv
		}
		w += adv
	}
	return w
}
