package bidi

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"

	"github.com/caravan-analytics/caravan/app/fonts"
	"github.com/caravan-analytics/caravan/charts/bidi"
)

// This file holds the pure geometry between Layout and the widget: how a
// run is cut into the strings that Fyne draws, where highlights go, and
// which character a point falls on.
//
// Fyne's text drawing shapes a right-to-left string correctly only while
// the string is a single font and a single direction: given "(نور)" in the
// default theme it draws the parentheses from the theme font and the
// letters from a fallback font as three pieces placed left to right in
// logical order, so they come out as ")نور(". The widget therefore cuts
// every run at font changes and places the pieces itself.

// usesArabicFont reports whether the letter r is drawn with the bundled
// Arabic font: the Arabic script blocks, as the images and the deck decide.
func usesArabicFont(r rune) bool { return bidi.IsArabicScript(r) }

// arabicFontCovers reports whether the bundled Arabic font has a glyph for
// r, read once from its character map.
var arabicFontCovers = sync.OnceValue(func() func(rune) bool {
	face, err := font.ParseTTF(bytes.NewReader(fonts.Arabic.Content()))
	if err != nil {
		fyne.LogError("bidi: parsing the bundled Arabic font", err)
		return func(rune) bool { return false }
	}
	return func(r rune) bool {
		_, ok := face.NominalGlyph(r)
		return ok
	}
})

// followsBase reports whether r must stay in the same piece as the
// character before it: combining marks and the zero-width joiners that
// control Arabic joining.
func followsBase(r rune) bool {
	return r == 0x200C || r == 0x200D || unicode.In(r, unicode.Mn, unicode.Me)
}

// fontPiece is a maximal substring drawn with one font, as byte offsets.
type fontPiece struct {
	start, end int
	arabic     bool
}

// splitByFont cuts s[start:end] at every change between the Arabic font
// and the theme font. Letters choose the font by script, digits always use
// the theme font. Spaces and punctuation that the Arabic font has glyphs
// for stay with the font before them, as a browser's font fallback draws
// them in an Arabic paragraph: Arabic phrases keep the Arabic font's
// spacing and become one piece, and Latin text keeps the theme font. The
// rest — parentheses, typographic quotes — always use the theme font.
func splitByFont(s string, start, end int) []fontPiece {
	var pieces []fontPiece
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:end])
		arabic := usesArabicFont(r)
		inherits := followsBase(r) ||
			(!arabic && (unicode.IsSpace(r) || unicode.IsPunct(r)) && arabicFontCovers()(r))
		if n := len(pieces); n > 0 && (inherits || pieces[n-1].arabic == arabic) {
			pieces[n-1].end = i + size
		} else {
			pieces = append(pieces, fontPiece{start: i, end: i + size, arabic: arabic})
		}
		i += size
	}
	return pieces
}

// pieceWidth measures one single-font string; arabic selects the font.
type pieceWidth func(s string, arabic bool) float32

// measureWith returns the measure function for Layout that matches how the
// widget draws: the sum of the widths of the single-font pieces.
func measureWith(width pieceWidth) func(string) float32 {
	return func(s string) float32 {
		var w float32
		for _, p := range splitByFont(s, 0, len(s)) {
			w += width(s[p.start:p.end], p.arabic)
		}
		return w
	}
}

// drawnPiece is one string the widget hands to a canvas.Text.
type drawnPiece struct {
	Text   string  // what to draw, already in the order Fyne needs
	Arabic bool    // draw with the bundled Arabic font
	X      float32 // left edge, in the paragraph's coordinates
	Width  float32
}

// runPieces cuts a laid-out run into single-font pieces and positions them:
// left to right for a left-to-right run, right to left (first piece at the
// right end) for a right-to-left one. Pieces of only whitespace are skipped:
// they only move the pen.
//
// Within a right-to-left run, pieces with a right-to-left letter are drawn
// as they are (Fyne shapes them right to left), and pieces without one —
// parentheses, quotes, a lone "،" — are reversed and mirrored here,
// because Fyne would draw them left to right (rule L4).
func runPieces(text string, run Run, width pieceWidth) []drawnPiece {
	var out []drawnPiece
	left, right := run.X, run.X+run.Width
	for _, p := range splitByFont(text, run.Start, run.End) {
		s := text[p.start:p.end]
		w := width(s, p.arabic)
		x := left
		if run.RTL() {
			right -= w
			x = right
		} else {
			left += w
		}
		if s = withoutBidiControls(s); isBlank(s) {
			continue
		}
		if run.RTL() && !hasRTLLetter(s) {
			s = bidi.MirrorReverse(s)
		}
		out = append(out, drawnPiece{Text: s, Arabic: p.arabic, X: x, Width: w})
	}
	return out
}

// withoutBidiControls drops the directional marks and explicit formatting
// characters, which have done their work in the layout and which the theme
// font may have no glyph for (Fyne would draw a replacement box). The
// joiners stay: they change how Arabic letters join.
func withoutBidiControls(s string) string {
	return strings.Map(func(r rune) rune {
		if bidi.IsFormatting(r) {
			return -1
		}
		return r
	}, s)
}

// isBlank reports whether s draws nothing visible.
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// hasRTLLetter reports whether s holds a strong right-to-left character,
// which makes Fyne shape s right to left by itself.
func hasRTLLetter(s string) bool {
	for _, r := range s {
		if bidi.IsRTLStrong(r) {
			return true
		}
	}
	return false
}

// offsetAt returns the byte offset of the character drawn at x on line, or
// -1 when x is beside every run.
func offsetAt(text string, line Line, x float32, measure func(string) float32) int {
	for _, run := range line.Runs {
		if x < run.X || x >= run.X+run.Width {
			continue
		}
		into := x - run.X // distance from the run's first character
		if run.RTL() {
			into = run.X + run.Width - x
		}
		for i := run.Start; i < run.End; {
			_, size := utf8.DecodeRuneInString(text[i:run.End])
			if measure(text[run.Start:i+size]) > into {
				return i
			}
			i += size
		}
		return bidi.SnapToRune(text, run.End-1)
	}
	return -1
}
