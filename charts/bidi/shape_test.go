package bidi

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"سلم", "\uFEB3\uFEE0\uFEE2"},        // initial, medial, final
		{"لا", "\uFEFB"},                     // lam-alef, isolated
		{"سلا", "\uFEB3\uFEFC"},              // lam-alef joined to the seen
		{"دار", "\uFEA9\uFE8D\uFEAD"},        // dal and alef do not join forwards
		{"بَيت", "\uFE91\u064E\uFEF4\uFE96"}, // the vowel mark is transparent
		{"Xi 2022", "Xi 2022"},
		{"ـب", "\u0640\uFE90"}, // tatweel joins
	}
	for _, tc := range tests {
		if got := Shape(tc.in); got != tc.want {
			t.Errorf("Shape(%q) = %+q, want %+q", tc.in, got, tc.want)
		}
	}
}

// FuzzShape checks that shaping only changes the forms of letters: folded
// back (NFKC), the text is what it was.
func FuzzShape(f *testing.F) {
	for _, s := range []string{"سلام عليكم", "لا إله", "شي جين بينغ 2022", "ab"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		got := Shape(s)
		if norm.NFKC.String(got) != norm.NFKC.String(s) {
			t.Fatalf("Shape(%q) = %q folds back to %q", s, got, norm.NFKC.String(got))
		}
	})
}

func TestLinePiecesDrawRightToLeftRunsReversed(t *testing.T) {
	text := "Mentioned: سلم 2019"
	width := func(s string, _ Face) float32 { return float32(utf8.RuneCountInString(s)) }
	measure := ShapedMeasure(width, nil)
	line := OneLine(text, false, measure)
	var drawn []string
	prevX := float32(-1)
	for _, p := range LinePieces(text, line, width, nil) {
		if p.X < prevX {
			t.Errorf("pieces not left to right: %+v", p)
		}
		prevX = p.X
		drawn = append(drawn, strings.TrimSpace(p.Text))
	}
	// As a browser shows it: the number after the Arabic word belongs to
	// its right-to-left run, so it stands left of the word; the word is
	// shaped and reversed for a left-to-right renderer (final meem first).
	want := []string{"Mentioned:", "2019", "\uFEE2\uFEE0\uFEB3"}
	if strings.Join(drawn, "|") != strings.Join(want, "|") {
		t.Errorf("drawn %+q, want %+q", drawn, want)
	}
}

func TestReverseForDrawingPutsMarksBeforeTheirLetter(t *testing.T) {
	// عُلقت: the damma (U+064F) follows ain in logical order; drawn left
	// to right it must come just before the ain, the word's last glyph.
	got := []rune(reverseForDrawing("عُلقت (x)"))
	want := []rune("(x) تقلُع") // brackets mirrored: they still open towards x
	if string(got) != string(want) {
		t.Errorf("reverseForDrawing = %+q, want %+q", string(got), string(want))
	}
}

func TestVisualGlyphsPutsMarksBeforeTheirLetter(t *testing.T) {
	if got, want := VisualGlyphs("لكنها عُلقت 2019", true), "2019 تقلُع اهنكل"; got != want {
		t.Errorf("VisualGlyphs = %+q, want %+q", got, want)
	}
}

// Chinese has no spaces: a paragraph breaks between any two hanzi (UAX
// #14), never past the width, and punctuation stays with the hanzi
// before it rather than starting a line.
func TestLayoutBreaksChineseBetweenHanzi(t *testing.T) {
	text := "上海合作组织成员国元首理事会第二十二次会议于九月十六日在撒马尔罕举行，习近平出席并发表讲话。"
	measure := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	lines := Layout(text, false, 10, measure)
	if len(lines) < 4 {
		t.Fatalf("%d lines for %d hanzi at 10 a line", len(lines), utf8.RuneCountInString(text))
	}
	for _, l := range lines {
		s := text[l.Start:l.End]
		if w := measure(s); w > 10 {
			t.Errorf("line %q is %v wide", s, w)
		}
		if strings.HasPrefix(s, "，") || strings.HasPrefix(s, "。") {
			t.Errorf("line %q starts with closing punctuation", s)
		}
	}
	pieces := SplitByFont("Xi 在西安 2023年", 0, len("Xi 在西安 2023年"), nil)
	var faces []Face
	for _, p := range pieces {
		faces = append(faces, p.Face)
	}
	if want := []Face{Latin, CJK, Latin, CJK}; !slices.Equal(faces, want) {
		t.Errorf("faces %v, want %v", faces, want)
	}
}

// ForLeftToRightExtraction gives back the logical line through a reading
// that keeps sections in order and reverses the right-to-left ones, with
// right-to-left marks the only addition; ForRightToLeftExtraction through
// a reading that reverses the line and its left-to-right sections back.
func TestForLeftToRightExtraction(t *testing.T) {
	for _, line := range []string{
		"زار الرئيس الصيني شي جين بينغ مدينة أستانا يوم 14 سبتمبر 2022 قبل قمة منظمة شنغهاي للتعاون (SCO) في سمرقند.",
		"وقال المتحدث إن الزيارة هي الأولى منذ عام 2020.",
		"Xi يزور Astana 14 سبتمبر",
		"(عُلقت) ok",
		"plain Latin",
		"زار الرئيس: 1/2، ثم. و, - ل+ [أ] «ب» 3.5 ج؟",
		" (قال) 5 ",
	} {
		got := extractedLeftToRight(ForLeftToRightExtraction(line))
		if strings.ReplaceAll(got, "\u200F", "") != line {
			t.Errorf("left to right: %q\ncomes out as %q", line, got)
		}
		got = extractedRightToLeft(ForRightToLeftExtraction(line))
		if strings.ReplaceAll(got, "\u200E", "") != line {
			t.Errorf("right to left: %q\ncomes out as %q", line, got)
		}
	}
}

// Both extraction orders round-trip any line of Arabic and Latin words,
// digits, spaces and punctuation: a fixed pseudo-random sample here, any
// input under go test -fuzz.
func FuzzExtractionRoundTrip(f *testing.F) {
	pieces := []string{"زار", "يوم", "عُلقت", "Xi", "SCO", "14", "2022", " ", " ", ".", ",", "(", ")", "«", "»", ":", "-", "+", "%", "،", "؟", "“", "…"}
	seed := uint32(7)
	for range 300 {
		var b strings.Builder
		for range 12 {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[int(seed>>16)%len(pieces)])
		}
		f.Add(b.String())
	}
	f.Fuzz(func(t *testing.T, line string) {
		if !utf8.ValidString(line) || strings.ContainsAny(line, "\u200E\u200F") {
			return // the marks are what the orders add
		}
		if got := extractedLeftToRight(ForLeftToRightExtraction(line)); strings.ReplaceAll(got, "\u200F", "") != line {
			t.Errorf("left to right: %q comes out as %q", line, got)
		}
		if got := extractedRightToLeft(ForRightToLeftExtraction(line)); strings.ReplaceAll(got, "\u200E", "") != line {
			t.Errorf("right to left: %q comes out as %q", line, got)
		}
	})
}
