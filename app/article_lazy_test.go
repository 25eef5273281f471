package app

import (
	"fyne.io/fyne/v2"

	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// textsFrom is a data.TextSource that gives back whole articles by file,
// as the cache does for a folder reopened unchanged.
type textsFrom map[string]*data.Article

func (s textsFrom) ArticleText(a *data.Article) (*data.Article, error) {
	if full := s[a.File]; full != nil {
		return full, nil
	}
	return nil, data.ErrTextChanged
}

// withoutText is a as a folder reopened from the cache gives it: without
// its text, its paragraphs' texts and its mentions.
func withoutText(a *data.Article, src data.TextSource) *data.Article {
	light := *a
	light.Text, light.Mentions = "", nil
	light.Paragraphs = slices.Clone(a.Paragraphs)
	for i := range light.Paragraphs {
		light.Paragraphs[i].Text = ""
	}
	light.DeferText(src, a.Headline())
	return &light
}

// TestOpenArticleLoadedWithoutItsText opens an article of a corpus
// reopened from the cache: the article tab reads its text then and shows
// every paragraph as a fresh load would; an article whose text cannot be
// read back says so instead of showing empty paragraphs silently.
func TestOpenArticleLoadedWithoutItsText(t *testing.T) {
	full := longArticle("en-long", "en", "The president reached the city on Thursday morning for the regional summit.", 6)
	light := withoutText(full, textsFrom{full.File: full})
	lost := withoutText(longArticle("en-lost", "en", "Leaders met in the capital on Friday.", 3), textsFrom{})
	c := &data.Corpus{Root: "test", Articles: []*data.Article{light, lost}}
	mw := newTestMainWindow(t, c)

	mw.onOpenArticle(data.Excerpt{Article: light.ID, ArticleRef: light, Paragraph: 2})
	var shown []string
	for _, o := range allRows(mw.article.list).(*fyne.Container).Objects {
		for _, p := range paragraphsIn(o) {
			shown = append(shown, p.Text())
		}
	}
	var want []string
	for _, p := range full.Paragraphs {
		want = append(want, p.Text)
	}
	// The paragraphs follow the article's facts (its date is one too).
	if len(shown) < len(want) || !slices.Equal(shown[len(shown)-len(want):], want) {
		t.Errorf("the article tab shows %d paragraphs %.60q…, want %d %.60q…", len(shown), shown, len(want), want)
	}
	if light.Text != full.Text {
		t.Errorf("the article's text was not read in")
	}

	mw.onOpenArticle(data.Excerpt{Article: lost.ID, ArticleRef: lost, Paragraph: 0})
	said := strings.Join(labelTexts(allRows(mw.article.list)), "\n")
	if !strings.Contains(said, "reopen the folder") {
		t.Errorf("an article whose text is lost: the tab says %q", said)
	}
	if err := lost.LoadText(); !errors.Is(err, data.ErrTextChanged) {
		t.Errorf("LoadText of a lost text: %v", err)
	}
}
