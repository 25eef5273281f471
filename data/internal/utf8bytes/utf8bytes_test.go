package utf8bytes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTwoByteRune checks TwoByteRune against utf8's decoder at every
// position of texts in several scripts, broken ones included: it must
// decode exactly the runes utf8 decodes in two bytes, and nothing else.
func TestTwoByteRune(t *testing.T) {
	texts := []string{"Präsident", "Президент", "الرئيس", "总统", "a\xc2", "\xc0\xaf", "\xc3(", "é\xff"}
	for _, text := range texts {
		for i := range len(text) {
			got, ok := TwoByteRune(text, i)
			r, size := utf8.DecodeRuneInString(text[i:])
			want := size == 2 && r != utf8.RuneError
			if ok != want || (ok && got != r) {
				t.Errorf("TwoByteRune(%q, %d) = %q, %v; utf8 says %q in %d bytes", text, i, got, ok, r, size)
			}
		}
	}
}

// TestLoad8 checks that the word loaded is the eight bytes in order and
// that HighBits finds a non-ASCII byte at any of them.
func TestLoad8(t *testing.T) {
	text := "abcdefgh"
	if got := Load8(text, 0); got != 0x6867666564636261 {
		t.Errorf("Load8 = %#x", got)
	}
	for i := range 8 {
		s := strings.Repeat("a", i) + "é" + strings.Repeat("a", 8)
		if Load8(s, 0)&HighBits == 0 {
			t.Errorf("%q: no high bit found", s)
		}
		if Load8(s, i+2)&HighBits != 0 {
			t.Errorf("%q at %d: a high bit in ASCII", s, i+2)
		}
	}
}
