package app

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// A load cancelled halfway must stop its work: the build's context is
// cancelled, the build returns early without dating the rest, and nothing
// is handed to the window.
func TestCancellingALoadHalfwayStopsTheBuild(t *testing.T) {
	test.NewTempApp(t)
	const n = 400
	fsys := synthetic.GenerateFS(n, 3)
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	var dated atomic.Int64 // articles dated and linked when the build returned
	var buildErr error
	halfway := make(chan struct{})
	var once sync.Once
	l := newCorpusLoader(func(ctx context.Context, _ string, progress func(data.Progress)) (*data.Corpus, error) {
		c, err := data.Build(ctx, fsys, "generated", cur, func(p data.Progress) {
			if p.Stage == "dating and linking" {
				dated.Store(int64(p.Done))
				if p.Done >= n/10 {
					once.Do(func() { close(halfway) })
				}
			}
			progress(p)
		})
		buildErr = err
		return c, err
	})
	delivered := false
	l.start("generated", func(*data.Corpus, corpusSearch, error) { delivered = true })
	<-halfway
	l.onCancel()
	l.wait()
	if !errors.Is(buildErr, context.Canceled) {
		t.Errorf("the build went on after cancel: it returned %v", buildErr)
	}
	if got := dated.Load(); got >= n {
		t.Errorf("the build dated all %d articles after cancel", got)
	}
	if delivered {
		t.Error("a cancelled load delivered its corpus")
	}
}

func TestProgressIsThrottledButKeepsTheEndOfEachStage(t *testing.T) {
	var shown []data.Progress
	progress := throttledProgress(func(p data.Progress) { shown = append(shown, p) })
	for i := 1; i <= 5000; i++ {
		progress(data.Progress{Stage: "reading", Done: i, Total: 5000})
	}
	progress(data.Progress{Stage: "dating and linking", Done: 1, Total: 5000})
	// 5,000 updates in far less than a second: the first, the last, and
	// at most one per interval in between.
	if len(shown) < 3 || len(shown) > 3+int(time.Second/progressInterval) {
		t.Fatalf("%d updates shown of 5,001", len(shown))
	}
	if shown[0].Done != 1 || shown[len(shown)-2].Done != 5000 || shown[len(shown)-1].Stage != "dating and linking" {
		t.Errorf("shown %v … %v", shown[0], shown[len(shown)-2:])
	}
}

// However slow the stage, it is shown at most once per progressStep: on a
// busy machine every update is a repaint taken from the load.
func TestProgressIsShownAtMostOncePerStep(t *testing.T) {
	var shown []data.Progress
	now := time.Now()
	progress := throttledProgressAt(func(p data.Progress) { shown = append(shown, p) }, func() time.Time { return now })
	for i := 1; i <= 1000; i++ {
		progress(data.Progress{Stage: "reading", Done: i, Total: 1000})
		now = now.Add(progressInterval) // a slow machine: an interval between any two steps
	}
	if n := len(shown); n < 10 || n > int(1/progressStep)+2 {
		t.Errorf("%d updates shown for a stage of 1,000 slow steps; want at most %d", n, int(1/progressStep)+2)
	}
	for i := 1; i < len(shown)-1; i++ {
		if got := float64(shown[i].Done-shown[i-1].Done) / 1000; got < progressStep {
			t.Errorf("update %d moved the bar by %.3f, less than a step", i, got)
		}
	}
}
