package app

import (
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestZoomAroundKeepsTheAnchorAtItsFraction(t *testing.T) {
	r := timeRange{From: day(2022, 1, 1), To: day(2022, 1, 11)} // ten days
	tests := []struct {
		name     string
		anchor   time.Time
		factor   float64
		wantFrom time.Time
		wantTo   time.Time
	}{
		{"in at the middle", day(2022, 1, 6), 2, day(2022, 1, 3).Add(12 * time.Hour), day(2022, 1, 8).Add(12 * time.Hour)},
		{"in at the left edge", day(2022, 1, 1), 2, day(2022, 1, 1), day(2022, 1, 6)},
		{"out at the right edge", day(2022, 1, 11), 0.5, day(2021, 12, 22), day(2022, 1, 11)},
		{"clamped to the closest zoom", day(2022, 1, 6), 1e6, day(2022, 1, 6).Add(-minViewSpan / 2), day(2022, 1, 6).Add(minViewSpan / 2)},
		{"a bad factor changes nothing", day(2022, 1, 6), 0, r.From, r.To},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := zoomAround(r, tt.anchor, tt.factor)
			if !got.From.Equal(tt.wantFrom) || !got.To.Equal(tt.wantTo) {
				t.Errorf("zoomAround = %v – %v, want %v – %v", got.From, got.To, tt.wantFrom, tt.wantTo)
			}
		})
	}
}

func TestZoomFactorForScroll(t *testing.T) {
	if f := zoomFactorForScroll(10); math.Abs(f-1.25) > 1e-9 {
		t.Errorf("one notch up = %v, want 1.25", f)
	}
	if f := zoomFactorForScroll(-10); math.Abs(f-0.8) > 1e-9 {
		t.Errorf("one notch down = %v, want 0.8", f)
	}
	if f := zoomFactorForScroll(0); f != 1 {
		t.Errorf("no scroll = %v, want 1", f)
	}
}

func TestGripAt(t *testing.T) {
	tests := []struct {
		name   string
		x      float64
		x0, x1 float64
		want   windowGrip
	}{
		{"far left", 10, 100, 200, gripNone},
		{"left edge", 98, 100, 200, gripLeft},
		{"inside", 150, 100, 200, gripBody},
		{"right edge", 204, 100, 200, gripRight},
		{"far right", 220, 100, 200, gripNone},
		{"narrow window, left half", 100, 100, 104, gripLeft},
		{"narrow window, right half", 104, 100, 104, gripRight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gripAt(tt.x, tt.x0, tt.x1, 6); got != tt.want {
				t.Errorf("gripAt(%v) = %v, want %v", tt.x, got, tt.want)
			}
		})
	}
}

func TestDragWindow(t *testing.T) {
	tests := []struct {
		name         string
		grip         windowGrip
		dx           float64
		want0, want1 float64
	}{
		{"move right", gripBody, 30, 130, 230},
		{"move stops at the right end", gripBody, 500, 300, 400},
		{"move stops at the left end", gripBody, -500, 0, 100},
		{"widen left", gripLeft, -40, 60, 200},
		{"shrink left stops at the minimum width", gripLeft, 200, 194, 200},
		{"widen right stops at the end", gripRight, 500, 100, 400},
		{"shrink right", gripRight, -50, 100, 150},
		{"nothing held", gripNone, 50, 100, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x0, x1 := dragWindow(tt.grip, 100, 200, tt.dx, 0, 400, 6)
			if x0 != tt.want0 || x1 != tt.want1 {
				t.Errorf("dragWindow = %v, %v; want %v, %v", x0, x1, tt.want0, tt.want1)
			}
		})
	}
}

func TestTooltipPositionStaysInside(t *testing.T) {
	area := fyne.NewSize(400, 300)
	box := fyne.NewSize(120, 60)
	tests := []struct {
		name         string
		px, py       float32
		wantX, wantY float32
	}{
		{"below right of the pointer", 50, 50, 64, 64},
		{"flipped left at the right edge", 350, 50, 350 - 14 - 120, 64},
		{"flipped up at the bottom", 50, 280, 64, 280 - 14 - 60},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tooltipPosition(fyne.NewPos(tt.px, tt.py), box, area)
			if got.X != tt.wantX || got.Y != tt.wantY {
				t.Errorf("tooltipPosition = %v, want (%v, %v)", got, tt.wantX, tt.wantY)
			}
		})
	}
}

func TestSolveAnchorShift(t *testing.T) {
	// Each drift is what laying out a view shifted by s would leave between
	// the anchor and the pointer, in pixels; it falls as the shift grows.
	day := float64(24 * time.Hour)
	tests := []struct {
		name     string
		drift    func(s time.Duration) float64
		perPixel time.Duration
	}{
		{"linear, guessed right", func(s time.Duration) float64 { return 40 - float64(s)/day*10 }, 2*time.Hour + 24*time.Minute},
		{"linear, guessed wrong", func(s time.Duration) float64 { return 40 - float64(s)/day*10 }, 12 * time.Hour},
		{"a break: steep, then flat", func(s time.Duration) float64 {
			d := float64(s) / day
			if d < 2 {
				return 40 - 18*d
			}
			return 4 - 0.5*(d-2)
		}, 6 * time.Hour},
		{"moving left", func(s time.Duration) float64 { return -25 - float64(s)/day*5 }, 3 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			drift := func(s time.Duration) float64 { calls++; return tt.drift(s) }
			_, got := solveAnchorShift(drift, tt.perPixel, tt.drift(0))
			if math.Abs(got) > anchorTolerant {
				t.Errorf("left a drift of %.2f px", got)
			}
			if calls > maxAnchorSteps {
				t.Errorf("laid out %d times", calls)
			}
		})
	}
	if s, d := solveAnchorShift(func(time.Duration) float64 { return 7 }, 0, 7); s != 0 || d != 7 {
		t.Error("with no scale to go by, nothing should move")
	}
}
