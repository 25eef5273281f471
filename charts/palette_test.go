package charts

import (
	"image/color"
	"math"
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

// relativeLuminance is WCAG 2's relative luminance of an sRGB colour.
func relativeLuminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrastRatio is WCAG 2's contrast ratio of two colours, 1 to 21.
func contrastRatio(a, b color.RGBA) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestLanguageColorsStandOutOnLightAndDarkGrounds measures every language
// colour, and the grey of the others, against the grounds marks are drawn
// on: the image's white page and its grey stripes, and the window's light
// and dark theme backgrounds (Fyne 2.7's #ffffff and #171718). Marks need
// 3:1 (WCAG's non-text contrast); the badges' white letters need 4.5:1.
// German's old dark grey measured 1.8:1 on the dark ground.
func TestLanguageColorsStandOutOnLightAndDarkGrounds(t *testing.T) {
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	grounds := map[string]color.RGBA{
		"image page":   backgroundColor,
		"image stripe": stripeColor,
		"light theme":  white,
		"dark theme":   {0x17, 0x17, 0x18, 0xff},
	}
	colours := map[string]color.RGBA{"other": LanguageColor("xx")}
	for lang := range languagePalette {
		colours[lang] = LanguageColor(lang)
	}
	if len(colours) < 7 {
		t.Fatalf("the palette holds %d colours", len(colours))
	}
	seen := map[color.RGBA]string{}
	for lang, c := range colours {
		for name, g := range grounds {
			if r := contrastRatio(c, g); r < 3 {
				t.Errorf("%s %v on the %s %v: contrast %.2f:1, want 3:1", lang, c, name, g, r)
			}
		}
		if r := contrastRatio(c, white); r < 4.5 {
			t.Errorf("%s badge: white letters on %v at %.2f:1, want 4.5:1", lang, c, r)
		}
		if other, ok := seen[c]; ok {
			t.Errorf("%s and %s share the colour %v", lang, other, c)
		}
		seen[c] = lang
	}
}
