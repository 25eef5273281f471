// Package bidi lays out and draws paragraphs that mix right-to-left and
// left-to-right text — Arabic with digits, Latin names and parentheses —
// in the order a browser shows them.
//
// Fyne shapes Arabic (it joins the letters of a right-to-left run) but
// neither reorders the runs of a mixed line nor aligns right-to-left text
// to the right. This package does both: [Layout] breaks a paragraph into
// lines and orders each line's runs (Unicode Bidirectional Algorithm,
// UAX #9), [Paragraph] is the Fyne widget that draws the result, and
// [Visual] reorders a string for renderers that cannot shape at all.
package bidi
