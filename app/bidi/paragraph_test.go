package bidi

import (
	"image/color"
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/caravan-analytics/caravan/seeds"
)

// Short paragraphs written for these tests.
const (
	arabicMixed = "وصل شي إلى سمرقند يوم 15 سبتمبر لحضور قمة منظمة شنغهاي للتعاون (SCO) بعد جائحة COVID-19."
	dutchPlain  = "Xi Jinping bezocht op 15 september de top van de SSO in Samarkand."
)

// sized returns p laid out at width, as tall as it asks to be.
func sized(p *Paragraph, width float32) *Paragraph {
	p.Resize(fyne.NewSize(width, 1))
	p.Resize(fyne.NewSize(width, p.MinSize().Height))
	return p
}

// spanOf returns the span of the first occurrence of word in text.
func spanOf(text, word string) Span {
	i := strings.Index(text, word)
	return Span{Start: i, End: i + len(word)}
}

func TestParagraphRendering(t *testing.T) {
	tests := []struct {
		golden     string
		text       string
		rtl        bool
		width      float32
		highlights []string
	}{
		// "شنغهاي للتعاون (SCO)" wraps and changes direction: its highlight
		// falls into several pieces.
		{"arabic_highlight", arabicMixed, true, 300, []string{"15 سبتمبر", "شنغهاي للتعاون (SCO)"}},
		{"dutch_highlight", dutchPlain, false, 300, []string{"15 september", "SSO in Samarkand"}},
	}
	for _, tc := range tests {
		t.Run(tc.golden, func(t *testing.T) {
			test.NewTempApp(t)
			p := NewParagraph(tc.text, tc.rtl)
			var spans []Span
			for _, h := range tc.highlights {
				spans = append(spans, spanOf(tc.text, h))
			}
			p.SetHighlights(spans)
			sized(p, tc.width)
			test.AssertObjectRendersToMarkup(t, tc.golden+".xml", p)
			test.AssertObjectRendersToImage(t, tc.golden+".png", p)
		})
	}
}

// TestParagraphMatchesChromium renders every paragraph of the Arabic seed
// articles that mixes in digits, Latin letters, quotes or brackets — the
// paragraphs of ../../../shared/reference/rtl-mixed.html — the way that
// page shows them: 16 px text in boxes 560 px wide with 6 px padding and a
// 1 px border, so 546 px of text. Compare the golden with
// rtl-mixed-chromium.png: the same lines, the same order inside each line.
func TestParagraphMatchesChromium(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, theme.LightTheme())
	const textWidth, gap = 546, 8
	var objects []fyne.CanvasObject
	y := float32(0)
	for _, text := range mixedArabicSeedParagraphs(t) {
		p := NewParagraph(text, true)
		p.SetTextSize(16)
		padding := p.Theme().Size(theme.SizeNameInnerPadding)
		sized(p, textWidth+2*padding)
		p.Move(fyne.NewPos(gap, y+gap))
		border := canvas.NewRectangle(color.Transparent)
		border.StrokeColor = color.NRGBA{R: 0xdd, G: 0xdd, B: 0xdd, A: 0xff}
		border.StrokeWidth = 1
		border.Move(p.Position())
		border.Resize(p.Size())
		objects = append(objects, border, p)
		y += p.Size().Height + gap
	}
	size := fyne.NewSize(textWidth+32+2*gap, y+gap)
	background := canvas.NewRectangle(color.White)
	background.Resize(size)
	page := container.NewWithoutLayout(append([]fyne.CanvasObject{background}, objects...)...)
	page.Resize(size)

	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(page)
	c.Resize(size)
	test.AssertImageMatches(t, "rtl-mixed-546.png", c.Capture())
}

// mixedArabicSeedParagraphs returns the lines of the right-to-left seed
// articles that hold a digit, a Latin letter, a quotation mark or a
// bracket, in file order.
func mixedArabicSeedParagraphs(t *testing.T) []string {
	t.Helper()
	files, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	mixed := func(r rune) bool {
		return unicode.IsDigit(r) && r < 0x80 || unicode.Is(unicode.Latin, r) ||
			unicode.In(r, unicode.Quotation_Mark, unicode.Ps, unicode.Pe)
	}
	var paras []string
	for _, f := range files {
		b, err := fs.ReadFile(seeds.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		if !DetectRTL(string(b)) {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); strings.ContainsFunc(line, mixed) {
				paras = append(paras, line)
			}
		}
	}
	if len(paras) == 0 {
		t.Fatal("no mixed Arabic paragraphs in the seeds")
	}
	t.Logf("%d mixed Arabic paragraphs (the reference page has 21)", len(paras))
	return paras
}

func TestParagraphMinSizeFollowsWidth(t *testing.T) {
	test.NewTempApp(t)
	p := NewParagraph(arabicMixed, true)
	wide := sized(p, 800).MinSize()
	narrow := sized(p, 200).MinSize()
	if narrow.Height <= wide.Height {
		t.Errorf("min height %v at 200 px, not more than %v at 800 px", narrow.Height, wide.Height)
	}
	if narrow.Width > 50 {
		t.Errorf("min width %v: a wrapping paragraph should let its container narrow it", narrow.Width)
	}
}

func TestParagraphSetters(t *testing.T) {
	test.NewTempApp(t)
	p := sized(NewParagraph(arabicMixed, true), 400)
	p.SetHighlights([]Span{spanOf(arabicMixed, "SCO")})
	if n := countRectangles(p); n != 1 {
		t.Fatalf("%d highlight rectangles, want 1", n)
	}
	p.SetText(dutchPlain)
	if n := countRectangles(p); n != 0 {
		t.Errorf("SetText left %d highlight rectangles; the old offsets mean nothing now", n)
	}
	if p.Text() != dutchPlain {
		t.Errorf("Text() = %q", p.Text())
	}

	before := p.MinSize().Height
	p.SetTextSize(2 * theme.TextSize())
	if after := p.MinSize().Height; after <= before {
		t.Errorf("min height %v after doubling the text size, was %v", after, before)
	}
}

func TestParagraphRereadsThemeColours(t *testing.T) {
	test.NewTempApp(t)
	p := sized(NewParagraph(arabicMixed, true), 400)
	test.NewTempWindow(t, p) // themes are applied to what windows show
	for _, th := range []fyne.Theme{theme.LightTheme(), theme.DarkTheme()} {
		test.ApplyTheme(t, th)
		want := th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
		for _, o := range test.WidgetRenderer(p).Objects() {
			if text, ok := o.(*canvas.Text); ok && text.Color != want {
				t.Fatalf("%q drawn in %v, want the theme foreground %v", text.Text, text.Color, want)
			}
		}
	}
}

func TestParagraphTapped(t *testing.T) {
	test.NewTempApp(t)
	text := "سلام world"
	p := sized(NewParagraph(text, true), 300)
	got := -2
	p.OnTapped = func(offset int) { got = offset }

	var world, salam *canvas.Text
	for _, o := range test.WidgetRenderer(p).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			switch strings.TrimSpace(txt.Text) {
			case "world":
				world = txt
			case "سلام":
				salam = txt
			}
		}
	}
	if world == nil || salam == nil {
		t.Fatal("the paragraph does not draw the two words as pieces")
	}
	if world.Position().X >= salam.Position().X {
		t.Errorf("world at x=%v, not left of سلام at x=%v", world.Position().X, salam.Position().X)
	}
	tests := []struct {
		name string
		at   fyne.Position
		want int
	}{
		{"first letter is at the right", salam.Position().AddXY(salam.Size().Width-1, 5), 0},
		{"latin word", world.Position().AddXY(1, 5), strings.Index(text, "world")},
		{"below the text", fyne.NewPos(150, p.Size().Height-1), -1},
	}
	for _, tc := range tests {
		test.TapAt(p, tc.at)
		if got != tc.want {
			t.Errorf("%s: tap at %v gave offset %d, want %d", tc.name, tc.at, got, tc.want)
		}
	}
}

// countRectangles counts the highlight rectangles the paragraph draws.
func countRectangles(p *Paragraph) int {
	n := 0
	for _, o := range test.WidgetRenderer(p).Objects() {
		if _, ok := o.(*canvas.Rectangle); ok {
			n++
		}
	}
	return n
}

// BenchmarkLayout lays out the Arabic seed articles as one long paragraph
// (about 1,100 words, 12 KB) at 560 px, with a measure that costs nothing,
// so the figure is the bidi and line-breaking work alone.
func BenchmarkLayout(b *testing.B) {
	text := longArabicParagraph(b)
	measure := func(s string) float32 { return 8 * float32(len([]rune(s))) }
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Layout(text, true, 560, measure)
	}
}

// BenchmarkLayoutFyneMeasure is BenchmarkLayout measuring with Fyne's text
// shaper, as the widget does (Fyne caches measurements by string).
func BenchmarkLayoutFyneMeasure(b *testing.B) {
	test.NewTempApp(b)
	text := longArabicParagraph(b)
	m := NewParagraph(text, true).metrics()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Layout(text, true, 560, m.measure)
	}
}

// longArabicParagraph joins the lines of the right-to-left seed articles.
func longArabicParagraph(b *testing.B) string {
	b.Helper()
	files, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		b.Fatal(err)
	}
	var parts []string
	for _, f := range files {
		data, err := fs.ReadFile(seeds.FS, f)
		if err != nil {
			b.Fatal(err)
		}
		if DetectRTL(string(data)) {
			parts = append(parts, strings.Fields(string(data))...)
		}
	}
	return strings.Join(parts, " ")
}

// TestParagraphSingleLine: in single-line mode a long paragraph keeps to
// one line, cut with an ellipsis at its logical end — drawn on the left
// of a right-to-left line — and its first words stay where a reader
// starts: on the right.
func TestParagraphSingleLine(t *testing.T) {
	test.NewTempApp(t)
	text := "التقى الرئيس توكاييف مع الرئيس شي في نور سلطان وبحثا التعاون في مجال الطاقة والنقل والتجارة بين البلدين"
	p := NewParagraph(text, true)
	p.SetSingleLine(true)
	p.Resize(fyne.NewSize(220, p.MinSize().Height))
	p.Resize(fyne.NewSize(220, p.MinSize().Height)) // settle the height
	var pieces []*canvas.Text
	for _, o := range test.WidgetRenderer(p).Objects() {
		if c, ok := o.(*canvas.Text); ok {
			pieces = append(pieces, c)
		}
	}
	if len(pieces) == 0 {
		t.Fatal("nothing drawn")
	}
	top := pieces[0].Position().Y
	var ellipsis, first *canvas.Text
	for _, c := range pieces {
		if d := c.Position().Y - top; d > theme.TextSize() || -d > theme.TextSize() {
			t.Fatalf("a second line at y=%v (the first at %v)", c.Position().Y, top)
		}
		if strings.Contains(c.Text, "…") {
			ellipsis = c
		}
		if strings.Contains(c.Text, "التقى") {
			first = c
		}
	}
	if ellipsis == nil || first == nil {
		t.Fatalf("ellipsis %v, first word %v in %d pieces", ellipsis != nil, first != nil, len(pieces))
	}
	if ellipsis.Position().X >= first.Position().X {
		t.Errorf("the ellipsis (x=%v) is not left of the first word (x=%v)", ellipsis.Position().X, first.Position().X)
	}
	if h := p.MinSize().Height; h > 2*theme.TextSize()+2*theme.InnerPadding() {
		t.Errorf("one line is %v high", h)
	}
	p.SetSingleLine(false)
	if h := p.MinSize().Height; h <= 2*theme.TextSize()+2*theme.InnerPadding() {
		t.Errorf("wrapped, the paragraph is still one line (%v high)", h)
	}
}
