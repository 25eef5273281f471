package bidi

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/charts/bidi"
)

func TestSplitByFont(t *testing.T) {
	tests := []struct {
		text string
		want []string // pieces, Arabic ones marked "A:"
	}{
		{"Xi Jinping (SCO)", []string{"Xi Jinping (SCO)"}},
		{"نور سلطان", []string{"A:نور سلطان"}},
		{"(نور سلطان)", []string{"(", "A:نور سلطان", ")"}},
		{"الأزمة. الغربيون.", []string{"A:الأزمة. الغربيون."}},
		{"COVID-19 في عام 2020.", []string{"COVID-19 ", "A:في عام ", "2020."}},
		{"“طرق الحرير”", []string{"“", "A:طرق الحرير", "”"}},
		{"صباحًا", []string{"A:صباحًا"}},               // the tanwin mark stays on its letter
		{"می\u200cخواهم", []string{"A:می\u200cخواهم"}}, // so does the non-joiner
		{"", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range splitByFont(tc.text, 0, len(tc.text)) {
			s := tc.text[p.start:p.end]
			if p.arabic {
				s = "A:" + s
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("splitByFont(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// monospace measures every character as one unit, so widths in the tables
// below count characters.
func monospace(s string) float32 { return float32(utf8.RuneCountInString(s)) }

// monospacePieces measures pieces the way monospace measures strings.
func monospacePieces(s string, _ bool) float32 { return monospace(s) }

func TestRunPieces(t *testing.T) {
	tests := []struct {
		name string
		text string
		run  Run      // Start and End 0 mean the whole text
		want []string // "text@x", Arabic pieces marked "A:", sorted by x
	}{
		{
			name: "parentheses in a right-to-left run are mirrored and placed at the ends",
			text: "(نور سلطان)", run: Run{Level: 1, X: 2, Width: 11},
			want: []string{"(@2", "A:نور سلطان@3", ")@12"},
		},
		{
			name: "quotes and a trailing dot",
			text: "“طرق” ،", run: Run{Level: 1, X: 0, Width: 7},
			want: []string{"A:،@0", " ”@1", "A:طرق@3", "“@6"},
		},
		{
			name: "arabic-font piece without letters is reversed too",
			text: "،!", run: Run{Level: 1, X: 0, Width: 2},
			want: []string{"A:!،@0"},
		},
		{
			name: "directional marks are not drawn",
			text: "\u200fab\u202c", run: Run{Level: 2, X: 0, Width: 4},
			want: []string{"ab@0"},
		},
		{
			name: "left-to-right run keeps its order",
			text: "COVID-19", run: Run{Level: 2, X: 5, Width: 8},
			want: []string{"COVID-19@5"},
		},
		{
			name: "spaces move the pen but draw nothing",
			text: "ab  (c)", run: Run{Level: 0, X: 0, Width: 7},
			want: []string{"ab  (c)@0"},
		},
		{
			name: "hebrew in the theme font is left for Fyne to reverse",
			text: "שלום (", run: Run{Level: 1, X: 0, Width: 6},
			want: []string{"שלום (@0"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			run := tc.run
			run.Start, run.End = 0, len(tc.text)
			pieces := runPieces(tc.text, run, monospacePieces)
			slices.SortFunc(pieces, func(a, b drawnPiece) int { return int(a.X - b.X) })
			var got []string
			for _, p := range pieces {
				mark := ""
				if p.Arabic {
					mark = "A:"
				}
				got = append(got, fmt.Sprintf("%s%s@%v", mark, p.Text, p.X))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("runPieces(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestHighlightBoxes(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		rtl   bool
		width float32
		word  string // the span is the first occurrence of word; "" for all text
		want  []bidi.HighlightBox
	}{
		{
			name: "arabic word sits left of the word before it",
			text: "أب جد", rtl: true, width: 10, word: "جد",
			want: []bidi.HighlightBox{{Line: 0, X0: 5, X1: 7}},
		},
		{
			name: "latin word in ltr text",
			text: "ab cd", rtl: false, width: 10, word: "cd",
			want: []bidi.HighlightBox{{Line: 0, X0: 3, X1: 5}},
		},
		{
			name: "runs that meet give one box",
			text: "عام 2020.", rtl: true, width: 9, word: "عام 2020",
			want: []bidi.HighlightBox{{Line: 0, X0: 1, X1: 9}},
		},
		{
			name: "a span into an rtl run is drawn in two places",
			text: "ab عربي cd", rtl: false, width: 10, word: "ab عر",
			want: []bidi.HighlightBox{{Line: 0, X0: 0, X1: 3}, {Line: 0, X0: 5, X1: 7}},
		},
		{
			name: "span across a line break gives one box per line",
			text: "أب جد هو", rtl: true, width: 5, word: "جد هو",
			want: []bidi.HighlightBox{{Line: 0, X0: 0, X1: 2}, {Line: 1, X0: 3, X1: 5}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.text, tc.word)
			span := Span{Start: start, End: start + len(tc.word)}
			lines := Layout(tc.text, tc.rtl, tc.width, monospace)
			got := bidi.HighlightBoxes(tc.text, lines, []Span{span}, monospace)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("boxes %v, want %v", got, tc.want)
			}
		})
	}
}

func TestHighlightSnapsToCharacters(t *testing.T) {
	text := "أب جد"
	lines := Layout(text, true, 10, monospace)
	// Offsets inside a two-byte letter, and past the end.
	got := bidi.HighlightBoxes(text, lines, []Span{{Start: 1, End: 99}}, monospace)
	want := []bidi.HighlightBox{{Line: 0, X0: 5, X1: 10}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("boxes %v, want %v", got, want)
	}
}

func TestOffsetAt(t *testing.T) {
	tests := []struct {
		name string
		text string
		rtl  bool
		x    float32
		want string // the text from the offset on; "" for -1
	}{
		{"right end of rtl text is its first letter", "سلام world", true, 19.5, "سلام world"},
		{"left of the latin word in rtl text", "سلام world", true, 10.2, "world"},
		{"inside the latin word", "سلام world", true, 12.5, "rld"},
		{"ltr text", "abc def", false, 4.5, "def"},
		{"beside the text", "abc", false, 7, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := Layout(tc.text, tc.rtl, 20, monospace)
			off := offsetAt(tc.text, lines[0], tc.x, monospace)
			got := ""
			if off >= 0 {
				got = tc.text[off:]
			}
			if got != tc.want {
				t.Errorf("offsetAt(%v) points at %q, want %q", tc.x, got, tc.want)
			}
		})
	}
}
