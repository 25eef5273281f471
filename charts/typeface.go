package charts

import (
	"strings"

	"github.com/golang/freetype/truetype"

	"github.com/caravan-analytics/caravan/charts/bidi"
)

// typeface sets labels in any script the fonts cover: Latin (and
// Cyrillic, Greek…) in the main font, Arabic in the Arabic font, shaped
// and ordered right to left by charts/bidi, Chinese, Japanese and Korean
// in the CJK font, so that a label reads the same in the image as in the
// window. Without an Arabic font, labels are made Latin (latinText) as
// go-chart alone can only draw those; without a CJK font, a label with
// Han, kana or hangul keeps its Latin form.
type typeface struct {
	fonts    [3]*truetype.Font // by bidi.Face
	measures [3]func(string, float64) float64
}

func newTypeface(latin, arabic, cjk *truetype.Font) *typeface {
	t := &typeface{fonts: [3]*truetype.Font{bidi.Latin: latin, bidi.Arabic: arabic, bidi.CJK: cjk}}
	for f, font := range t.fonts {
		if font != nil {
			t.measures[f] = TextMeasurer(font)
		}
	}
	return t
}

// allScripts reports whether labels keep every script the fonts have.
func (t *typeface) allScripts() bool { return t.fonts[bidi.Arabic] != nil }

// covers reports whether font f has a glyph for r.
func (t *typeface) covers(f bidi.Face, r rune) bool {
	return t.fonts[f] != nil && t.fonts[f].Index(r) != 0
}

// hasGlyphs reports whether every letter of s is drawn by one of the
// fonts: the test a label passes to keep its script (see labelText).
// Latin, Greek, Cyrillic and Arabic letters are taken as drawn (the Noto
// fonts have them all); a Han, kana or hangul letter only when the CJK
// font has it.
func (t *typeface) hasGlyphs(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return notInFonts(r) && !(bidi.FaceOf(r) == bidi.CJK && t.covers(bidi.CJK, r))
	})
}

// scripts says which labels the typeface draws in their own script.
func (t *typeface) scripts() scripts {
	return scripts{all: t.allScripts(), has: t.hasGlyphs}
}

func (t *typeface) pieceWidth(size float64) bidi.PieceWidth {
	return func(s string, f bidi.Face) float32 {
		if t.measures[f] == nil {
			f = bidi.Latin
		}
		return float32(t.measures[f](s, size))
	}
}

// measure is the width of text as drawn: shaped, piece by piece.
func (t *typeface) measure(text string, size float64) float64 {
	if !t.allScripts() || isPlainASCII(text) {
		return t.measures[bidi.Latin](text, size)
	}
	return float64(bidi.ShapedMeasure(t.pieceWidth(size), t.covers)(text))
}

// textPiece is a run of text in one font, x from the start of the label.
type textPiece struct {
	text string
	font *truetype.Font
	x    float64
}

// pieces cuts a one-line label into what go-chart draws: shaped strings
// in visual order, each in its font.
func (t *typeface) pieces(text string, size float64) []textPiece {
	if !t.allScripts() || isPlainASCII(text) {
		return []textPiece{{text: text, font: t.fonts[bidi.Latin]}}
	}
	measure := func(s string) float32 { return float32(t.measure(s, size)) }
	line := bidi.OneLine(text, bidi.DetectRTL(text), measure)
	var origin float32
	if len(line.Runs) > 0 {
		origin = line.Runs[0].X
	}
	var out []textPiece
	for _, p := range bidi.LinePieces(text, line, t.pieceWidth(size), t.covers) {
		f := t.fonts[p.Face]
		if f == nil {
			f = t.fonts[bidi.Latin]
		}
		out = append(out, textPiece{text: p.Text, font: f, x: float64(p.X - origin)})
	}
	return out
}

// Typeface is the fonts an image's labels are set in, for laying out a
// scene (Options.Measure, Options.HasGlyphs) as RenderTimeline will draw
// it with ImageOptions.Font, ArabicFont and CJKFont set to the same.
type Typeface struct{ t *typeface }

// NewTypeface returns the typeface of latin, arabic and cjk; arabic and
// cjk may be nil.
func NewTypeface(latin, arabic, cjk *truetype.Font) Typeface {
	return Typeface{newTypeface(latin, arabic, cjk)}
}

// Measure is the width of text as it will be drawn at size: every script
// shaped and in its font.
func (f Typeface) Measure(text string, size float64) float64 { return f.t.measure(text, size) }

// HasGlyphs reports whether the fonts draw every letter of s.
func (f Typeface) HasGlyphs(s string) bool { return f.t.hasGlyphs(s) }
