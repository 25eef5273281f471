package bidi

import (
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/app/fonts"
	"github.com/caravan-analytics/caravan/charts/bidi"
)

// lineLeading is the distance between baselines in ems. Noto Sans
// Arabic asks for 2.1 em of ascent and descent, which spaces body text far
// apart; 1.6 em is what the Chromium reference uses, and the rare tall
// stack of marks may reach into the neighbouring line's leading.
const lineLeading = 1.6

// highlightAlpha is the opacity of the primary colour behind highlighted
// text: light enough to read the text through it in both theme variants.
const highlightAlpha = 0x60

// Paragraph is a widget that shows one paragraph of text, right-to-left or
// left-to-right, wrapped to its width like a wrapping widget.Label: its
// minimum width is small and its minimum height grows as it narrows.
// Mixed text is ordered as a browser orders it, right-to-left paragraphs are
// aligned right, and Arabic is drawn with the bundled Noto Sans Arabic so it
// renders on machines without Arabic fonts.
//
// Create it with NewParagraph; change it only from the UI goroutine.
type Paragraph struct {
	widget.BaseWidget

	// OnTapped, if set, is called with the byte offset into the text of
	// the character that was tapped, or -1 when the tap missed the text.
	// A Paragraph takes taps even when OnTapped is nil, like any Fyne
	// Tappable: inside a widget.List, select the row from OnTapped.
	OnTapped func(offset int)

	text       string
	rtl        bool
	highlights []Span
	textSize   float32 // 0: the theme's text size
	singleLine bool    // one line, cut with an ellipsis (SetSingleLine)
	version    int     // counts changes, so renderers know when to lay out again
}

var (
	_ fyne.Widget   = (*Paragraph)(nil)
	_ fyne.Tappable = (*Paragraph)(nil)
)

// NewParagraph returns a paragraph widget showing text. rtl is the
// paragraph direction — for an article, data.IsRTL of its language; use
// DetectRTL(text) when the language is unknown.
func NewParagraph(text string, rtl bool) *Paragraph {
	p := &Paragraph{text: text, rtl: rtl}
	p.ExtendBaseWidget(p)
	return p
}

// Text returns the text shown.
func (p *Paragraph) Text() string { return p.text }

// SetText replaces the text and clears the highlights, whose offsets
// pointed into the old text.
func (p *Paragraph) SetText(text string) {
	p.text = text
	p.highlights = nil
	p.changed()
}

// SetRTL sets the paragraph direction.
func (p *Paragraph) SetRTL(rtl bool) {
	p.rtl = rtl
	p.changed()
}

// SetHighlights marks parts of the text, as byte offsets into it, with the
// theme's primary colour behind them. A span that crosses a line break or a
// change of direction is drawn in several pieces. Nil clears them.
func (p *Paragraph) SetHighlights(spans []Span) {
	p.highlights = append([]Span(nil), spans...)
	p.changed()
}

// SetTextSize sets the text size; 0 returns to the theme's text size.
func (p *Paragraph) SetTextSize(size float32) {
	p.textSize = size
	p.changed()
}

// SetSingleLine keeps the paragraph to one line, as a truncated Label in
// a table cell: text that does not fit is cut at a word (or a letter) and
// ends with "…" — on the left of a right-to-left line, where it ends.
func (p *Paragraph) SetSingleLine(single bool) {
	p.singleLine = single
	p.changed()
}

// changed records a change of content and redraws.
func (p *Paragraph) changed() {
	p.version++
	p.Refresh()
}

// Resize lays the text out again for the new width; when that changes the
// number of lines, the refresh tells the containers about the new minimum
// height.
func (p *Paragraph) Resize(size fyne.Size) {
	old := p.Size()
	if size == old {
		return
	}
	p.BaseWidget.Resize(size)
	if size.Width != old.Width {
		p.Refresh()
	}
}

// Tapped calls OnTapped with the offset of the tapped character.
func (p *Paragraph) Tapped(ev *fyne.PointEvent) {
	if p.OnTapped == nil {
		return
	}
	m := p.metrics()
	p.OnTapped(m.offsetAt(p.text, p.layout(p.Size().Width, m), ev.Position))
}

// CreateRenderer is called by Fyne to create the widget's renderer.
func (p *Paragraph) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	r := &paragraphRenderer{p: p}
	r.Refresh()
	return r
}

// metrics are the theme values one layout depends on.
type metrics struct {
	textSize, padding         float32
	lineHeight                float32     // from the top of one line to the top of the next
	ascent                    float32     // from the top of a line to its baseline
	themeAscent, arabicAscent float32     // from the top of a canvas.Text to its baseline
	foreground, highlight     color.NRGBA // NRGBA so that metrics compare with ==
}

// layoutKey is what a layout depends on; when it has not changed since the
// last one, the objects are already in place.
type layoutKey struct {
	width   float32
	version int
	m       metrics
}

// paragraphRenderer draws a Paragraph: one canvas.Text per single-font
// piece of each run, and a rectangle behind each highlighted stretch.
type paragraphRenderer struct {
	p       *Paragraph
	m       metrics
	built   layoutKey // what lines and objects were made for
	lines   []Line
	texts   []*canvas.Text      // pool, the first usedTexts in use
	boxes   []*canvas.Rectangle // pool, the first usedBoxes in use
	objects []fyne.CanvasObject
}

// Destroy is a no-op: the renderer holds no resources beyond its objects.
func (r *paragraphRenderer) Destroy() {}

// Objects returns the highlight rectangles, then the texts above them.
func (r *paragraphRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Layout places the text for the new size.
func (r *paragraphRenderer) Layout(size fyne.Size) { r.build(size.Width) }

// MinSize is a narrow width and the height of the lines at the current
// width (one line per hard line break before the first resize).
func (r *paragraphRenderer) MinSize() fyne.Size {
	r.build(r.p.Size().Width)
	height := float32(len(r.lines)) * r.m.lineHeight
	return fyne.NewSize(r.m.textSize+2*r.m.padding, height+2*r.m.padding)
}

// Refresh re-reads the theme and draws the current text again.
func (r *paragraphRenderer) Refresh() {
	r.m = r.p.metrics()
	r.build(r.p.Size().Width)
	canvas.Refresh(r.p)
}

// metrics reads sizes and colours from the widget's theme, so that a theme
// or variant change shows on the next refresh.
func (p *Paragraph) metrics() metrics {
	th := p.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	m := metrics{
		textSize:   p.textSize,
		padding:    th.Size(theme.SizeNameInnerPadding),
		foreground: color.NRGBAModel.Convert(th.Color(theme.ColorNameForeground, variant)).(color.NRGBA),
	}
	if m.textSize <= 0 {
		m.textSize = th.Size(theme.SizeNameText)
	}
	m.highlight = color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, variant)).(color.NRGBA)
	m.highlight.A = highlightAlpha

	// Lines are never closer than a multi-line Label's; the Arabic font's
	// box is centred on the line as CSS does, and the theme font shares
	// its baseline.
	driver := fyne.CurrentApp().Driver()
	themeSize, themeAscent := driver.RenderedTextSize("x", m.textSize, fyne.TextStyle{}, nil)
	arabicSize, arabicAscent := driver.RenderedTextSize("ع", m.textSize, fyne.TextStyle{}, fonts.Arabic)
	m.themeAscent, m.arabicAscent = themeAscent, arabicAscent
	m.lineHeight = max(lineLeading*m.textSize, themeSize.Height+th.Size(theme.SizeNameLineSpacing))
	m.ascent = max((m.lineHeight-arabicSize.Height)/2+arabicAscent, themeAscent)
	return m
}

// pieceWidth measures a single-font string as the widget draws it.
func (m metrics) pieceWidth(s string, arabic bool) float32 {
	size, _ := fyne.CurrentApp().Driver().RenderedTextSize(s, m.textSize, fyne.TextStyle{}, fontFor(arabic))
	return size.Width
}

// measure is pieceWidth summed over the pieces of a mixed string.
func (m metrics) measure(s string) float32 { return measureWith(m.pieceWidth)(s) }

// fontFor returns the FontSource for a piece: nil means the theme font.
func fontFor(arabic bool) fyne.Resource {
	if arabic {
		return fonts.Arabic
	}
	return nil
}

// layout lays the text out for a widget width.
func (p *Paragraph) layout(width float32, m metrics) []Line {
	lines, _ := p.laidOut(width, m)
	return lines
}

// laidOut lays the text out for a widget width and returns it with the
// text drawn: p.text, or in single-line mode its cut with an ellipsis.
func (p *Paragraph) laidOut(width float32, m metrics) ([]Line, string) {
	lines := Layout(p.text, p.rtl, width-2*m.padding, m.measure)
	if !p.singleLine || len(lines) <= 1 {
		return lines, p.text
	}
	// The longest start of the text, cut at a space where there is one,
	// that fits on one line with the ellipsis.
	cut := lines[0].End
	for cut > 0 {
		text := strings.TrimRightFunc(p.text[:cut], unicode.IsSpace) + "…"
		if l := Layout(text, p.rtl, width-2*m.padding, m.measure); len(l) == 1 {
			return l, text
		}
		if i := strings.LastIndexFunc(strings.TrimRightFunc(p.text[:cut], unicode.IsSpace), unicode.IsSpace); i > 0 {
			cut = i
		} else {
			_, size := utf8.DecodeLastRuneInString(p.text[:cut])
			cut -= size
		}
	}
	return Layout("…", p.rtl, width-2*m.padding, m.measure), "…"
}

// lineTop returns the y of the top of line i.
func (m metrics) lineTop(i int) float32 {
	return m.padding + float32(i)*m.lineHeight
}

// build lays the text out for width and updates the canvas objects,
// unless nothing changed since the last time. Before the widget has a
// width, the text is laid out unwrapped, for MinSize.
func (r *paragraphRenderer) build(width float32) {
	key := layoutKey{width: width, version: r.p.version, m: r.m}
	if key == r.built {
		return
	}
	r.built = key
	r.objects = r.objects[:0]
	if width <= 0 {
		r.lines = r.p.layout(float32(math.MaxFloat32), r.m)
		return
	}
	var text string
	r.lines, text = r.p.laidOut(width, r.m)

	highlights := r.p.highlights
	if text != r.p.text { // cut: only what is drawn can be marked
		highlights = nil
		for _, h := range r.p.highlights {
			if limit := len(text) - len("…"); h.Start < limit {
				highlights = append(highlights, Span{Start: h.Start, End: min(h.End, limit)})
			}
		}
	}
	boxes := bidi.HighlightBoxes(text, r.lines, highlights, r.m.measure)
	for i, b := range boxes {
		if i == len(r.boxes) {
			r.boxes = append(r.boxes, canvas.NewRectangle(nil))
		}
		rect := r.boxes[i]
		rect.FillColor = r.m.highlight
		rect.Move(fyne.NewPos(r.m.padding+b.X0, r.m.lineTop(b.Line)))
		rect.Resize(fyne.NewSize(b.X1-b.X0, r.m.lineHeight))
		r.objects = append(r.objects, rect)
	}

	used := 0
	for li, line := range r.lines {
		for _, run := range line.Runs {
			for _, piece := range runPieces(text, run, r.m.pieceWidth) {
				if used == len(r.texts) {
					r.texts = append(r.texts, canvas.NewText("", nil))
				}
				t := r.texts[used]
				used++
				t.Text = piece.Text
				t.FontSource = fontFor(piece.Arabic)
				t.TextSize = r.m.textSize
				t.Color = r.m.foreground
				// Align the baselines of the two fonts.
				ascent := r.m.themeAscent
				if piece.Arabic {
					ascent = r.m.arabicAscent
				}
				t.Move(fyne.NewPos(r.m.padding+piece.X, r.m.lineTop(li)+r.m.ascent-ascent))
				t.Resize(t.MinSize())
				r.objects = append(r.objects, t)
			}
		}
	}
}

// offsetAt returns the byte offset of the character at pos in the widget,
// or -1 when pos is beside the text.
func (m metrics) offsetAt(text string, lines []Line, pos fyne.Position) int {
	if pos.Y < m.padding {
		return -1
	}
	i := int((pos.Y - m.padding) / m.lineHeight)
	if i >= len(lines) {
		return -1
	}
	return offsetAt(text, lines[i], pos.X-m.padding, m.measure)
}
