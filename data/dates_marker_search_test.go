package data

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// hasMarkerEachInTurn is hasMarker as a search of the text for each
// marker in turn.
func (l *dateLexicon) hasMarkerEachInTurn(text string, markers []string) bool {
	for _, m := range markers {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], m)
			if i < 0 {
				break
			}
			i += from
			if l.markerCounts(text, i, m) {
				return true
			}
			from = i + len(m)
		}
	}
	return false
}

// One pass over the text answers as a search for each marker in turn, in
// every language, for the three lists it is asked of: texts made of the
// markers (whole, cut, capitalised, glued to letters, repeated so that
// occurrences overlap), spaces, sentence marks and letters.
func TestHasMarkerAsEachInTurn(t *testing.T) {
	lexiconFor("en")
	codes := make([]string, 0, len(lexicons))
	for code := range lexicons {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	rng := rand.New(rand.NewPCG(3, 4))
	found := 0
	for _, code := range codes {
		l := lexicons[code]
		for _, list := range []struct {
			markers []string
			x       *markerIndex
		}{{l.futureMarkers, l.futureIndex}, {l.searchedMarkers, l.searchedIndex}, {l.futureBefore, l.futureBeforeIndex}} {
			if len(list.markers) == 0 {
				continue
			}
			pieces := []string{" ", " ", ". ", ", ", "\n", "x", "و", "a", "«", "В"}
			for _, m := range list.markers {
				_, size := utf8.DecodeRuneInString(m)
				pieces = append(pieces, m, m, m+m, m[:size], m[size:], strings.ToUpper(m))
			}
			for range 3000 {
				var b strings.Builder
				for range 1 + rng.IntN(8) {
					b.WriteString(pieces[rng.IntN(len(pieces))])
				}
				text := b.String()
				want := l.hasMarkerEachInTurn(text, list.markers)
				if got := l.hasMarker(text, list.x); got != want {
					t.Fatalf("%s: hasMarker(%q) = %v, each marker in turn %v", code, text, got, want)
				}
				if want {
					found++
				}
			}
		}
	}
	// No list holds a marker that overlaps itself across a word's start;
	// one that does shows the search going on past an occurrence that did
	// not count ("xna na" is no marker; the "na na" within it is not
	// looked at).
	l := &dateLexicon{}
	markers := []string{"na na", "Na na", "将将"}
	x := newMarkerIndex(markers)
	for _, text := range []string{"xna na na", "na na na", "xna na", " na na", "Xna na na. Na na na", "x将将将", "xna na na na"} {
		want := l.hasMarkerEachInTurn(text, markers)
		if got := l.hasMarker(text, x); got != want {
			t.Fatalf("hasMarker(%q) = %v, each marker in turn %v", text, got, want)
		}
	}
	if found < 10000 {
		t.Fatalf("only %d texts hold a marker that counts: the test asks too little", found)
	}
}
