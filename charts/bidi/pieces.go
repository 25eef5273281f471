package bidi

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/unicodedata"
)

// This file cuts laid-out lines into what a renderer with no shaping and
// no bidi of its own draws: strings in visual order, one font each.

// IsArabicScript reports whether r is drawn with an Arabic font: the
// Arabic script blocks, presentation forms included.
func IsArabicScript(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x06FF, // Arabic
		r >= 0x0750 && r <= 0x077F, // Arabic Supplement
		r >= 0x0870 && r <= 0x08FF, // Arabic Extended-B and -A
		r >= 0xFB50 && r <= 0xFDFF, // Arabic Presentation Forms-A
		r >= 0xFE70 && r <= 0xFEFF: // Arabic Presentation Forms-B
		return true
	}
	return false
}

// IsCJK reports whether r is drawn with a CJK font: Han, kana, hangul,
// bopomofo, CJK punctuation and the full-width forms.
func IsCJK(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x11FF, // Hangul Jamo
		r >= 0x2E80 && r <= 0x2FDF,   // CJK and Kangxi radicals
		r >= 0x3000 && r <= 0x33FF,   // CJK punctuation, kana, bopomofo, compatibility
		r >= 0x3400 && r <= 0x4DBF,   // Han extension A
		r >= 0x4E00 && r <= 0x9FFF,   // Han
		r >= 0xAC00 && r <= 0xD7AF,   // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF,   // Han compatibility
		r >= 0xFE30 && r <= 0xFE4F,   // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFFEF,   // full- and half-width forms
		r >= 0x20000 && r <= 0x3FFFF: // Han extensions B–H
		return true
	}
	return false
}

// Face is the font a piece of text is drawn with.
type Face uint8

const (
	// Latin is the main font: Latin, Greek, Cyrillic, digits, punctuation.
	Latin Face = iota
	// Arabic is the Arabic font: the Arabic script, shaped.
	Arabic
	// CJK is the Chinese, Japanese and Korean font.
	CJK
)

// FaceOf is the font the letter r is drawn with, by script.
func FaceOf(r rune) Face {
	switch {
	case IsArabicScript(r):
		return Arabic
	case IsCJK(r):
		return CJK
	}
	return Latin
}

// Coverage reports whether font f has a glyph for r; nil means only the
// Latin font has punctuation and spaces.
type Coverage func(f Face, r rune) bool

// FontPiece is a maximal substring drawn with one font, as byte offsets.
type FontPiece struct {
	Start, End int
	Face       Face
}

// SplitByFont cuts s[start:end] at every change of font. Letters choose
// the font by script (FaceOf), digits always use the Latin font; combining
// marks and joiners stay with the letter before them; spaces and
// punctuation that covers says the font of the piece before them has stay
// in that piece, as a browser's font fallback does, so an Arabic phrase is
// one piece.
func SplitByFont(s string, start, end int, covers Coverage) []FontPiece {
	var pieces []FontPiece
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:end])
		face := FaceOf(r)
		n := len(pieces)
		inherits := n > 0 && (r == 0x200C || r == zwj || unicode.In(r, unicode.Mn, unicode.Me) ||
			face == Latin && pieces[n-1].Face != Latin && (unicode.IsSpace(r) || unicode.IsPunct(r)) &&
				covers != nil && covers(pieces[n-1].Face, r))
		if n > 0 && (inherits || pieces[n-1].Face == face) {
			pieces[n-1].End = i + size
		} else {
			pieces = append(pieces, FontPiece{Start: i, End: i + size, Face: face})
		}
		i += size
	}
	return pieces
}

// PieceWidth measures one single-font string as drawn (already shaped)
// in font f.
type PieceWidth func(s string, f Face) float32

// ShapedMeasure returns a measure for Layout that matches what
// LinePieces draws: the widths of the shaped single-font pieces.
func ShapedMeasure(width PieceWidth, covers Coverage) func(string) float32 {
	return func(s string) float32 {
		var w float32
		for _, p := range SplitByFont(s, 0, len(s), covers) {
			w += width(Shape(s[p.Start:p.End]), p.Face)
		}
		return w
	}
}

// Piece is one string to draw, left to right, in one font.
type Piece struct {
	Text  string  // shaped, in visual order, without bidi controls
	Face  Face    // the font to draw it with
	X     float32 // left edge, from the left of the line's box
	Width float32
}

// LinePieces turns a laid-out line of text into the pieces a renderer
// draws one glyph after another: each run cut by font, Arabic shaped, and
// the pieces of a right-to-left run placed from its right end with their
// characters reversed (see reverseForDrawing).
// Pieces that draw nothing are left out.
func LinePieces(text string, line Line, width PieceWidth, covers Coverage) []Piece {
	var out []Piece
	for _, run := range line.Runs {
		left, right := run.X, run.X+run.Width
		for _, p := range SplitByFont(text, run.Start, run.End, covers) {
			s := Shape(text[p.Start:p.End])
			w := width(s, p.Face)
			x := left
			if run.RTL() {
				right -= w
				x = right
				s = reverseForDrawing(s)
			} else {
				left += w
			}
			s = strings.Map(func(r rune) rune {
				if IsFormatting(r) {
					return -1
				}
				return r
			}, s)
			if strings.TrimSpace(s) == "" {
				continue
			}
			out = append(out, Piece{Text: s, Face: p.Face, X: x, Width: w})
		}
	}
	return out
}

// OneLine lays text out as a single line, however wide, for labels:
// rtl is the paragraph direction, DetectRTL(text) when unknown.
func OneLine(text string, rtl bool, measure func(string) float32) Line {
	flat := strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, text)
	lines := Layout(flat, rtl, measure(flat)+1, measure)
	if len(lines) == 0 {
		return Line{End: len(flat)}
	}
	line := lines[0]
	for _, l := range lines[1:] { // a width rounding that still broke the line
		for _, r := range l.Runs {
			r.X += line.Width
			line.Runs = append(line.Runs, r)
		}
		line.Width += l.Width
		line.End = l.End
	}
	return line
}

// reverseForDrawing reverses a right-to-left string character by
// character, mirroring brackets, for a renderer that draws left to right
// with no mark positioning. A vowel mark then comes before its letter:
// Arabic fonts draw a mark of zero advance to the right of the pen, so
// drawn at the letter's left edge it lands over the letter (after it, it
// would hang in the gap beyond the letter's right edge).
func reverseForDrawing(s string) string {
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := len(runes) - 1; i >= 0; i-- {
		r := runes[i]
		if m, ok := unicodedata.LookupMirrorChar(r); ok {
			r = m
		}
		b.WriteRune(r)
	}
	return b.String()
}
