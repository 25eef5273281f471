package app

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// chartChoice is one chart the panel can show.
type chartChoice struct {
	label string // what the selector lists
	chart string // chartCoverage or chartActors
}

// panelCharts are the panel's charts, in the selector's order.
var panelCharts = []chartChoice{
	{label: "Coverage by language", chart: chartCoverage},
	{label: "Actors over time", chart: chartActors},
}

// resizeSlack is how far the panel may change size, in either direction,
// before the chart is drawn again: a few pixels of a split being dragged
// are not worth a render, the image is scaled to fit meanwhile.
const resizeSlack = 8

// chartsPanel shows one of panelCharts for the corpus, drawn by the charts
// package at the panel's size. Rendering runs off the UI goroutine, one at
// a time: a request made while one runs is served when it ends, at the
// size and with the corpus current then, so dragging a split or loading
// twice never queues up stale work.
//
// Every method runs on the UI goroutine.
type chartsPanel struct {
	root   *fyne.Container
	choose *widget.Select
	status *widget.Label
	image  *canvas.Image
	area   *fyne.Container // holds the image; its layout reports resizes

	corpus *data.Corpus
	scope  exportScope // the window's filters and search (see scopeOf)
	chart  string

	// typing waits out a pause in the typing of a search before drawing;
	// nil when no search is waiting. Each change bumps filterChanges, so
	// a wait outlived by a later change draws nothing.
	typing        *time.Timer
	pause         time.Duration // typingPause; tests make it long and end it themselves
	filterChanges int

	stale    bool      // the image does not show the current corpus, scope and chart
	busy     bool      // a render is running
	rendered fyne.Size // the size of the last render started
	started  int       // renders started so far
	job      chartJob  // the last render started

	// onRendered, if set, hears when a render has been shown (tests wait on it).
	onRendered func()
}

// newChartsPanel builds the panel; onExport opens the export dialog.
func newChartsPanel(onExport func()) *chartsPanel {
	p := &chartsPanel{chart: panelCharts[0].chart, pause: typingPause}
	labels := make([]string, len(panelCharts))
	for i, c := range panelCharts {
		labels[i] = c.label
	}
	p.choose = widget.NewSelect(labels, p.onChartChosen)
	p.choose.SetSelectedIndex(0)
	p.status = widget.NewLabel("")
	p.status.Importance = widget.LowImportance
	p.status.Truncation = fyne.TextTruncateEllipsis
	p.image = canvas.NewImageFromImage(nil)
	p.image.FillMode = canvas.ImageFillContain
	p.area = container.New(&chartArea{onResized: p.onResized}, p.image)
	export := widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), onExport)
	bar := container.NewBorder(nil, nil, fitLongest(p.choose, labels), export, p.status)
	p.root = container.NewBorder(bar, nil, nil, nil, p.area)
	return p
}

// typingPause is how long the search box must rest before the charts
// follow it: a chart takes a moment to draw, and the words typed on the
// way to a query are not worth drawing.
const typingPause = 300 * time.Millisecond

// setCorpus shows a newly loaded corpus; the filters were reset with it.
func (p *chartsPanel) setCorpus(c *data.Corpus) {
	p.corpus = c
	p.setScope(exportScope{}, false)
}

// setFilters follows the window's filters and search: the charts count
// only the articles they keep, as the overview does (a count cannot be
// dimmed). Whether the timeline hides or dims the rest changes nothing
// here. A change of the search alone is drawn after a pause in typing.
func (p *chartsPanel) setFilters(f filter) {
	was, now := p.scope.Filter.state, f.state
	was.Hide, now.Hide = false, false
	was.Storyline = p.scope.Storyline
	if now == was {
		return
	}
	typed := was
	typed.Query = now.Query
	p.setScope(scopeOf(f), typed == now)
}

// setScope draws the charts of a new scope, at once or after a pause in
// typing.
func (p *chartsPanel) setScope(s exportScope, typed bool) {
	p.scope = s
	p.filterChanges++
	if p.typing != nil {
		p.typing.Stop()
		p.typing = nil
	}
	if !typed {
		p.requestRender()
		return
	}
	change := p.filterChanges
	p.typing = time.AfterFunc(p.pause, func() {
		fyne.Do(func() {
			if change == p.filterChanges {
				p.typing = nil
				p.requestRender()
			}
		})
	})
}

// shown is called when the panel's tab is selected: a change made while
// it was hidden is drawn now.
func (p *chartsPanel) shown() { p.maybeStart() }

// onChartChosen draws the chart picked in the selector.
func (p *chartsPanel) onChartChosen(label string) {
	for _, c := range panelCharts {
		if c.label == label && c.chart != p.chart {
			p.chart = c.chart
			p.requestRender()
		}
	}
}

// onResized redraws when the image area has changed size by more than
// resizeSlack pixels since the last render.
func (p *chartsPanel) onResized(size fyne.Size) {
	if math.Abs(float64(size.Width-p.rendered.Width)) > resizeSlack ||
		math.Abs(float64(size.Height-p.rendered.Height)) > resizeSlack {
		p.stale = true
	}
	p.maybeStart()
}

// requestRender marks the image out of date and draws it when it can.
func (p *chartsPanel) requestRender() {
	p.stale = true
	p.maybeStart()
}

// maybeStart starts a render if the image is out of date, none is
// running, and the panel is on screen with room to draw in.
func (p *chartsPanel) maybeStart() {
	size := p.area.Size()
	if !p.stale || p.busy || !p.root.Visible() || size.Width < 1 || size.Height < 1 {
		return
	}
	p.stale = false
	p.rendered = size
	if p.corpus == nil {
		p.image.Image = nil
		p.image.Refresh()
		p.status.SetText("Open a corpus to see its charts.")
		return
	}
	pixels := p.pixelSize(size)
	job := chartJob{corpus: p.corpus, chart: p.chart, format: "png", scope: p.scope, size: pixels}
	p.busy = true
	p.started++
	p.job = job
	p.status.SetText("rendering…")
	go func() {
		img, err := renderChartImage(job)
		fyne.Do(func() { p.finish(img, err) })
	}()
}

// finish shows a render's result, then serves any request made meanwhile.
func (p *chartsPanel) finish(img image.Image, err error) {
	p.busy = false
	if err != nil {
		p.status.SetText("Could not draw the chart: " + err.Error())
	} else {
		p.status.SetText("")
		p.image.Image = img
		p.image.Refresh()
	}
	p.maybeStart()
	if p.onRendered != nil {
		p.onRendered()
	}
}

// pixelSize is the size in device pixels, so the chart is drawn sharp on
// a high-density screen rather than scaled up.
func (p *chartsPanel) pixelSize(size fyne.Size) fyne.Size {
	scale := float32(1)
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(p.image); c != nil && c.Scale() > 0 {
			scale = c.Scale()
		}
	}
	round := func(v float32) float32 { return float32(math.Round(float64(v * scale))) }
	return fyne.NewSize(round(size.Width), round(size.Height))
}

// renderChartImage draws the chart as an export of it would be drawn and
// decodes the PNG for the screen. It runs off the UI goroutine.
func renderChartImage(job chartJob) (image.Image, error) {
	var buf bytes.Buffer
	if err := job.write(&buf); err != nil {
		return nil, err
	}
	img, err := png.Decode(&buf)
	if err != nil {
		return nil, fmt.Errorf("reading the %s chart back: %w", job.chart, err)
	}
	return img, nil
}

// fitLongest gives a selector room for its longest choice: on the side of
// a bar it would otherwise shrink to a few letters and an ellipsis.
func fitLongest(s *widget.Select, labels []string) fyne.CanvasObject {
	widest := float32(0)
	for _, l := range labels {
		widest = max(widest, fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	// The drop-down icon and the padding around the text and the icon.
	w := widest + theme.IconInlineSize() + 6*theme.Padding()
	return container.NewGridWrap(fyne.NewSize(w, s.MinSize().Height), s)
}

// chartArea lays the chart image over the whole area and reports each
// new size, which a container's layout hears first.
type chartArea struct {
	onResized func(fyne.Size)
}

func (l *chartArea) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	l.onResized(size)
}

// MinSize is small: the chart scales to whatever room the split leaves.
func (l *chartArea) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(120, 90) }
