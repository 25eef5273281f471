package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// MirrorReverse returns s in reverse order of its grapheme clusters, so
// that combining marks stay after their base letter, with every mirrored
// character replaced by its mirror image: "(" by ")" (rule L4). It turns a
// right-to-left run into the order a left-to-right renderer draws it in.
func MirrorReverse(s string) string { return mirrorReverse(s) }

// IsRTLStrong reports whether r is a strong right-to-left character (bidi
// class R or AL): a letter of Arabic, Hebrew and the like.
func IsRTLStrong(r rune) bool {
	c := classOf(r)
	return c == xbidi.R || c == xbidi.AL
}

// IsLTRStrong reports whether r is a strong left-to-right character (bidi
// class L): a letter of Latin, Cyrillic, Greek, Han and the like.
func IsLTRStrong(r rune) bool { return classOf(r) == xbidi.L }

// IsFormatting reports whether r is a bidi formatting character that a
// layout has done with and a font may have no glyph for: directional marks
// (LRM, RLM, ALM) and explicit embeddings, overrides and isolates. The
// joiners are not: they change how Arabic letters join.
func IsFormatting(r rune) bool {
	switch r {
	case 0x200E, 0x200F, 0x061C: // LRM, RLM, ALM
		return true
	}
	c := classOf(r)
	return c != xbidi.BN && ignoredByX9(c)
}

// Span is a marked part of a paragraph (a highlight, the evidence of a
// passage), as byte offsets into its text.
type Span struct{ Start, End int }
