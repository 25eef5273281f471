package textnorm

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// normalizeCases are the folding rules, one or two examples each, in the
// languages Caravan reads.
var normalizeCases = []struct {
	name, in, want string
}{
	{"empty", "", ""},
	{"ascii lower", "Xi Jinping", "xi jinping"},
	{"already normal", "tokajev", "tokajev"},
	{"dutch diaeresis", "Oekraïne", "oekraine"},
	{"dutch accent", "één lijn", "een lijn"},
	{"german umlaut", "Völkermord Präsident", "volkermord prasident"},
	{"german sharp s", "Straße", "strasse"},
	{"german capital sharp s", "STRAẞE", "strasse"},
	{"decomposed input", "Oekrai\u0308ne", "oekraine"},
	{"french", "Élysée", "elysee"},
	{"turkish capital dotted i", "İstanbul", "istanbul"},
	{"russian yo", "Ёлка", "елка"},
	{"russian name", "Токаев", "токаев"},
	{"russian short i", "Алматы́", "алматы"},
	{"greek tonos and final sigma", "Άρης ΣΟΦΟΣ", "αρησ σοφοσ"},
	{"greek iota subscript", "ᾳ", "α"},
	{"arabic alef hamza above", "أوكرانيا", "اوكرانيا"},
	{"arabic alef hamza below", "إخماد", "اخماد"},
	{"arabic alef madda", "آسيا", "اسيا"},
	{"arabic alef wasla", "ٱلله", "الله"},
	{"arabic alef maqsura", "على", "علي"},
	{"arabic waw hamza", "مؤيدة", "مويده"},
	{"arabic yeh hamza", "رئيس", "رييس"},
	{"arabic teh marbuta", "منظمة", "منظمه"},
	{"arabic tatweel", "الصيـــن", "الصين"},
	{"arabic harakat", "مُحَمَّدٌ", "محمد"},
	{"arabic superscript alef", "هٰذا", "هذا"},
	{"arabic-indic digits", "٢٠٢٢", "2022"},
	{"persian digits", "۱۵ سبتمبر", "15 سبتمبر"},
	{"arabic comma", "كازاخستان ، روسيا", "كازاخستان , روسيا"},
	{"persian yeh", "ایران", "ايران"},
	{"arabic ligature", "ﻻ", "لا"},
	{"curly quotes", "‘kleurenrevoluties’ „drei Übel“ «x»", `'kleurenrevoluties' "drei ubel" "x"`},
	{"dashes", "Kasachstan – Kirgisistan—Usbekistan", "kasachstan - kirgisistan-usbekistan"},
	{"ellipsis", "wacht…", "wacht..."},
	{"whitespace collapsed and trimmed", "  a \t\n b\u00a0\u2003c  ", "a b c"},
	{"zero width and bidi marks", "Xi\u200bJinping\u200f \u200eok", "xijinping ok"},
	{"soft hyphen", "Terrorisme\u00adbestrijding", "terrorismebestrijding"},
	{"cjk untouched", "习近平 Xi", "习近平 xi"},
	{"hebrew points kept", "שָׁלוֹם", "שָׁלוֹם"},
	{"hangul decomposed composes", "\u1112\u1161\u11ab", "한"},
	{"invalid utf-8", "a\xffb", "a\ufffdb"},
	{"mark at start kept", "\u0301a", "\u0301a"},
	{"mark at start in NFC", "\u0344", "\u0308\u0301"},
	{"joiner does not split a syllable", "\u1112\u200d\u1161", "하"},
}

func TestNormalize(t *testing.T) {
	for _, tc := range normalizeCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			got, _ := NormalizeWithOffsets(tc.in)
			if got != tc.want {
				t.Errorf("NormalizeWithOffsets(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNormalizeWithOffsets(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []int
	}{
		{"ascii", "Ab", []int{0, 1}},
		{"collapsed space maps to its first byte", "a  b", []int{0, 1, 3}},
		{"leading space dropped", "  a", []int{2}},
		{"dropped mark", "e\u0301x", []int{0, 3}},
		{"precomposed shrinks", "éx", []int{0, 2}},
		{"sharp s grows", "ßa", []int{0, 0, 2}},
		// أ → ا keeps its length, so it maps byte for byte.
		{"arabic same length", "أب", []int{0, 1, 2, 3}},
		{"arabic digit", "٣x", []int{0, 2}},
		{"tatweel dropped", "بـب", []int{0, 1, 4, 5}},
		{"curly quote", "‘a", []int{0, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := NormalizeWithOffsets(tc.in)
			if !slices.Equal(got, tc.want) {
				t.Errorf("NormalizeWithOffsets(%q) offsets = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestNormalizeSpansMapBack checks the promise of the offsets on real text:
// a word found in normalised text maps back to exactly that word as written.
func TestNormalizeSpansMapBack(t *testing.T) {
	tests := []struct {
		text, find, want string
	}{
		{"De Russische inval in Oekraïne, zei hij.", "oekraine", "Oekraïne"},
		{"Die \u201edrei Übel\u201c nennt", "ubel", "Übel"},
		{"Oekrai\u0308ne!", "oekraine", "Oekrai\u0308ne"},
		{"تعود رحلته الأخيرة إلى الخارج", "الاخيره", "الأخيرة"},
		{"مُحَمَّدٌ قال", "محمد", "مُحَمَّدٌ"},
		{"Die GROẞE Stadt", "grosse", "GROẞE"},
	}
	for _, tc := range tests {
		norm, offsets := NormalizeWithOffsets(tc.text)
		i := strings.Index(norm, tc.find)
		if i < 0 {
			t.Fatalf("%q not found in %q", tc.find, norm)
		}
		lastRune := i + len(tc.find) - 1
		for !utf8.RuneStart(norm[lastRune]) {
			lastRune--
		}
		got := tc.text[offsets[i]:SourceEnd(tc.text, offsets[lastRune])]
		if got != tc.want {
			t.Errorf("%q in %q maps back to %q, want %q", tc.find, tc.text, got, tc.want)
		}
	}
}

func TestNormalizeSeeds(t *testing.T) {
	for _, a := range seedArticles(t) {
		n := Normalize(a.Text)
		if !utf8.ValidString(n) {
			t.Errorf("%s: normalised text is not UTF-8", a.ID)
		}
		// Nothing the rules fold away may survive.
		for _, r := range "ABCXYZÄÖÜÏËéèä‘’“”„–—أإآىةـ٠١٢\n\u00a0" {
			if strings.ContainsRune(n, r) {
				t.Errorf("%s: normalised text still contains %q", a.ID, r)
			}
		}
		if strings.Contains(n, "  ") {
			t.Errorf("%s: normalised text has a double space", a.ID)
		}
	}
}

// FuzzNormalize checks the properties every input must have: the offsets
// version agrees with Normalize, offsets point into the input in order and
// at character starts, valid input gives valid output, and normalising twice
// changes nothing.
func FuzzNormalize(f *testing.F) {
	for _, tc := range normalizeCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		n2, offsets := NormalizeWithOffsets(s)
		if n != n2 {
			t.Fatalf("Normalize %q != NormalizeWithOffsets %q", n, n2)
		}
		if len(offsets) != len(n) {
			t.Fatalf("%d offsets for %d bytes", len(offsets), len(n))
		}
		// Ranging over a string visits every character, an invalid byte
		// counting as one.
		charStart := make([]bool, len(s))
		for i := range s {
			charStart[i] = true
		}
		prev := 0
		for i, o := range offsets {
			if o < prev || o >= len(s) {
				t.Fatalf("offset %d of %q is %d (previous %d, input length %d)", i, s, o, prev, len(s))
			}
			if utf8.RuneStart(n[i]) && !charStart[o] {
				t.Fatalf("character at %d of %q maps into the middle of a character (%d)", i, n, o)
			}
			prev = o
		}
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not UTF-8", s, n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, again)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	articles := seedArticles(b)
	var size int64
	for _, a := range articles {
		size += int64(len(a.Text))
	}
	b.Run("seeds", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range articles {
				Normalize(a.Text)
			}
		}
	})
	b.Run("seeds-with-offsets", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range articles {
				NormalizeWithOffsets(a.Text)
			}
		}
	})
	b.Run("query", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Normalize("President Tokajev")
		}
	})
}
