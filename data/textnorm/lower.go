package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower is strings.ToLower, with the characters of one and two bytes
// (ASCII, Latin, Greek, Cyrillic, Arabic) lowered by table.
// strings.ToLower lowers anything beyond ASCII through strings.Map and a
// search of the Unicode case tables for every character, even Arabic,
// which has no case: discovery's rules that read the words around a date
// or a place, and the date reader's search for anniversary words in a
// whole article, lower text of every script. Text that is not valid
// UTF-8 goes to strings.ToLower, which replaces what it cannot decode.
func Lower(s string) string {
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
		if LowerRune(r) != r {
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
		b.WriteRune(LowerRune(r))
		i += size
	}
	return b.String()
}

// AppendLower appends Lower(s) to dst, for a caller that lowers long
// texts often and keeps one buffer (the date reader, an article's whole
// text for its anniversary words).
func AppendLower(dst []byte, s string) []byte {
	start := len(dst)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, byte(lowerSmall[c]))
			i++
			continue
		}
		r, size := lowerDecode(s, i)
		if size == 0 {
			return append(dst[:start], strings.ToLower(s)...)
		}
		dst = utf8.AppendRune(dst, LowerRune(r))
		i += size
	}
	return dst
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

// LowerRune is unicode.ToLower, by table below U+0800.
func LowerRune(r rune) rune {
	if r >= 0 && r < rune(len(lowerSmall)) {
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
