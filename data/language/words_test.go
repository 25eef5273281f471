package language

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestIsFunctionWord(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"и", true}, {"що", true}, {"the", true}, {"در", true},
		{"فی", true}, {"في", false}, // Arabic yeh is read as Persian yeh, as the lists spell it
		{"президент", false}, {"И", false}, {"", false}, {"samarkand", false},
	} {
		if got := IsFunctionWord([]byte(tc.word)); got != tc.want {
			t.Errorf("IsFunctionWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestFunctionWordShareTellsMojibake: every Cyrillic and Arabic-script
// sample has function words, and the Russian and Ukrainian ones written in
// Windows-1251 and read as KOI8-R (a wrong guess of the code page) have
// fewer: the comparison decoding makes.
func TestFunctionWordShareTellsMojibake(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "langs", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no language samples: %v", err)
	}
	seen := 0
	for _, f := range files {
		code := filepath.Base(f)[:2]
		if strings.Contains(filepath.Base(f), "-latn-") {
			continue // a Cyrillic-script language written in its Latin alphabet
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		switch code {
		case "ar", "fa", "ur", "ru", "uk", "be", "bg", "kk", "ky", "tg", "mn", "sr", "mk":
		default:
			continue
		}
		seen++
		share := FunctionWordShare(text)
		t.Logf("%s: %.2f", filepath.Base(f), share)
		if share < 0.04 {
			t.Errorf("%s: function-word share %.2f, want ≥ 0.04", filepath.Base(f), share)
		}
		if code != "ru" && code != "uk" {
			continue
		}
		cp1251, err := charmap.Windows1251.NewEncoder().String(text)
		if err != nil {
			continue // a character Windows-1251 lacks: not a file it could hold
		}
		wrong, err := charmap.KOI8R.NewDecoder().String(cp1251)
		if err != nil {
			t.Fatal(err)
		}
		if w := FunctionWordShare(wrong); w >= share {
			t.Errorf("%s read as KOI8-R: share %.2f (right reading %.2f)", filepath.Base(f), w, share)
		}
	}
	if seen == 0 {
		t.Fatal("no Cyrillic or Arabic-script samples")
	}
	if FunctionWordShare("") != 0 || FunctionWordShare("Samarkand 2022") != 0 {
		t.Error("text without Arabic or Cyrillic words has a share")
	}
}
