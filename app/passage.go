package app

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/app/bidi"
	"github.com/caravan-analytics/caravan/data"
)

// excerptArticle is the article an excerpt quotes, as the corpus shown has
// it (data.Corpus.ArticleOf: the analyst's copy of a re-dated article),
// else the one it carries, else nil.
func excerptArticle(c *data.Corpus, x data.Excerpt) *data.Article {
	if c != nil {
		return c.ArticleOf(x)
	}
	return x.ArticleRef
}

// textSpan is a highlighted stretch of a passage, in byte offsets into the
// passage's text.
type textSpan struct{ Start, End int }

// newPassage shows an article passage with the matching words highlighted,
// right-to-left passages laid out and aligned as a browser would. It is the
// one place the excerpt panel and the article view make passage widgets.
func newPassage(text string, rtl bool, highlights []textSpan) fyne.CanvasObject {
	p := bidi.NewParagraph(text, rtl)
	spans := normaliseSpans(text, highlights)
	if len(spans) > 0 {
		marks := make([]bidi.Span, len(spans))
		for i, s := range spans {
			marks[i] = bidi.Span{Start: s.Start, End: s.End}
		}
		p.SetHighlights(marks)
	}
	return p
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
