package app

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/app/bidi"
)

var spanTests = []struct {
	name  string
	text  string
	spans []textSpan
	want  []textSpan
}{
	{"none", "De top in Samarkand", nil, nil},
	{"one", "De top in Samarkand", []textSpan{{10, 19}}, []textSpan{{10, 19}}},
	{"sorted", "Xi reist nach Kasachstan", []textSpan{{14, 24}, {0, 2}}, []textSpan{{0, 2}, {14, 24}}},
	{"overlaps merge", "Der Gipfel in Samarkand", []textSpan{{4, 10}, {8, 23}}, []textSpan{{4, 23}}},
	{"touching merge", "Der Gipfel", []textSpan{{0, 3}, {3, 10}}, []textSpan{{0, 10}}},
	{"clipped to the text", "Xi", []textSpan{{-5, 1}, {1, 99}}, []textSpan{{0, 2}}},
	{"empty and reversed dropped", "Xi reist", []textSpan{{3, 3}, {5, 2}}, nil},
	// "شي" is four bytes; offsets inside a letter move back to its start.
	{"never splits a letter", "التقى شي", []textSpan{{12, 15}}, []textSpan{{11, 15}}},
	{"an end inside a letter moves back", "التقى شي", []textSpan{{11, 14}}, []textSpan{{11, 13}}},
}

func TestNormaliseSpans(t *testing.T) {
	for _, tt := range spanTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normaliseSpans(tt.text, tt.spans); !slices.Equal(got, tt.want) {
				t.Errorf("normaliseSpans = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzNormaliseSpans(f *testing.F) {
	for _, tt := range spanTests {
		for _, s := range tt.spans {
			f.Add(tt.text, s.Start, s.End, 0, 0)
		}
		if len(tt.spans) == 2 {
			f.Add(tt.text, tt.spans[0].Start, tt.spans[0].End, tt.spans[1].Start, tt.spans[1].End)
		}
	}
	f.Fuzz(func(t *testing.T, text string, s0, e0, s1, e1 int) {
		got := normaliseSpans(text, []textSpan{{s0, e0}, {s1, e1}})
		last := -1
		for _, s := range got {
			if s.Start <= last || s.End <= s.Start || s.End > len(text) || s.Start < 0 {
				t.Fatalf("bad spans %v for %d bytes", got, len(text))
			}
			if utf8.ValidString(text) && (!utf8.ValidString(text[s.Start:s.End])) {
				t.Fatalf("span %v splits a character of %q", s, text)
			}
			last = s.End
		}
		// The passage widget must take any spans without panicking.
		newPassage(text, false, []textSpan{{s0, e0}, {s1, e1}})
	})
}

func TestNewPassageHighlightsTheEvidence(t *testing.T) {
	test.NewTempApp(t)
	text := "التقى توكاييف مع شي في نور سلطان."
	start := strings.Index(text, "توكاييف")
	highlightBoxes := func(obj fyne.CanvasObject) int {
		p, ok := obj.(*bidi.Paragraph)
		if !ok {
			t.Fatalf("passage is a %T", obj)
		}
		if p.Text() != text {
			t.Errorf("passage reads %q, want the text unchanged", p.Text())
		}
		p.Resize(fyne.NewSize(400, p.MinSize().Height))
		n := 0
		for _, o := range test.WidgetRenderer(p).Objects() {
			if _, ok := o.(*canvas.Rectangle); ok {
				n++
			}
		}
		return n
	}
	if n := highlightBoxes(newPassage(text, true, nil)); n != 0 {
		t.Errorf("%d highlight boxes without evidence", n)
	}
	if n := highlightBoxes(newPassage(text, true, []textSpan{{start, start + len("توكاييف")}})); n != 1 {
		t.Errorf("%d highlight boxes for one word, want 1", n)
	}
}

func TestEvidenceSpansAreRelativeToThePassage(t *testing.T) {
	c := winCorpus()
	x := c.Event("visit").Excerpts[1] // the Arabic passage
	for _, s := range evidenceSpans(x.Evidence, x.Start) {
		word := x.Text[s.Start:s.End]
		if word != "توكاييف" && word != "شي" {
			t.Errorf("evidence span %v reads %q", s, word)
		}
	}
}
