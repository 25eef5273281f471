package discover

import (
	"math/rand/v2"
	"testing"
	"unicode"
)

// TestHasHanSkipsBytes checks hasHan, which decodes only the bytes that
// can start a Han character, against decoding every character, on texts
// mixing scripts, punctuation of three bytes and broken UTF-8.
func TestHasHanSkipsBytes(t *testing.T) {
	naive := func(s string) bool {
		for _, r := range s {
			if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
				return true
			}
		}
		return false
	}
	pieces := []string{"a", " ", "é", "дата", "العام", "—", "「", "。", "中", "国", "\xe4\xb8", "\xad", "\xff", "ア", "한", "𠀀"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var s string
		for range r.IntN(14) {
			s += pieces[r.IntN(len(pieces))]
		}
		if got, want := hasHan(s), naive(s); got != want {
			t.Fatalf("hasHan(%q) = %v, want %v", s, got, want)
		}
	}
}
