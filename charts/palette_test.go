package charts

import (
	"image/color"
	"testing"
)

// TestLaneColorOnDarkKeepsTheOrder checks that the dark-theme colours are
// the light ones lifted alike: each lane keeps its hue order and gets
// lighter, so a lane is the same colour on screen and in an image.
func TestLaneColorOnDarkKeepsTheOrder(t *testing.T) {
	s := &Scene{Lanes: []Lane{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: OtherLane}}}
	luma := func(c color.RGBA) int { return 299*int(c.R) + 587*int(c.G) + 114*int(c.B) }
	seen := map[color.RGBA]bool{}
	for lane := range s.Lanes {
		light, dark := LaneColor(s, lane), LaneColorOnDark(s, lane)
		if luma(dark) <= luma(light) {
			t.Errorf("lane %d: %v on dark is not lighter than %v", lane, dark, light)
		}
		if seen[light] {
			t.Errorf("lane %d repeats colour %v", lane, light)
		}
		seen[light] = true
		// Mixing with white keeps each channel's order: the hue stays.
		if (light.R < light.G) != (dark.R < dark.G) && light.R != light.G {
			t.Errorf("lane %d: hue changed from %v to %v", lane, light, dark)
		}
	}
	if LaneColor(s, 3) != otherLaneColor || LaneColor(s, -1) != otherLaneColor {
		t.Error("the other lane and unknown lanes are not the other-lane colour")
	}
}

func TestContinuationChevronPointsAwayFromThePlot(t *testing.T) {
	for _, tc := range []struct {
		x, dir float64
	}{{100, -1}, {900, 1}} {
		p := ContinuationChevron(tc.x, 50, 6, tc.dir)
		if (p[1].X-tc.x)*tc.dir <= (p[0].X-tc.x)*tc.dir {
			t.Errorf("dir %v: tip %v is not beyond the back %v", tc.dir, p[1], p[0])
		}
		if (p[0].X-tc.x)*tc.dir <= 0 {
			t.Errorf("dir %v: chevron %v is not outside the edge %v", tc.dir, p, tc.x)
		}
		if p[0].Y != 44 || p[1].Y != 50 || p[2].Y != 56 || p[0].X != p[2].X {
			t.Errorf("dir %v: chevron %v is not symmetric about y=50 with half-height 6", tc.dir, p)
		}
	}
}
