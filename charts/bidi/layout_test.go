package bidi

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	xbidi "golang.org/x/text/unicode/bidi"
)

// monospace measures every character as one unit, so widths in the tables
// below count characters.
func monospace(s string) float32 { return float32(utf8.RuneCountInString(s)) }

// describe renders lines as the tables write them: one string per line,
// runs in visual order, each run's own text in logical order, marked "R:"
// when it is drawn right to left.
func describe(text string, lines []Line) [][]string {
	out := make([][]string, len(lines))
	for i, l := range lines {
		out[i] = []string{}
		for _, r := range l.Runs {
			mark := "L:"
			if r.RTL() {
				mark = "R:"
			}
			out[i] = append(out[i], mark+text[r.Start:r.End])
		}
	}
	return out
}

// layoutCases are short sentences written for these tests in Arabic, Dutch,
// German and English, each with the lines and visual run order that
// Chromium gives them (checked by hand against UAX #9).
var layoutCases = []struct {
	name  string
	text  string
	rtl   bool
	width float32
	want  [][]string
}{
	{
		name: "arabic with digits", rtl: true, width: 100,
		text: "في الفترة من 15 إلى 16 سبتمبر.",
		want: [][]string{{"R: سبتمبر.", "L:16", "R: إلى ", "L:15", "R:في الفترة من "}},
	},
	{
		name: "latin abbreviation in parentheses", rtl: true, width: 100,
		text: "للتعاون (SCO) ، الصين",
		want: [][]string{{"R:) ، الصين", "L:SCO", "R:للتعاون ("}},
	},
	{
		name: "latin name with digits at line start", rtl: true, width: 100,
		text: "COVID-19 في عام 2020.",
		want: [][]string{{"R:.", "L:2020", "R: في عام ", "L:COVID-19"}},
	},
	{
		name: "quoted latin code", rtl: true, width: 100,
		text: "باسم “C5” ، زيادة",
		want: [][]string{{"R:” ، زيادة", "L:C5", "R:باسم “"}},
	},
	{
		name: "time with colon inside parentheses", rtl: true, width: 100,
		text: "بعد الساعة 8:30 صباحًا بقليل (4:30 صباحًا).",
		want: [][]string{{"R: صباحًا).", "L:4:30", "R: صباحًا بقليل (", "L:8:30", "R:بعد الساعة "}},
	},
	{
		name: "arabic-indic digits", rtl: true, width: 100,
		text: "من ١٥ إلى ١٦ سبتمبر",
		want: [][]string{{"R: سبتمبر", "L:١٦", "R: إلى ", "L:١٥", "R:من "}},
	},
	{
		name: "brackets around latin take the arabic side (N0)", rtl: true, width: 100,
		text: "عربي (ABC) def",
		want: [][]string{{"L:def", "R:) ", "L:ABC", "R:عربي ("}},
	},
	{
		name: "latin phrase with parentheses stays whole", rtl: true, width: 100,
		text: "abc (def) ghi",
		want: [][]string{{"L:abc (def) ghi"}},
	},
	{
		name: "dutch is unchanged", rtl: false, width: 100,
		text: "De opstand begon op 2 januari (in Almaty).",
		want: [][]string{{"L:De opstand begon op 2 januari (in Almaty)."}},
	},
	{
		name: "german is unchanged", rtl: false, width: 100,
		text: "Xi schrieb „die gemeinsame Sicherheit“ (SCO) – 2022.",
		want: [][]string{{"L:Xi schrieb „die gemeinsame Sicherheit“ (SCO) – 2022."}},
	},
	{
		name: "arabic phrase in english", rtl: false, width: 100,
		text: "The banner read قمة إقليمية today.",
		want: [][]string{{"L:The banner read ", "R:قمة إقليمية", "L: today."}},
	},
	{
		name: "number after arabic phrase in english moves left of it", rtl: false, width: 100,
		text: "The banner read قمة إقليمية 2022 today.",
		want: [][]string{{"L:The banner read ", "L:2022", "R:قمة إقليمية ", "L: today."}},
	},
	{
		name: "parentheses around arabic in english follow english", rtl: false, width: 100,
		text: "see (قمة) now",
		want: [][]string{{"L:see (", "R:قمة", "L:) now"}},
	},
	{
		name: "tab returns to paragraph level (L1)", rtl: false, width: 100,
		text: "أ ب\tج",
		want: [][]string{{"R:أ ب", "L:\t", "R:ج"}},
	},
	{
		name: "wrap latin", rtl: false, width: 7,
		text: "aaa bbb ccc",
		want: [][]string{{"L:aaa bbb"}, {"L:ccc"}},
	},
	{
		name: "wrap arabic", rtl: true, width: 5,
		text: "أب جد هو",
		want: [][]string{{"R:أب جد"}, {"R:هو"}},
	},
	{
		name: "wrap mixed: each line reordered by itself", rtl: true, width: 14,
		text: "لوباء COVID-19 في عام 2020.",
		want: [][]string{{"L:COVID-19", "R:لوباء "}, {"R:.", "L:2020", "R:في عام "}},
	},
	{
		name: "a spaced arabic comma may start a line", rtl: true, width: 8,
		text: "وأوروبا ، وتشجيع",
		want: [][]string{{"R:وأوروبا"}, {"R:، وتشجيع"}},
	},
	{
		name: "word wider than the line is broken", rtl: false, width: 4,
		text: "abcdefghij",
		want: [][]string{{"L:abcd"}, {"L:efgh"}, {"L:ij"}},
	},
	{
		name: "newline starts a paragraph with the same direction", rtl: false, width: 100,
		text: "abc\nعربي",
		want: [][]string{{"L:abc"}, {"R:عربي"}},
	},
	{
		name: "empty", rtl: true, width: 10,
		text: "",
		want: [][]string{{}},
	},
}

func TestLayoutOrder(t *testing.T) {
	for _, tc := range layoutCases {
		t.Run(tc.name, func(t *testing.T) {
			lines := Layout(tc.text, tc.rtl, tc.width, monospace)
			got := describe(tc.text, lines)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
				t.Errorf("Layout(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
			checkLayoutInvariants(t, tc.text, tc.rtl, tc.width, lines)
		})
	}
}

func TestLayoutAlignment(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		rtl    bool
		width  float32
		wantXs [][]float32 // X of every run, per line
	}{
		{"rtl lines end at the right edge", "أب جد هو", true, 6, [][]float32{{1}, {4}}},
		{"ltr lines start at the left edge", "ab cd ef", false, 6, [][]float32{{0}, {0}}},
		{"rtl runs follow each other", "عام 2020.", true, 12, [][]float32{{3, 4, 8}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]float32
			for _, l := range Layout(tc.text, tc.rtl, tc.width, monospace) {
				var xs []float32
				for _, r := range l.Runs {
					xs = append(xs, r.X)
				}
				got = append(got, xs)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.wantXs) {
				t.Errorf("run positions %v, want %v", got, tc.wantXs)
			}
		})
	}
}

var visualCases = []struct {
	text string
	rtl  bool
	want string
}{
	{"abc", false, "abc"},
	{"abc", true, "abc"},
	{"אבג", true, "גבא"},
	{"אבג (1)", true, "(1) גבא"},
	{"אבג (DEF)", true, "(DEF) גבא"},
	{"The word «שלום» here", false, "The word «םולש» here"},
	{"قمة 15\n16", true, "16 15 ةمق"},
}

func TestVisual(t *testing.T) {
	for _, tc := range visualCases {
		if got := Visual(tc.text, tc.rtl); got != tc.want {
			t.Errorf("Visual(%q, %v) = %q, want %q", tc.text, tc.rtl, got, tc.want)
		}
	}
}

func TestDetectRTL(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"", false},
		{"2022 – 15:30", false},
		{"(نور سلطان) يزور", true},
		{"“C5” عربي", false},
		{"15 إلى 16", true},
		{"\u2067abc\u2069 عربي", true}, // text inside an isolate does not count
		{"abc\nعربي", false},
	}
	for _, tc := range tests {
		if got := DetectRTL(tc.text); got != tc.want {
			t.Errorf("DetectRTL(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// checkLayoutInvariants holds for any text and width: lines tile the text
// in order, runs are disjoint and cover each line's visible text, and
// right-to-left lines end at the right edge.
func checkLayoutInvariants(t *testing.T, text string, rtl bool, width float32, lines []Line) {
	t.Helper()
	if len(lines) == 0 {
		t.Fatalf("no lines for %q", text)
	}
	pos := 0
	for i, l := range lines {
		if l.Start != pos || l.End < l.Start {
			t.Fatalf("line %d spans [%d,%d), want start %d (text %q)", i, l.Start, l.End, pos, text)
		}
		pos = l.End
		var ranges [][2]int
		var x, w float32
		for j, r := range l.Runs {
			if r.Start < l.Start || r.End > l.End || r.Start >= r.End {
				t.Fatalf("line %d run %d [%d,%d) outside line [%d,%d)", i, j, r.Start, r.End, l.Start, l.End)
			}
			if j > 0 && r.X != x {
				t.Fatalf("line %d run %d at x=%v, want %v", i, j, r.X, x)
			}
			x = r.X + r.Width
			w += r.Width
			ranges = append(ranges, [2]int{r.Start, r.End})
		}
		slices.SortFunc(ranges, func(a, b [2]int) int { return a[0] - b[0] })
		for j := 1; j < len(ranges); j++ {
			if ranges[j][0] != ranges[j-1][1] {
				t.Fatalf("line %d runs %v leave a gap or overlap", i, ranges)
			}
		}
		if len(ranges) > 0 {
			hidden := text[ranges[len(ranges)-1][1]:l.End]
			if strings.TrimFunc(hidden, func(r rune) bool { return hangs(classOf(r)) }) != "" {
				t.Fatalf("line %d hides %q", i, hidden)
			}
		}
		if rtl && len(l.Runs) > 0 && l.Runs[0].X != width-w {
			t.Fatalf("rtl line %d starts at %v, want %v", i, l.Runs[0].X, width-w)
		}
	}
	if pos != len(text) {
		t.Fatalf("lines end at %d, text at %d", pos, len(text))
	}
}

func FuzzLayout(f *testing.F) {
	for _, tc := range layoutCases {
		f.Add(tc.text, tc.rtl, uint8(tc.width))
	}
	f.Fuzz(func(t *testing.T, text string, rtl bool, width uint8) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		lines := Layout(text, rtl, float32(width), monospace)
		checkLayoutInvariants(t, text, rtl, float32(width), lines)
		Visual(text, rtl)

		// Highlighting everything paints each line's runs as one box.
		boxes := HighlightBoxes(text, lines, []Span{{0, len(text)}}, monospace)
		var want []HighlightBox
		for i, l := range lines {
			if n := len(l.Runs); n > 0 {
				want = append(want, HighlightBox{Line: i, X0: l.Runs[0].X, X1: l.Runs[n-1].X + l.Runs[n-1].Width})
			}
		}
		if fmt.Sprint(boxes) != fmt.Sprint(want) {
			t.Fatalf("highlighting all of %q: boxes %v, want %v", text, boxes, want)
		}
	})
}

// FuzzLevelsMatchXText checks our level resolution against x/text's on the
// texts where x/text is right: without brackets (it skips rule N0),
// explicit formatting characters (we skip those) or paragraph separators.
// x/text reports only the direction of each run, so parity is compared.
func FuzzLevelsMatchXText(f *testing.F) {
	for _, tc := range layoutCases {
		f.Add(tc.text, tc.rtl)
	}
	f.Fuzz(func(t *testing.T, text string, rtl bool) {
		if !utf8.ValidString(text) || text == "" {
			t.Skip()
		}
		for _, r := range text {
			p, _ := xbidi.LookupRune(r)
			if p.IsBracket() || p.Class() == xbidi.B || (ignoredByX9(p.Class()) && p.Class() != xbidi.BN) {
				t.Skip()
			}
		}
		var opts []xbidi.Option
		base := level(0)
		switch {
		case rtl:
			opts = append(opts, xbidi.DefaultDirection(xbidi.RightToLeft))
			base = 1
		case DetectRTL(text):
			base = 1 // x/text detects the direction itself
		}
		var xp xbidi.Paragraph
		if _, err := xp.SetString(text, opts...); err != nil {
			t.Fatal(err)
		}
		order, err := xp.Order()
		if err != nil {
			t.Fatal(err)
		}
		want := make([]bool, 0, len(text))
		for i := 0; i < order.NumRuns(); i++ {
			run := order.Run(i)
			for range []rune(run.String()) {
				want = append(want, run.Direction() == xbidi.RightToLeft)
			}
		}
		p := splitParagraphs(text, base)[0]
		// Rule L1 for the paragraph as one line, as x/text applies it.
		levels := lineLevels(&p, 0, len(p.runes))
		for i := len(levels) - 1; i >= 0 && (hangs(p.classes[i]) || ignoredByX9(p.classes[i])); i-- {
			levels[i] = base
		}
		for i, l := range levels {
			if l.rtl() != want[i] {
				t.Fatalf("%q: rune %d (%q) rtl=%v, x/text says %v; levels %v", text, i, p.runes[i], l.rtl(), want[i], levels)
			}
		}
	})
}

func TestMirrorReverse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"(", ")"},
		{") ، ", " ، ("},
		{"«a»", "«a»"},
		{"[x < y]", "[y > x]"},
		{"e\u0301f", "fe\u0301"}, // the accent stays after its letter
	}
	for _, tc := range tests {
		if got := mirrorReverse(tc.in); got != tc.want {
			t.Errorf("mirrorReverse(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
