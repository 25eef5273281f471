//go:build !wasm && !test_web_driver

// Caravan's addition to fyne.io/fyne/v2@v2.7.1's GLFW driver: the Makefile builds
// the window against a copy of Fyne with this file and loop.go in the driver
// (its "gui" target; README "Idle is free" has the measurements). The folder's
// name starts with "_" so that the go command does not build it as a package of
// Caravan's own. Fyne's frame loop wakes 60 times a second for as
// long as a window is open, painting or not: about 1.5 % of a core on the
// machine the README names, for a window nobody touches (fyne-io/fyne#2506; the
// upstream pull requests that wait on GLFW instead are not merged).
//
// Here the loop goes on ticking at 60 Hz while frames paint; after idleFrames
// ticks in a row that painted nothing it stops its ticker and blocks in
// glfwWaitEventsTimeout, which returns at once on any input or window event.
// Work queued for the main thread from other goroutines (fyne.Do, and so every
// refresh the app makes from its own goroutines) wakes it with
// glfwPostEmptyEvent. idleTimeout bounds the sleep, so anything that marks a
// canvas dirty without going through the queue still paints within it.
package glfw

import (
	"sync/atomic"
	"time"

	"github.com/go-gl/glfw/v3.3/glfw"
)

const (
	// idleFrames frames in a row that paint nothing (half a second at 60 Hz)
	// before the loop sleeps: a burst of input keeps it at full rate.
	idleFrames = 30
	// idleTimeout is the longest sleep, in seconds: the bound on how late a
	// change made outside the main queue is painted.
	idleTimeout = 1.0
)

var (
	// queued counts functions sent to funcQueue and not yet run. A sender adds
	// one before it sends, the loop takes one off when it receives.
	queued atomic.Int64
	// asleep is true while the loop blocks in glfwWaitEventsTimeout (or is
	// about to).
	asleep atomic.Bool
	// quietFrames counts the ticks in a row that painted nothing (main thread only).
	quietFrames int
)

// wakeIfAsleep wakes the sleeping loop after a function was queued. The loop
// sets asleep before it reads queued, and a sender adds to queued before it
// reads asleep, so one of the two always sees the other: either the loop does
// not sleep, or the sender posts the empty event that ends the sleep.
func wakeIfAsleep() {
	if asleep.Load() {
		glfw.PostEmptyEvent()
	}
}

// sleepIfIdle is called by the loop after each tick with whether the tick
// painted. Once idleFrames ticks have painted nothing it stops the ticker and
// waits for an event; the ticker starts again when the wait ends.
func sleepIfIdle(painted bool, ticker *time.Ticker) {
	if painted {
		quietFrames = 0
		return
	}
	quietFrames++
	if quietFrames < idleFrames {
		return
	}
	asleep.Store(true)
	if queued.Load() == 0 {
		ticker.Stop()
		glfw.WaitEventsTimeout(idleTimeout)
		ticker.Reset(time.Second / 60)
	}
	asleep.Store(false)
}
