package data

import (
	"slices"
	"testing"
)

// TestNameScannerNumbersWords checks the numbers a NameScanner gives the
// words it meets (Word.ID): one number per normal form, the same from one
// text to the next however the word is written, none from a WordScanner;
// and that names are found the same with the words' forms remembered as
// by a scanner meeting each text first.
func TestNameScannerNumbersWords(t *testing.T) {
	names := []*Name{
		{ID: "astana", Kind: Place, English: "Astana", Spellings: map[string][]string{"en": {"Astana"}, "ru": {"Астана"}}},
		{ID: "xi", Kind: Person, English: "Xi Jinping", Spellings: map[string][]string{"en": {"Xi Jinping", "Xi"}}},
	}
	f := NewNameFinder(names)
	s := f.Scanner()
	ids := map[string]int32{}
	texts := []string{"Xi Jinping arrived in Astana.", "ASTANA: Xi arrived.", "In Астане, Xi Jinping spoke; in Astana."}
	for _, text := range texts {
		for _, w := range s.Words(text, 0) {
			if w.ID < 0 {
				t.Fatalf("%q in %q: no number", w.Norm, text)
			}
			if id, ok := ids[string(w.Norm)]; ok && id != w.ID {
				t.Errorf("%q: number %d, was %d", w.Norm, w.ID, id)
			}
			ids[string(w.Norm)] = w.ID
		}
	}
	seen := map[int32]string{}
	for norm, id := range ids {
		if other, ok := seen[id]; ok {
			t.Errorf("%q and %q share number %d", norm, other, id)
		}
		seen[id] = norm
	}
	var ws WordScanner
	for _, w := range ws.Scan(texts[0], 0) {
		if w.ID != -1 {
			t.Errorf("WordScanner gave %q number %d, want -1", w.Norm, w.ID)
		}
	}
	for _, text := range texts {
		got := s.Find(text, 0, nil) // the words' forms remembered
		want := f.Scanner().Find(text, 0, nil)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %v, a fresh scanner finds %v", text, got, want)
		}
	}
}
