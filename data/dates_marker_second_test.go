package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHasMarkerSecondByteFilter checks hasMarker, which now looks at a
// marker only where its first two bytes stand (markerIndex.mayStartAt),
// against the search for each marker in turn, with markers of one byte,
// markers that share their first byte (the lead byte of Cyrillic, "в" and
// "б"), and texts that end on a marker's first byte.
func TestHasMarkerSecondByteFilter(t *testing.T) {
	l := &dateLexicon{}
	markers := []string{"x", "будет", "в", "will", "wi", "планирует", "ب", "بعد"}
	x := newMarkerIndex(markers)
	pieces := []string{" ", ". ", "x", "будет", "буд", "в", "w", "will", "wi", "планирует", "пл", "ب", "بعد", "\xd0", "\xd0\xb1", "а"}
	rng := rand.New(rand.NewPCG(14, 2))
	found := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		want := l.hasMarkerEachInTurn(text, markers)
		if got := l.hasMarker(text, x); got != want {
			t.Fatalf("hasMarker(%q) = %v, each marker in turn %v", text, got, want)
		}
		if want {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts hold a marker that counts", found)
	}
}
