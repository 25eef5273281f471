// Package app is Caravan's Fyne user interface: the main window, the
// timeline widget, the excerpt panel, right-to-left text, filters, search,
// export dialogs and presentation mode. Bundled resources live here too.
package app

import (
	"context"
	"errors"
	"io/fs"

	fyneapp "fyne.io/fyne/v2/app"

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
	Project   string // project file to open with the corpus; "" for the one beside it, if any
}

// Run opens the main window, starts loading the corpus in the background
// and blocks until the window is closed.
func Run(cfg Config) error {
	if cfg.Open == nil {
		return errors.New("app: Config.Open is nil: the window needs a corpus loader")
	}
	a := withoutAnimations(fyneapp.NewWithID(AppID))
	w := a.NewWindow("Caravan")
	mw := newMainWindow(a, w, cfg)
	screen, _ := screenArea()
	w.Resize(fitWindow(mw.prefs.size(), screen, w.Content().MinSize()))
	w.SetMaster()
	mw.load(startDir(cfg))
	mw.warm.live = true // see warmer
	go mw.warm.keepAlive()
	w.ShowAndRun()
	return nil
}
