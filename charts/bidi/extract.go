package bidi

import (
	"strings"

	xbidi "golang.org/x/text/unicode/bidi"
)

// This file chooses what a PDF says a line of right-to-left glyphs reads
// as (its /ActualText), so that text extractors give the line back in
// logical order.
//
// Extractors do not run the bidi algorithm on a line. Poppler (pdftotext,
// Evince, Okular) takes a line's characters left to right and decides the
// direction once per page, by counting left-to-right letters against
// right-to-left ones:
//
//   - on a right-to-left page it reverses the line and then every
//     left-to-right section back (a section of letters and digits that
//     ends at a right-to-left letter), which turns a line in visual order
//     (VisualGlyphs) into logical order but for the spaces and
//     punctuation at the edges of sections;
//   - on a left-to-right page it keeps the line's sections in their order
//     and reverses each right-to-left one: a section starts at a
//     right-to-left letter and runs up to the next left-to-right letter or
//     digit. Visual order then comes out with the phrases of an Arabic
//     sentence right but the sentence's parts in left-to-right order.
//
// ForLeftToRightExtraction and ForRightToLeftExtraction are the texts
// that these two readings turn into logical order.

// extractClass is how an extractor classes a character: right to left
// (R, AL and RLM), left to right or part of a number (both end a
// right-to-left section), or neutral.
type extractClass int

const (
	neutralClass extractClass = iota
	rtlClass
	ltrOrNumber
)

func extractClassOf(r rune) extractClass {
	switch classOf(r) {
	case xbidi.R, xbidi.AL:
		return rtlClass
	case xbidi.L, xbidi.EN, xbidi.ES, xbidi.ET, xbidi.AN, xbidi.CS:
		// Numbers and the signs and separators that go with them
		// ("+", "%", ".", ":", "،"): poppler ends a section at them all.
		return ltrOrNumber
	}
	switch r {
	case rlm:
		return rtlClass
	case lrm:
		return ltrOrNumber
	}
	return neutralClass
}

// rlm is U+200F RIGHT-TO-LEFT MARK and lrm U+200E LEFT-TO-RIGHT MARK:
// invisible, of class R and L.
const (
	rlm = '\u200F'
	lrm = '\u200E'
)

// ForLeftToRightExtraction returns the characters to hand an extractor
// that reads a line left to right section by section (poppler on a page
// with more left-to-right letters), so that it gives back line, a line in
// logical order: its left-to-right sections as they are, each
// right-to-left section reversed.
//
// A right-to-left section as the extractor cuts it always ends, in its
// output, with a right-to-left letter; spaces and punctuation between an
// Arabic word and a following Latin word or number ("في (SCO", "يوم 14")
// would move to the section's start. A RIGHT-TO-LEFT MARK after them keeps
// them in place: the extracted text then holds these invisible marks.
func ForLeftToRightExtraction(line string) string {
	runes := []rune(line)
	var out strings.Builder
	out.Grow(len(line) + 8)
	for i := 0; i < len(runes); {
		if extractClassOf(runes[i]) != rtlClass {
			out.WriteRune(runes[i]) // a left-to-right section, as it is
			i++
			continue
		}
		// A right-to-left section: up to the next left-to-right letter or
		// number, ending with a right-to-left character.
		j := i
		for j < len(runes) && extractClassOf(runes[j]) != ltrOrNumber {
			j++
		}
		section := append([]rune{}, runes[i:j]...)
		if extractClassOf(section[len(section)-1]) != rtlClass {
			section = append(section, rlm)
		}
		for k := len(section) - 1; k >= 0; k-- {
			out.WriteRune(section[k])
		}
		i = j
	}
	return out.String()
}

// extractedLeftToRight is what such an extractor gives for s: the
// inverse of ForLeftToRightExtraction, for tests and for checking a
// choice of text.
func extractedLeftToRight(s string) string {
	runes := []rune(s)
	var out strings.Builder
	for i := 0; i < len(runes); {
		if extractClassOf(runes[i]) != rtlClass {
			out.WriteRune(runes[i])
			i++
			continue
		}
		j := i
		for j < len(runes) && extractClassOf(runes[j]) != ltrOrNumber {
			j++
		}
		for k := j - 1; k >= i; k-- {
			out.WriteRune(runes[k])
		}
		i = j
	}
	return out.String()
}

// ForRightToLeftExtraction returns the characters to hand an extractor
// that reverses a line and then each of its left-to-right sections back
// (poppler on a page with more right-to-left letters), so that it gives
// back line, in logical order. It is the line's visual order, except that
// spaces and punctuation between a number or a Latin word and a following
// Arabic word ("14 سبتمبر", "(SCO) في") are followed by a LEFT-TO-RIGHT
// MARK, without which the extractor moves them to the other side.
func ForRightToLeftExtraction(line string) string {
	runes := []rune(line)
	// Cut the line into alternating runs: u with no left-to-right letter
	// or number, t with no right-to-left letter.
	type run struct {
		text []rune
		rtl  bool
	}
	var runs []run
	for i := 0; i < len(runes); {
		rtl := len(runs)%2 == 0
		j := i
		for j < len(runes) && (rtl && extractClassOf(runes[j]) != ltrOrNumber || !rtl && extractClassOf(runes[j]) != rtlClass) {
			j++
		}
		r := run{text: append([]rune{}, runes[i:j]...), rtl: rtl}
		if !rtl && extractClassOf(r.text[len(r.text)-1]) == neutralClass {
			r.text = append(r.text, lrm)
		}
		runs = append(runs, r)
		i = j
	}
	var out strings.Builder
	for k := len(runs) - 1; k >= 0; k-- {
		if !runs[k].rtl {
			out.WriteString(string(runs[k].text))
			continue
		}
		for i := len(runs[k].text) - 1; i >= 0; i-- {
			out.WriteRune(runs[k].text[i])
		}
	}
	return out.String()
}

// extractedRightToLeft is what such an extractor gives for s.
func extractedRightToLeft(s string) string {
	runes := []rune(s)
	var out strings.Builder
	for i := len(runes) - 1; i >= 0; {
		j := i
		for j >= 0 && extractClassOf(runes[j]) != ltrOrNumber {
			j--
		}
		for k := i; k > j; k-- {
			out.WriteRune(runes[k])
		}
		i = j
		for j >= 0 && extractClassOf(runes[j]) != rtlClass {
			j--
		}
		out.WriteString(string(runes[j+1 : i+1]))
		i = j
	}
	return out.String()
}
