package charts

import (
	"bytes"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// rareHan is a hanzi outside the bundled subset (U+9F98, in no national
// standard's common levels): a title with it cannot be drawn.
const rareHan = "龘"

// cjkCorpus has Chinese, Japanese, Korean and mixed titles, a Chinese
// storyline, and a title with a character the subset lacks.
func cjkCorpus() *data.Corpus {
	c := threeStorylines()
	c.Storylines = append(c.Storylines, data.Storyline{ID: "zh", Title: "上海合作组织峰会"})
	c.Events = append(c.Events,
		ev("zh", "zh", "习近平抵达撒马尔罕", day(2022, 9, 14), data.Date{}),
		ev("ja", "zh", "首脳会議が閉幕した", day(2022, 9, 16), data.Date{}),
		ev("ko", "c5", "정상회의 개막", day(2023, 5, 18), data.Date{}),
		ev("mixed", "c5", "Xi 在西安 2023年5月", day(2023, 5, 19), data.Date{}),
		ev("rare", "sco", "Summit "+rareHan+" opens", day(2022, 9, 15), data.Date{}),
	)
	return c
}

// TestCJKLabels lays out and draws a corpus with Chinese, Japanese and
// Korean titles with the three bundled fonts: those titles are kept whole
// (not "Sep 2022 (Chinese)"), drawn as glyphs in the PNG and as the CJK
// font's outlines in the SVG; a title with a character the subset lacks
// keeps its Latin form rather than showing an empty box.
func TestCJKLabels(t *testing.T) {
	c := cjkCorpus()
	latin, err := fontOrDefault(nil)
	if err != nil {
		t.Fatal(err)
	}
	arabic, cjk := arabicFont(t), cjkFont(t)
	face := NewTypeface(latin, arabic, cjk)
	s := Layout(c, Options{Width: 1600, Height: 900, Measure: face.Measure, AllScripts: true, HasGlyphs: face.HasGlyphs})
	labels := map[string]string{}
	for _, m := range s.Marks {
		labels[m.Event.ID] = m.Label
	}
	for id, want := range map[string]string{"zh": "习近平抵达撒马尔罕", "ja": "首脳会議が閉幕した", "ko": "정상회의 개막", "mixed": "Xi 在西安 2023年5月"} {
		if labels[id] != want {
			t.Errorf("event %s labelled %q, want %q", id, labels[id], want)
		}
	}
	if got := labels["rare"]; strings.Contains(got, rareHan) || !strings.HasPrefix(got, "Summit") {
		t.Errorf("a title with %s (not in the subset) labelled %q, want its Latin form", rareHan, got)
	}
	lane := ""
	for _, l := range s.Lanes {
		if l.ID == "zh" {
			lane = l.Title
		}
	}
	if lane != "上海合作组织峰会" {
		t.Errorf("Chinese storyline titled %q", lane)
	}

	o := ImageOptions{Width: 1600, Height: 900, Title: "时间线 Timeline", Legend: true, ArabicFont: arabic, CJKFont: cjk}
	var withCJK, without bytes.Buffer
	if err := RenderTimeline(s, o, &withCJK); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "cjk-labels-timeline.png", withCJK.Bytes())
	// Without the CJK font the same scene's labels fall back to Latin:
	// the pictures must differ, in the pixels of the Chinese labels.
	o.CJKFont = nil
	if err := RenderTimeline(s, o, &without); err != nil {
		t.Fatal(err)
	}
	a, err := png.Decode(bytes.NewReader(withCJK.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	b, err := png.Decode(bytes.NewReader(without.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := differingPixels(a, b); n < 2000 {
		t.Errorf("only %d pixels differ with and without the CJK font: the Han labels were not drawn", n)
	}

	o.CJKFont, o.Format = cjk, FormatSVG
	var svg bytes.Buffer
	if err := RenderTimeline(s, o, &svg); err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(svgTexts(t, svg.Bytes()), "\n")
	for _, want := range []string{"时间线 Timeline", "习近平抵达撒马尔罕", "정상회의 개막", "上海合作组织峰会"} {
		if !strings.Contains(texts, want) {
			t.Errorf("%q is not in the SVG's texts", want)
		}
	}
	// rsvg-convert with no font visible draws the same picture.
	normal, bare := rsvgWithAndWithoutFonts(t, svg.Bytes())
	if differ, ink := sameImages(t, normal, bare); differ > 0 || ink < 2000 {
		t.Errorf("rsvg-convert without fonts: %d pixels differ, %d dark", differ, ink)
	}
	// The label is drawn as nine glyph outlines, one per hanzi.
	run := regexp.MustCompile(`<g aria-label="习近平抵达撒马尔罕"[^>]*>(.*?)</g></g>`).FindStringSubmatch(svg.String())
	if run == nil || strings.Count(run[1], "<use ") != 9 {
		t.Errorf("the Chinese label is not drawn as nine glyphs: %q", run)
	}
}

// The typeface keeps a label whose letters its fonts have and refuses one
// with a letter none of them has.
func TestTypefaceHasGlyphs(t *testing.T) {
	latin, err := fontOrDefault(nil)
	if err != nil {
		t.Fatal(err)
	}
	full := NewTypeface(latin, arabicFont(t), cjkFont(t))
	noCJK := NewTypeface(latin, arabicFont(t), nil)
	for _, tc := range []struct {
		s          string
		full, bare bool
	}{
		{"Astana summit", true, true},
		{"قمة أستانا", true, true},
		{"Саммит", true, true},
		{"峰会开幕", true, false},
		{"ひらがな カタカナ", true, false},
		{"한국어", true, false},
		{"峰会" + rareHan, false, false},
		{"ภาษาไทย", false, false}, // Thai: no font has it
	} {
		if got := full.HasGlyphs(tc.s); got != tc.full {
			t.Errorf("with the CJK font, HasGlyphs(%q) = %v", tc.s, got)
		}
		if got := noCJK.HasGlyphs(tc.s); got != tc.bare {
			t.Errorf("without the CJK font, HasGlyphs(%q) = %v", tc.s, got)
		}
	}
}
