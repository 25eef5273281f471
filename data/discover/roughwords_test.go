package discover

import (
	"testing"
	"unicode"
)

// roughWordsByRune is roughWords as it was written first, one character at
// a time: the reference the byte-wise count must agree with.
func roughWordsByRune(s string) int {
	n, han, in := 0, 0, false
	for _, r := range s {
		space := r == ' ' || r == '\n' || r == '\t' || r == '\u00a0'
		if !space && !in {
			n++
		}
		in = !space
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			han++
		}
	}
	return n + han/2
}

func TestRoughWordsAgreesByRune(t *testing.T) {
	texts := []string{
		"", " ", "one", " two  words ", "Astana.\u00a013 March.", "\u00a0\u00a0x",
		"习近平出席峰会", "习近平 出席 峰会。", "Путин прибыл в Астану 3 июля",
		"قمة شنغهاي في أستانا", "tab\tand\nline", "\xc2", "\xc2\xa0", "a\xffb \xe2\x80",
		"会\u00a0議 𠀀𠀁 (CJK Ext B)", "“quoted” — dashed",
	}
	for _, s := range texts {
		want := roughWordsByRune(s)
		if got := roughWords(s); got != want {
			t.Errorf("roughWords(%q) = %d, want %d", s, got, want)
		}
		for n := range want + 3 {
			if got := roughWordsAtLeast(s, n); got != (want >= n) {
				t.Errorf("roughWordsAtLeast(%q, %d) = %v, want %v", s, n, got, want >= n)
			}
		}
	}
}

func FuzzRoughWords(f *testing.F) {
	f.Add("Астана, 13 марта. Выборы прошли", 4)
	f.Add("习近平出席峰会\u00a0x", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 64
		if n < 0 {
			n = -n
		}
		want := roughWordsByRune(s)
		if got := roughWords(s); got != want {
			t.Fatalf("roughWords(%q) = %d, want %d", s, got, want)
		}
		if got := roughWordsAtLeast(s, n); got != (want >= n) {
			t.Fatalf("roughWordsAtLeast(%q, %d) = %v", s, n, got)
		}
	})
}
