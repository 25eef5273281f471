// Package pipeline loads a corpus from start to end, in one direction:
// read → decode → language → dates → links (package data's Build) →
// events found in the text → storylines (package discover). The app and
// the command line load corpora through Build or Load here.
package pipeline

import (
	"context"
	"io/fs"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
	"github.com/caravan-analytics/caravan/data/store"
)

// StageDiscovering is the Progress stage while events are discovered.
const StageDiscovering = "discovering events"

// Build reads the articles under fsys, dates them, links them to the
// curated events, then discovers the events and storylines their text
// reports. root names the corpus for people ("seeds" for the shipped
// one). progress may be nil; it is called one call at a time. Build stops
// early with ctx's error when ctx is cancelled.
func Build(ctx context.Context, fsys fs.FS, root string, cur data.Curated, progress func(data.Progress)) (*data.Corpus, error) {
	return Load(ctx, store.Folder{FS: fsys, Root: root}, cur, progress)
}

// Load is Build for a corpus from any store.Source: the folder read
// afresh, the folder through the cache of earlier loads, or (later) a
// server. The source does the per-article stages; discovery runs on the
// whole corpus, because it groups passages across articles. A source
// that keeps whole corpora (store.Computing: the cache) runs discovery
// itself, and skips it, with everything else, when the folder has not
// changed since it kept the corpus.
func Load(ctx context.Context, src store.Source, cur data.Curated, progress func(data.Progress)) (*data.Corpus, error) {
	if progress == nil {
		progress = func(data.Progress) {}
	}
	if s, ok := src.(store.Computing); ok {
		// The corpus may come whole from the cache, discovery done: the
		// name finder is compiled only when discovery runs.
		return s.LoadFinished(ctx, cur, func(ctx context.Context, c *data.Corpus, progress func(data.Progress)) error {
			return discoverEvents(ctx, c, discover.NewExtractor(c.Names), progress)
		}, progress)
	}
	// Discovery's name finder depends on the names only and takes a tenth
	// of a second to compile: it is compiled while the articles are read,
	// dated and linked, not after.
	extractor := make(chan *discover.Extractor, 1)
	go func() { extractor <- discover.NewExtractor(cur.Names) }()
	c, err := src.Load(ctx, cur, progress)
	if err != nil {
		return nil, err
	}
	x := <-extractor
	if !sameNames(c.Names, cur.Names) {
		x = discover.NewExtractor(c.Names)
	}
	if err := discoverEvents(ctx, c, x, progress); err != nil {
		return nil, err
	}
	return c, nil
}

// discoverEvents is the stage on the whole corpus: the events and
// storylines its text reports.
func discoverEvents(ctx context.Context, c *data.Corpus, x *discover.Extractor, progress func(data.Progress)) error {
	return discover.DiscoverWith(ctx, c, x, func(done, total int) {
		progress(data.Progress{Stage: StageDiscovering, Done: done, Total: total})
	})
}

// sameNames reports whether two name lists are the same list.
func sameNames(a, b []*data.Name) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
