package data

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldSamples are texts in the scripts the date finder reads, with the
// marks it skips (Arabic vowels, tatweel, the zero-width non-joiner,
// combining accents), apostrophes and bytes that are not UTF-8.
var foldSamples = []string{
	"",
	"Die Sitzung am Dienstag, 4. März 2025, wurde vertagt.",
	"L'année prochaine, le sommet aura lieu à Genève — pas à Zürich.",
	"Президент Ё. Иванов заявил 3 сентября, что встреча состоится.",
	"وأعلنَ الوزيرُ يومَ الأربعاء أنّ الرئيسَ سيزور أستانا في مايـو.",
	"روز سه‌شنبه ۲۸ اسفند ۱۴۰۲ نشست برگزار شد.",
	"Qosim-Jo‘mart o‘tgan hafta G'afur bilan o’zbek uchrashdi.",
	"习近平出席峰会。星期一将于北京举行。",
	"e\u0301te\u0301 ÇA VA ŁÓDŹ ǅ ſ",
	"bad \xff\xfe bytes \xc3 and \xe2\x80 end",
	"\xd9",
	"word\u00a0word\u2009word",
}

// wordsBySeq is the reference nextDateWord is measured against.
func wordsBySeq(text string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !isWord(r) }) {
		out = append(out, w)
	}
	return out
}

func wordsByNext(text string) []string {
	var out []string
	for from := 0; ; {
		start, end := nextDateWord(text, from)
		if start == end {
			return out
		}
		out = append(out, text[start:end])
		from = end
	}
}

// normaliseByRune is normaliseDateWord written plainly, rune by rune.
func normaliseByRune(w string) []byte {
	var dst []byte
	for _, r := range w {
		if folded, _, skip := foldRune(r); !skip {
			dst = utf8.AppendRune(dst, folded)
		}
	}
	return dst
}

// uzbekByRune is uzbekLetterBefore without its one-byte refusal.
func uzbekByRune(text string, start int) bool {
	r, size := utf8.DecodeLastRuneInString(text[:start])
	if r != '\'' && r != '’' && r != '‘' {
		return false
	}
	switch o, _ := utf8.DecodeLastRuneInString(text[:start-size]); o {
	case 'o', 'O', 'g', 'G':
		return true
	}
	return false
}

func checkFoldFastPaths(t *testing.T, text string) {
	t.Helper()
	if got, want := wordsByNext(text), wordsBySeq(text); !slices.Equal(got, want) {
		t.Errorf("words of %q: %q, want %q", text, got, want)
	}
	if got, want := normaliseDateWord(nil, text), normaliseByRune(text); string(got) != string(want) {
		t.Errorf("normal form of %q: %q, want %q", text, got, want)
	}
	for _, r := range text {
		if isWordFast(r) != isWord(r) || isSpaceRune(r) != unicode.IsSpace(r) {
			t.Errorf("isWordFast or isSpaceRune of %U differs", r)
		}
	}
	for i := 0; i <= len(text); i++ {
		if got, want := uzbekLetterBefore(text, i), uzbekByRune(text, i); got != want {
			t.Errorf("uzbekLetterBefore(%q, %d) = %v, want %v", text, i, got, want)
		}
	}
}

// The date finder's table-driven word splitting and folding answer as
// the plain rune-by-rune versions do.
func TestFoldFastPathsAgree(t *testing.T) {
	for _, s := range foldSamples {
		checkFoldFastPaths(t, s)
	}
	// Every white-space rune, and every rune of one and two bytes, alone
	// and between letters.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) != isSpaceRune(r) {
			t.Errorf("isSpaceRune(%U) = %v", r, isSpaceRune(r))
		}
	}
	for r := rune(0); r < 0x800; r++ {
		checkFoldFastPaths(t, string(r))
		checkFoldFastPaths(t, "ab"+string(r)+"cd")
	}
}

func FuzzFoldFastPaths(f *testing.F) {
	for _, s := range foldSamples {
		f.Add(s)
	}
	f.Fuzz(checkFoldFastPaths)
}
