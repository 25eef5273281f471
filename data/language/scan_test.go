package language

import (
	"testing"
	"unicode"
)

// TestScanShortcuts checks the ranges scan tells without the Unicode
// tables against them: every character of U+00C0–U+024F but × and ÷ is a
// Latin letter, every character of U+4E00–U+9FFF a Han letter, and none
// of the general punctuation (U+2000–U+206F) is a letter or a mark.
func TestScanShortcuts(t *testing.T) {
	for r := rune(latinLowerStart); r < latinLowerEnd; r++ {
		if r == '×' || r == '÷' {
			continue
		}
		if !unicode.IsLetter(r) || scriptOf(r) != scriptLatin || latinLower[r-latinLowerStart] != unicode.ToLower(r) {
			t.Errorf("%U: not a Latin letter", r)
		}
	}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !unicode.IsLetter(r) || scriptOf(r) != scriptHan {
			t.Errorf("%U: not a Han letter", r)
		}
	}
	for r := rune(0x2000); r <= 0x206F; r++ {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U: a letter or mark", r)
		}
	}
}

// TestASCIIRunsAsLetters checks that a run of ASCII letters read at once
// scores as letters read one by one do: the Uzbek q without u, told up to
// the letter at which a word is too long to keep.
func TestASCIIRunsAsLetters(t *testing.T) {
	for _, tt := range []struct {
		text string
		uz   float64
	}{
		{"qaror", telltaleWeight / 2},
		{"quite", 0},
		{"Qq qQ", telltaleWeight},
		{"aq", 0},
		{"iraq iraqi", telltaleWeight / 2},
		// "a", then 63 q that fit (62 after a q), then the q that does not.
		{"a" + repeat("q", 70), 63 * telltaleWeight / 2},
	} {
		var s languageScan
		s.scan(tt.text)
		if s.score[langUZ] != tt.uz || s.score[langAZ] != tt.uz {
			t.Errorf("%q: uz %v az %v, want %v", tt.text, s.score[langUZ], s.score[langAZ], tt.uz)
		}
	}
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}
