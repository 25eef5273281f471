package bidi

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// HighlightBox is a horizontal stretch of one line to paint behind text.
type HighlightBox struct {
	Line   int
	X0, X1 float32
}

// HighlightBoxes returns where the spans lie on the laid-out lines, sorted
// by line and x. A span that crosses a line break or a direction change
// falls into several runs and may be drawn in several places; boxes that
// touch are merged, so that no seam shows where two runs meet.
func HighlightBoxes(text string, lines []Line, spans []Span, measure func(string) float32) []HighlightBox {
	var boxes []HighlightBox
	for _, span := range spans {
		start, end := SnapToRune(text, span.Start), SnapToRune(text, span.End)
		for li, line := range lines {
			for _, run := range line.Runs {
				a, b := max(start, run.Start), min(end, run.End)
				if a >= b {
					continue
				}
				from := measure(text[run.Start:a])
				to := measure(text[run.Start:b])
				box := HighlightBox{Line: li, X0: run.X + from, X1: run.X + to}
				if run.RTL() {
					box.X0, box.X1 = run.X+run.Width-to, run.X+run.Width-from
				}
				boxes = append(boxes, box)
			}
		}
	}
	return mergeBoxes(boxes)
}

// mergeBoxes sorts boxes and joins those on one line that touch or
// overlap (within rounding: a quarter of a pixel).
func mergeBoxes(boxes []HighlightBox) []HighlightBox {
	slices.SortFunc(boxes, func(a, b HighlightBox) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return cmp.Compare(a.X0, b.X0)
	})
	var merged []HighlightBox
	for _, b := range boxes {
		if n := len(merged); n > 0 && merged[n-1].Line == b.Line && b.X0 <= merged[n-1].X1+0.25 {
			merged[n-1].X1 = max(merged[n-1].X1, b.X1)
			continue
		}
		merged = append(merged, b)
	}
	return merged
}

// SnapToRune clamps a byte offset into text and moves it back to the start
// of the character it falls in.
func SnapToRune(text string, offset int) int {
	offset = max(0, min(offset, len(text)))
	for offset > 0 && offset < len(text) && !utf8.RuneStart(text[offset]) {
		offset--
	}
	return offset
}
