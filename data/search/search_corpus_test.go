package search

import (
	"io/fs"
	"path"
	"strings"
	"testing"
	"unicode"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/seeds"
)

// seedArticles reads the shipped articles with newTestArticle. Arabic is
// recognised by its script; the other languages are left unknown, since
// these tests do not depend on them.
func seedArticles(tb testing.TB) []*data.Article {
	tb.Helper()
	files, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out []*data.Article
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
		out = append(out, datatest.Article(strings.TrimSuffix(path.Base(f), ".txt"), lang, text))
	}
	return out
}
