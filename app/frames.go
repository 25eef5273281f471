package app

import (
	"fmt"
	"image"
	"log"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// frameProbe tells when the window has painted a frame. Fyne has no frame
// callback, so the probe is a 1×1 transparent raster drawn last, on top of
// everything: a painter calls a raster's generator only when the raster
// needs a new texture, that is in the first frame after the raster was
// refreshed. The generator runs on the UI goroutine while the frame is
// being drawn; the function it posts with fyne.Do runs after the frame is
// finished — on the desktop driver after the buffers were swapped, since
// the driver's loop takes queued functions only between frames.
//
// The window uses it to build the search index only once the first frame
// of a corpus is on screen, and, with CARAVAN_FRAMES=1 in the environment,
// to log how long each input took to reach the screen and every time the
// UI goroutine was held for more than frameStall (see frameLog).
type frameProbe struct {
	raster *canvas.Raster
	root   *fyne.Container

	mu      sync.Mutex
	pending []func(drawn time.Time)

	log *frameLog // nil unless CARAVAN_FRAMES is set
}

func newFrameProbe() *frameProbe {
	p := &frameProbe{}
	img := image.NewNRGBA(image.Rect(0, 0, 1, 1)) // transparent
	p.raster = canvas.NewRaster(func(int, int) image.Image {
		p.painted()
		return img
	})
	p.raster.Resize(fyne.NewSize(1, 1))
	p.root = container.NewWithoutLayout(p.raster)
	if os.Getenv("CARAVAN_FRAMES") != "" {
		p.log = &frameLog{logger: log.New(os.Stderr, "caravan frames: ", log.Lmicroseconds)}
		// The watch starts with the first frame: before it, the UI
		// goroutine is not running its loop yet.
		p.afterNextFrame(func(time.Time) { go p.log.watch() })
	}
	return p
}

// afterNextFrame calls f on the UI goroutine once the next frame has been
// painted, with the time the frame was being drawn. A window that is never
// shown never calls it.
func (p *frameProbe) afterNextFrame(f func(drawn time.Time)) {
	p.mu.Lock()
	p.pending = append(p.pending, f)
	p.mu.Unlock()
	p.raster.Refresh()
}

// repaint asks for a frame, which redraws the whole window.
func (p *frameProbe) repaint() { p.raster.Refresh() }

// painted runs while a frame is drawn: it hands the functions waiting for
// that frame to the UI goroutine, to run once the frame is done.
func (p *frameProbe) painted() {
	p.mu.Lock()
	waiting := p.pending
	p.pending = nil
	p.mu.Unlock()
	if len(waiting) == 0 {
		return
	}
	drawn := time.Now()
	go fyne.Do(func() {
		for _, f := range waiting {
			f(drawn)
		}
	})
}

// measure logs, when CARAVAN_FRAMES is set, how long after now the result
// of what (an input just received) was on screen. Called first thing in a
// handler, so the time includes the handler's own work.
func (p *frameProbe) measure(what string) { p.measureSince(what, time.Now()) }

// measureSince logs, when CARAVAN_FRAMES is set, how long after start the
// next frame was on screen.
//
// With the wall times it logs the CPU time spent meanwhile by the UI
// thread (the input's handler, layout, drawing) and by the whole process
// (with a software OpenGL, its rasterising threads too): on a shared
// machine the wall time mostly counts other programs' turns.
func (p *frameProbe) measureSince(what string, start time.Time) {
	if p.log == nil {
		return
	}
	thread0, process0, ok := cpuClocks()
	p.afterNextFrame(func(drawn time.Time) {
		cpu := ""
		if thread1, process1, ok1 := cpuClocks(); ok && ok1 {
			cpu = fmt.Sprintf(" (CPU: UI thread %s, process %s)", ms(thread1-thread0), ms(process1-process0))
		}
		p.log.printf("%s: drawn %s, on screen %s after the input%s", what, ms(drawn.Sub(start)), ms(time.Since(start)), cpu)
	})
}

// ms formats a duration in milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

// frameStall is the longest the UI goroutine may be held: an input
// arriving then waits that long before anything can answer it.
const frameStall = 50 * time.Millisecond

// frameLog writes the probe's measurements to the standard error, and
// watches the UI goroutine: every 10 ms it asks the UI goroutine to run an
// empty function and logs each time that took longer than frameStall.
// Painting a frame runs on the UI goroutine too, so a slow frame shows.
type frameLog struct {
	logger *log.Logger
}

func (l *frameLog) printf(format string, args ...any) { l.logger.Printf(format, args...) }

// watch reports the UI goroutine held for longer than frameStall.
func (l *frameLog) watch() {
	for {
		time.Sleep(10 * time.Millisecond)
		asked := time.Now()
		fyne.DoAndWait(func() {})
		if held := time.Since(asked); held > frameStall {
			l.printf("UI goroutine held for %s", ms(held))
		}
	}
}
