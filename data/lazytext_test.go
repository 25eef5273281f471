package data

import (
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

// countingTexts gives back whole articles by file and counts the asks.
type countingTexts struct {
	full  map[string]*Article
	asked atomic.Int64
}

func (s *countingTexts) ArticleText(a *Article) (*Article, error) {
	s.asked.Add(1)
	if f := s.full[a.File]; f != nil {
		return f, nil
	}
	return nil, ErrTextChanged
}

// deferred is a as a corpus reopened from the cache holds it.
func deferred(a *Article, src TextSource) *Article {
	light := *a
	light.Text, light.Mentions = "", nil
	light.Paragraphs = slices.Clone(a.Paragraphs)
	for i := range light.Paragraphs {
		light.Paragraphs[i].Text = ""
	}
	light.DeferText(src, a.Headline())
	return &light
}

// TestLoadTextOnceAndWhole reads the texts of articles loaded without them
// from many goroutines at once: each is asked of the source once, comes
// back whole, and a second pass asks nothing; the headline is there before.
func TestLoadTextOnceAndWhole(t *testing.T) {
	src := &countingTexts{full: map[string]*Article{}}
	var articles, fulls []*Article
	for _, text := range []string{"Top in Samarkand\n\nXi en Poetin ontmoeten elkaar.", "Wahl in Astana\n\nDie Kasachen wählen am Sonntag.\n\nDas Ergebnis kommt Montag."} {
		full, _, err := parseArticle("a"+string(rune('0'+len(fulls)))+".txt", []byte(text), false)
		if err != nil {
			t.Fatal(err)
		}
		src.full[full.File] = full
		fulls = append(fulls, full)
		articles = append(articles, deferred(full, src))
	}
	for i, a := range articles {
		if a.Headline() != fulls[i].Headline() || a.Text != "" {
			t.Fatalf("before LoadText: headline %q text %q", a.Headline(), a.Text)
		}
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, a := range articles {
				if err := a.LoadText(); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if n := src.asked.Load(); n != int64(len(articles)) {
		t.Errorf("the source was asked %d times for %d articles", n, len(articles))
	}
	for i, a := range articles {
		if a.Text != fulls[i].Text || a.Body() != fulls[i].Body() || !slices.Equal(a.Paragraphs, fulls[i].Paragraphs) {
			t.Errorf("%s: not whole after LoadText", a.File)
		}
	}
	if err := LoadTexts(articles, nil); err != nil || src.asked.Load() != int64(len(articles)) {
		t.Errorf("LoadTexts again: %v, %d asks", err, src.asked.Load())
	}

	lost := deferred(fulls[0], &countingTexts{})
	if err := LoadTexts([]*Article{lost}, nil); !errors.Is(err, ErrTextChanged) || lost.Text != "" || lost.Body() != "" {
		t.Errorf("a lost text: %v, text %q", err, lost.Text)
	}
}
