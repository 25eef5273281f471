package charts

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"

	"github.com/caravan-analytics/caravan/data"
)

// SourceLine says what a chart was drawn from: "5 articles — nl 2, de 1,
// ar 2", languages in the order they first appear in the corpus.
func SourceLine(c *data.Corpus) string {
	if c == nil || len(c.Articles) == 0 {
		return "0 articles"
	}
	counts := map[string]int{}
	var order []string
	for _, a := range c.Articles {
		lang := a.Language
		if lang == "" {
			lang = "unknown"
		}
		if counts[lang] == 0 {
			order = append(order, lang)
		}
		counts[lang]++
	}
	parts := make([]string, len(order))
	for i, lang := range order {
		parts[i] = fmt.Sprintf("%s %d", lang, counts[lang])
	}
	noun := "articles"
	if len(c.Articles) == 1 {
		noun = "article"
	}
	return fmt.Sprintf("%d %s — %s", len(c.Articles), noun, strings.Join(parts, ", "))
}

// months is the run of calendar months a chart covers, one x unit each:
// month i spans [i, i+1) on the x axis.
type months struct {
	first time.Time // the 1st of the first month, UTC
	n     int
}

// monthsOf returns the months from the first to the last article dated to
// a month or a day, and how many articles could not be placed in a month
// (undated, or known only to the year: never given a made-up month).
func monthsOf(c *data.Corpus) (m months, unplaced int) {
	var first, last time.Time
	for _, a := range c.Articles {
		if a.Date.Precision < data.Month {
			unplaced++
			continue
		}
		t := a.Date.Start()
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if last.IsZero() || t.After(last) {
			last = t
		}
	}
	if first.IsZero() {
		return months{}, unplaced
	}
	n := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	return months{first: first, n: n}, unplaced
}

// index returns the month of d on the axis, or -1.
func (m months) index(d data.Date) int {
	if d.Precision < data.Month || m.n == 0 {
		return -1
	}
	i := (d.Year-m.first.Year())*12 + int(d.Month-m.first.Month())
	if i < 0 || i >= m.n {
		return -1
	}
	return i
}

func (m months) month(i int) time.Time { return m.first.AddDate(0, i, 0) }

// String names the range for a subtitle: "Jan 2022 – May 2023".
func (m months) String() string {
	if m.n == 0 {
		return ""
	}
	first := data.MonthDate(m.first.Year(), m.first.Month()).Human()
	if m.n == 1 {
		return first
	}
	l := m.month(m.n - 1)
	return first + " – " + data.MonthDate(l.Year(), l.Month()).Human()
}

// labelSteps are the month strides tried for x labels, each aligned to the
// calendar (every quarter starts a quarter, every 12 a year).
var labelSteps = []int{1, 2, 3, 6, 12, 24, 60, 120}

// xTicks returns explicit month ticks for go-chart: one at every month
// boundary so the range is exactly [0, n] whatever the data (go-chart
// takes the range from explicit ticks), and labels centred under the
// months of a calendar-aligned stride wide enough that no two touch.
// Labels are short ("Feb", "Apr"); January, and the first label unless a
// January follows it, carry the year. Strides of a year or more show
// years only.
func (m months) xTicks(measure measurer, plotWidth float64) []chart.Tick {
	perMonth := plotWidth / float64(max(m.n, 1))
	long, short := measure.width("May 2000"), measure.width("May")
	step := labelSteps[len(labelSteps)-1]
	for _, s := range labelSteps {
		need := (long+short)/2 + tickGap // a long label beside a short one
		if s >= 12 {
			need = measure.width("2000") + tickGap
		}
		if float64(s)*perMonth >= need {
			step = s
			break
		}
	}
	ticks := make([]chart.Tick, 0, 2*m.n+1)
	for i := 0; i <= m.n; i++ {
		ticks = append(ticks, chart.Tick{Value: float64(i)})
	}
	var labelled []int
	for i := range m.n {
		t := m.month(i)
		if (t.Year()*12+int(t.Month())-1)%step == 0 { // aligned to the calendar
			labelled = append(labelled, i)
		}
	}
	for k, i := range labelled {
		t := m.month(i)
		label := t.Month().String()[:3]
		switch {
		case step >= 12:
			label = strconv.Itoa(t.Year())
		case t.Month() == time.January,
			k == 0 && (len(labelled) == 1 || m.month(labelled[1]).Month() != time.January):
			label += " " + strconv.Itoa(t.Year())
		}
		ticks = append(ticks, chart.Tick{Value: float64(i) + 0.5, Label: label})
	}
	return ticks
}

// countTicks returns explicit y ticks from 0 to at least top (at least 1)
// in a round stride, so a single article still gets an axis.
func countTicks(top float64) []chart.Tick {
	top = math.Max(top, 1)
	stride := 1.0
	for _, s := range []float64{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000} {
		stride = s
		if top/s <= 8 {
			break
		}
	}
	var ticks []chart.Tick
	for v := 0.0; v < top+stride; v += stride {
		ticks = append(ticks, chart.Tick{Value: v, Label: strconv.Itoa(int(v))})
		if v >= top {
			break
		}
	}
	return ticks
}

// chartFrame is what the coverage charts share: size, font, renderer and
// the header, legend and source line drawn around go-chart's plot.
type chartFrame struct {
	o        ImageOptions
	width    int
	height   int
	fs       float64
	font     *truetype.Font
	measure  measurer
	face     *typeface
	provider chart.RendererProvider
	dpi      float64
	head     header
	legend   [][]placedEntry
	top      float64 // height of the header and legend
	bottom   float64 // height of the source line
}

func newChartFrame(o ImageOptions, defaultTitle, defaultSubtitle string, legend []legendEntry) (*chartFrame, error) {
	provider, err := rendererFor(o.Format)
	if err != nil {
		return nil, err
	}
	f, err := fontOrDefault(o.Font)
	if err != nil {
		return nil, err
	}
	fr := &chartFrame{o: o, font: f, provider: provider, dpi: 64}
	if strings.EqualFold(o.Format, FormatSVG) {
		fr.dpi = paintDPI // see setPixelDPI
	}
	fr.width, fr.height = o.size(0, 0)
	fr.fs = imageFontSize(fr.width, fr.height)
	fr.face = newTypeface(f, o.ArabicFont, o.CJKFont)
	fr.measure = measurer{size: fr.fs, fn: fr.face.measure}
	if o.Title == "" {
		o.Title = defaultTitle
	}
	if o.Subtitle == "" {
		o.Subtitle = defaultSubtitle
	}
	fr.head = newHeader(o, fr.fs, fr.face.scripts())
	if o.Legend {
		fr.legend = flowLegend(legend, fr.measure.fn, fr.fs, float64(fr.width))
	}
	fr.top = fr.head.height + float64(len(fr.legend))*fr.fs*1.8 + fr.fs*0.5
	fr.bottom = fr.fs * 2
	return fr, nil
}

// decorate draws the header, legend and source line; go-chart calls it
// after the plot.
func (fr *chartFrame) decorate(r chart.Renderer, _ chart.Box, _ chart.Style) {
	p := &painter{r: r, font: fr.font, face: fr.face}
	fr.head.paint(p, fr.measure.fn, float64(fr.width))
	p.dy = fr.head.height
	paintLegend(p, fr.legend, fr.fs)
	p.dy = float64(fr.height) - fr.bottom
	p.text(labelText(fr.o.SourceLine, fr.face.scripts()), sidePadding, fr.fs*1.3, fr.fs*0.85, mutedInkColor)
}

// render draws go-chart's chart with explicit ranges and month ticks,
// framed. With no month to show it draws the frame and a note instead of
// failing, so an empty corpus still exports.
func (fr *chartFrame) render(m months, series []chart.Series, top float64, yName string, w io.Writer) error {
	if m.n == 0 || len(series) == 0 {
		return fr.renderNote("No articles dated to a month or a day.", w)
	}
	axisStyle := chart.Style{FontSize: fr.fs * 0.92, FontColor: rgba(mutedInkColor), StrokeColor: rgba(faintInkColor), StrokeWidth: 1}
	plotWidth := float64(fr.width) - 2*sidePadding - fr.measure.width("0000") - 30
	c := chart.Chart{
		Width: fr.width, Height: fr.height, DPI: fr.dpi, Font: fr.font,
		Background: chart.Style{Padding: chart.Box{
			Top: int(fr.top), Left: sidePadding, Right: sidePadding, Bottom: int(fr.bottom),
		}},
		XAxis: chart.XAxis{
			Style: axisStyle,
			Ticks: m.xTicks(measurer{size: axisStyle.FontSize, fn: fr.measure.fn}, plotWidth),
			Range: &chart.ContinuousRange{Min: 0, Max: float64(m.n)},
		},
		YAxis: chart.YAxis{
			Name: yName, NameStyle: axisStyle,
			Style:          axisStyle,
			Ticks:          countTicks(top),
			GridMajorStyle: chart.Style{StrokeColor: rgba(breakColor), StrokeWidth: 1},
		},
		// go-chart draws the secondary axis line even with no series on it.
		YAxisSecondary: chart.YAxis{Style: chart.Style{Hidden: true}},
		Series:         series,
		Elements:       []chart.Renderable{fr.decorate},
	}
	if err := c.Render(fr.escapingProvider(), w); err != nil {
		return err
	}
	return nil
}

// escapingProvider wraps the provider so that the PNG is saved through
// save (fast compression); SVG text is already escaped by the provider.
func (fr *chartFrame) escapingProvider() chart.RendererProvider {
	return func(w, h int) (chart.Renderer, error) {
		r, err := fr.provider(w, h)
		if err != nil {
			return nil, err
		}
		return fastSaver{r}, nil
	}
}

// fastSaver saves through save, so PNGs are encoded with fast compression.
type fastSaver struct{ chart.Renderer }

func (f fastSaver) Save(w io.Writer) error { return save(f.Renderer, w) }

// renderNote draws the frame with a note in the middle.
func (fr *chartFrame) renderNote(note string, w io.Writer) error {
	r, err := fr.provider(fr.width, fr.height)
	if err != nil {
		return err
	}
	setPixelDPI(r)
	p := &painter{r: r, font: fr.font, face: fr.face}
	if _, ok := r.(*svgEscaper); ok {
		p.fillRect(0, 0, float64(fr.width), float64(fr.height), backgroundColor) // PNGs are laid on white when saved
	}
	fr.decorate(r, chart.Box{}, chart.Style{})
	p.text(note, sidePadding, float64(fr.height)/2, fr.fs, mutedInkColor)
	return save(r, w)
}

// barSeries is one language's share of the stacked monthly bars: it draws
// from base to base+value in every month. go-chart has no stacked bars
// that count (its StackedBarChart shows percentages), so this is a Series
// of our own drawn into go-chart's plot with its ranges.
type barSeries struct {
	name        string
	color       color.RGBA
	base, value []float64
}

func (b barSeries) GetName() string           { return b.name }
func (b barSeries) GetYAxis() chart.YAxisType { return chart.YAxisPrimary }
func (b barSeries) GetStyle() chart.Style     { return chart.Style{FillColor: rgba(b.color)} }
func (b barSeries) Validate() error           { return nil }
func (b barSeries) Render(r chart.Renderer, box chart.Box, xr, yr chart.Range, _ chart.Style) {
	for i, v := range b.value {
		if v == 0 {
			continue
		}
		chart.Draw.Box(r, chart.Box{
			Left:   box.Left + xr.Translate(float64(i)+0.15),
			Right:  box.Left + xr.Translate(float64(i)+0.85),
			Top:    box.Bottom - yr.Translate(b.base[i]+v),
			Bottom: box.Bottom - yr.Translate(b.base[i]),
		}, chart.Style{FillColor: rgba(b.color), StrokeColor: rgba(backgroundColor), StrokeWidth: 1})
	}
}

// seriesColor is the colour of the i-th series of the actors chart, taken
// from the lane palette. The coverage chart's series are languages and take
// LanguageColor instead, so a language keeps its colour in every corpus.
func seriesColor(i int) color.RGBA { return lanePalette[i%len(lanePalette)] }

// RenderCoverage draws the number of articles per month, stacked by
// language, as a PNG or SVG. Months run from the first to the last dated
// article, empty ones included; articles known only to the year or
// undated are counted in the subtitle, never put in a month.
func RenderCoverage(c *data.Corpus, o ImageOptions, w io.Writer) error {
	if c == nil {
		return errors.New("rendering the coverage chart: no corpus")
	}
	m, unplaced := monthsOf(c)
	var langs []string
	perLang := map[string][]float64{}
	for _, a := range c.Articles {
		i := m.index(a.Date)
		if i < 0 {
			continue
		}
		lang := a.Language
		if lang == "" {
			lang = "unknown"
		}
		if perLang[lang] == nil {
			perLang[lang] = make([]float64, m.n)
			langs = append(langs, lang)
		}
		perLang[lang][i]++
	}
	base := make([]float64, m.n)
	var series []chart.Series
	var legend []legendEntry
	for _, lang := range langs {
		s := barSeries{name: lang, color: LanguageColor(lang), base: append([]float64(nil), base...), value: perLang[lang]}
		for i, v := range s.value {
			base[i] += v
		}
		series = append(series, s)
		legend = append(legend, legendEntry{symbol: symbolLane, color: s.color, text: lang})
	}
	top := 0.0
	for _, v := range base {
		top = math.Max(top, v)
	}
	fr, err := newChartFrame(o, "Coverage", coverageSubtitle(m, unplaced), legend)
	if err != nil {
		return fmt.Errorf("rendering the coverage chart: %w", err)
	}
	if err := fr.render(m, series, top, "articles", w); err != nil {
		return fmt.Errorf("rendering the coverage chart: %w", err)
	}
	return nil
}

// CoverageSubtitle is the subtitle the coverage chart of c takes by
// default: what is counted, the months shown and the articles left out. A
// caller with more to say (the filters applied, say) extends it and passes
// it as ImageOptions.Subtitle.
func CoverageSubtitle(c *data.Corpus) string {
	m, unplaced := monthsOf(c)
	return coverageSubtitle(m, unplaced)
}

func coverageSubtitle(m months, unplaced int) string {
	subtitle := "Articles per month by language"
	if r := m.String(); r != "" {
		subtitle += ", " + r
	}
	if unplaced > 0 {
		subtitle += fmt.Sprintf(" (%d not dated to a month, not shown)", unplaced)
	}
	return subtitle
}
