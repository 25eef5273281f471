package app

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// textSpan is a highlighted stretch of a passage, in byte offsets into the
// passage's text.
type textSpan struct{ Start, End int }

// newPassage shows an article passage with the matching words highlighted.
// It is the one place the excerpt panel and the article view make passage
// widgets, so moving to the bidi paragraph widget is a one-line change.
//
// Until then it is a wrapping rich text whose highlights are bold and whose
// right-to-left paragraphs are right-aligned (Fyne shapes Arabic but does
// not reorder mixed runs).
func newPassage(text string, rtl bool, highlights []textSpan) fyne.CanvasObject {
	align := fyne.TextAlignLeading
	if rtl {
		align = fyne.TextAlignTrailing
	}
	plain := widget.RichTextStyleParagraph
	plain.Inline, plain.Alignment = true, align
	strong := plain
	strong.TextStyle = fyne.TextStyle{Bold: true}
	strong.ColorName = theme.ColorNamePrimary

	var segments []widget.RichTextSegment
	at := 0
	for _, h := range normaliseSpans(text, highlights) {
		if h.Start > at {
			segments = append(segments, &widget.TextSegment{Style: plain, Text: text[at:h.Start]})
		}
		segments = append(segments, &widget.TextSegment{Style: strong, Text: text[h.Start:h.End]})
		at = h.End
	}
	if at < len(text) || len(segments) == 0 {
		segments = append(segments, &widget.TextSegment{Style: plain, Text: text[at:]})
	}
	rt := widget.NewRichText(segments...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// normaliseSpans clips spans to the text, moves their ends onto character
// boundaries, drops empty ones and merges overlaps, in order. Evidence from
// the linker may overlap (a place inside an event's term), and a
// highlight must never split a multi-byte letter.
func normaliseSpans(text string, spans []textSpan) []textSpan {
	var out []textSpan
	for _, s := range sortedSpans(spans) {
		s.Start, s.End = runeFloor(text, s.Start), runeFloor(text, s.End)
		if s.End <= s.Start {
			continue
		}
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// runeFloor clamps i to the text and moves it back to the start of the
// character it falls in.
func runeFloor(text string, i int) int {
	i = max(0, min(len(text), i))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

func sortedSpans(spans []textSpan) []textSpan {
	out := slices.Clone(spans)
	slices.SortStableFunc(out, func(a, b textSpan) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// evidenceSpans turns an excerpt's evidence (offsets into the article's
// text) into spans within the passage, which starts at offset start.
func evidenceSpans(evidence []data.Match, start int) []textSpan {
	out := make([]textSpan, 0, len(evidence))
	for _, m := range evidence {
		out = append(out, textSpan{Start: m.Start - start, End: m.End - start})
	}
	return out
}
