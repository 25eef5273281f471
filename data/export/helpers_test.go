package export

import (
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// The tests of package data have these two helpers too; a package's test
// helpers are not visible from another package's tests.

// shippedCurated loads the event catalogue and name lists shipped in
// seeds/, failing tb when they do not load.
func shippedCurated(tb testing.TB) data.Curated {
	tb.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return cur
}

// newTestArticle is an article of the given language whose paragraphs
// are the non-empty lines of text, a repeated line counted once more.
func newTestArticle(id, lang, text string) *data.Article {
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
