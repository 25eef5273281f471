package app

import (
	"testing"

	"fyne.io/fyne/v2/canvas"
)

// TestRoundEndsSquaresOnlyTheCutEnds checks that a bar keeps its rounded
// cap where its span really ends and is square where the view cuts it.
func TestRoundEndsSquaresOnlyTheCutEnds(t *testing.T) {
	const radius = 5
	tests := []struct {
		name             string
		cutStart, cutEnd bool
		wantLeft         bool // left corners rounded
		wantRight        bool // right corners rounded
	}{
		{"whole", false, false, true, true},
		{"cut at its start", true, false, false, true},
		{"cut at its end", false, true, true, false},
		{"cut on both sides", true, true, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bar := &canvas.Rectangle{}
			roundEnds(bar, radius, tc.cutStart, tc.cutEnd)
			// A zero corner radius means "use CornerRadius", as Fyne draws it.
			corner := func(own float32) bool {
				if own == 0 {
					own = bar.CornerRadius
				}
				return own == radius
			}
			corners := []struct {
				name string
				own  float32
				want bool
			}{
				{"top left", bar.TopLeftCornerRadius, tc.wantLeft},
				{"bottom left", bar.BottomLeftCornerRadius, tc.wantLeft},
				{"top right", bar.TopRightCornerRadius, tc.wantRight},
				{"bottom right", bar.BottomRightCornerRadius, tc.wantRight},
			}
			for _, c := range corners {
				if got := corner(c.own); got != c.want {
					t.Errorf("%s corner rounded %v, want %v", c.name, got, c.want)
				}
			}
		})
	}
}
