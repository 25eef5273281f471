package charts

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// This file makes SVG text self-contained: every label is drawn with the
// outlines of its glyphs, taken from the font the PNG uses, each glyph
// defined once (<defs>) and placed with <use>. The file then looks the
// same in a browser, in rsvg-convert or in Inkscape whether or not the
// viewer has the font, and the words stay in the file as the group's
// aria-label for search and screen readers.
//
// Outlines were chosen over an embedded font (@font-face with a base64
// subset) because no subsetter is at hand in pure Go that browsers' font
// sanitisers accept, and because a viewer would then shape and order the
// text itself, differently from how the layout measured it; outlines
// draw exactly what was measured. The cost is small: a chart uses 60 to
// 90 distinct glyphs of a few hundred bytes each (figures in the README).

// glyphDefs collects the outlines an SVG uses, in font units with y down.
type glyphDefs struct {
	ids  map[glyphKey]string
	defs strings.Builder
	buf  truetype.GlyphBuf
}

type glyphKey struct {
	font  *truetype.Font
	index truetype.Index
}

// id returns the id of glyph i of f (fontNo numbers the fonts of one SVG),
// defining its outline on first use; false for a glyph with no outline.
func (g *glyphDefs) id(f *truetype.Font, fontNo int, i truetype.Index) (string, bool) {
	if g.ids == nil {
		g.ids = map[glyphKey]string{}
	}
	k := glyphKey{f, i}
	if id, ok := g.ids[k]; ok {
		return id, id != ""
	}
	upem := fixed.Int26_6(f.FUnitsPerEm())
	if err := g.buf.Load(f, upem, i, font.HintingNone); err != nil || len(g.buf.Points) == 0 {
		g.ids[k] = "" // a space, or a glyph that cannot be read: nothing to draw
		return "", false
	}
	id := fmt.Sprintf("g%d-%d", fontNo, i)
	g.ids[k] = id
	fmt.Fprintf(&g.defs, `<path id="%s" d="%s"/>`, id, outlinePath(g.buf.Points, g.buf.Ends))
	return id, true
}

// outlinePath writes TrueType contours (quadratic, with implied on-curve
// points between two off-curve ones) as SVG path data, y flipped.
func outlinePath(pts []truetype.Point, ends []int) string {
	var b strings.Builder
	// Loaded at a scale of one em per FUnitsPerEm 26.6 units, the points
	// are in font units.
	coord := func(v fixed.Int26_6, flip bool) string {
		if flip {
			v = -v
		}
		return strconv.Itoa(int(v))
	}
	type pt struct {
		x, y fixed.Int26_6
		on   bool
	}
	start := 0
	for _, end := range ends {
		contour := make([]pt, 0, end-start)
		for _, p := range pts[start:end] {
			contour = append(contour, pt{p.X, p.Y, p.Flags&1 != 0})
		}
		start = end
		if len(contour) == 0 {
			continue
		}
		// Start on an on-curve point; if there is none, at the midpoint of
		// the first two off-curve ones.
		first := -1
		for i, p := range contour {
			if p.on {
				first = i
				break
			}
		}
		var origin pt
		if first < 0 {
			a, c := contour[0], contour[1%len(contour)]
			origin = pt{(a.x + c.x) / 2, (a.y + c.y) / 2, true}
			first = 0
		} else {
			origin = contour[first]
			first++
		}
		fmt.Fprintf(&b, "M%s %s", coord(origin.x, false), coord(origin.y, true))
		var ctrl *pt
		n := len(contour)
		for k := range n {
			p := contour[(first+k)%n]
			if p.on {
				if ctrl != nil {
					fmt.Fprintf(&b, "Q%s %s %s %s", coord(ctrl.x, false), coord(ctrl.y, true), coord(p.x, false), coord(p.y, true))
					ctrl = nil
				} else {
					fmt.Fprintf(&b, "L%s %s", coord(p.x, false), coord(p.y, true))
				}
				continue
			}
			if ctrl != nil {
				mid := pt{(ctrl.x + p.x) / 2, (ctrl.y + p.y) / 2, true}
				fmt.Fprintf(&b, "Q%s %s %s %s", coord(ctrl.x, false), coord(ctrl.y, true), coord(mid.x, false), coord(mid.y, true))
			}
			c := p
			ctrl = &c
		}
		if ctrl != nil {
			fmt.Fprintf(&b, "Q%s %s %s %s", coord(ctrl.x, false), coord(ctrl.y, true), coord(origin.x, false), coord(origin.y, true))
		}
		b.WriteString("Z")
	}
	return b.String()
}

// glyphRun writes body, set in f at size with its baseline starting at
// (x, y), as <use> elements of glyphDefs, with the advances and kerning
// that TextMeasurer measures.
func (g *glyphDefs) glyphRun(b *strings.Builder, f *truetype.Font, fontNo int, body string, x, y, size float64) {
	units := fixed.Int26_6(f.FUnitsPerEm())
	// One transform for the run; the glyphs are placed in font units.
	fmt.Fprintf(b, `<g transform="translate(%s %s) scale(%s)">`, num(x), num(y),
		strconv.FormatFloat(size/float64(f.FUnitsPerEm()), 'g', 6, 64))
	pen := 0 // in font units
	var prev truetype.Index
	for i, r := range body {
		idx := f.Index(r)
		if i > 0 {
			pen += int(f.Kern(units, prev, idx)) // in font units at this scale
		}
		if id, ok := g.id(f, fontNo, idx); ok {
			if pen == 0 {
				fmt.Fprintf(b, `<use href="#%s"/>`, id)
			} else {
				fmt.Fprintf(b, `<use href="#%s" x="%d"/>`, id, pen)
			}
		}
		pen += int(f.HMetric(units, idx).AdvanceWidth)
		prev = idx
	}
	b.WriteString("</g>")
}

// num writes a coordinate with two decimals at most.
func num(v float64) string { return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) }
