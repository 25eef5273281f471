package textnorm

import "testing"

// wordSamples are words and phrases in the scripts the name finder reads,
// with marks (Arabic harakat, combining accents), tatweel, invisible
// format characters and bytes that are not UTF-8.
var wordSamples = []string{
	"", "Astana", "ASTANA", "Kasachstans", "Zürich", "Łódź", "Ἀθῆναι",
	"Тоқаев", "Ёлка", "Қазақстан", "مُحَمَّد", "الأربعاء", "أستانـا", "ﻻ",
	"e\u0301te\u0301", "\u0301abc", "Nur-Sultan", "Xi’an", "a\u00adb",
	"سه\u200cشنبه", "a b", "\xd9", "\xff\xfe", "אבג", "Երևան", "日本",
}

func checkFoldedWord(t *testing.T, w string) {
	t.Helper()
	want := string(appendNormalized([]byte("x"), w, noOffsets{}))
	got, ok := AppendFoldedWord([]byte("x"), w)
	if ok && string(got) != want {
		t.Errorf("appendFoldedWord(%q) = %q, want %q", w, got, want)
	}
	if !ok && string(got) != "x" {
		t.Errorf("appendFoldedWord(%q) refused but left %q", w, got)
	}
}

// appendFoldedWord, where it answers, answers as appendNormalized does.
func TestAppendFoldedWordAgrees(t *testing.T) {
	for _, w := range wordSamples {
		checkFoldedWord(t, w)
	}
	for r := rune(0); r < 0x800; r++ {
		s := string(r)
		checkFoldedWord(t, s)
		checkFoldedWord(t, "a"+s)
		checkFoldedWord(t, "ж"+s+"б")
		checkFoldedWord(t, "ب"+s+"\u064e")
	}
}

// The common words take the short way.
func TestAppendFoldedWordShortWay(t *testing.T) {
	for _, w := range []string{"Astana", "Тоқаев", "مُحَمَّد", "أستانـا", "Zürich"} {
		if _, ok := AppendFoldedWord(nil, w); !ok {
			t.Errorf("appendFoldedWord(%q) refused", w)
		}
	}
}

func FuzzAppendFoldedWord(f *testing.F) {
	for _, w := range wordSamples {
		f.Add(w)
	}
	f.Fuzz(checkFoldedWord)
}
