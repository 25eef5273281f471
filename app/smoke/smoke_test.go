// Package smoke runs the real caravan binary in a real X server (Xvfb) and
// looks at the screen: the one test that covers the cgo build, the OpenGL
// driver, the fonts and the start-up load together.
//
// The binary comes from CARAVAN_BINARY (default ../../caravan). Without it
// the test is skipped, unless CARAVAN_SMOKE is set: `make test` builds the
// binary and sets both, so there it always runs.
package smoke

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Bounded waits. They are generous because the machine may be busy; the
// test never asserts how long anything took.
const (
	serverWait = 20 * time.Second // for Xvfb to accept clients
	windowWait = 60 * time.Second // for the window to appear
	paintWait  = 60 * time.Second // for the timeline to be painted
	pollEvery  = 250 * time.Millisecond
	screenSize = "1600x1000"
)

func TestSmokeWindowPaintsTheTimeline(t *testing.T) {
	bin := binary(t)
	tools(t, "Xvfb", "xwininfo", "import")

	display := startXvfb(t)
	home := t.TempDir() // fresh preferences: the default size and the shipped corpus
	app := exec.Command(bin)
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"))
	var out bytes.Buffer
	app.Stdout, app.Stderr = &out, &out
	if err := app.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	exited := waitInBackground(app)
	t.Cleanup(func() {
		_ = app.Process.Kill()
		<-exited
		if t.Failed() {
			t.Logf("caravan's output:\n%s", out.String())
		}
	})

	waitFor(t, windowWait, exited, "a window named Caravan", func() bool {
		tree, err := exec.Command("xwininfo", "-display", display, "-root", "-tree").Output()
		return err == nil && bytes.Contains(tree, []byte(`"Caravan`))
	})

	shot := filepath.Join(t.TempDir(), "screen.png")
	var colours int
	waitFor(t, paintWait, exited, "a painted timeline", func() bool {
		img, err := capture(display, shot)
		if err != nil {
			t.Logf("capture: %v", err)
			return false
		}
		colours = distinctColours(img, timelineArea(img.Bounds()))
		return colours >= minColours
	})
	t.Logf("the timeline area shows %d distinct colours", colours)
}

// minColours is how many distinct colours the timeline area must show:
// lanes, marks, labels and the axis give hundreds; a blank or uniform
// window gives one or two.
const minColours = 24

// timelineArea is where the timeline sits in a 1600×1000 window: below the
// toolbar and the overview strip, left of the excerpt panel.
func timelineArea(screen image.Rectangle) image.Rectangle {
	w, h := screen.Dx(), screen.Dy()
	return image.Rect(w*2/100, h*20/100, w*55/100, h*85/100)
}

func distinctColours(img image.Image, r image.Rectangle) int {
	seen := map[[3]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			seen[[3]uint32{cr >> 8, cg >> 8, cb >> 8}] = true
		}
	}
	return len(seen)
}

// binary returns the caravan binary to run, or skips.
func binary(t *testing.T) string {
	bin := os.Getenv("CARAVAN_BINARY")
	if bin == "" {
		bin = filepath.Join("..", "..", "caravan")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		if os.Getenv("CARAVAN_SMOKE") == "" {
			t.Skipf("no caravan binary at %s (build it, or run make test)", abs)
		}
		t.Fatalf("CARAVAN_SMOKE is set but the binary is missing: %v", err)
	}
	return abs
}

// tools makes sure the X programs are installed.
func tools(t *testing.T, names ...string) {
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if os.Getenv("CARAVAN_SMOKE") == "" {
				t.Skipf("%s is not installed (make deps installs it)", n)
			}
			t.Fatalf("CARAVAN_SMOKE is set but %s is not installed", n)
		}
	}
}

// startXvfb starts an X server on a free display and returns its name.
func startXvfb(t *testing.T) string {
	n := 90
	for ; n < 200; n++ {
		if !exists(fmt.Sprintf("/tmp/.X11-unix/X%d", n)) && !exists(fmt.Sprintf("/tmp/.X%d-lock", n)) {
			break
		}
	}
	display := fmt.Sprintf(":%d", n)
	x := exec.Command("Xvfb", display, "-screen", "0", screenSize+"x24", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		t.Fatalf("starting Xvfb: %v", err)
	}
	exited := waitInBackground(x)
	t.Cleanup(func() {
		_ = x.Process.Kill()
		<-exited
	})
	waitFor(t, serverWait, exited, "Xvfb on "+display, func() bool {
		return exec.Command("xwininfo", "-display", display, "-root").Run() == nil
	})
	return display
}

// waitInBackground waits for a started command; the channel is closed
// when it has exited.
func waitInBackground(cmd *exec.Cmd) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	return done
}

// waitFor polls ready until it holds, the process behind exited ends, or
// max passes.
func waitFor(t *testing.T, max time.Duration, exited <-chan struct{}, what string, ready func() bool) {
	t.Helper()
	deadline := time.Now().Add(max)
	for !ready() {
		select {
		case <-exited:
			t.Fatalf("waiting for %s: the process exited", what)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s after %v", what, max)
		}
		time.Sleep(pollEvery)
	}
}

// capture takes a picture of the whole screen with ImageMagick.
func capture(display, path string) (image.Image, error) {
	cmd := exec.Command("import", "-display", display, "-window", "root", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("import: %v: %s", err, strings.TrimSpace(string(out)))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
