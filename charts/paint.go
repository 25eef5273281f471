package charts

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"
)

// Image formats.
const (
	FormatPNG = "png"
	FormatSVG = "svg"
)

// paintDPI is the resolution at which a font size in points is a size in
// pixels, the unit the Scene is measured in; TextMeasurer measures at it.
const paintDPI = 72

// setPixelDPI sets the renderer's resolution so that font sizes are pixels.
// go-chart's raster renderer scales glyphs by size×DPI/64 (it passes that
// product as 26.6 fixed point), not size×DPI/72 like its SVG renderer and
// every font library, so PNG text would come out 12% wider than measured
// at 72 DPI; it gets 64.
func setPixelDPI(r chart.Renderer) {
	if _, ok := r.(*svgEscaper); ok {
		r.SetDPI(paintDPI)
		return
	}
	r.SetDPI(64)
}

// ParseFont parses a TrueType font, such as the bytes of Fyne's theme font
// (theme.DefaultTextFont().Content()), so images use the window's font.
func ParseFont(ttf []byte) (*truetype.Font, error) {
	f, err := truetype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("parsing the chart font: %w", err)
	}
	return f, nil
}

// fontOrDefault returns f, or go-chart's own font (Roboto) when f is nil.
func fontOrDefault(f *truetype.Font) (*truetype.Font, error) {
	if f != nil {
		return f, nil
	}
	f, err := chart.GetDefaultFont()
	if err != nil {
		return nil, fmt.Errorf("loading the default chart font: %w", err)
	}
	return f, nil
}

// TextMeasurer returns a function that measures text set in f, in pixels,
// for Options.Measure: the advance widths and kerning that go-chart's
// renderers lay glyphs out with. Advances are cached per size and rune,
// since layout measures every label, and its shortened forms, on every
// pan and zoom step. It is not safe for concurrent use.
func TextMeasurer(f *truetype.Font) func(text string, size float64) float64 {
	type glyph struct {
		index   truetype.Index
		advance float64
		known   bool
	}
	type sizeCache struct {
		size  float64
		scale fixed.Int26_6
		ascii [128]glyph
		other map[rune]glyph
	}
	sizes := map[float64]*sizeCache{}
	var last *sizeCache
	return func(text string, size float64) float64 {
		c := last
		if c == nil || c.size != size {
			if c = sizes[size]; c == nil {
				c = &sizeCache{size: size, scale: fixed.Int26_6(math.Round(size * 64)), other: map[rune]glyph{}}
				sizes[size] = c
			}
			last = c
		}
		lookup := func(r rune) glyph {
			var g glyph
			if r < 128 {
				g = c.ascii[r]
			} else {
				g = c.other[r]
			}
			if !g.known {
				g.index = f.Index(r)
				g.advance = float64(f.HMetric(c.scale, g.index).AdvanceWidth) / 64
				g.known = true
				if r < 128 {
					c.ascii[r] = g
				} else {
					c.other[r] = g
				}
			}
			return g
		}
		w := 0.0
		var prev truetype.Index
		for i, r := range text {
			g := lookup(r)
			if i > 0 {
				w += float64(f.Kern(c.scale, prev, g.index)) / 64
			}
			w += g.advance
			prev = g.index
		}
		return w
	}
}

// rendererFor returns a go-chart renderer provider for the format: PNG, or
// SVG with its text escaped.
func rendererFor(format string) (chart.RendererProvider, error) {
	switch strings.ToLower(format) {
	case "", FormatPNG:
		return chart.PNG, nil
	case FormatSVG:
		return escapedSVG, nil
	}
	return nil, fmt.Errorf("image format %q: want %q or %q", format, FormatPNG, FormatSVG)
}

// escapedSVG is go-chart's SVG renderer with the fault mended that its text
// goes into the file unescaped, so that a label with "&" or "<" no longer
// breaks the XML. It also gives the <svg> element its width and height, so
// viewers open it at its size.
func escapedSVG(width, height int) (chart.Renderer, error) {
	r, err := chart.SVG(width, height)
	if err != nil {
		return nil, fmt.Errorf("starting an SVG: %w", err)
	}
	return &svgEscaper{Renderer: r, width: width, height: height}, nil
}

type svgEscaper struct {
	chart.Renderer
	width, height int

	// The text style last set, for drawing glyph outlines (svgtext.go).
	font  *truetype.Font
	size  float64
	color drawing.Color
	theta *float64

	glyphs glyphDefs
	fonts  map[*truetype.Font]int
	runs   []string // drawn text, put where its placeholder is on Save
}

func (e *svgEscaper) SetFont(f *truetype.Font) { e.font = f; e.Renderer.SetFont(f) }

func (e *svgEscaper) SetFontSize(size float64) { e.size = size; e.Renderer.SetFontSize(size) }

func (e *svgEscaper) SetFontColor(c drawing.Color) { e.color = c; e.Renderer.SetFontColor(c) }

func (e *svgEscaper) SetTextRotation(radians float64) {
	e.theta = &radians
	e.Renderer.SetTextRotation(radians)
}

func (e *svgEscaper) ClearTextRotation() { e.theta = nil; e.Renderer.ClearTextRotation() }

// Text draws the text as glyph outlines when a font is set (go-chart's own
// axes set theirs), otherwise as escaped XML text.
func (e *svgEscaper) Text(body string, x, y int) {
	e.textAt(body, body, float64(x), float64(y))
}

// placeholder stands for drawn text k in go-chart's output until Save:
// go-chart writes a text element's body as it is given, and private-use
// characters occur in no label.
func placeholder(k int) string { return "\ue000" + strconv.Itoa(k) + "\ue001" }

var placeholderElement = regexp.MustCompile(`<text[^>]*>\x{e000}([0-9]+)\x{e001}</text>`)

// textAt draws body (shaped, in visual order) at (x, y); label is the
// text as written, kept as the group's accessible name.
func (e *svgEscaper) textAt(body, label string, x, y float64) {
	if e.font == nil || e.size <= 0 {
		e.Renderer.Text(escapeXML(body), int(math.Round(x)), int(math.Round(y)))
		return
	}
	if e.fonts == nil {
		e.fonts = map[*truetype.Font]int{}
	}
	fontNo, ok := e.fonts[e.font]
	if !ok {
		fontNo = len(e.fonts)
		e.fonts[e.font] = fontNo
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<g aria-label="%s" fill="rgb(%d,%d,%d)"`, escapeAttr(label), e.color.R, e.color.G, e.color.B)
	if e.color.A != 0xff {
		fmt.Fprintf(&b, ` fill-opacity="%s"`, num(float64(e.color.A)/255))
	}
	if e.theta != nil {
		fmt.Fprintf(&b, ` transform="rotate(%s %s %s)"`, num(*e.theta*180/math.Pi), num(x), num(y))
	}
	b.WriteString(">")
	e.glyphs.glyphRun(&b, e.font, fontNo, body, x, y, e.size)
	b.WriteString("</g>")
	e.runs = append(e.runs, b.String())
	e.Renderer.Text(placeholder(len(e.runs)-1), int(math.Round(x)), int(math.Round(y)))
}

// Save writes the SVG with width and height on its root element, the
// glyph outlines in its <defs> and the text where go-chart put it.
func (e *svgEscaper) Save(w io.Writer) error {
	var buf bytes.Buffer
	if err := e.Renderer.Save(&buf); err != nil {
		return fmt.Errorf("writing the SVG: %w", err)
	}
	out := bytes.Replace(buf.Bytes(), []byte("<svg "),
		fmt.Appendf(nil, `<svg width="%d" height="%d" `, e.width, e.height), 1)
	out = placeholderElement.ReplaceAllFunc(out, func(m []byte) []byte {
		k, err := strconv.Atoi(string(placeholderElement.FindSubmatch(m)[1]))
		if err != nil || k >= len(e.runs) {
			return nil
		}
		return []byte(e.runs[k])
	})
	if e.glyphs.defs.Len() > 0 {
		if end := bytes.IndexByte(out, '>'); end >= 0 {
			defs := "<defs>" + e.glyphs.defs.String() + "</defs>"
			out = append(out[:end+1], append([]byte(defs), out[end+1:]...)...)
		}
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("writing the SVG: %w", err)
	}
	return nil
}

// escapeAttr escapes text for an XML attribute value in double quotes.
func escapeAttr(s string) string {
	return strings.ReplaceAll(escapeXML(s), `"`, "&#34;")
}

// escapeXML escapes text for an XML text node; characters XML cannot hold
// become U+FFFD.
func escapeXML(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

// pngSink receives go-chart's finished image so it can be encoded with
// fast compression: a 3840×2160 image at the default level takes several
// times longer for a few per cent smaller file.
type pngSink struct {
	w   io.Writer
	img *image.RGBA
}

func (p *pngSink) SetRGBA(i *image.RGBA)       { p.img = i }
func (p *pngSink) Write(b []byte) (int, error) { return p.w.Write(b) }

// save writes what r drew: PNGs through pngSink, SVGs as they are.
func save(r chart.Renderer, w io.Writer) error {
	sink := &pngSink{w: w}
	if err := r.Save(sink); err != nil {
		return err
	}
	if sink.img == nil { // not a raster renderer: it wrote to w itself
		return nil
	}
	overWhite(sink.img)
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(w, sink.img); err != nil {
		return fmt.Errorf("encoding the PNG: %w", err)
	}
	return nil
}

// overWhite lays the image on a white page. The raster renderer starts
// transparent, and painting the background through go-chart's rasterizer
// costs a tenth of a second at 4K where this loop costs a few
// milliseconds; an opaque image also encodes as RGB, a quarter smaller.
func overWhite(img *image.RGBA) {
	pix := img.Pix
	for i := 0; i+3 < len(pix); i += 4 {
		if a := pix[i+3]; a != 0xff {
			// Premultiplied colour over white: c + (1 - α)·255.
			pix[i] += 0xff - a
			pix[i+1] += 0xff - a
			pix[i+2] += 0xff - a
			pix[i+3] = 0xff
		}
	}
}

// painter draws shapes and text with a go-chart renderer, offset by
// (dx, dy), setting the whole style for every shape: go-chart's SVG
// renderer fills a stroked path with whatever fill or font colour was set
// before.
type painter struct {
	r      chart.Renderer
	font   *truetype.Font
	face   *typeface // nil: font alone, Latin labels
	dx, dy float64
}

func px(v float64) int { return int(math.Round(v)) }

func rgba(c color.RGBA) drawing.Color { return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A} }

func (p *painter) moveTo(x, y float64) { p.r.MoveTo(px(x+p.dx), px(y+p.dy)) }
func (p *painter) lineTo(x, y float64) { p.r.LineTo(px(x+p.dx), px(y+p.dy)) }

// fillRect fills a rectangle; thin lines are drawn this way too, because
// filled pixel-aligned rectangles stay crisp where strokes blur.
func (p *painter) fillRect(x, y, w, h float64, c color.RGBA) {
	p.r.ResetStyle()
	p.r.SetFillColor(rgba(c))
	p.moveTo(x, y)
	p.lineTo(x+w, y)
	p.lineTo(x+w, y+h)
	p.lineTo(x, y+h)
	p.r.Close()
	p.r.Fill()
}

// strokeRect outlines a rectangle.
func (p *painter) strokeRect(x, y, w, h float64, c color.RGBA, width float64) {
	p.polyline([][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x, y}}, c, width)
}

// polyline strokes a path through the points.
func (p *painter) polyline(pts [][2]float64, c color.RGBA, width float64) {
	if len(pts) < 2 {
		return
	}
	p.stroke(c, width, func() {
		p.moveTo(pts[0][0], pts[0][1])
		for _, pt := range pts[1:] {
			p.lineTo(pt[0], pt[1])
		}
	})
}

// stroke strokes whatever path draw makes, with no fill.
func (p *painter) stroke(c color.RGBA, width float64, draw func()) {
	p.r.ResetStyle()
	p.r.SetStrokeColor(rgba(c))
	p.r.SetStrokeWidth(width)
	draw()
	p.r.Stroke()
}

// circle fills a disc and, when ring is not transparent, outlines it. The
// disc is two half arcs: an SVG arc whose ends meet draws nothing.
func (p *painter) circle(x, y, radius float64, fill, ring color.RGBA, ringWidth float64) {
	p.r.ResetStyle()
	p.r.SetFillColor(rgba(fill))
	if ring.A > 0 {
		p.r.SetStrokeColor(rgba(ring))
		p.r.SetStrokeWidth(ringWidth)
	}
	cx, cy := px(x+p.dx), px(y+p.dy)
	p.r.ArcTo(cx, cy, radius, radius, 0, math.Pi)
	p.r.ArcTo(cx, cy, radius, radius, math.Pi, math.Pi)
	p.r.Close()
	if ring.A > 0 {
		p.r.FillStroke()
	} else {
		p.r.Fill()
	}
}

// text draws s with its baseline at y: with a typeface, cut into pieces
// of one font each, shaped and in visual order.
func (p *painter) text(s string, x, y, size float64, c color.RGBA) {
	if s == "" {
		return
	}
	pieces := []textPiece{{text: s, font: p.font}}
	if p.face != nil {
		pieces = p.face.pieces(s, size)
	}
	for _, pc := range pieces {
		p.r.ResetStyle()
		p.r.SetFont(pc.font)
		p.r.SetFontSize(size)
		p.r.SetFontColor(rgba(c))
		if e, ok := p.r.(*svgEscaper); ok {
			e.textAt(pc.text, s, x+pc.x+p.dx, y+p.dy)
			continue
		}
		p.r.Text(pc.text, px(x+pc.x+p.dx), px(y+p.dy))
	}
}

// textInBox draws s vertically centred in a box of the scene.
func (p *painter) textInBox(s string, b Rect, size float64, c color.RGBA) {
	p.text(s, b.X, b.Y+b.H/2+size*0.35, size, c)
}
