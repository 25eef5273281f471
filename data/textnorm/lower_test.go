package textnorm

import (
	"strings"
	"testing"
)

// lowerCases are texts Lower must lower as strings.ToLower does: ASCII,
// the two-byte scripts, letters whose lower case is longer or shorter
// (İ, Ⱥ, the Kelvin sign), CJK, and bytes that are not UTF-8.
var lowerCases = []string{
	"", "abc", "ABC def", "Až do 2030", "İstanbul'a KADAR", "ДО 2035 ГОДА", "до конца года",
	"حتى عام 2030", "ΈΩΣ ΤΟ", "Ⱥ and ȿ", "\u212a kelvin", "截至2030年前", "bis Ende \u2014 „März“",
	"bad \xff byte", "ENDS \xc3", "\xe2\x82", "Ǆ ǅ ǆ", "ÀÉÎÕÜ ẞ", "\uFFFD ok",
}

func TestLowerAsStringsToLower(t *testing.T) {
	for _, s := range lowerCases {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(x, %q) = %q, want %q", s, got, want)
		}
	}
	// Every character of one and two bytes, alone and after an upper-case
	// letter (which sends the rest down the rewriting loop).
	for r := rune(0); r < 0x800; r++ {
		for _, s := range []string{string(r), "A" + string(r) + "b", "x" + string(r)} {
			if got, want := Lower(s), strings.ToLower(s); got != want {
				t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
			}
			if got, want := string(AppendLower(nil, s)), strings.ToLower(s); got != want {
				t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(x, %q) = %q, want %q", s, got, want)
		}
	})
}
