package textnorm

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/seeds"
)

// seedArticle is a shipped article's name and text: what these tests read
// of it.
type seedArticle struct{ ID, Text string }

// seedArticles reads the shipped articles' texts whole, as package data's
// tests read them.
func seedArticles(tb testing.TB) []seedArticle {
	tb.Helper()
	files, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out []seedArticle
	for _, f := range files {
		b, err := fs.ReadFile(seeds.FS, f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, seedArticle{strings.TrimSuffix(path.Base(f), ".txt"), string(b)})
	}
	return out
}
