package app

import (
	"image"
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// The legend: what the timeline's marks and colours mean, drawn with the
// shapes and colours the timeline paints with, so the two cannot disagree
// unseen (legend_test.go compares them).

// legendSymbolSize is the box each legend symbol is drawn in.
var legendSymbolSize = fyne.NewSize(44, 22)

// legendRow is one line of the legend: a symbol and what it means.
type legendRow struct {
	symbol fyne.CanvasObject
	text   string
}

// onLegend shows the legend of the marks beside the window's content.
func (mw *mainWindow) onLegend() {
	d := dialog.NewCustom("Legend", "Close", container.NewVScroll(newLegend(mw.corpus)), mw.win)
	d.Resize(fyne.NewSize(460, min(640, mw.win.Canvas().Size().Height-40)))
	d.Show()
}

// newLegend lays out the legend of the timeline for a corpus (nil: no
// corpus yet, only the shapes): event shapes, then one article colour per
// language of the corpus, then the axis.
func newLegend(c *data.Corpus) fyne.CanvasObject {
	ink := theme.Color(theme.ColorNameForeground)
	bg := theme.Color(theme.ColorNameBackground)
	events := []legendRow{
		{legendDiamond(ink, bg), "an event on a day"},
		{legendBar(ink), "an event over several days"},
		{legendBracket(ink, false), "an event known only to the month: somewhere in the bracket"},
		{legendBracket(ink, true), "an event known only to the year"},
		{legendCluster(ink), "events merged for room: zoom in to split them"},
	}
	support := []legendRow{
		{legendAnnounced(ink, bg), "announced: only told as planned, no report that it took place (hollow)"},
		{legendUnsupported(ink, bg), "no passage of the corpus supports it (struck through)"},
		{legendAnalyst(ink, bg), "made by the analyst (a dot at the top right)"},
	}
	articles := []legendRow{
		{legendTriangle(ink), "an article dated to the day"},
		{legendArticleSpan(ink, bg), "an article dated only to a month or a year: hollow, over its span"},
	}
	for _, lang := range legendLanguages(c) {
		name := "articles in " + languageName(lang)
		if lang == "" {
			name = "articles whose language is unknown"
		}
		articles = append(articles, legendRow{legendTriangle(languageColor(lang)), name})
	}
	axis := []legendRow{
		{legendBreak(ink), "an empty stretch of time, compressed (Linear shows it to scale)"},
	}
	box := container.NewVBox(
		legendHeading("Events"),
		hint("The colour of an event is its storyline's, as in the lane headers. Hover a mark to read how many sources and languages support it."),
	)
	box.Objects = append(box.Objects, legendRows(events)...)
	box.Add(legendHeading("Support"))
	box.Objects = append(box.Objects, legendRows(support)...)
	box.Add(legendHeading("Articles (the row under the lanes)"))
	box.Objects = append(box.Objects, legendRows(articles)...)
	box.Add(legendHeading("Time axis"))
	box.Objects = append(box.Objects, legendRows(axis)...)
	box.Add(legendHeading("Evidence"))
	box.Add(hint("A mark's tooltip counts its sources and languages; the Excerpts tab lists them. Dimmed marks are left out by the search or a filter."))
	return box
}

// legendLanguages are the languages of the corpus's articles, in the
// order of their codes; "" (unknown) last.
func legendLanguages(c *data.Corpus) []string {
	if c == nil {
		return nil
	}
	seen := map[string]bool{}
	var langs []string
	for _, a := range c.Articles {
		if !seen[a.Language] {
			seen[a.Language] = true
			langs = append(langs, a.Language)
		}
	}
	slices.SortFunc(langs, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "":
			return 1
		case b == "":
			return -1
		case a < b:
			return -1
		}
		return 1
	})
	return langs
}

func legendHeading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// legendRows lays each row out as its symbol beside its text.
func legendRows(rows []legendRow) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(rows))
	for i, r := range rows {
		out[i] = container.NewBorder(nil, nil, container.NewCenter(r.symbol), nil, wrapped(r.text))
	}
	return out
}

// legendCanvas is a symbol's box holding the given objects.
func legendCanvas(objs ...fyne.CanvasObject) fyne.CanvasObject {
	box := canvas.NewRectangle(color.Transparent)
	box.SetMinSize(legendSymbolSize)
	return container.NewStack(box, container.NewWithoutLayout(objs...))
}

// The symbols, at the timeline's proportions (its mark size is about 10).
const legendMark = 10

func legendDiamond(c, bg color.Color) fyne.CanvasObject {
	size := float32(legendMark * diamondScale)
	pg := &canvas.Polygon{FillColor: c, StrokeColor: bg, StrokeWidth: 1, Sides: 4}
	pg.Move(fyne.NewPos(22-size/2, 11-size/2))
	pg.Resize(fyne.NewSize(size, size))
	return legendCanvas(pg)
}

// legendAnnounced, legendUnsupported and legendAnalyst draw the cues of
// paintEvidence over a diamond, at the same proportions.
func legendAnnounced(c, bg color.Color) fyne.CanvasObject {
	size := float32(legendMark*diamondScale - 2*cueInset*math.Sqrt2)
	inner := &canvas.Polygon{FillColor: bg, Sides: 4}
	inner.Move(fyne.NewPos(22-size/2, 11-size/2))
	inner.Resize(fyne.NewSize(size, size))
	return legendCanvas(legendDiamond(c, bg), inner)
}

func legendUnsupported(c, bg color.Color) fyne.CanvasObject {
	h := float32(legendMark * 0.75)
	return legendCanvas(legendDiamond(c, bg), legendLine(c, 22-h, 11+h, 22+h, 11-h))
}

func legendAnalyst(c, bg color.Color) fyne.CanvasObject {
	reach := float32(legendMark*diamondScale/2) * 0.8
	dot := &canvas.Circle{FillColor: c, StrokeColor: bg, StrokeWidth: 1}
	dot.Move(fyne.NewPos(22+reach-2.5, 11-reach-2.5))
	dot.Resize(fyne.NewSize(5, 5))
	return legendCanvas(legendDiamond(c, bg), dot)
}

func legendBar(c color.Color) fyne.CanvasObject {
	bar := canvas.NewRectangle(c)
	bar.CornerRadius = legendMark / 2
	bar.Move(fyne.NewPos(6, 11-legendMark/2))
	bar.Resize(fyne.NewSize(32, legendMark))
	return legendCanvas(bar)
}

func legendBracket(c color.Color, year bool) fyne.CanvasObject {
	h := float32(legendMark + 2*bracketOver)
	top, bottom := 11-h/2, 11+h/2
	pattern := hatchPattern{c: withAlpha(c, 0.55), cross: year, scale: 1}
	hatch := canvas.NewRaster(func(w, h int) image.Image { return pattern.sized(w, h) })
	hatch.Move(fyne.NewPos(6, top))
	hatch.Resize(fyne.NewSize(32, h))
	objs := []fyne.CanvasObject{hatch}
	for _, e := range []struct{ x, in float32 }{{6, bracketSerif}, {38, -bracketSerif}} {
		objs = append(objs,
			legendLine(c, e.x, top, e.x, bottom),
			legendLine(c, e.x, top, e.x+e.in, top),
			legendLine(c, e.x, bottom, e.x+e.in, bottom))
	}
	return legendCanvas(objs...)
}

func legendCluster(c color.Color) fyne.CanvasObject {
	back := canvas.NewCircle(withAlpha(c, 0.5))
	back.Move(fyne.NewPos(20, 4))
	back.Resize(fyne.NewSize(12, 12))
	front := canvas.NewCircle(c)
	front.Move(fyne.NewPos(14, 7))
	front.Resize(fyne.NewSize(12, 12))
	return legendCanvas(back, front)
}

func legendTriangle(c color.Color) fyne.CanvasObject {
	size := float32(legendMark + 2)
	pg := &canvas.Polygon{FillColor: c, Sides: 3}
	pg.Move(fyne.NewPos(22-size/2, 11-size/2))
	pg.Resize(fyne.NewSize(size, size))
	return legendCanvas(pg)
}

func legendArticleSpan(c, bg color.Color) fyne.CanvasObject {
	half := float32(legendMark / 2)
	bar := canvas.NewRectangle(withAlpha(c, 0.6))
	bar.Move(fyne.NewPos(6, 10))
	bar.Resize(fyne.NewSize(32, 2))
	size := float32(legendMark + 2)
	pg := &canvas.Polygon{FillColor: bg, StrokeColor: c, StrokeWidth: 1.5, Sides: 3}
	pg.Move(fyne.NewPos(22-size/2, 11-size/2))
	pg.Resize(fyne.NewSize(size, size))
	return legendCanvas(bar, legendLine(c, 6, 11-half, 6, 11+half), legendLine(c, 38, 11-half, 38, 11+half), pg)
}

func legendBreak(c color.Color) fyne.CanvasObject {
	axis := legendLine(c, 2, 16, 42, 16)
	return legendCanvas(axis, legendLine(c, 16, 22, 20, 10), legendLine(c, 22, 22, 26, 10))
}

func legendLine(c color.Color, x0, y0, x1, y1 float32) *canvas.Line {
	l := canvas.NewLine(c)
	l.StrokeWidth = 1.5
	l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	return l
}
