// Package datatest holds the test helpers that the tests of the packages
// around data share: the shipped knowledge and seed articles, an article
// made from lines of text, and the promises every article's paragraphs
// keep. Only tests import it.
//
// Package data's own (internal) tests keep their copies: they cannot
// import a package that imports data.
package datatest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// ShippedCurated loads the event catalogue and name lists shipped in
// seeds/, failing tb when they do not load.
func ShippedCurated(tb testing.TB) data.Curated {
	tb.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return cur
}

// BuildShipped builds the shipped seed articles with cur, as the app does
// at start, failing tb when the build fails.
func BuildShipped(tb testing.TB, cur data.Curated) *data.Corpus {
	tb.Helper()
	c, err := data.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Article is an article of the given language whose paragraphs are the
// non-empty lines of text, a repeated line counted once more.
func Article(id, lang, text string) *data.Article {
	a := &data.Article{ID: id, File: id + ".txt", Text: text, Language: lang, Encoding: "utf-8"}
	seen := map[string]int{}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			if k, ok := seen[trimmed]; ok {
				a.Paragraphs[k].Count++
			} else {
				s := start + strings.Index(line, trimmed)
				seen[trimmed] = len(a.Paragraphs)
				a.Paragraphs = append(a.Paragraphs, data.Paragraph{Start: s, End: s + len(trimmed), Text: trimmed, Count: 1})
			}
		}
		start = end + 1
	}
	return a
}

// CheckParagraphSpans asserts what every article promises about its
// paragraphs, whatever the input.
func CheckParagraphSpans(t *testing.T, a *data.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	if a.BodyStart < 0 || a.BodyStart > len(a.Text) {
		t.Fatalf("BodyStart %d outside the text (%d bytes)", a.BodyStart, len(a.Text))
	}
	end := a.BodyStart
	for i, p := range a.Paragraphs {
		switch {
		case p.Start < end || p.End <= p.Start || p.End > len(a.Text):
			t.Fatalf("paragraph %d span [%d,%d) out of order or range (previous end %d, text %d bytes)", i, p.Start, p.End, end, len(a.Text))
		case a.Text[p.Start:p.End] != p.Text:
			t.Errorf("paragraph %d: Text[%d:%d] = %q, Paragraph.Text = %q", i, p.Start, p.End, a.Text[p.Start:p.End], p.Text)
		case strings.TrimSpace(p.Text) != p.Text:
			t.Errorf("paragraph %d %q is not trimmed", i, p.Text)
		case p.Count < 1:
			t.Errorf("paragraph %d has Count %d", i, p.Count)
		}
		end = p.End
	}
}
