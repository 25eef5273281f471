package app

import (
	"bytes"
	"image"
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// rowButton is a flat button with an icon and a label, as a low-importance
// widget.Button looks, for the rows of long lists (a passage's "Open
// article" and "Copy citation", a paragraph's copy button).
//
// A widget.Button draws its icon with a canvas.Image, and Fyne refreshes
// every canvas.Image the first time a frame meets it (to re-render it at
// the canvas's scale): the SVG is parsed and rasterised again on the UI
// goroutine, and the refresh, made while the frame is being drawn, asks
// for a second frame — a whole repaint, 50–100 ms of CPU under software
// OpenGL at 10,000 articles. Every next-event step and every article
// opened made new rows, so each painted two or three frames. rowButton
// draws its icon with a canvas.Raster from a cache of rendered icons,
// which a frame draws once.
type rowButton struct {
	widget.BaseWidget
	text     string
	icon     fyne.Resource
	onTapped func()
	hovered  bool
	// onHover, when set, is told when the pointer comes onto the button
	// (true) and leaves it (false).
	onHover func(in bool)
}

var (
	_ fyne.Tappable     = (*rowButton)(nil)
	_ desktop.Hoverable = (*rowButton)(nil)
)

func newRowButton(text string, icon fyne.Resource, tapped func()) *rowButton {
	b := &rowButton{text: text, icon: icon, onTapped: tapped}
	b.ExtendBaseWidget(b)
	return b
}

// rowMenuButton is a rowButton that opens a menu under itself, as the
// project's menuButton does with a widget.Button.
func rowMenuButton(label string, items func() []*fyne.MenuItem) *rowButton {
	var b *rowButton
	b = newRowButton(label, theme.MoreHorizontalIcon(), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(b)
		if c == nil {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height))
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items()...), c, pos)
	})
	return b
}

// SetText changes the label.
func (b *rowButton) SetText(text string) {
	b.text = text
	b.Refresh()
}

// SetIcon changes the icon.
func (b *rowButton) SetIcon(icon fyne.Resource) {
	b.icon = icon
	b.Refresh()
}

// Tapped runs the button's action.
func (b *rowButton) Tapped(*fyne.PointEvent) {
	if b.onTapped != nil {
		b.onTapped()
	}
}

// MouseIn shows the hover background.
func (b *rowButton) MouseIn(*desktop.MouseEvent) {
	b.hovered = true
	b.Refresh()
	if b.onHover != nil {
		b.onHover(true)
	}
}

// MouseMoved does nothing: the background shows already.
func (b *rowButton) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the hover background.
func (b *rowButton) MouseOut() {
	b.hovered = false
	b.Refresh()
	if b.onHover != nil {
		b.onHover(false)
	}
}

// CreateRenderer is called by Fyne to draw the button.
func (b *rowButton) CreateRenderer() fyne.WidgetRenderer {
	r := &rowButtonRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), label: canvas.NewText("", nil)}
	r.icon = canvas.NewRaster(func(w, h int) image.Image { return renderedIcon(r.drawn, w, h) })
	r.objects = []fyne.CanvasObject{r.bg, r.icon, r.label}
	r.Refresh()
	return r
}

type rowButtonRenderer struct {
	b       *rowButton
	bg      *canvas.Rectangle
	icon    *canvas.Raster
	drawn   fyne.Resource // the icon the raster draws
	fg      color.NRGBA   // in this colour
	label   *canvas.Text
	objects []fyne.CanvasObject
}

func (r *rowButtonRenderer) Destroy()                     {}
func (r *rowButtonRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is a widget.Button's: the icon and the label side by side,
// padded as a button pads them.
func (r *rowButtonRenderer) MinSize() fyne.Size {
	th := r.b.Theme()
	m := buttonMetricsFor(th.Size(theme.SizeNameText))
	iconSize := th.Size(theme.SizeNameInlineIcon)
	size := fyne.NewSize(iconSize, iconSize)
	if r.b.text != "" {
		label := r.label.MinSize()
		size.Width += th.Size(theme.SizeNamePadding) + label.Width + m.label.Width
		size.Height = max(size.Height, label.Height+m.label.Height)
	}
	inner := th.Size(theme.SizeNameInnerPadding)
	return size.Add(fyne.NewSquareSize(2 * inner))
}

// buttonMetrics is what a widget.Button adds around its label's text (its
// rich text's own padding), measured once per text size on a button.
type buttonMetrics struct{ label fyne.Size }

var buttonMetricsCache struct {
	sync.Mutex
	m map[float32]buttonMetrics
}

func buttonMetricsFor(textSize float32) buttonMetrics {
	buttonMetricsCache.Lock()
	defer buttonMetricsCache.Unlock()
	if m, ok := buttonMetricsCache.m[textSize]; ok {
		return m
	}
	const probe = "Open article"
	inner := theme.Size(theme.SizeNameInnerPadding)
	text := fyne.MeasureText(probe, textSize, fyne.TextStyle{})
	b := widget.NewButton(probe, nil).MinSize()
	m := buttonMetrics{label: fyne.NewSize(b.Width-2*inner-text.Width, max(0, b.Height-2*inner-text.Height))}
	if buttonMetricsCache.m == nil {
		buttonMetricsCache.m = map[float32]buttonMetrics{}
	}
	buttonMetricsCache.m[textSize] = m
	return m
}

// Layout puts the icon at the leading edge and the label after it, both
// centred vertically, as a button aligned to its leading edge does.
func (r *rowButtonRenderer) Layout(size fyne.Size) {
	th := r.b.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	iconSize := th.Size(theme.SizeNameInlineIcon)
	r.bg.Resize(size)
	x := inner
	if r.b.text == "" {
		x = (size.Width - iconSize) / 2
	}
	r.icon.Move(fyne.NewPos(x, (size.Height-iconSize)/2))
	r.icon.Resize(fyne.NewSquareSize(iconSize))
	label := r.label.MinSize()
	pad := buttonMetricsFor(th.Size(theme.SizeNameText)).label.Width / 2
	r.label.Move(fyne.NewPos(x+iconSize+th.Size(theme.SizeNamePadding)+pad, (size.Height-label.Height)/2))
	r.label.Resize(label)
}

// Refresh applies the text, the icon, the hover state and the theme.
func (r *rowButtonRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.label.Text = r.b.text
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	r.bg.FillColor = color.Transparent
	if r.b.hovered {
		r.bg.FillColor = blendColor(th.Color(theme.ColorNameButton, v), th.Color(theme.ColorNameHover, v))
	}
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	// The icon takes the theme's foreground colour, as a themed icon does.
	var drawn fyne.Resource
	if r.b.icon != nil {
		drawn = theme.NewThemedResource(r.b.icon)
		if _, ok := r.b.icon.(*theme.ThemedResource); ok {
			drawn = r.b.icon
		}
	}
	// Drawn again for another icon, or for the same in another colour (a
	// theme change reaches every widget's Refresh).
	if fg := color.NRGBAModel.Convert(th.Color(theme.ColorNameForeground, v)).(color.NRGBA); !sameIcon(drawn, r.drawn) || fg != r.fg {
		r.drawn, r.fg = drawn, fg
		r.icon.Refresh()
	}
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

// sameIcon reports whether two icons draw alike (resources are compared
// by name: themed resources are made anew by every theme.…Icon call).
func sameIcon(a, b fyne.Resource) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Name() == b.Name()
}

// blendColor lays the overlay colour over the base, as Fyne's buttons
// blend their hover colour.
func blendColor(under, over color.Color) color.Color {
	ur, ug, ub, ua := under.RGBA()
	or, og, ob, oa := over.RGBA()
	if oa == 0 {
		return under
	}
	mix := func(u, o uint32) uint8 { return uint8((o + u*(0xffff-oa)/0xffff) >> 8) }
	return color.NRGBA{R: mix(ur, or), G: mix(ug, og), B: mix(ub, ob), A: uint8((oa + ua*(0xffff-oa)/0xffff) >> 8)}
}

// renderedIcons caches icons rendered at a size in a colour: a frame
// meeting a hundred new rows draws each icon once.
var renderedIcons struct {
	sync.Mutex
	m map[iconKey]image.Image
}

type iconKey struct {
	name string
	fg   color.NRGBA
	w, h int
}

// renderedIcon is the icon drawn in w×h pixels, in the colour the current
// theme gives it; nil draws nothing.
func renderedIcon(res fyne.Resource, w, h int) image.Image {
	if res == nil || w <= 0 || h <= 0 {
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	}
	fg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameForeground)).(color.NRGBA)
	key := iconKey{name: res.Name(), fg: fg, w: w, h: h}
	renderedIcons.Lock()
	defer renderedIcons.Unlock()
	if img, ok := renderedIcons.m[key]; ok {
		return img
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	if icon, err := oksvg.ReadIconStream(bytes.NewReader(res.Content())); err == nil {
		icon.SetTarget(0, 0, float64(w), float64(h))
		scanner := rasterx.NewScannerGV(w, h, img, img.Bounds())
		icon.Draw(rasterx.NewDasher(w, h, scanner), 1)
	}
	if renderedIcons.m == nil {
		renderedIcons.m = map[iconKey]image.Image{}
	}
	renderedIcons.m[key] = img
	return img
}
