package charts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"strings"
	"testing"
	"unicode"

	"github.com/wcharczuk/go-chart/v2/roboto"

	"github.com/caravan-analytics/caravan/data"
)

// nastyTitle has every character that breaks an unescaped SVG.
const nastyTitle = `Q&A <live> "quoted" 'single'`

// awkward is a corpus whose labels would break go-chart's SVG or come out
// as loose Arabic letters: XML specials, an Arabic title, an Arabic
// storyline, a Cyrillic name.
func awkward() *data.Corpus {
	c := withNamesAndText()
	c.Storylines = append(c.Storylines, data.Storyline{ID: "ar", Title: "قمة شنغهاي <SCO>"})
	c.Events = append(c.Events,
		ev("nasty", "sco", nastyTitle, day(2022, 9, 17), data.Date{}),
		ev("arabic", "ar", "زيارة شي جين بينغ إلى كازاخستان", day(2022, 9, 14), data.Date{}),
		ev("mixed", "ar", "Xi يزور Astana 14 سبتمبر", day(2022, 9, 15), data.Date{}),
		ev("cyrillic", "c5", "Саммит в Сиане", day(2023, 5, 19), data.Date{}),
	)
	c.Names = append(c.Names, &data.Name{ID: "amp", Kind: data.Organisation, English: "Ernst & Young <EY>",
		Spellings: map[string][]string{"en": {"SCO"}}})
	return c
}

// renderCase draws one picture of a corpus.
type renderCase struct {
	name   string
	render func(c *data.Corpus, o ImageOptions, w io.Writer) error
}

var renderers = []renderCase{
	{"timeline", func(c *data.Corpus, o ImageOptions, w io.Writer) error {
		return RenderTimeline(Layout(c, Options{Width: 1200, Height: 800}), o, w)
	}},
	{"coverage", RenderCoverage},
	{"actors", RenderActors},
}

func corporaToDraw() map[string]*data.Corpus {
	return map[string]*data.Corpus{
		"seed-like":   threeStorylines(),
		"awkward":     awkward(),
		"one event":   {Events: []*data.Event{ev("e", "", "One event", day(2022, 9, 16), data.Date{})}},
		"one article": {Articles: []*data.Article{{ID: "a", Language: "nl", Date: day(2022, 9, 16), Paragraphs: para("Xi in Samarkand.")}}},
		"month only":  {Articles: []*data.Article{art("a", "nl", data.MonthDate(2022, 9))}},
		"empty":       {},
	}
}

// svgTexts parses an SVG with encoding/xml and returns its texts: text
// nodes, and the accessible names (aria-label) of the groups that draw
// labels as glyph outlines.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	var root string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			for _, a := range tok.Attr {
				if a.Name.Local == "aria-label" {
					texts = append(texts, a.Value)
				}
			}
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				texts = append(texts, s)
			}
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	return texts
}

func TestSVGIsWellFormedAndLatin(t *testing.T) {
	for name, c := range corporaToDraw() {
		for _, r := range renderers {
			t.Run(name+"/"+r.name, func(t *testing.T) {
				var buf bytes.Buffer
				o := ImageOptions{Format: FormatSVG, Width: 1200, Height: 800, Title: "Kazakhstan & China <2022>",
					SourceLine: SourceLine(c), Legend: true}
				if err := r.render(c, o, &buf); err != nil {
					t.Fatal(err)
				}
				texts := svgTexts(t, buf.Bytes())
				all := strings.Join(texts, "\n")
				for _, s := range texts {
					for _, ch := range s {
						if unicode.Is(unicode.Arabic, ch) || unicode.Is(unicode.Cyrillic, ch) {
							t.Errorf("text %q reaches the chart with %q", s, ch)
						}
					}
				}
				if !strings.Contains(all, "Kazakhstan & China <2022>") {
					t.Errorf("title missing from the texts: %q", texts)
				}
				if name == "awkward" && r.name == "timeline" {
					for _, want := range []string{nastyTitle, "Sammit v Siane", "Xi Astana 14"} {
						if !strings.Contains(all, want) {
							t.Errorf("label %q missing from the texts: %q", want, texts)
						}
					}
				}
			})
		}
	}
}

func TestPNGDecodesAtItsSize(t *testing.T) {
	for name, c := range corporaToDraw() {
		for _, r := range renderers {
			t.Run(name+"/"+r.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := r.render(c, ImageOptions{Width: 640, Height: 400, Legend: true}, &buf); err != nil {
					t.Fatal(err)
				}
				img, err := png.Decode(&buf)
				if err != nil {
					t.Fatal(err)
				}
				if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 400 {
					t.Errorf("image is %v, want 640×400", b)
				}
			})
		}
	}
}

func TestRenderRejectsBadInput(t *testing.T) {
	c := threeStorylines()
	s := Layout(c, Options{Width: 800, Height: 600})
	tests := []struct {
		name string
		err  error
	}{
		{"timeline, unknown format", RenderTimeline(s, ImageOptions{Format: "gif"}, io.Discard)},
		{"timeline, no scene", RenderTimeline(nil, ImageOptions{}, io.Discard)},
		{"coverage, unknown format", RenderCoverage(c, ImageOptions{Format: "jpeg"}, io.Discard)},
		{"coverage, no corpus", RenderCoverage(nil, ImageOptions{}, io.Discard)},
		{"actors, no corpus", RenderActors(nil, ImageOptions{}, io.Discard)},
		{"font, not a font", func() error { _, err := ParseFont([]byte("not a font")); return err }()},
	}
	for _, tc := range tests {
		if tc.err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestRenderReportsWriteErrors(t *testing.T) {
	c := threeStorylines()
	for _, format := range []string{FormatPNG, FormatSVG} {
		for _, r := range renderers {
			err := r.render(c, ImageOptions{Format: format, Width: 300, Height: 200}, failingWriter{})
			if !errors.Is(err, errDiskFull) {
				t.Errorf("%s %s: error %v, want it to wrap %v", r.name, format, err, errDiskFull)
			}
		}
	}
}

func TestParseFont(t *testing.T) {
	f, err := ParseFont(roboto.Roboto)
	if err != nil {
		t.Fatal(err)
	}
	measure := TextMeasurer(f)
	if w, narrow := measure("Samarkand", 20), measure("Samarkand", 10); w <= narrow || narrow <= 0 {
		t.Errorf("Samarkand measures %v at 20 px and %v at 10 px", w, narrow)
	}
	if _, err := ParseFont(roboto.Roboto[:100]); err == nil {
		t.Error("a truncated font parsed")
	}
}

func TestImageSize(t *testing.T) {
	s := Layout(threeStorylines(), Options{Width: 1000, Height: 500})
	tests := []struct {
		o    ImageOptions
		scn  *Scene
		w, h int
	}{
		{ImageOptions{Width: 3840, Height: 2160}, s, 3840, 2160},
		{ImageOptions{}, s, 1000, 500},
		{ImageOptions{}, &Scene{Scale: s.Scale}, 1920, 1080},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := RenderTimeline(tc.scn, tc.o, &buf); err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Width != tc.w || cfg.Height != tc.h {
			t.Errorf("options %+v: %d×%d, want %d×%d", tc.o, cfg.Width, cfg.Height, tc.w, tc.h)
		}
	}
}

func TestSourceLine(t *testing.T) {
	tests := []struct {
		c    *data.Corpus
		want string
	}{
		{threeStorylines(), "6 articles — nl 2, de 1, ar 3"},
		{&data.Corpus{Articles: []*data.Article{art("a", "de", data.Date{})}}, "1 article — de 1"},
		{&data.Corpus{Articles: []*data.Article{art("a", "", data.Date{}), art("b", "fr", data.Date{})}}, "2 articles — unknown 1, fr 1"},
		{&data.Corpus{}, "0 articles"},
		{nil, "0 articles"},
	}
	for _, tc := range tests {
		if got := SourceLine(tc.c); got != tc.want {
			t.Errorf("SourceLine = %q, want %q", got, tc.want)
		}
	}
}
