package discover

import (
	"strings"
	"testing"
)

// lowerCases are texts of every kind: ASCII, the two-byte scripts,
// letters whose lower case is longer or shorter (İ, Ⱥ, the Kelvin sign),
// CJK, and bytes that are not UTF-8 (textnorm's tests lower them as
// strings.ToLower does).
var lowerCases = []string{
	"", "abc", "ABC def", "Až do 2030", "İstanbul'a KADAR", "ДО 2035 ГОДА", "до конца года",
	"حتى عام 2030", "ΈΩΣ ΤΟ", "Ⱥ and ȿ", "\u212a kelvin", "截至2030年前", "bis Ende \u2014 „März“",
	"bad \xff byte", "ENDS \xc3", "\xe2\x82", "Ǆ ǅ ǆ", "ÀÉÎÕÜ ẞ", "\uFFFD ok",
}

// routeWords are the word lists outside reads (routes.go), all together.
func routeWords() (before, after []string) {
	for _, m := range []map[string][]string{outsideBefore, backBefore} {
		for _, ws := range m {
			before = append(before, ws...)
		}
	}
	for _, m := range []map[string][]string{outsideAfter, backAfter} {
		for _, ws := range m {
			after = append(after, ws...)
		}
	}
	return before, after
}

// checkMayLower fails when mayEndLowerIn or mayStartLowerWith turns s
// away although lower(s) ends or starts with one of the words.
func checkMayLower(t *testing.T, s string, before, after []string) {
	t.Helper()
	low := lower(s)
	for _, w := range before {
		if strings.HasSuffix(low, w) && !mayEndLowerIn(s, before) {
			t.Fatalf("mayEndLowerIn(%q) = false, but lowered it ends in %q", s, w)
		}
	}
	for _, w := range after {
		if strings.HasPrefix(low, w) && !mayStartLowerWith(s, after) {
			t.Fatalf("mayStartLowerWith(%q) = false, but lowered it starts with %q", s, w)
		}
	}
}

func TestMayLowerNeverTurnsAWordAway(t *testing.T) {
	before, after := routeWords()
	// Each word as written, capitalised and in capitals, at the end and
	// the start of some text; then every character of one and two bytes
	// and the test texts of lower, at either end.
	for _, w := range append(append([]string{}, before...), after...) {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			checkMayLower(t, "held "+v, before, after)
			checkMayLower(t, v+" Paris", before, after)
			checkMayLower(t, v, before, after)
		}
	}
	for r := rune(0); r < 0x800; r++ {
		checkMayLower(t, "x"+string(r), before, after)
		checkMayLower(t, string(r)+"x", before, after)
	}
	for _, s := range lowerCases {
		checkMayLower(t, s, before, after)
	}
	// Text that ends and starts otherwise than every word is turned away
	// without lowering.
	if mayEndLowerIn("on 12 May 2025", before) || mayStartLowerWith("2025, the leaders", after) {
		t.Error("text that ends and starts otherwise than the words is not turned away")
	}
}

func FuzzMayLower(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	before, after := routeWords()
	f.Fuzz(func(t *testing.T, s string) { checkMayLower(t, s, before, after) })
}
