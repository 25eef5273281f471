//go:build !ci

package app

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenArea is the work area of the primary monitor (the screen less the
// desktop's panels), in Fyne units, read from GLFW, which Fyne's desktop
// driver has initialised by the time a window exists. Call it on the main
// goroutine, before the event loop runs: GLFW answers there only. ok is
// false when GLFW knows no monitor.
func screenArea() (size fyne.Size, ok bool) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	_, _, w, h := m.GetWorkarea()
	if w <= 0 || h <= 0 {
		if mode := m.GetVideoMode(); mode != nil {
			w, h = mode.Width, mode.Height
		}
	}
	if w <= 0 || h <= 0 {
		return fyne.Size{}, false
	}
	// Fyne sizes windows in its own units: pixels over the user's scale.
	scale := fyne.CurrentApp().Settings().Scale()
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(w)/scale, float32(h)/scale), true
}
