package pdfdoc

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// The drawing operators of ISO 32000-1 §8 and §9 the deck uses. Each
// state operator is written only when its value changes on the page: the
// marks of a timeline strip are most of a page's content.

func (d *Document) op(format string, args ...any) {
	if !d.open {
		d.fail(fmt.Errorf("pdf: drawing with no page open"))
		return
	}
	fmt.Fprintf(&d.page, format, args...)
}

// y turns a distance from the top of the page into PDF's, from the bottom.
func (d *Document) y(top float64) string { return num(d.height - top) }

func rgb(c [3]uint8) string {
	return num(float64(c[0])/255) + " " + num(float64(c[1])/255) + " " + num(float64(c[2])/255)
}

// SetFillColor sets the colour rectangles and text are filled with.
func (d *Document) SetFillColor(r, g, b uint8) {
	c := [3]uint8{r, g, b}
	if d.state.hasFill && d.state.fill == c {
		return
	}
	d.op("%s rg\n", rgb(c))
	d.state.fill, d.state.hasFill = c, true
}

// SetStrokeColor sets the colour lines are drawn with.
func (d *Document) SetStrokeColor(r, g, b uint8) {
	c := [3]uint8{r, g, b}
	if d.state.hasStroke && d.state.stroke == c {
		return
	}
	d.op("%s RG\n", rgb(c))
	d.state.stroke, d.state.hasStroke = c, true
}

// SetLineWidth sets the width of lines, in points.
func (d *Document) SetLineWidth(w float64) {
	if d.state.width == w {
		return
	}
	d.op("%s w\n", num(w))
	d.state.width = w
}

// SetLineCap sets how lines end.
func (d *Document) SetLineCap(c LineCap) {
	if d.state.cap == c {
		return
	}
	d.op("%d J\n", int(c))
	d.state.cap = c
}

// SetAlpha sets the opacity (0–255) of what is painted next, for fills
// and strokes, and its blend mode ("Normal", "Multiply").
func (d *Document) SetAlpha(alpha uint8, blend string) {
	k := gsKey{alpha, blend}
	if d.state.gs == k {
		return
	}
	name, ok := d.states[k]
	if !ok {
		name = fmt.Sprintf("GS%d", len(d.states))
		d.states[k] = name
	}
	d.op("/%s gs\n", name)
	d.state.gs = k
}

// FillRect fills the rectangle whose top-left corner is (x, y).
func (d *Document) FillRect(x, y, w, h float64) {
	d.op("%s %s %s %s re f\n", num(x), d.y(y+h), num(w), num(h))
}

// Line strokes a straight line. A line of no length with round caps
// paints a disc as wide as the line (ISO 32000-1 §8.5.3.2).
func (d *Document) Line(x0, y0, x1, y1 float64) {
	d.op("%s %s m %s %s l S\n", num(x0), d.y(y0), num(x1), d.y(y1))
}

// Text draws s in font f at size points, its baseline starting at (x, y),
// in the fill colour. Each character is drawn with the font's glyph for
// it, one after the other: shaping and ordering are the caller's.
func (d *Document) Text(f *Font, size, x, y float64, s string) { d.text(f, size, x, y, s, 0) }

// BoldText draws s as Text does, emboldened: each glyph is also stroked
// with a line strength points wide in the fill colour (text rendering
// mode 2, ISO 32000-1 §9.3.6), for a font that has no bold face. The
// advances do not change.
func (d *Document) BoldText(f *Font, size, x, y float64, s string, strength float64) {
	if d.state.hasFill {
		d.SetStrokeColor(d.state.fill[0], d.state.fill[1], d.state.fill[2])
	}
	d.SetLineWidth(strength)
	d.text(f, size, x, y, s, 2)
}

func (d *Document) text(f *Font, size, x, y float64, s string, mode int) {
	if s == "" {
		return
	}
	var b strings.Builder
	b.WriteString("BT ")
	if d.state.font != f || d.state.size != size {
		fmt.Fprintf(&b, "/F%d %s Tf ", f.index, num(size))
		d.state.font, d.state.size = f, size
	}
	if d.state.render != mode {
		fmt.Fprintf(&b, "%d Tr ", mode)
		d.state.render = mode
	}
	fmt.Fprintf(&b, "%s %s Td <", num(x), d.y(y))
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", f.use(r))
	}
	b.WriteString("> Tj ET\n")
	d.op("%s", b.String())
}

// BeginActualText opens a marked-content span that reads as text (its
// /ActualText, ISO 32000-1 §14.9.4): extractors and copying give text
// instead of the glyphs drawn until EndActualText.
func (d *Document) BeginActualText(text string) {
	var b strings.Builder
	b.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(text)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">>> BDC\n")
	d.op("%s", b.String())
}

// EndActualText closes the span BeginActualText opened.
func (d *Document) EndActualText() { d.op("EMC\n") }
