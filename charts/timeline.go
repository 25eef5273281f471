package charts

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"
	"time"

	"github.com/golang/freetype/truetype"

	"github.com/caravan-analytics/caravan/data"
)

// ImageOptions say how to draw an image.
type ImageOptions struct {
	Format        string // FormatPNG (the default) or FormatSVG
	Width, Height int    // pixels; zero takes the scene's size, or 1920×1080
	Title         string
	Subtitle      string // e.g. the date range; empty takes the scene's (Scene.DateRange)
	SourceLine    string // e.g. "5 articles — nl 2, de 1, ar 2" (see SourceLine)
	Legend        bool
	Font          *truetype.Font // nil uses go-chart's default font; pass Fyne's to match the window
	// ArabicFont, when set, draws Arabic labels shaped and right to left
	// beside Font, and labels keep every script; nil makes labels Latin.
	ArabicFont *truetype.Font
	// CJKFont, with ArabicFont, draws Chinese, Japanese and Korean letters;
	// a label with a letter it lacks (or any, when nil) keeps its Latin form.
	CJKFont *truetype.Font
}

// Size is an image size in pixels.
type Size struct{ Width, Height int }

// Preset is a named image size offered for export.
type Preset struct {
	Name string
	Size
}

// Presets are the usual export sizes; any other size works too.
var Presets = []Preset{
	{Name: "1920×1080 (Full HD)", Size: Size{1920, 1080}},
	{Name: "3840×2160 (4K)", Size: Size{3840, 2160}},
}

// size returns the image size: the options', else the scene's, else Full HD.
func (o ImageOptions) size(sceneW, sceneH float64) (int, int) {
	if o.Width > 0 && o.Height > 0 {
		return o.Width, o.Height
	}
	if sceneW >= 1 && sceneH >= 1 {
		return int(math.Round(sceneW)), int(math.Round(sceneH))
	}
	return Presets[0].Width, Presets[0].Height
}

// imageFontSize scales label text with the image: 14 px at 1920×1080.
func imageFontSize(w, h int) float64 {
	return math.Round(14 * math.Max(0.75, math.Min(float64(w)/1920, float64(h)/1080)))
}

// Colours of the pictures. Lanes take the palette in order; the "Other"
// lane is grey.
var (
	lanePalette = []color.RGBA{
		{0x1f, 0x77, 0xb4, 0xff}, {0xd6, 0x27, 0x28, 0xff}, {0x2c, 0xa0, 0x2c, 0xff},
		{0x94, 0x67, 0xbd, 0xff}, {0xe0, 0x7b, 0x0e, 0xff}, {0x8c, 0x56, 0x4b, 0xff},
		{0xd6, 0x5d, 0xb1, 0xff}, {0x17, 0xa2, 0xb8, 0xff},
	}
	otherLaneColor  = color.RGBA{0x70, 0x70, 0x70, 0xff}
	backgroundColor = color.RGBA{0xff, 0xff, 0xff, 0xff}
	stripeColor     = color.RGBA{0xf4, 0xf5, 0xf7, 0xff}
	inkColor        = color.RGBA{0x22, 0x22, 0x22, 0xff}
	mutedInkColor   = color.RGBA{0x66, 0x66, 0x66, 0xff}
	faintInkColor   = color.RGBA{0xb0, 0xb0, 0xb0, 0xff}
	breakColor      = color.RGBA{0xe6, 0xe6, 0xe6, 0xff}
	highlightColor  = color.RGBA{0xf2, 0xa9, 0x00, 0xff}
	selectedColor   = color.RGBA{0x00, 0x00, 0x00, 0xff}
	// articleColor is the neutral ink of the legend's article shapes; the
	// marks themselves take their language's colour.
	articleColor = color.RGBA{0x45, 0x4f, 0x5c, 0xff}
)

// languagePalette gives each language its one colour, keyed by ISO 639-1
// code: the window's badges and article marks, the image's article marks and
// the coverage chart's bars all take it, so a language looks the same
// everywhere and in every corpus. The colours share one lightness (OKLCH
// L 0.55, relative luminance 0.15–0.18) at distinct hues, so each stands
// out at least 3:1 from a white page and from a dark theme's ground alike,
// and the badges' white letters read at 4.5:1 (palette_test.go measures
// it); the old dark grey of German nearly vanished on a dark ground.
var languagePalette = map[string]color.RGBA{
	"nl": {0xac, 0x57, 0x01, 0xff}, // orange
	"de": {0xaf, 0x43, 0x87, 0xff}, // magenta
	"ar": {0x05, 0x89, 0x3e, 0xff}, // green
	"en": {0x21, 0x71, 0xcc, 0xff}, // blue
	"fr": {0x7a, 0x59, 0xc3, 0xff}, // violet
	"ru": {0xbd, 0x42, 0x3a, 0xff}, // red
	"zh": {0x0a, 0x82, 0x82, 0xff}, // teal
}

// otherLanguageColor is the colour of a language outside the palette, and of
// an article whose language is unknown.
var otherLanguageColor = color.RGBA{0x75, 0x75, 0x75, 0xff}

// LanguageColor returns the colour of a language (an ISO 639-1 code),
// grey for a language outside the palette. It depends on the language alone,
// never on its place in a corpus.
func LanguageColor(lang string) color.RGBA {
	if c, ok := languagePalette[lang]; ok {
		return c
	}
	return otherLanguageColor
}

// LaneColor returns the colour of a scene's lane. It is the one palette of
// lanes: images paint with it, and the window takes its lane colours from it
// (through LaneColorOnDark on a dark theme), so an export shows the colours
// the analyst saw. The "other" lane is grey in both.
func LaneColor(s *Scene, lane int) color.RGBA {
	if lane < 0 || lane >= len(s.Lanes) || s.Lanes[lane].ID == OtherLane || s.Lanes[lane].ID == MoreLanes {
		return otherLaneColor
	}
	return lanePalette[lane%len(lanePalette)]
}

// darkGroundLift is how far LaneColorOnDark mixes a lane colour with white.
// The palette is tuned for a white page; on a dark ground its darker entries
// (blue, brown, the grey of the other lane) lose contrast, and a fixed mix
// lifts them all alike, keeping each hue and the order.
const darkGroundLift = 0.3

// LaneColorOnDark is LaneColor for a dark background: the same hue, lighter
// by a fixed mix with white, never a different colour.
func LaneColorOnDark(s *Scene, lane int) color.RGBA {
	return fade(LaneColor(s, lane), darkGroundLift)
}

// Point is a position in scene coordinates.
type Point struct{ X, Y float64 }

// ContinuationChevron is the geometry of the cue that a mark goes on beyond
// the view: a chevron just outside the plot edge at x, pointing away from the
// plot (dir -1 left, +1 right), as tall as the mark (halfHeight above and
// below y). The points are back-top, tip, back-bottom; every painter strokes
// them as one polyline, so the window, the slides and the images agree.
func ContinuationChevron(x, y, halfHeight, dir float64) [3]Point {
	const gap, depth = 2.0, 5.0 // both fit in the plot's side padding
	back, tip := x+dir*gap, x+dir*(gap+depth)
	return [3]Point{{back, y - halfHeight}, {tip, y}, {back, y + halfHeight}}
}

// fade mixes c with white: amount 0 keeps c, 1 gives white.
func fade(c color.RGBA, amount float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(math.Round(float64(v) + (255-float64(v))*amount)) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

// DateRange returns the dates the scene's marks and articles cover, for
// people, at the precision known: "1989 – 19 May 2023"; "" for an empty
// scene. A scene laid out for a chosen range (Options.From/To) says that
// range instead: the marks may begin years before it.
func (s *Scene) DateRange() string {
	if !s.opts.From.IsZero() && !s.opts.To.IsZero() {
		from := data.DateOf(s.opts.From)
		to := data.DateOf(s.opts.To.Add(-time.Nanosecond))
		if from == to {
			return from.Human()
		}
		return from.Human() + " – " + to.Human()
	}
	var first, last data.Date
	take := func(from, to data.Date) {
		if first.IsZero() || from.Before(first) {
			first = from
		}
		if last.IsZero() || last.End().Before(to.End()) {
			last = to
		}
	}
	for _, m := range s.Marks {
		take(m.Event.Span.Start, m.Event.Span.Last())
	}
	for _, c := range s.Clusters {
		for _, e := range c.Events {
			take(e.Span.Start, e.Span.Last())
		}
	}
	for _, a := range s.Articles {
		take(a.Article.Date, a.Article.Date)
	}
	// The band stands for the articles it replaced: its first and last
	// bins hold the earliest and latest.
	if n := len(s.ArticleBins); n > 0 {
		for _, a := range append(slices.Clip(s.ArticleBins[0].Articles), s.ArticleBins[n-1].Articles...) {
			take(a.Date, a.Date)
		}
	}
	switch {
	case first.IsZero():
		return ""
	case first == last:
		return first.Human()
	}
	return first.Human() + " – " + last.Human()
}

// RenderTimeline draws the scene as a PNG or SVG image: the title and date
// range on top, the scene laid out again at the image's size (same range,
// filters and selection), and the legend and source line below. With
// o.ArabicFont, labels keep every script the fonts have, Arabic shaped and
// right to left, Han, kana and hangul in o.CJKFont (see typeface);
// without, they are made Latin (latinText).
func RenderTimeline(s *Scene, o ImageOptions, w io.Writer) error {
	if s == nil {
		return errors.New("rendering the timeline: no scene")
	}
	provider, err := rendererFor(o.Format)
	if err != nil {
		return fmt.Errorf("rendering the timeline: %w", err)
	}
	f, err := fontOrDefault(o.Font)
	if err != nil {
		return err
	}
	width, height := o.size(s.Width, s.Height)
	fs := imageFontSize(width, height)
	face := newTypeface(f, o.ArabicFont, o.CJKFont)
	measure := face.measure
	if o.Subtitle == "" {
		o.Subtitle = s.DateRange()
	}

	head := newHeader(o, fs, face.scripts())
	scene := s
	var legend []legendEntry
	if s.corpus != nil {
		// Lanes are known before layout, so the legend (and the space it
		// takes) can be settled first.
		probe := *s
		probe.Lanes = nil
		probe.layoutLanes(s.corpus, visibleEvents(s.corpus, s.opts), face.scripts())
		if o.Legend {
			legend = legendEntries(&probe)
		}
	} else if o.Legend {
		legend = legendEntries(s)
	}
	legendRows := flowLegend(legend, measure, fs, float64(width))
	footH := float64(len(legendRows))*fs*1.8 + fs*2
	if s.corpus != nil {
		opts := s.opts
		opts.FontSize, opts.Measure, opts.AllScripts, opts.HasGlyphs = fs, measure, face.allScripts(), face.hasGlyphs
		// An image has the height it is given: storylines beyond what it
		// holds share one "N more storylines" lane rather than run below
		// the axis and over the legend.
		opts.FitLanes = true
		layout := func() {
			opts.Width, opts.Height = float64(width), float64(height)-head.height-footH
			scene = Layout(s.corpus, opts)
		}
		layout()
		if o.Legend {
			// The evidence cues, the density band and the lanes are
			// explained as the image draws them, which may differ from the
			// window's scene; while that changes the legend's height, lay
			// out again (fewer lanes, a shorter legend, room for more).
			for range 3 {
				rows := flowLegend(legendEntries(scene), measure, fs, float64(width))
				same := len(rows) == len(legendRows)
				legendRows = rows
				if same {
					break
				}
				footH = float64(len(rows))*fs*1.8 + fs*2
				layout()
			}
			legendRows = flowLegend(legendEntries(scene), measure, fs, float64(width))
		}
	}

	r, err := provider(width, height)
	if err != nil {
		return fmt.Errorf("rendering the timeline: %w", err)
	}
	setPixelDPI(r)
	p := &painter{r: r, font: f, face: face}
	if _, ok := r.(*svgEscaper); ok {
		p.fillRect(0, 0, float64(width), float64(height), backgroundColor) // PNGs are laid on white when saved
	}
	head.paint(p, measure, float64(width))
	p.dy = head.height
	paintScene(p, scene)
	p.dy = float64(height) - footH
	paintLegend(p, legendRows, fs)
	p.text(labelText(o.SourceLine, face.scripts()), sidePadding, float64(len(legendRows))*fs*1.8+fs*1.3, fs*0.85, mutedInkColor)
	if err := save(r, w); err != nil {
		return fmt.Errorf("rendering the timeline: %w", err)
	}
	return nil
}

// header is the title block of an image.
type header struct {
	title, subtitle string
	titleSize, size float64
	height          float64
}

func newHeader(o ImageOptions, fs float64, sc scripts) header {
	h := header{title: labelText(o.Title, sc), subtitle: labelText(o.Subtitle, sc), titleSize: math.Round(fs * 1.6), size: fs}
	h.height = fs * 0.8
	if h.title != "" {
		h.height += h.titleSize * 1.4
	}
	if h.subtitle != "" {
		h.height += h.size * 1.5
	}
	return h
}

func (h header) paint(p *painter, measure func(string, float64) float64, width float64) {
	m := measurer{size: h.titleSize, fn: measure}
	y := h.size * 0.5
	if h.title != "" {
		y += h.titleSize * 1.1
		p.text(m.fit(h.title, width-2*sidePadding), sidePadding, y, h.titleSize, inkColor)
		y += h.titleSize * 0.3
	}
	if h.subtitle != "" {
		m.size = h.size
		y += h.size * 1.2
		p.text(m.fit(h.subtitle, width-2*sidePadding), sidePadding, y, h.size, mutedInkColor)
	}
}

// paintScene paints a scene at the painter's offset: lanes, breaks, marks
// and labels, articles, then the axis.
func paintScene(p *painter, s *Scene) {
	m := measurer{size: s.FontSize}
	for i, l := range s.Lanes {
		if i%2 == 1 {
			p.fillRect(0, l.Y0, s.Width, l.Y1-l.Y0, stripeColor)
		}
	}
	if len(s.Lanes) > 0 || len(s.Articles) > 0 {
		top := s.ArticlesY0
		if len(s.Lanes) > 0 {
			top = s.Lanes[0].Y0
		}
		for _, b := range s.Breaks {
			p.fillRect(b.X0, top, b.X1-b.X0, s.AxisY-top, breakColor)
		}
	}
	for i, l := range s.Lanes {
		p.text(m.fit(l.Title, s.PlotX1-s.PlotX0), s.PlotX0, l.Y0+s.LaneHeader*0.75, s.FontSize, fade(LaneColor(s, i), 0.1))
	}
	for i := range s.Marks {
		paintMark(p, s, &s.Marks[i])
	}
	for i := range s.Clusters {
		paintCluster(p, s, &s.Clusters[i])
	}
	paintArticleBins(p, s, m)
	for _, a := range s.Articles {
		paintArticle(p, s, a)
	}
	paintAxis(p, s)
}

// paintMark draws one event: a disc for a day, a bar for days, a hatched
// bracketed band for a month or a year, so coarse dates never look like a
// precise day; then its label.
func paintMark(p *painter, s *Scene, mk *Mark) {
	c := LaneColor(s, mk.Lane)
	ink := inkColor
	switch {
	case mk.Dimmed:
		c, ink = fade(c, 0.7), faintInkColor
	case mk.Evidence.Weak:
		c = fade(c, weakFade)
	}
	r := s.MarkSize / 2
	switch mk.Kind {
	case PointMark:
		ring, ringW := markRing(mk.Selected, mk.Highlighted)
		p.circle(mk.X0, mk.Y, r, c, ring, ringW)
	case RangeMark:
		w := math.Max(mk.X1-mk.X0, minBarWidth)
		p.fillRect(mk.X0, mk.Y-r*0.7, w, r*1.4, c)
		outlineIfMarked(p, mk, mk.X0, mk.Y-r*0.7, w, r*1.4)
	default:
		paintBracketedBand(p, mk.X0, mk.X1, mk.Y, r, c, mk.Kind == YearMark, mk.CutStart, mk.CutEnd)
		outlineIfMarked(p, mk, mk.X0-2, mk.Y-r-2, mk.X1-mk.X0+4, 2*r+4)
	}
	paintEvidence(p, s, mk, c, ink)
	if mk.CutStart {
		paintContinues(p, mk.X0, mk.Y, r, c, -1)
	}
	if mk.CutEnd {
		paintContinues(p, mk.X1, mk.Y, r, c, 1)
	}
	if mk.LabelInside && mk.Label != "" {
		// Over a bar or its hatching the label needs a plain ground.
		b := mk.LabelBox
		p.fillRect(b.X-2, b.Y, b.W+4, b.H, backgroundColor)
	}
	p.textInBox(mk.Label, mk.LabelBox, s.FontSize, ink)
}

// outlineIfMarked draws the selection or highlight frame of a bar.
func outlineIfMarked(p *painter, mk *Mark, x, y, w, h float64) {
	switch {
	case mk.Selected:
		p.strokeRect(x-1, y-1, w+2, h+2, selectedColor, 2)
	case mk.Highlighted:
		p.strokeRect(x-1, y-1, w+2, h+2, highlightColor, 2)
	}
}

// paintBracketed draws a month or year as a pale hatched band between two
// brackets: "somewhere in here". A year has double brackets and sparser
// hatching.
func paintBracketed(p *painter, x0, x1, y, r float64, c color.RGBA, year bool) {
	paintBracketedBand(p, x0, x1, y, r, c, year, false, false)
}

// paintBracketedBand is paintBracketed for a band the view may cut: a cut
// side gets no bracket, because the plot edge is not where the date ends.
func paintBracketedBand(p *painter, x0, x1, y, r float64, c color.RGBA, year, cutStart, cutEnd bool) {
	x1 = math.Max(x1, x0+minBarWidth)
	p.fillRect(x0, y-r*0.6, x1-x0, r*1.2, fade(c, 0.75))
	step := 5.0
	if year {
		step = 9
	}
	p.stroke(fade(c, 0.3), 1, func() {
		for x := x0 + step/2; x < x1; x += step {
			// Each hatch line is clipped to the band.
			top := math.Min(x+r*1.2, x1)
			p.moveTo(x, y+r*0.6)
			p.lineTo(top, y+r*0.6-(top-x))
		}
	})
	serif := math.Max(2, r*0.5)
	bracket := func(x, dir float64) {
		p.polyline([][2]float64{{x + dir*serif, y - r}, {x, y - r}, {x, y + r}, {x + dir*serif, y + r}}, c, 1.5)
	}
	if !cutStart {
		bracket(x0, 1)
		if year {
			p.fillRect(x0+2.5, y-r, 1, 2*r, c)
		}
	}
	if !cutEnd {
		bracket(x1, -1)
		if year {
			p.fillRect(x1-3.5, y-r, 1, 2*r, c)
		}
	}
}

// paintContinues draws a small chevron just outside a plot edge at x,
// pointing away from the plot (dir -1 left, +1 right): the mark there is
// cut by the view and goes on beyond it.
func paintContinues(p *painter, x, y, r float64, c color.RGBA, dir float64) {
	v := ContinuationChevron(x, y, r, dir)
	p.polyline([][2]float64{{v[0].X, v[0].Y}, {v[1].X, v[1].Y}, {v[2].X, v[2].Y}}, c, 1.5)
}

// paintCluster draws a cluster as a stack of two discs spanning its events.
func paintCluster(p *painter, s *Scene, cl *Cluster) {
	c := LaneColor(s, cl.Lane)
	r := s.MarkSize / 2
	if cl.X1-cl.X0 > 1 {
		p.fillRect(cl.X0, cl.Y-r*0.35, cl.X1-cl.X0, r*0.7, fade(c, 0.5))
	}
	ring, ringW := markRing(cl.Selected, cl.Highlighted)
	p.circle(cl.X+r*0.45, cl.Y-r*0.3, r*1.05, fade(c, 0.45), backgroundColor, 1)
	p.circle(cl.X-r*0.2, cl.Y+r*0.15, r*1.05, c, ring, ringW)
	p.textInBox(cl.Label, cl.Box, s.FontSize, inkColor)
}

// markRing is the ring around a disc: thick and black when selected,
// thick and amber when highlighted, else a thin white edge. Selection wins.
func markRing(selected, highlighted bool) (ring color.RGBA, width float64) {
	switch {
	case selected:
		return selectedColor, 2
	case highlighted:
		return highlightColor, 2
	}
	return backgroundColor, 1
}

// paintArticle draws an article in its language's colour, as the window
// does: a short tick for a day, a bracketed span for a month or a year.
func paintArticle(p *painter, s *Scene, a ArticleMark) {
	c := LanguageColor(a.Article.Language)
	if a.Selected {
		c = highlightColor
	}
	h := s.ArticleHeight - 1
	if a.Article.Date.Precision == data.Day {
		w := math.Max(a.X1-a.X0, minArticleWidth)
		p.fillRect((a.X0+a.X1)/2-w/2, a.Y-h/2, w, h, c)
		return
	}
	p.fillRect(a.X0, a.Y-h/4, math.Max(a.X1-a.X0, 1), h/2, fade(c, 0.55))
	p.fillRect(a.X0, a.Y-h/2, 1, h, c)
	p.fillRect(math.Max(a.X1-1, a.X0), a.Y-h/2, 1, h, c)
}

// paintAxis draws the axis line, interrupted by "//" at every break, the
// ticks and their labels.
func paintAxis(p *painter, s *Scene) {
	x := s.PlotX0
	for _, b := range s.Breaks {
		p.fillRect(x, s.AxisY, b.X0-x, 1, mutedInkColor)
		x = b.X1
	}
	p.fillRect(x, s.AxisY, s.PlotX1-x, 1, mutedInkColor)
	for _, b := range s.Breaks {
		mid, h := (b.X0+b.X1)/2, s.FontSize*0.5
		for _, off := range []float64{-2.5, 2.5} {
			p.polyline([][2]float64{{mid + off - h/3, s.AxisY + h}, {mid + off + h/3, s.AxisY - h}}, mutedInkColor, 1)
		}
	}
	for _, t := range s.Ticks {
		h := 3.0
		if t.Major {
			h = 6
		}
		p.fillRect(math.Round(t.X), s.AxisY, 1, h, mutedInkColor)
		ink := mutedInkColor
		if t.Major {
			ink = inkColor
		}
		p.textInBox(t.Label, t.LabelBox, s.FontSize*0.92, ink)
	}
}
