package bidi

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/unicodedata"
	xbidi "golang.org/x/text/unicode/bidi"
)

// Run is a stretch of one line drawn in one direction, positioned on the
// line. Its characters stay in logical order; a right-to-left run is drawn
// with its first character at its right end.
type Run struct {
	Start, End int     // byte range in the paragraph text
	Level      uint8   // UAX #9 embedding level; odd levels run right to left
	X          float32 // left edge, from the left of the paragraph
	Width      float32
}

// RTL reports whether the run is drawn right to left.
func (r Run) RTL() bool { return level(r.Level).rtl() }

// Line is one laid-out line of a paragraph.
type Line struct {
	// Start and End are the line's byte range in the paragraph text. The
	// lines of a paragraph tile its text; spaces and the newline at the end
	// of a line belong to it but are not drawn.
	Start, End int
	// Runs are the visible runs in visual order, left to right.
	Runs []Run
	// Width is the width of the visible runs together.
	Width float32
}

// Layout breaks text into lines no wider than width and orders each line
// for display; measure returns the width of a string as drawn.
//
// rtl is the paragraph direction: right-to-left lines are aligned to the
// right edge (ending at width), left-to-right ones to the left. The text is
// broken where Unicode line breaking (UAX #14) allows, in logical order;
// then each line is reordered by itself (UAX #9 rules L1–L2), so a line
// break inside a mixed sentence moves words between lines the way a
// browser does. A word wider than width is broken between characters.
// Newlines force a break and start a new bidi paragraph with the same
// direction.
func Layout(text string, rtl bool, width float32, measure func(string) float32) []Line {
	base := level(0)
	if rtl {
		base = 1
	}
	var lines []Line
	for _, p := range splitParagraphs(text, base) {
		for _, br := range breakLines(text, &p, width, measure) {
			lines = append(lines, orderLine(text, &p, br, width, measure))
		}
	}
	return lines
}

// lineBreak is a line chosen by breakLines: rune indices into a paragraph,
// [start, visibleEnd) drawn and [visibleEnd, end) hanging at its end.
type lineBreak struct{ start, visibleEnd, end int }

// hangs reports whether a character at the end of a line is not drawn:
// spaces, tabs and paragraph separators.
func hangs(c xbidi.Class) bool {
	return c == xbidi.WS || c == xbidi.S || c == xbidi.B
}

// visibleEnd returns the end of [start, end) without the characters that
// hang at the end of a line.
func (p *paragraph) visibleEnd(start, end int) int {
	for end > start && hangs(p.classes[end-1]) {
		end--
	}
	return end
}

// substring returns the text of the runes [start, end) of p.
func (p *paragraph) substring(text string, start, end int) string {
	return text[p.offsets[start]:p.offsets[end]]
}

// breakUnit is the text between two line break opportunities, as rune
// indices into a paragraph; mandatory is set when a line must end after it.
type breakUnit struct {
	start, end int
	mandatory  bool
}

// breakUnits returns the break units of p: those of UAX #14, with one
// tailoring that browsers (ICU) make too — a break is allowed between a
// space and the infix separator after it, so that the spaced comma of
// Arabic news copy, "وأوروبا ، وتشجيع", may start a line instead of
// pushing the word before it to the next one.
func breakUnits(p *paragraph) []breakUnit {
	var seg segmenter.Segmenter
	seg.Init(p.runes)
	var units []breakUnit
	iter := seg.LineIterator()
	for iter.Next() {
		line := iter.Line()
		start, end := line.Offset, line.Offset+len(line.Text)
		for i := start + 1; i < end; i++ {
			if p.classes[i-1] == xbidi.WS && unicode.Is(unicodedata.BreakIS, p.runes[i]) {
				units = append(units, breakUnit{start: start, end: i})
				start = i
			}
		}
		units = append(units, breakUnit{start: start, end: end, mandatory: line.IsMandatoryBreak})
	}
	return units
}

// breakLines fills lines greedily with break units.
func breakLines(text string, p *paragraph, width float32, measure func(string) float32) []lineBreak {
	var (
		lines   []lineBreak
		cur     = lineBreak{}
		curW    float32 // visible width of the current line
		hanging float32 // width of the spaces after it, drawn if more follows
	)
	flush := func() {
		lines = append(lines, cur)
		cur = lineBreak{start: cur.end, visibleEnd: cur.end, end: cur.end}
		curW, hanging = 0, 0
	}
	for _, unit := range breakUnits(p) {
		start, end := unit.start, unit.end
		visEnd := p.visibleEnd(start, end)
		unitW := measure(p.substring(text, start, visEnd))
		if cur.visibleEnd > cur.start && curW+hanging+unitW > width {
			flush()
		}
		if cur.visibleEnd == cur.start && unitW > width {
			// Too wide even alone: break between grapheme clusters.
			for _, piece := range splitGraphemes(text, p, start, visEnd, width, measure) {
				if cur.visibleEnd > cur.start {
					flush()
				}
				cur.visibleEnd, cur.end = piece.end, piece.end
				curW = piece.width
			}
		} else if visEnd > start {
			curW += hanging + unitW
			cur.visibleEnd = visEnd
			hanging = 0
		}
		if end > visEnd {
			hanging += measure(p.substring(text, visEnd, end))
		}
		cur.end = end
		if unit.mandatory && end < len(p.runes) {
			flush()
		}
	}
	if cur.end > cur.start || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// measuredPiece is a piece of an overlong word: it ends at rune index end.
type measuredPiece struct {
	end   int
	width float32
}

// splitGraphemes cuts the runes [start, end) of p into pieces no wider than
// width (at least one grapheme cluster each), so that a long URL or a
// narrow window never pushes text out of the widget.
func splitGraphemes(text string, p *paragraph, start, end int, width float32, measure func(string) float32) []measuredPiece {
	var seg segmenter.Segmenter
	seg.Init(p.runes[start:end])
	var pieces []measuredPiece
	pieceStart := start
	var pieceW float32
	iter := seg.GraphemeIterator()
	for iter.Next() {
		g := iter.Grapheme()
		gEnd := start + g.Offset + len(g.Text)
		w := measure(p.substring(text, pieceStart, gEnd))
		if w > width && gEnd-pieceStart > len(g.Text) {
			pieces = append(pieces, measuredPiece{end: start + g.Offset, width: pieceW})
			pieceStart = start + g.Offset
			w = measure(p.substring(text, pieceStart, gEnd))
		}
		pieceW = w
	}
	return append(pieces, measuredPiece{end: end, width: pieceW})
}

// orderLine applies rules L1 and L2 to one line and positions its runs.
func orderLine(text string, p *paragraph, br lineBreak, width float32, measure func(string) float32) Line {
	line := Line{Start: p.offsets[br.start], End: p.offsets[br.end]}
	levels := lineLevels(p, br.start, br.visibleEnd)
	for i := 0; i < len(levels); {
		j := i + 1
		for j < len(levels) && levels[j] == levels[i] {
			j++
		}
		line.Runs = append(line.Runs, Run{
			Start: p.offsets[br.start+i],
			End:   p.offsets[br.start+j],
			Level: uint8(levels[i]),
		})
		i = j
	}
	reorderRuns(line.Runs)
	for i := range line.Runs {
		r := &line.Runs[i]
		r.Width = measure(text[r.Start:r.End])
		line.Width += r.Width
	}
	x := float32(0)
	if p.base.rtl() {
		x = width - line.Width
	}
	for i := range line.Runs {
		line.Runs[i].X = x
		x += line.Runs[i].Width
	}
	return line
}

// lineLevels returns the levels of the runes [start, end) of p after rule
// L1: segment separators (tabs) and the whitespace before them return to
// the paragraph level. Whitespace at the end of the line has already been
// cut off by the line breaker.
func lineLevels(p *paragraph, start, end int) []level {
	levels := append([]level(nil), p.levels[start:end]...)
	resetting := false // inside whitespace that precedes a tab
	for i := len(levels) - 1; i >= 0; i-- {
		switch c := p.classes[start+i]; {
		case c == xbidi.S:
			levels[i] = p.base
			resetting = true
		case resetting && (c == xbidi.WS || ignoredByX9(c)):
			levels[i] = p.base
		default:
			resetting = false
		}
	}
	return levels
}

// reorderRuns applies rule L2 to runs in logical order: from the highest
// level down to the lowest odd level, every maximal sequence of runs at
// that level or higher is reversed.
func reorderRuns(runs []Run) {
	highest, lowestOdd := uint8(0), uint8(255)
	for _, r := range runs {
		highest = max(highest, r.Level)
		if r.Level&1 == 1 {
			lowestOdd = min(lowestOdd, r.Level)
		}
	}
	for lvl := int(highest); lvl >= int(lowestOdd); lvl-- {
		for i := 0; i < len(runs); {
			if int(runs[i].Level) < lvl {
				i++
				continue
			}
			j := i + 1
			for j < len(runs) && int(runs[j].Level) >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				runs[a], runs[b] = runs[b], runs[a]
			}
			i = j
		}
	}
}

// Visual returns text reordered for display as one line, character by
// character, left to right: right-to-left runs are reversed (combining
// marks stay after their base) and their mirrored characters swapped, "("
// for ")" (rules L2 and L4). Newlines become spaces.
//
// Use it where a renderer draws code points in string order with no bidi
// of its own — go-chart labels, logs, plain-text exports. Arabic letters
// then keep their isolated forms, since nothing shapes them. Do not hand
// the result to a Fyne text object: Fyne runs bidi and shaping on its
// input and would reverse the right-to-left runs a second time; use
// Paragraph there.
func Visual(text string, rtl bool) string { return visual(text, rtl, mirrorReverse) }

// VisualGlyphs is Visual for text drawn glyph by glyph left to right: a
// right-to-left run is reversed character by character, so that a vowel
// mark comes before its letter, as LinePieces draws it. It is what a PDF's
// /ActualText holds for such glyphs, since extractors reverse right-to-left
// runs character by character to get back to logical order.
func VisualGlyphs(text string, rtl bool) string { return visual(text, rtl, reverseForDrawing) }

func visual(text string, rtl bool, reverse func(string) string) string {
	oneLine := strings.Map(func(r rune) rune {
		if classOf(r) == xbidi.B {
			return ' '
		}
		return r
	}, text)
	countRunes := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	var b strings.Builder
	for _, line := range Layout(oneLine, rtl, countRunes(oneLine)+1, countRunes) {
		for _, r := range line.Runs {
			run := oneLine[r.Start:r.End]
			if r.RTL() {
				run = reverse(run)
			}
			b.WriteString(run)
		}
	}
	return b.String()
}
