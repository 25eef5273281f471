package export

import (
	"strings"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// MaxQuotedPassageRunes is the longest passage a report or a timeline
// slide quotes whole: a long paragraph (news paragraphs run to a few
// hundred characters). A file with no paragraph breaks is one paragraph,
// and quoting all of a 4 MB one on each of 72 events made 300 MB of JSON
// and 1.2–1.9 GB of memory for a file that loads in a quarter of that.
const MaxQuotedPassageRunes = 1500

// quotedPassage is the passage's text, or, when it is longer than
// MaxQuotedPassageRunes, about that many runes around its first evidence,
// cut at spaces, with "… " before and " …" after where text was left out.
// The quote holds the first evidence whole (unless that one alone is longer
// than the cap) and is never cut inside a rune. The passage's Start and End
// are untouched by the cut: callers keep them as the passage's true span.
func quotedPassage(x data.Excerpt) string {
	out, _, _ := quoteWindow(x)
	return out
}

// quoteWindow is quotedPassage's quote with the byte span [start, end) of
// x.Text it was cut from (0 and len(x.Text) when nothing was cut).
func quoteWindow(x data.Excerpt) (quote string, start, end int) {
	text := x.Text
	if !longerThanRunes(text, MaxQuotedPassageRunes) {
		return text, 0, len(text)
	}
	focus, focusEnd := 0, 0 // byte span in text of the first evidence
	for _, m := range x.Evidence {
		if off := m.Start - x.Start; off >= 0 && off < len(text) {
			focus, focusEnd = off, min(m.End-x.Start, len(text))
			break
		}
	}
	// Half the runes before the focus, the rest after it.
	start = focus
	for n := 0; start > 0 && n < MaxQuotedPassageRunes/2; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	end = start
	for n := 0; end < len(text) && n < MaxQuotedPassageRunes; n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	// The evidence whole, even where it runs past the cap: it is what the
	// quote is for.
	end = max(end, focusEnd)
	if start > 0 {
		if i := strings.IndexByte(text[start:focus], ' '); i >= 0 {
			start += i + 1 // a whole word first
		}
	}
	if end < len(text) {
		if i := strings.LastIndexByte(text[focusEnd:end], ' '); i >= 0 && focusEnd+i > focus {
			end = focusEnd + i // a whole word last
		}
	}
	out := strings.TrimSpace(text[start:end])
	if start > 0 {
		out = "… " + out
	}
	if end < len(text) {
		out += " …"
	}
	return out, start, end
}

// quotedExcerpts is xs with each passage's text as quotedPassage quotes
// it, and its evidence only the matches inside the quote: a passage that
// is a whole multi-megabyte paragraph would otherwise list every match of
// the paragraph on every event it supports (a 2 MB paragraph dense with
// dates wrote 37 GB of JSON). It returns xs itself when no passage is over
// the cap, so that the usual report shares the event's passages rather
// than copying them.
func quotedExcerpts(xs []data.Excerpt) []data.Excerpt {
	var out []data.Excerpt
	for i, x := range xs {
		q, lo, hi := quoteWindow(x)
		if len(q) == len(x.Text) {
			if out != nil {
				out[i] = x
			}
			continue
		}
		if out == nil {
			out = make([]data.Excerpt, len(xs))
			copy(out, xs[:i])
		}
		x.Text = q
		x.Evidence = evidenceWithin(x.Evidence, x.Start+lo, x.Start+hi)
		out[i] = x
	}
	if out == nil {
		return xs
	}
	return out
}

// evidenceWithin is the matches of ms that lie inside the article's byte
// span [from, to), in a new slice (ms is the event's and stays whole).
func evidenceWithin(ms []data.Match, from, to int) []data.Match {
	var in []data.Match
	for _, m := range ms {
		if m.Start >= from && m.End <= to {
			in = append(in, m)
		}
	}
	return in
}

// longerThanRunes reports whether text has more than n runes, reading at
// most n+1 of them: a passage may be a multi-megabyte paragraph quoted on
// each of thousands of events, and counting all its runes each time made
// the report quadratic in the paragraph.
func longerThanRunes(text string, n int) bool {
	if len(text) <= n {
		return false
	}
	count := 0
	for range text {
		if count++; count > n {
			return true
		}
	}
	return false
}
