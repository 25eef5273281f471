package app

import (
	"os/exec"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/caravan-analytics/caravan/data"
)

// testCorpusWithChinese is the test corpus with a Chinese report, a
// Chinese storyline and an event titled and quoted in Chinese.
func testCorpusWithChinese() *data.Corpus {
	c := testCorpus()
	zh := testArticle("zh-fenghui", "zh", data.DayDate(2022, time.September, 16),
		"上海合作组织成员国元首理事会第二十二次会议于9月16日在撒马尔罕举行，习近平出席并发表讲话。",
		"会议发表了撒马尔罕宣言。")
	c.Articles = append(c.Articles, zh)
	c.Storylines = append(c.Storylines, data.Storyline{ID: "fenghui", Title: "上合组织峰会"})
	c.Events = append(c.Events, &data.Event{ID: "zh-summit", Title: "上合组织撒马尔罕峰会举行", Storyline: "fenghui",
		Span: data.Span{Start: data.DayDate(2022, time.September, 16)}, Place: "samarkand",
		Excerpts: []data.Excerpt{quote(zh, 0, "撒马尔罕", "习近平")}})
	return c
}

// noSpace removes white space: pdftotext may put a space between two
// hanzi whose glyphs do not quite touch, which a reader does not see.
func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// The Chinese slide draws its title, storyline and excerpt as text in the
// embedded CJK subset: pdftotext returns the Chinese, pdffonts lists the
// font embedded as a subset with a Unicode map.
func TestDeckPDFDrawsChinese(t *testing.T) {
	c := testCorpusWithChinese()
	pdf := writeTestDeck(t, c)
	page := 0
	for i, e := range c.Events {
		if e.ID == "zh-summit" {
			page = i + 1
		}
	}
	text := noSpace(pageText(t, pdf, page))
	for _, want := range []string{"上合组织峰会", "上合组织撒马尔罕峰会举行", "16Sep2022", "Samarkand",
		noSpace(c.Articles[3].Paragraphs[0].Text)} {
		if !strings.Contains(text, want) {
			t.Errorf("slide %d: %q not extracted:\n%s", page, want, text)
		}
	}
	out, err := exec.Command(requireTool(t, "pdffonts"), pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v: %s", err, out)
	}
	found := false
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) >= 7 && strings.Contains(f[0], "NotoSansCJK") {
			found = true
			if emb, sub, uni := f[len(f)-5], f[len(f)-4], f[len(f)-3]; emb != "yes" || sub != "yes" || uni != "yes" {
				t.Errorf("CJK font: embedded %s, subset %s, unicode map %s", emb, sub, uni)
			}
		}
	}
	if !found {
		t.Errorf("no CJK font in the deck:\n%s", out)
	}
}

// A deck with no Chinese, Japanese or Korean text embeds no CJK font.
func TestDeckPDFWithoutCJKHasNoCJKFont(t *testing.T) {
	pdf := writeTestDeck(t, testCorpus())
	out, err := exec.Command(requireTool(t, "pdffonts"), pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v: %s", err, out)
	}
	if strings.Contains(string(out), "NotoSansCJK") {
		t.Errorf("a deck without CJK text embeds the CJK font:\n%s", out)
	}
}
