package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// corpusLoader runs the Loader off the UI goroutine, shows its progress in
// a bar with a cancel button, and hands the corpus back on the UI
// goroutine with fyne.Do, with its search, whose index is still being built
// in the background: indexing 10,000 articles takes a third as long as
// loading them, and the timeline need not wait for it. Cancel, or starting a new load,
// cancels the running load's context, so its work stops, not only its
// display. Progress reaches the UI goroutine at most twice a second.
type corpusLoader struct {
	load Loader

	bar    *widget.ProgressBar
	stage  *widget.Label
	cancel *widget.Button
	root   *fyne.Container

	stop context.CancelFunc
	run  int            // counts loads, so a cancelled load's late results are ignored
	busy sync.WaitGroup // the loads still running in the background

	// afterPaint calls a function once the next frame is on screen (the
	// window's frameProbe); the search index is started then, so that it
	// does not compete with the first frame for the processor. Nil starts
	// it at once.
	afterPaint func(func(drawn time.Time))
	log        *frameLog // with CARAVAN_FRAMES set, the load's times are logged
}

func newCorpusLoader(load Loader) *corpusLoader {
	l := &corpusLoader{load: load, bar: widget.NewProgressBar(), stage: widget.NewLabel("")}
	l.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), l.onCancel)
	l.root = container.NewBorder(nil, nil, l.stage, l.cancel, l.bar)
	l.root.Hide()
	return l
}

// loading reports whether a load is running.
func (l *corpusLoader) loading() bool { return l.stop != nil }

// start loads dir (the shipped seeds when empty). done runs on the UI
// goroutine with the corpus and its search, or with the error; a
// cancelled load calls nothing.
func (l *corpusLoader) start(dir string, done func(*data.Corpus, corpusSearch, error)) {
	l.onCancel()
	ctx, stop := context.WithCancel(context.Background())
	l.run++
	run := l.run
	l.stop = stop
	l.bar.SetValue(0)
	l.stage.SetText(loadingWhat(dir))
	l.root.Show()

	progress := throttledProgress(func(p data.Progress) {
		fyne.Do(func() {
			if run != l.run || p.Total == 0 {
				return
			}
			l.stage.SetText(fmt.Sprintf("%s %d/%d", p.Stage, p.Done, p.Total))
			l.bar.SetValue(float64(p.Done) / float64(p.Total))
		})
	})
	l.busy.Add(1)
	started := time.Now()
	go func() {
		defer l.busy.Done()
		c, err := l.load(ctx, dir, progress)
		built := time.Now()
		if err == nil {
			err = ctx.Err()
		}
		fyne.Do(func() {
			if run != l.run {
				return // cancelled or replaced
			}
			l.finish()
			if errors.Is(err, context.Canceled) {
				return
			}
			if err != nil {
				done(c, nil, err)
				return
			}
			// The window shows the corpus at once; the search index is
			// built in the background once the corpus's first frame is on
			// screen, so it does not slow that frame, and a query typed
			// before it is ready waits for it off the UI goroutine (or
			// starts it). A cancelled load never starts it.
			search := indexLater(c)
			done(c, search, nil)
			if l.afterPaint == nil {
				search.start()
				return
			}
			shown := time.Now()
			l.afterPaint(func(drawn time.Time) {
				search.start()
				if l.log != nil {
					l.log.printf("load of %s: built in %s; shown (UI goroutine) %s later; first frame drawn %s and on screen %s after the start",
						loadingWhat(dir), ms(built.Sub(started)), ms(shown.Sub(built)), ms(drawn.Sub(started)), ms(time.Since(started)))
				}
			})
		})
	}()
}

// progressInterval is the least time between two progress updates sent to
// the UI goroutine: a folder of 10,000 files reports 20,000 steps, and
// showing each one cost the window more than the analysis itself. Each
// update repaints the whole window (Fyne's GL driver has no partial
// repaint), which under a software OpenGL costs 15–20 ms of CPU taken
// from the load: a cold load of 10,000 articles on a busy machine painted
// 63 frames at four a second and 5 % steps. Two a second keep the bar
// moving, and progressStep bounds the count on a slow or busy machine.
const progressInterval = 500 * time.Millisecond

// progressStep is the least part of a stage between two updates: at most
// 10 repaints a stage however long it takes.
const progressStep = 0.1

// throttledProgress passes on at most one update per progressInterval and
// per progressStep of the stage, and always the first and the last of
// each stage. It may be called from several goroutines at once.
func throttledProgress(show func(data.Progress)) func(data.Progress) {
	return throttledProgressAt(show, time.Now)
}

// throttledProgressAt is throttledProgress on a given clock.
func throttledProgressAt(show func(data.Progress), clock func() time.Time) func(data.Progress) {
	var mu sync.Mutex
	var last time.Time
	var stage string
	var done float64 // the part of the stage last shown
	return func(p data.Progress) {
		now := clock()
		part := 0.0
		if p.Total > 0 {
			part = float64(p.Done) / float64(p.Total)
		}
		mu.Lock()
		due := p.Stage != stage || p.Done >= p.Total ||
			(now.Sub(last) >= progressInterval && part-done >= progressStep)
		if due {
			last, stage, done = now, p.Stage, part
		}
		mu.Unlock()
		if due {
			show(p)
		}
	}
}

// wait blocks until every load started has returned and handed back its
// result, cancelled ones included.
func (l *corpusLoader) wait() { l.busy.Wait() }

// onCancel stops the running load, if any.
func (l *corpusLoader) onCancel() {
	if l.stop == nil {
		return
	}
	l.stop()
	l.run++ // whatever the cancelled load returns is stale now
	l.finish()
}

func (l *corpusLoader) finish() {
	l.stop = nil
	l.root.Hide()
}

// loadingWhat names what is being loaded, for the status line.
func loadingWhat(dir string) string {
	if dir == "" {
		return "Loading the shipped corpus…"
	}
	return "Loading " + dir + "…"
}
