// Package bidi orders text that mixes right-to-left and left-to-right
// writing — Arabic with digits, Latin names and parentheses — the way a
// browser shows it, and shapes Arabic letters for renderers that cannot.
//
// It is pure code with no window toolkit behind it, so the window (through
// app/bidi's Paragraph widget), the chart images and the PDF deck lay text
// out with one set of rules: [Layout] breaks a paragraph into lines and
// orders each line's runs (Unicode Bidirectional Algorithm, UAX #9),
// [Visual] reorders a string for renderers that draw code points in string
// order, and [Shape] joins Arabic letters into their contextual forms
// (Arabic Presentation Forms) for renderers with no shaping engine.
package bidi
