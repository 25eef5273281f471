package charts

import (
	"bytes"
	"image/color"
	"image/png"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// TestLanguageColorIsStable checks that each language has one colour, that
// distinct known languages differ, and that unknown ones fall back to grey.
func TestLanguageColorIsStable(t *testing.T) {
	cases := []struct {
		lang  string
		known bool
	}{
		{"nl", true}, {"de", true}, {"ar", true}, {"en", true},
		{"fr", true}, {"ru", true}, {"xx", false}, {"", false},
	}
	seen := map[color.RGBA]string{}
	for _, tc := range cases {
		c := LanguageColor(tc.lang)
		if again := LanguageColor(tc.lang); again != c {
			t.Errorf("LanguageColor(%q) = %v, then %v", tc.lang, c, again)
		}
		if !tc.known {
			if c != otherLanguageColor {
				t.Errorf("LanguageColor(%q) = %v, want the fallback grey %v", tc.lang, c, otherLanguageColor)
			}
			continue
		}
		if c == otherLanguageColor {
			t.Errorf("LanguageColor(%q) is the fallback grey", tc.lang)
		}
		if other, dup := seen[c]; dup {
			t.Errorf("LanguageColor(%q) = LanguageColor(%q) = %v", tc.lang, other, c)
		}
		seen[c] = tc.lang
	}
}

// TestCoverageColourIgnoresLanguageOrder renders the coverage chart of the
// same three articles in several orders of their languages and checks that
// the Arabic bar is painted in the Arabic colour, as many pixels of it each
// time, whichever position the language takes in the corpus.
func TestCoverageColourIgnoresLanguageOrder(t *testing.T) {
	article := func(lang string, month time.Month) *data.Article {
		return &data.Article{
			ID:       "a-" + lang,
			Language: lang,
			Date:     data.DayDate(2024, month, 10),
		}
	}
	orders := [][]string{
		{"ar", "nl", "de"}, {"nl", "ar", "de"}, {"nl", "de", "ar"}, {"de", "nl", "ar"},
	}
	want := LanguageColor("ar")
	for _, lang := range []string{"nl", "de"} {
		if LanguageColor(lang) == want {
			t.Fatalf("test needs distinct colours, %q shares Arabic's", lang)
		}
	}
	first := -1
	for _, order := range orders {
		c := &data.Corpus{}
		for _, lang := range order {
			// Each language gets a month of its own, so Arabic always
			// stands alone in March.
			month := map[string]time.Month{"nl": time.January, "de": time.February, "ar": time.March}[lang]
			c.Articles = append(c.Articles, article(lang, month))
		}
		got := countColour(t, c, want)
		switch {
		case got == 0:
			t.Errorf("order %v: no pixel of the Arabic colour %v in the coverage chart", order, want)
		case first < 0:
			first = got
		case got != first:
			t.Errorf("order %v: %d pixels of the Arabic colour, want %d as in order %v", order, got, first, orders[0])
		}
	}
}

// countColour renders c's coverage chart as a PNG and counts the pixels of
// exactly colour want.
func countColour(t *testing.T, c *data.Corpus, want color.RGBA) int {
	t.Helper()
	var buf bytes.Buffer
	if err := RenderCoverage(c, ImageOptions{Width: 640, Height: 360}, &buf); err != nil {
		t.Fatalf("RenderCoverage: %v", err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("decoding the PNG: %v", err)
	}
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) == want {
				n++
			}
		}
	}
	return n
}
