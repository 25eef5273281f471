// Package app is Caravan's Fyne user interface: the main window, the
// timeline widget, the excerpt panel, right-to-left text, filters, search,
// export dialogs and presentation mode. Bundled resources live here too.
package app

import (
	"context"
	"io/fs"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// AppID is the application id; Fyne keys preferences by it.
const AppID = "org.caravan.workbench"

// Loader loads a corpus folder (the shipped seeds when dir is empty),
// reporting progress; the window calls it off the UI goroutine.
type Loader func(ctx context.Context, dir string, progress func(data.Progress)) (*data.Corpus, error)

// Config is what the window needs from main.
type Config struct {
	CorpusDir string // folder to open; empty for the shipped seeds
	Seeds     fs.FS  // the embedded seeds
	Open      Loader
}

// Run opens the main window and blocks until it is closed.
func Run(cfg Config) error {
	a := fyneapp.NewWithID(AppID)
	w := a.NewWindow("Caravan")
	w.SetContent(widget.NewLabel("Caravan"))
	w.Resize(fyne.NewSize(1600, 1000))
	w.ShowAndRun()
	return nil
}
