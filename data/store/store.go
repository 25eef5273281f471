// Package store is where a corpus comes from. A Source builds the corpus
// with the curated knowledge; the folder of articles read afresh (Folder)
// and the same folder through a cache of what was computed from each file
// and from the whole corpus (Cached) are its two implementations here. A server shared by a team,
// keeping the articles and the computed index in a database, would be a
// third: it would answer Load from its tables instead of from files.
//
// Reading a folder is safe against what an analyst's folder may hold: only
// regular files are opened, without blocking, and links are not followed
// out of the folder (see data.ReadArticles).
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/caravan-analytics/caravan/data"
)

// Source is a corpus of articles and what was computed from them.
type Source interface {
	// Load builds the corpus with the curated knowledge, reporting
	// progress (which may be nil) and stopping when ctx is cancelled.
	Load(ctx context.Context, cur data.Curated, progress func(data.Progress)) (*data.Corpus, error)
}

// Finish is the work a load does on the whole corpus once its articles
// are read, dated and linked: package discover's events and storylines,
// which group passages across articles. progress may not be nil.
type Finish func(ctx context.Context, c *data.Corpus, progress func(data.Progress)) error

// Computing is a Source that can keep what a whole load computed, finish
// included, and give it back while nothing it was computed from has
// changed, without redoing finish. The result of finish must depend only
// on the corpus and the program (package pipeline passes the same finish
// every time).
type Computing interface {
	Source
	// LoadFinished is Load followed by finish, or what it gave the last
	// time the folder was as it is now.
	LoadFinished(ctx context.Context, cur data.Curated, finish Finish, progress func(data.Progress)) (*data.Corpus, error)
}

// Folder is a folder of articles, read afresh on every Load.
type Folder struct {
	FS   fs.FS  // the articles
	Root string // the folder's name for people ("seeds" for the shipped one)
	// Dir is the folder on disk, or "" for one that is not on disk (the
	// shipped seeds); the cache keys its entries by it.
	Dir string
}

// NewFolder returns the folder dir on disk. Its files are opened without
// blocking, so that a named pipe that takes the place of an article
// between listing and reading cannot hang the load.
func NewFolder(dir string) (Folder, error) {
	if err := readable(dir); err != nil {
		return Folder{}, fmt.Errorf("cannot read corpus folder %s: %w", dir, err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Folder{}, fmt.Errorf("corpus folder %s: %w", dir, err)
	}
	return Folder{FS: nonBlockingDirFS(abs), Root: dir, Dir: abs}, nil
}

// readable reports why dir cannot be listed, or nil. It reads one entry,
// not the whole folder: listing 100,000 files (and sorting them) only to
// check was a tenth of a second of a warm reopening.
func readable(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.ReadDir(1); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// Load reads, dates and links every article of the folder.
func (f Folder) Load(ctx context.Context, cur data.Curated, progress func(data.Progress)) (*data.Corpus, error) {
	return data.Build(ctx, f.FS, f.Root, cur, progress)
}
