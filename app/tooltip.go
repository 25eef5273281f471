package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tooltipLayer draws hover tips on top of the window's content. Fyne 2.7 has
// no tooltips, and a pop-up will not do: it covers the whole window to catch
// taps, so it steals the hover from the button that opened it and the tip
// flickers. This layer holds only a rectangle and a text, which take no
// events, so the pointer keeps reaching the widgets under it.
type tooltipLayer struct {
	root *fyne.Container
	box  *canvas.Rectangle
	text *canvas.Text
}

const tipPad = 4

func newTooltipLayer() *tooltipLayer {
	l := &tooltipLayer{box: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	l.root = container.NewWithoutLayout(l.box, l.text)
	l.hide()
	return l
}

// show puts the tip under the object, kept inside the layer.
func (l *tooltipLayer) show(tip string, under fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	origin := d.AbsolutePositionForObject(l.root)
	at := d.AbsolutePositionForObject(under).Subtract(origin)
	l.text.Text = tip
	l.text.TextSize = theme.CaptionTextSize()
	l.text.Color = theme.Color(theme.ColorNameForeground)
	size := l.text.MinSize().AddWidthHeight(2*tipPad, 2*tipPad)
	pos := fyne.NewPos(at.X, at.Y+under.Size().Height+2)
	if area := l.root.Size(); area.Width > 0 && pos.X+size.Width > area.Width {
		pos.X = max(0, area.Width-size.Width)
	}
	l.box.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	l.box.StrokeColor = theme.Color(theme.ColorNameShadow)
	l.box.StrokeWidth = 1
	l.box.CornerRadius = 3
	l.box.Move(pos)
	l.box.Resize(size)
	l.text.Move(pos.AddXY(tipPad, tipPad))
	l.box.Show()
	l.text.Show()
	l.root.Refresh()
}

// hide removes the tip.
func (l *tooltipLayer) hide() {
	l.box.Hide()
	l.text.Hide()
	l.root.Refresh()
}

// shown returns the text of the tip on show, or "".
func (l *tooltipLayer) shown() string {
	if l.text.Hidden {
		return ""
	}
	return l.text.Text
}

// tipButton is a toolbar button that shows a tip while hovered.
type tipButton struct {
	widget.Button
	tip   string
	layer *tooltipLayer
}

var _ desktop.Hoverable = (*tipButton)(nil)

// newTipButton returns an icon button (with an optional label) whose tip
// is shown by the layer.
func newTipButton(label string, icon fyne.Resource, tip string, layer *tooltipLayer, tapped func()) *tipButton {
	b := &tipButton{tip: tip, layer: layer}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the tip as well as the hover highlight.
func (b *tipButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	b.layer.show(b.tip, b)
}

// MouseOut hides the tip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.layer.hide()
}

// Tapped hides the tip before acting, so it does not linger over a dialog.
func (b *tipButton) Tapped(ev *fyne.PointEvent) {
	b.layer.hide()
	b.Button.Tapped(ev)
}
