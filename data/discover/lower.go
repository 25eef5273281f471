package discover

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lower is strings.ToLower, with the characters of one and two bytes
// (ASCII, Latin, Greek, Cyrillic, Arabic) lowered by table. The rules
// that look at the words around a date or a place (targets.go, routes.go)
// lower a few dozen bytes of text for each: strings.ToLower lowers
// anything beyond ASCII through strings.Map and a search of the Unicode
// case tables for every character, even Arabic, which has no case —
// 2 % of a whole load's instructions. Text that is not valid UTF-8 goes
// to strings.ToLower, which replaces what it cannot decode.
func lower(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, size := lowerDecode(s, i)
		if size == 0 {
			return strings.ToLower(s)
		}
		if lowerRune(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	// From the first character that changes on, every character is
	// written lowered, into a Builder: its String is the bytes written,
	// not a copy of them.
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteByte(byte(lowerSmall[c]))
			i++
			continue
		}
		r, size := lowerDecode(s, i)
		if size == 0 {
			return strings.ToLower(s)
		}
		b.WriteRune(lowerRune(r))
		i += size
	}
	return b.String()
}

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

// lowerDecode decodes the character at s[i] (not ASCII); size 0 when the
// bytes there are not valid UTF-8.
func lowerDecode(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return r, 0
	}
	return r, size
}

// lowerRune is unicode.ToLower, by table below U+0800.
func lowerRune(r rune) rune {
	if r < rune(len(lowerSmall)) {
		return lowerSmall[r]
	}
	return unicode.ToLower(r)
}

var lowerSmall = func() (t [0x800]rune) {
	for r := range rune(len(t)) {
		t[r] = unicode.ToLower(r)
	}
	return t
}()
