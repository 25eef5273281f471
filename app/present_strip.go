package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
)

// newTimelineStrip draws the corpus's timeline across a slide with e
// highlighted, so the audience sees where the event sits in the story. It
// paints the same charts.Scene as the window's timeline and the exported
// images, with the deck's strip painter (deck_strip.go) on Fyne canvas
// objects. Its height is fixed, so lanes that do not fit share one "N more
// storylines" lane (charts.Options.FitLanes).
func newTimelineStrip(c *data.Corpus, e *data.Event, visible func(*data.Event) bool, size fyne.Size, m slideMetrics) fyne.CanvasObject {
	fontSize := 0.7 * m.unit
	scene := charts.Layout(c, charts.Options{
		Width: float64(size.Width), Height: float64(size.Height),
		Visible: visible, Selected: e.ID, FontSize: float64(fontSize),
		Measure: measureLabel, FitLanes: true,
	})
	objects := &stripObjects{box: container.NewWithoutLayout(), fontSize: fontSize}
	p := stripPainter{cv: objects, unit: float64(m.unit), fontSize: float64(fontSize), markSize: scene.MarkSize, hairline: 1}
	p.paint(scene, e)
	objects.box.Resize(size)
	return objects.box
}

// stripObjects paints a strip as Fyne canvas objects in box.
type stripObjects struct {
	box      *fyne.Container
	fontSize float32
}

func (p *stripObjects) add(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	p.box.Add(o)
}

func (p *stripObjects) rect(c color.NRGBA, x, y, w, h float64) {
	p.add(canvas.NewRectangle(c), float32(x), float32(y), float32(w), float32(h))
}

func (p *stripObjects) bar(c color.NRGBA, x, y, w, h float64, cutStart, cutEnd bool) {
	r := canvas.NewRectangle(c)
	p.add(r, float32(x), float32(y), float32(w), float32(h))
	roundEnds(r, float32(h/2), cutStart, cutEnd)
}

func (p *stripObjects) circle(c color.NRGBA, cx, cy, radius float64) {
	p.add(canvas.NewCircle(c), float32(cx-radius), float32(cy-radius), float32(2*radius), float32(2*radius))
}

func (p *stripObjects) line(c color.NRGBA, x0, y0, x1, y1, width float64) {
	l := canvas.NewLine(c)
	l.StrokeWidth = float32(width)
	l.Position1, l.Position2 = fyne.NewPos(float32(x0), float32(y0)), fyne.NewPos(float32(x1), float32(y1))
	p.box.Add(l)
}

func (p *stripObjects) text(s string, c color.NRGBA, bold bool, box charts.Rect) {
	t := slideText(s, p.fontSize, c, fyne.TextStyle{Bold: bold})
	p.add(t, float32(box.X), float32(box.Y), float32(box.W), float32(box.H))
}

func (p *stripObjects) centredText(s string, c color.NRGBA, bold bool, x, y float64) {
	style := fyne.TextStyle{Bold: bold}
	t := slideText(s, p.fontSize, c, style)
	w := fyne.MeasureText(s, p.fontSize, style).Width
	p.add(t, float32(x)-w/2, float32(y), w, lineHeight(p.fontSize))
}
