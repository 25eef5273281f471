package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// timeZoneNamePlain is timeZoneName without the filter of two
// characters: every word compared.
func timeZoneNamePlain(text string, start, end int) bool {
	if timeZoneAfterWord(text[end:min(len(text), end+24)]) {
		return true
	}
	before := text[max(0, start-24):start]
	for _, w := range timeZoneBefore {
		if len(before) >= len(w) && strings.EqualFold(before[len(before)-len(w):], w) {
			return true
		}
	}
	return false
}

// The filter turns a name away only where no word could match: the time
// zone words in every case, with look-alike folds (the Kelvin sign, the
// long s), cut short, and amid random characters, asked both ways.
func TestTimeZoneFilterAsEveryWordCompared(t *testing.T) {
	pieces := []string{"Tashkent", " ", "'", "’", "ſ", "\u212a", "K", "k", "S", "s", "Т", "т", "у", "У", "в", "В",
		"\xe6", "\x97", "\xff", "ت", " ", "x", "."}
	for _, w := range append(append([]string{}, timeZoneAfter...), timeZoneBefore...) {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToTitle(w), strings.ReplaceAll(w, "s", "ſ"),
			strings.ReplaceAll(w, "k", "\u212a"), w[:len(w)-1], w[1:])
	}
	rng := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		start := b.Len()
		b.WriteString("Tashkent")
		end := b.Len()
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		want := timeZoneNamePlain(text, start, end)
		if got := timeZoneName(text, start, end); got != want {
			t.Fatalf("%q: timeZoneName %v, every word compared %v", text, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d texts name a time zone: the test asks too little", matched)
	}
}

// Two characters are the same under strings.EqualFold exactly when their
// fold keys are.
func TestFoldKeyAsEqualFold(t *testing.T) {
	for r := rune(0); r < 0x2200; r++ {
		for _, q := range []rune{r, r + 1, r - 1, r + 32, r - 32, 'K', 'S', 's', 'k', 0x212a, 0x17f} {
			if q < 0 {
				continue
			}
			if same := strings.EqualFold(string(r), string(q)); same != (foldKey(r) == foldKey(q)) {
				t.Fatalf("%U %U: EqualFold %v, keys %U %U", r, q, same, foldKey(r), foldKey(q))
			}
		}
	}
}
