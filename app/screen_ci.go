//go:build ci

package app

import "fyne.io/fyne/v2"

// screenArea is unknown without the desktop driver (the ci build): the
// window is then fitted to assumedScreen.
func screenArea() (fyne.Size, bool) { return fyne.Size{}, false }
