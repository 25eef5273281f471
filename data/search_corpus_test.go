package data

import (
	"io/fs"
	"path"
	"strings"
	"testing"
	"unicode"

	"github.com/caravan-analytics/caravan/seeds"
)

// newTestArticle builds an article the way the loader would, without
// depending on it: the paragraphs are the non-blank lines of text, repeats
// collapsed. The language is given, as the tests decide it.
func newTestArticle(id, lang, text string) *Article {
	a := &Article{ID: id, File: id + ".txt", Text: text, Language: lang, Encoding: "utf-8"}
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
				a.Paragraphs = append(a.Paragraphs, Paragraph{Start: s, End: s + len(trimmed), Text: trimmed, Count: 1})
			}
		}
		start = end + 1
	}
	return a
}

// seedArticles reads the shipped articles with newTestArticle. Arabic is
// recognised by its script; the other languages are left unknown, since
// these tests do not depend on them.
func seedArticles(tb testing.TB) []*Article {
	tb.Helper()
	files, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out []*Article
	for _, f := range files {
		b, err := fs.ReadFile(seeds.FS, f)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(b)
		lang := ""
		if strings.IndexFunc(text, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) >= 0 {
			lang = "ar"
		}
		out = append(out, newTestArticle(strings.TrimSuffix(path.Base(f), ".txt"), lang, text))
	}
	return out
}
