package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// allRows makes every row of a lazy list, as if all were scrolled into
// view, so tests can read what the list holds.
func allRows(l *lazyList) fyne.CanvasObject {
	box := container.NewVBox()
	for i := range l.count() {
		box.Add(l.make(i))
	}
	return box
}
