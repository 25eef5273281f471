package app

import (
	"context"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data/project"
)

// preparer runs the linking of declared events off the UI goroutine:
// declaring an event the corpus lacks links it over every article (0.6
// CPU-seconds at 10,000, more when texts must first be read), which would
// freeze the window. The decision is applied on the UI goroutine once its
// links are found, where it then only reads them.
type preparer struct {
	running sync.WaitGroup // the preparations running, for tests
	shown   dialog.Dialog  // the progress dialog shown last, for tests
	// gate, when set (tests), runs in the background before the linking,
	// so that a test can cancel a preparation still running.
	gate func()
}

// prepareThen finds the links of the event.define decisions among ds in
// the background, showing which event is being linked with a bar and a
// Cancel button, then calls then on the UI goroutine — at once, when none
// needs linking. A cancelled preparation calls nothing and changes
// nothing; nor does one whose corpus was replaced meanwhile.
func (w *workbench) prepareThen(ds []project.Decision, then func()) {
	s := w.session
	var todo []project.Decision
	for _, d := range ds {
		if s.NeedsPreparing(d) {
			todo = append(todo, d)
		}
	}
	if len(todo) == 0 {
		then()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	status := widget.NewLabel("")
	status.Truncation = fyne.TextTruncateEllipsis
	progress := dialog.NewCustom("Linking declared events", "Cancel", container.NewVBox(status, bar), w.mw.win)
	progress.SetOnClosed(cancel)
	progress.Resize(fyne.NewSize(480, 0))
	progress.Show()
	w.prepare.shown = progress
	w.prepare.running.Add(1)
	gate := w.prepare.gate
	go func() {
		defer w.prepare.running.Done()
		if gate != nil {
			gate()
		}
		var err error
		for n, d := range todo {
			what := linkingWhat(d, n, len(todo))
			fyne.Do(func() { status.SetText(what); bar.SetValue(0) })
			err = s.PrepareDeclaration(ctx, d, func(done, total int) {
				fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
			})
			if err != nil {
				break
			}
		}
		fyne.Do(func() {
			// Cancel may have been pressed after the last chunk: the
			// analyst asked for nothing to happen, so nothing does.
			cancelled := ctx.Err() != nil
			progress.Hide() // cancels, harmless now
			if err != nil || cancelled || w.session != s {
				return
			}
			then()
		})
	}()
}

// linkingWhat names the declaration being linked, the nth of total.
func linkingWhat(d project.Decision, n, total int) string {
	title := d.Title
	if title == "" {
		title = d.Event
	}
	if total > 1 {
		return fmt.Sprintf("Linking %s… (%d of %d)", title, n+1, total)
	}
	return fmt.Sprintf("Linking %s…", title)
}
