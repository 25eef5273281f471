package data

import (
	"math/rand/v2"
	"testing"
)

// TestIsSpaceNormalAgainstRebuild checks isSpaceNormal against building
// the normal form, on texts whose spaces fall at every offset of a word.
func TestIsSpaceNormalAgainstRebuild(t *testing.T) {
	pieces := []string{"abcdefghijk", "дата", " ", "  ", "\n", "\u00a0", "\u2009", "x", "العام", "\u3000", "\u00e9t\u00e9",
		"\t", "\u2014", "\u0085", "\u1680", "\u00ab", "\u0800", "\x01", "a b", "ab cd"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var s string
		for range r.IntN(12) {
			s += pieces[r.IntN(len(pieces))]
		}
		want := string(appendNormalizedSpace(nil, s)) == s
		if got := isSpaceNormal(s); got != want {
			t.Fatalf("isSpaceNormal(%q) = %v, want %v", s, got, want)
		}
	}
}
