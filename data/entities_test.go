package data

import (
	"slices"
	"testing"
)

func TestNameFinder(t *testing.T) {
	names := []*Name{
		{ID: "un", Kind: Organisation, English: "United Nations", Spellings: map[string][]string{"en": {"United Nations", "UN"}}},
		{ID: "xi", Kind: Person, English: "Xi Jinping", Spellings: map[string][]string{"en": {"Xi Jinping", "Xi"}, "zh": {"习近平"}}},
		{ID: "astana", Kind: Place, English: "Astana", Spellings: map[string][]string{"en": {"Astana"}, "ru": {"Астана"}, "zh": {"阿斯塔纳"}}},
	}
	f := NewNameFinder(names)
	s := f.Scanner()
	tests := []struct {
		text string
		want []string // refs in text order
	}{
		{"The UN met in Astana.", []string{"un", "astana"}},
		{"Hubo un eclipse.", nil}, // Spanish "un" is no acronym
		{"Non si sa nulla.", nil}, // nor Italian "si" a name
		{"Xi spoke in Астане.", []string{"xi", "astana"}},
		{"习近平抵达阿斯塔纳。", []string{"xi", "astana"}}, // Han, no spaces
	}
	for _, tt := range tests {
		var got []string
		for _, m := range s.Find(tt.text, 10, nil) {
			got = append(got, m.Ref)
			if tt.text[m.Start-10:m.End-10] != m.Text {
				t.Errorf("%q: match %+v not at its span", tt.text, m)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: names %v, want %v", tt.text, got, tt.want)
		}
	}
	// Places are places, people and organisations actors.
	for _, m := range s.Find("The UN met in Astana.", 0, nil) {
		if want := map[string]string{"un": EvidenceActor, "astana": EvidencePlace}[m.Ref]; m.Kind != want {
			t.Errorf("%s: kind %q, want %q", m.Ref, m.Kind, want)
		}
	}
}
