package bidi

import "github.com/caravan-analytics/caravan/charts/bidi"

// Line, Run and Span are charts/bidi's, re-exported so that the window's
// code needs one import.
type (
	// Line is one laid-out line of a paragraph (see charts/bidi).
	Line = bidi.Line
	// Run is a stretch of a line drawn in one direction (see charts/bidi).
	Run = bidi.Run
	// Span is a marked part of a paragraph, as byte offsets (see charts/bidi).
	Span = bidi.Span
)

// Layout breaks text into lines no wider than width and orders each line
// for display; see charts/bidi.Layout.
func Layout(text string, rtl bool, width float32, measure func(string) float32) []Line {
	return bidi.Layout(text, rtl, width, measure)
}

// DetectRTL reports whether text's first strong character runs right to
// left; see charts/bidi.DetectRTL.
func DetectRTL(text string) bool { return bidi.DetectRTL(text) }

// Visual returns text reordered for display as one line; see
// charts/bidi.Visual.
func Visual(text string, rtl bool) string { return bidi.Visual(text, rtl) }
