package charts

import (
	"github.com/golang/freetype/truetype"

	"github.com/caravan-analytics/caravan/charts/bidi"
)

// typeface sets labels in any script the two fonts cover: Latin (and
// Cyrillic, Greek…) in the main font, Arabic in the Arabic font, shaped
// and ordered right to left by charts/bidi, so that a label reads the same
// in the image as in the window. Without an Arabic font, labels are made
// Latin (latinText) as go-chart alone can only draw those.
type typeface struct {
	latin, arabic *truetype.Font
	latinM        func(string, float64) float64
	arabicM       func(string, float64) float64
}

func newTypeface(latin, arabic *truetype.Font) *typeface {
	t := &typeface{latin: latin, arabic: arabic, latinM: TextMeasurer(latin)}
	if arabic != nil {
		t.arabicM = TextMeasurer(arabic)
	}
	return t
}

// allScripts reports whether labels keep every script.
func (t *typeface) allScripts() bool { return t.arabic != nil }

// covers reports whether the Arabic font has a glyph for r.
func (t *typeface) covers(r rune) bool { return t.arabic.Index(r) != 0 }

func (t *typeface) pieceWidth(size float64) bidi.PieceWidth {
	return func(s string, arabic bool) float32 {
		if arabic {
			return float32(t.arabicM(s, size))
		}
		return float32(t.latinM(s, size))
	}
}

// measure is the width of text as drawn: shaped, piece by piece.
func (t *typeface) measure(text string, size float64) float64 {
	if t.arabic == nil || isPlainASCII(text) {
		return t.latinM(text, size)
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
	if t.arabic == nil || isPlainASCII(text) {
		return []textPiece{{text: text, font: t.latin}}
	}
	measure := func(s string) float32 { return float32(t.measure(s, size)) }
	line := bidi.OneLine(text, bidi.DetectRTL(text), measure)
	var origin float32
	if len(line.Runs) > 0 {
		origin = line.Runs[0].X
	}
	var out []textPiece
	for _, p := range bidi.LinePieces(text, line, t.pieceWidth(size), t.covers) {
		f := t.latin
		if p.Arabic {
			f = t.arabic
		}
		out = append(out, textPiece{text: p.Text, font: f, x: float64(p.X - origin)})
	}
	return out
}

// ShapedMeasurer returns Options.Measure for images drawn with
// ImageOptions.Font = latin and ArabicFont = arabic: labels in every
// script, measured as they will be drawn. A nil arabic gives TextMeasurer.
func ShapedMeasurer(latin, arabic *truetype.Font) func(text string, size float64) float64 {
	return newTypeface(latin, arabic).measure
}
