package app

import (
	"image/color"
	"strings"
	"sync"

	"fyne.io/fyne/v2/theme"
	"github.com/golang/freetype/truetype"

	"github.com/caravan-analytics/caravan/app/fonts"
	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/charts/bidi"
)

// This file sets text on the deck's slides: the window's Latin font (Fyne's
// Noto Sans, regular, bold and italic), the bundled Noto Sans Arabic and
// the bundled Noto Sans CJK SC subset, embedded as subsets, with lines
// ordered by charts/bidi and Arabic shaped into presentation forms. Text
// stays text: a reader can search, select and copy it, and pdftotext
// extracts it in reading order.

// pdfFontNames are the PostScript names of the deck's embedded fonts:
// subsets, so each starts with a tag of six capitals and "+" (ISO
// 32000-1 §9.6.4); readers and pdffonts then know the font is a subset.
var pdfFontNames = [slideFaces]string{
	faceRegular: "CRVREG+NotoSans",
	faceBold:    "CRVBLD+NotoSans-Bold",
	faceItalic:  "CRVITA+NotoSans-Italic",
	faceArabic:  "CRVARB+NotoSansArabic",
	faceCJK:     "CRVCJK+NotoSansCJKsc",
}

// fontCovers reports whether the bundled Arabic or CJK font has a glyph
// for r: spaces and punctuation inside an Arabic phrase are set in it.
// golang/freetype reads a glyph only when asked, so the 2.8 MB CJK font
// costs its cmap, not its outlines.
var fontCovers = sync.OnceValue(func() bidi.Coverage {
	f, err := slideTrueType()
	if err != nil { // the bundled fonts parse (tested)
		return func(bidi.Face, rune) bool { return false }
	}
	byFace := [3]*truetype.Font{bidi.Arabic: f[faceArabic], bidi.CJK: f[faceCJK]}
	return func(face bidi.Face, r rune) bool {
		return byFace[face] != nil && byFace[face].Index(r) != 0
	}
})

// slideHasGlyphs reports whether the deck's fonts draw every letter of s:
// a strip label they cannot draw keeps its Latin form.
func slideHasGlyphs(s string) bool { return slideTypeface().HasGlyphs(s) }

var slideTypeface = sync.OnceValue(func() charts.Typeface {
	f, err := slideTrueType()
	if err != nil { // the bundled fonts parse (tested); Latin labels otherwise
		return charts.NewTypeface(nil, nil, nil)
	}
	return charts.NewTypeface(f[faceRegular], f[faceArabic], f[faceCJK])
})

// slideFontBytes are the TrueType files of the deck's faces.
func slideFontBytes() [slideFaces][]byte {
	return [slideFaces][]byte{
		faceRegular: theme.DefaultTextFont().Content(),
		faceBold:    theme.DefaultTextBoldFont().Content(),
		faceItalic:  theme.DefaultTextItalicFont().Content(),
		faceArabic:  fonts.Arabic.Content(),
		faceCJK:     fonts.CJK.Content(),
	}
}

// slideTypesetter sets text on a slide surface: lines ordered by charts/bidi,
// Arabic shaped, each piece in its face.
type slideTypesetter struct {
	surf slideSurface
	// widths remembers measured text for the whole deck: every slide's
	// strip measures the same labels, and their shortened forms, again.
	widths, older map[measured]float32 // see remember
}

// maxRememberedWidths is how many measured texts slideTypesetter.widths
// holds before it becomes the older generation.
const maxRememberedWidths = 1024

// remember keeps a measured width. Every slide adds texts of its own (its
// number, its dates) while the strip's labels come back on every slide:
// two generations keep what is used again (found in the older, it moves
// to the newer) and let the rest go, so a long deck's memory stays flat.
func (t *slideTypesetter) remember(key measured, w float32) {
	if len(t.widths) >= maxRememberedWidths {
		t.older, t.widths = t.widths, make(map[measured]float32, maxRememberedWidths)
	}
	t.widths[key] = w
}

type measured struct {
	style slideFace
	size  float64
	text  string
}

// newSlideTypesetter returns a typesetter for the slides of one export.
func newSlideTypesetter() *slideTypesetter {
	return &slideTypesetter{widths: map[measured]float32{}}
}

// faceOf is the face a piece in font f of a line set in style is drawn
// with: Arabic and CJK text in their one regular font, emboldened in a
// bold line.
func faceOf(style slideFace, f bidi.Face) slideFace {
	bold := style == faceBold
	switch {
	case f == bidi.Arabic && bold:
		return faceArabicBold
	case f == bidi.Arabic:
		return faceArabic
	case f == bidi.CJK && bold:
		return faceCJKBold
	case f == bidi.CJK:
		return faceCJK
	}
	return style
}

// pieceWidth measures a shaped single-font string.
func (t *slideTypesetter) pieceWidth(style slideFace, size float64) bidi.PieceWidth {
	return func(s string, f bidi.Face) float32 {
		return float32(t.surf.textWidth(s, faceOf(style, f), size))
	}
}

// measure measures logical text as it will be drawn.
func (t *slideTypesetter) measure(style slideFace, size float64) func(string) float32 {
	shaped := bidi.ShapedMeasure(t.pieceWidth(style, size), fontCovers())
	return func(s string) float32 {
		key := measured{style, size, s}
		if w, ok := t.widths[key]; ok {
			return w
		}
		if w, ok := t.older[key]; ok {
			t.remember(key, w)
			return w
		}
		var w float32
		if isPlainASCII(s) {
			w = float32(t.surf.textWidth(s, style, size)) // one font, nothing to shape
		} else {
			w = shaped(s)
		}
		t.remember(key, w)
		return w
	}
}

// isPlainASCII reports whether s is printable ASCII: one font, no shaping.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// textStyle is how a block of text is set.
type textStyle struct {
	size    float64
	style   slideFace
	color   color.NRGBA
	leading float64 // distance between baselines in ems; 0 means 1.3
}

func (s textStyle) lineHeight() float64 {
	if s.leading == 0 {
		return 1.3 * s.size
	}
	return s.leading * s.size
}

// drawLine draws one laid-out line of a paragraph with its box's top-left
// at (x, top).
//
// A line with right-to-left letters is drawn as shaped presentation forms
// in visual order; on a PDF it is marked with what it reads as: its
// letters, unshaped, in the order the page's extractors turn into logical
// order (see slideRecording and actualTextFor), so pdftotext gives the
// Arabic letters in reading order rather than presentation forms.
func (t *slideTypesetter) drawLine(text string, line bidi.Line, x, top float64, st textStyle) {
	pieces := bidi.LinePieces(text, line, t.pieceWidth(st.style, st.size), fontCovers())
	baseline := top + st.lineHeight()/2 + 0.35*st.size
	at, marked := t.surf.(actualTexter)
	if marked && strings.ContainsFunc(text[line.Start:line.End], isRightToLeftLetter) {
		at.beginActualText(text[line.Start:line.End])
		defer at.endActualText()
	}
	for _, p := range pieces {
		t.surf.text(p.Text, faceOf(st.style, p.Face), st.size, x+float64(p.X), baseline, st.color)
	}
}

// line draws text on one line in a box of the given width at (x, top):
// from the left, or ending at the right edge when alignRight is set.
// Returns the width drawn.
func (t *slideTypesetter) line(text string, x, top, width float64, st textStyle, alignRight bool) float64 {
	if text == "" {
		return 0
	}
	if isPlainASCII(text) { // one font, left to right: no layout needed
		w := float64(t.measure(st.style, st.size)(text))
		dx := 0.0
		if alignRight {
			dx = width - w
		}
		t.surf.text(text, st.style, st.size, x+dx, top+st.lineHeight()/2+0.35*st.size, st.color)
		return w
	}
	rtl := bidi.DetectRTL(text)
	l := bidi.OneLine(text, rtl, t.measure(st.style, st.size))
	dx := 0.0
	if alignRight {
		dx = width - float64(l.Width)
	}
	// OneLine aligns a right-to-left line to its own width; move it to x.
	if len(l.Runs) > 0 {
		dx -= float64(l.Runs[0].X)
	}
	t.drawLine(text, l, x+dx, top, st)
	return float64(l.Width)
}

// block wraps text to width, in at most maxLines lines (0: no limit; the
// last line kept ends in "…" when text was cut), draws it from (x, top)
// with the marks highlighted behind their words, and returns its height.
// rtl is the paragraph direction: right-to-left lines end at the right.
func (t *slideTypesetter) block(text string, marks []bidi.Span, rtl bool, x, top, width float64, maxLines int, st textStyle, highlight color.NRGBA) float64 {
	measure := t.measure(st.style, st.size)
	lines := bidi.Layout(text, rtl, float32(width), measure)
	if maxLines > 0 && len(lines) > maxLines {
		cut := ellipsize(text, lines[maxLines-1].End, func(s string) bool {
			return len(bidi.Layout(s, rtl, float32(width), measure)) <= maxLines
		})
		text = cut
		lines = bidi.Layout(text, rtl, float32(width), measure)
		lines = lines[:min(len(lines), maxLines)] // a single word wider than the block
	}
	lh := st.lineHeight()
	// Faint, as the window's paragraph marks evidence: a highlighter pen
	// over the words.
	highlight.A = 0x73
	for _, b := range bidi.HighlightBoxes(text, lines, marks, measure) {
		t.surf.highlight(highlight, x+float64(b.X0), top+float64(b.Line)*lh+0.1*st.size, float64(b.X1-b.X0), lh-0.2*st.size)
	}
	for k, l := range lines {
		t.drawLine(text, l, x, top+float64(k)*lh, st)
	}
	return float64(len(lines)) * lh
}
