package discover

import (
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// lower is strings.ToLower by table (textnorm.Lower): the rules that look
// at the words around a date or a place (targets.go, routes.go) lower a
// few dozen bytes of text for each, and strings.ToLower's search of the
// Unicode case tables was 2 % of a whole load's instructions.
func lower(s string) string { return textnorm.Lower(s) }

// mayEndLowerIn reports whether lower(s) may end in one of words, and
// mayStartLowerWith whether it may start with one of them, by the last
// or the first byte of what the last or first character of s lowers to,
// without lowering s: most of the text around a place ends and starts
// otherwise. Where that character is not valid UTF-8 they answer true
// (lower then replaces it, as strings.ToLower does).
func mayEndLowerIn(s string, words []string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 {
		return false // lower("") ends in no word
	}
	if r == utf8.RuneError && size == 1 {
		return true
	}
	var buf [utf8.UTFMax]byte
	enc := utf8.AppendRune(buf[:0], lowerRune(r))
	last := enc[len(enc)-1]
	for _, w := range words {
		if w != "" && w[len(w)-1] == last {
			return true
		}
	}
	return false
}

// mayStartLowerWith: see mayEndLowerIn.
func mayStartLowerWith(s string, words []string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return false
	}
	if r == utf8.RuneError && size == 1 {
		return true
	}
	var buf [utf8.UTFMax]byte
	first := utf8.AppendRune(buf[:0], lowerRune(r))[0]
	for _, w := range words {
		if w != "" && w[0] == first {
			return true
		}
	}
	return false
}

// lowerRune is unicode.ToLower, by table below U+0800.
func lowerRune(r rune) rune { return textnorm.LowerRune(r) }
