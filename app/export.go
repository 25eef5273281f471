package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/golang/freetype/truetype"

	"github.com/caravan-analytics/caravan/app/fonts"
	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// ExportOptions are the command line's export settings.
type ExportOptions struct {
	Out           string // FILE.png, FILE.svg, FILE.pdf (deck) or DIR/ (deck slides)
	Width, Height int    // pixels; zero means defaultSlideSize
	From, To      string // dates as YYYY, YYYY-MM or YYYY-MM-DD; empty means open
	Storyline     string // storyline id; empty means every storyline
	Chart         string // timeline, coverage or actors
	Deck          bool   // a slide deck instead of a chart
	Overwrite     bool   // replace an existing file, or the slides already in the folder
	// Slides are the project's choice of slides (deck.slides), in order;
	// nil puts every event in scope on a slide.
	Slides []string
}

// Bind declares the export flags on fs.
func (o *ExportOptions) Bind(fs *flag.FlagSet) {
	fs.StringVar(&o.Out, "out", "", "output file (.png, .svg; .pdf with --deck) or folder (DIR/) for deck slides")
	fs.IntVar(&o.Width, "width", int(defaultSlideSize.Width), "image or slide width in pixels, at least 640 (a PDF deck is vector: no size)")
	fs.IntVar(&o.Height, "height", int(defaultSlideSize.Height), "image or slide height in pixels, at least 360")
	fs.StringVar(&o.From, "from", "", "first date shown: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&o.To, "to", "", "last date shown (inclusive): YYYY, YYYY-MM or YYYY-MM-DD")
	fs.StringVar(&o.Storyline, "storyline", "", "only the events of this storyline id")
	fs.StringVar(&o.Chart, "chart", chartTimeline, "chart to draw: timeline, coverage or actors")
	fs.BoolVar(&o.Deck, "deck", false, "export the presentation slides: --out FILE.pdf or --out DIR/")
	fs.BoolVar(&o.Overwrite, "overwrite", false, "replace --out if it exists (for a slide folder: replace its slide-NN.png files)")
}

// The charts an export can draw.
const (
	chartTimeline = "timeline"
	chartCoverage = "coverage"
	chartActors   = "actors"
)

var chartKinds = []string{chartTimeline, chartCoverage, chartActors}

// minExportWidth and minExportHeight are the smallest image that can be
// read: there the labels are at their smallest size (10.5 px), the lanes
// leave room for a row of marks each and the legend fits in two rows.
// Below it (a 320 × 200 image) titles are cut to a few letters and the
// lanes overlap.
const (
	minExportWidth  = 640
	minExportHeight = 360
)

// maxExportSide bounds image sides: beyond 16k pixels the image would take
// gigabytes to render, which is a typo rather than a wish.
const maxExportSide = 16384

// exportScope is what an export includes: a time range (zero ends are
// open), optionally one storyline, and for the charts of articles the
// window's other filters and search.
type exportScope struct {
	From, To  time.Time
	Storyline string
	// Filter is the window's search and filters but the storyline, which
	// the field above carries; the zero filter keeps every article. Only
	// articles are filtered: the timeline dims what it leaves out instead.
	Filter filter
}

// scopeOf is the scope of the window's filters, the time range open: what
// the charts panel draws.
func scopeOf(f filter) exportScope {
	return exportScope{Storyline: f.state.Storyline, Filter: f.withoutStoryline()}
}

// withoutStoryline is the filter with its storyline left out, the search
// as run: an export's storyline is its own choice.
func (f filter) withoutStoryline() filter {
	f.state.Storyline = ""
	return f
}

// note says what the filter keeps, for a chart's subtitle: "actor: Xi
// Jinping · language: ar · search: Tokayev"; empty when it keeps all.
func (f filter) note() string {
	s := f.state
	var parts []string
	add := func(what, value string) {
		if value != "" {
			parts = append(parts, what+": "+value)
		}
	}
	if s.Storyline != "" {
		add("storyline", storylineTitle(f.corpus, s.Storyline))
	}
	if s.Actor != "" {
		add("actor", nameText(f.corpus, s.Actor))
	}
	if s.Place != "" {
		add("place", nameText(f.corpus, s.Place))
	}
	add("language", s.Language)
	add("search", s.Query)
	return strings.Join(parts, " · ")
}

// includes reports whether the event is in the scope: in the storyline,
// and its span overlapping the range. Undated events are included only
// when the range is open at both ends, since nothing says they are outside.
func (s exportScope) includes(e *data.Event) bool {
	if s.Storyline != "" && e.Storyline != s.Storyline {
		return false
	}
	if s.From.IsZero() && s.To.IsZero() {
		return true
	}
	if e.Span.Start.IsZero() {
		return false
	}
	return (s.To.IsZero() || e.Span.From().Before(s.To)) && (s.From.IsZero() || s.From.Before(e.Span.To()))
}

// events lists the corpus's events in the scope, in time order.
func (s exportScope) events(c *data.Corpus) []*data.Event {
	var out []*data.Event
	for _, e := range c.Events {
		if s.includes(e) {
			out = append(out, e)
		}
	}
	return out
}

// articleIncluded reports whether an article is in the scope: dated within
// the range (undated ones only when the range is open), and supporting an
// event of the storyline when there is one.
func (s exportScope) articleIncluded(c *data.Corpus, a *data.Article) bool {
	if !s.From.IsZero() || !s.To.IsZero() {
		if a.Date.IsZero() {
			return false
		}
		if (!s.To.IsZero() && !a.Date.Start().Before(s.To)) || (!s.From.IsZero() && !s.From.Before(a.Date.End())) {
			return false
		}
	}
	if s.Filter.active() && !s.Filter.articleMatches(a) {
		return false
	}
	if s.Storyline == "" {
		return true
	}
	for _, l := range a.Links {
		if e := c.Event(l.Event); e != nil && e.Storyline == s.Storyline {
			return true
		}
	}
	return false
}

// corpus returns a shallow copy of c holding only the events and articles
// in scope, for the charts and reports that draw a whole corpus.
func (s exportScope) corpus(c *data.Corpus) *data.Corpus {
	scoped := *c
	scoped.Events = s.events(c)
	scoped.Articles = nil
	for _, a := range c.Articles {
		if s.articleIncluded(c, a) {
			scoped.Articles = append(scoped.Articles, a)
		}
	}
	return &scoped
}

// Export writes a chart image or a deck without opening a window.
func Export(c *data.Corpus, o ExportOptions) error {
	if o.Out == "" {
		return errors.New("export: --out is required (FILE.png, FILE.svg, FILE.pdf with --deck, or DIR/ with --deck)")
	}
	scope, err := o.scope(c)
	if err != nil {
		return err
	}
	size, err := o.size()
	if err != nil {
		return err
	}
	if o.Deck {
		// Ctrl+C or a polite kill stops the deck between slides and
		// removes what was half written, rather than leaving it behind.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		err := exportDeck(ctx, c, scope, o.Slides, size, o.Out, o.Overwrite)
		if ctx.Err() != nil {
			return fmt.Errorf("export %s: interrupted; nothing was written", o.Out)
		}
		return err
	}
	format := strings.ToLower(filepath.Ext(o.Out))
	switch format {
	case ".png", ".svg":
	case ".pdf":
		return fmt.Errorf("export %s: a PDF is the slide deck; add --deck", o.Out)
	case "":
		return fmt.Errorf("export %s: no file extension; want .png or .svg (or --deck with .pdf or DIR/)", o.Out)
	default:
		return fmt.Errorf("export %s: unknown extension %q; want .png or .svg (or --deck with .pdf or DIR/)", o.Out, format)
	}
	if !slices.Contains(chartKinds, o.Chart) {
		return fmt.Errorf("export: unknown chart %q; want %s", o.Chart, strings.Join(chartKinds, ", "))
	}
	job := chartJob{corpus: c, chart: o.Chart, format: strings.TrimPrefix(format, "."), scope: scope, size: size}
	return putFile(o.Out, o.Overwrite, job.write)
}

// putFile writes path atomically. The command line cannot ask before
// replacing a file, so without overwrite an existing one is refused, and
// left alone, with an error saying how to replace it.
func putFile(path string, overwrite bool, write func(io.Writer) error) error {
	if overwrite {
		return writeFileAtomic(path, write)
	}
	err := createFileAtomic(path, write)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("export: %s exists; pass --overwrite to replace it", path)
	}
	return err
}

// scope reads the date and storyline flags.
func (o ExportOptions) scope(c *data.Corpus) (exportScope, error) {
	var s exportScope
	from, err := data.ParseDate(o.From)
	if err != nil {
		return s, fmt.Errorf("export: --from: %w", err)
	}
	to, err := data.ParseDate(o.To)
	if err != nil {
		return s, fmt.Errorf("export: --to: %w", err)
	}
	// --to is inclusive: --to 2023-05 shows all of May.
	s.From, s.To = from.Start(), to.End()
	if !s.From.IsZero() && !s.To.IsZero() && !s.From.Before(s.To) {
		return s, fmt.Errorf("export: --from %s is after --to %s", o.From, o.To)
	}
	if o.Storyline != "" {
		var ids []string
		for _, sl := range c.Storylines {
			ids = append(ids, sl.ID)
		}
		if !slices.Contains(ids, o.Storyline) {
			return s, fmt.Errorf("export: unknown storyline %q; the corpus has %s", o.Storyline, orNone(ids))
		}
		s.Storyline = o.Storyline
	}
	return s, nil
}

// orNone joins ids for an error message.
func orNone(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}

// size reads --width and --height.
func (o ExportOptions) size() (fyne.Size, error) {
	w, h := o.Width, o.Height
	if w == 0 && h == 0 {
		return defaultSlideSize, nil
	}
	if w < 1 || h < 1 || w > maxExportSide || h > maxExportSide {
		return fyne.Size{}, fmt.Errorf("export: size %d×%d: width and height must be between 1 and %d", w, h, maxExportSide)
	}
	if w < minExportWidth || h < minExportHeight {
		return fyne.Size{}, fmt.Errorf("export: size %d×%d is too small to read; the smallest is %d×%d", w, h, minExportWidth, minExportHeight)
	}
	return fyne.NewSize(float32(w), float32(h)), nil
}

// exportDeck writes the slides of the events in scope to out: a PDF when
// out ends in .pdf, otherwise a folder of PNGs when out ends in a path
// separator or is an existing folder. What is there already is replaced
// only when overwrite is set (see putFile and exportSlideFolder).
func exportDeck(ctx context.Context, c *data.Corpus, scope exportScope, slides []string, size fyne.Size, out string, overwrite bool) error {
	d := newDeck(c, chosenSlides(scope.events(c), slides))
	d.size = size
	if len(d.events) == 0 {
		return errors.New("export: no events in the chosen dates and storyline; nothing to put on slides")
	}
	if strings.EqualFold(filepath.Ext(out), ".pdf") {
		return d.writePDF(ctx, out, func(path string, write func(io.Writer) error) error {
			return putFile(path, overwrite, write)
		})
	}
	if info, err := os.Stat(out); strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) || err == nil && info.IsDir() {
		return exportSlideFolder(ctx, d, out, overwrite)
	}
	return fmt.Errorf("export %s: a deck goes to FILE.pdf or to a folder DIR/", out)
}

// slideFilePattern matches the names slideFileName gives: the slide files
// of an earlier export, which are ours to replace.
var slideFilePattern = regexp.MustCompile(`^slide-[0-9]{2,}\.png$`)

// exportSlideFolder writes the deck's slides into dir. A folder already
// holding slide files is refused unless overwrite is set; then the new
// folder replaces it whole (writeFolderAtomic), so none of the earlier
// deck's slides stays behind; its other files are carried over.
func exportSlideFolder(ctx context.Context, d *deck, dir string, overwrite bool) error {
	earlier, err := slideFilesIn(dir)
	if err != nil {
		return err
	}
	if len(earlier) > 0 && !overwrite {
		return fmt.Errorf("export: %s exists and holds %d slide files (%s …); pass --overwrite to replace them",
			dir, len(earlier), filepath.Base(earlier[0]))
	}
	return d.writeFolder(ctx, dir)
}

// slideFilesIn lists the slide files in dir, sorted; none when dir does
// not exist yet.
func slideFilesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("export: reading the slide folder %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && slideFilePattern.MatchString(e.Name()) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// chartJob is one chart image to write.
type chartJob struct {
	corpus *data.Corpus
	chart  string // timeline, coverage or actors
	format string // png or svg
	scope  exportScope
	size   fyne.Size
	look   timelineLook
}

// write renders the chart to w with the window's font.
func (j chartJob) write(w io.Writer) error {
	font, err := chartFont()
	if err != nil {
		return err
	}
	arabic, err := arabicChartFont()
	if err != nil {
		return err
	}
	cjk, err := cjkChartFont()
	if err != nil {
		return err
	}
	face := charts.NewTypeface(font, arabic, cjk)
	scope := j.scope
	if j.chart == chartTimeline {
		// The timeline dims what the filters leave out (look.dimmed), so
		// its source line counts every article of the range and storyline.
		scope.Filter = filter{}
	}
	scoped := scope.corpus(j.corpus)
	opts := charts.ImageOptions{
		Format: j.format, Width: int(j.size.Width), Height: int(j.size.Height),
		Title: chartTitle(j.corpus, j.chart, j.scope), SourceLine: charts.SourceLine(scoped),
		Legend: true, Font: font, ArabicFont: arabic, CJKFont: cjk,
	}
	note := scope.Filter.note()
	switch j.chart {
	case chartCoverage:
		opts.Subtitle = withNote(charts.CoverageSubtitle(scoped), note)
		return charts.RenderCoverage(scoped, opts, w)
	case chartActors:
		opts.Subtitle = withNote(charts.ActorsSubtitle(scoped), note)
		return charts.RenderActors(scoped, opts, w)
	}
	// One storyline is drawn alone: its lane, over the span of its events
	// and the articles that support them, not the other lanes left empty
	// over the whole corpus's years. The range is the scene's From/To.
	laidOut := j.corpus
	if j.scope.Storyline != "" {
		laidOut = exportScope{Storyline: j.scope.Storyline}.corpus(j.corpus)
	}
	scene := charts.Layout(laidOut, charts.Options{
		Width: float64(j.size.Width), Height: float64(j.size.Height),
		From: j.scope.From, To: j.scope.To, Linear: j.look.linear,
		Dimmed: j.look.dimmed, Selected: j.look.selected,
		HideUnsupported: j.look.hideUnsupported, Starred: j.look.starred, Status: j.look.status,
		Measure: face.Measure, AllScripts: true, HasGlyphs: face.HasGlyphs,
	})
	return charts.RenderTimeline(scene, opts, w)
}

// chartTitle names a chart: the storyline when there is one.
func chartTitle(c *data.Corpus, chart string, s exportScope) string {
	what := map[string]string{chartTimeline: "Timeline", chartCoverage: "Coverage", chartActors: "Actors"}[chart]
	if s.Storyline != "" {
		return what + ": " + storylineTitle(c, s.Storyline)
	}
	return what
}

// withNote adds what was filtered to a chart's subtitle.
func withNote(subtitle, note string) string {
	if note == "" {
		return subtitle
	}
	return subtitle + " — " + note
}

// chartFont is the window's text font parsed for go-chart, so exported
// images are set in the same type as the window. Parsed once.
var chartFont = sync.OnceValues(func() (*truetype.Font, error) {
	return charts.ParseFont(theme.DefaultTextFont().Content())
})

// arabicChartFont is the bundled Noto Sans Arabic parsed for go-chart, so
// images draw Arabic titles and quotes shaped, right to left, rather than
// dropping them. Parsed once.
var arabicChartFont = sync.OnceValues(func() (*truetype.Font, error) {
	return charts.ParseFont(fonts.Arabic.Content())
})

// cjkChartFont is the bundled Noto Sans CJK SC subset parsed for go-chart,
// so images draw Chinese, Japanese and Korean labels. Parsed once.
var cjkChartFont = sync.OnceValues(func() (*truetype.Font, error) {
	return charts.ParseFont(fonts.CJK.Content())
})
