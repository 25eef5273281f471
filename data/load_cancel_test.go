package data

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data/synthetic"
)

// countingFS counts the reads made from its files and calls onRead at
// each.
type countingFS struct {
	fstest.MapFS
	reads  atomic.Int64
	onRead func()
}

func (c *countingFS) Open(name string) (fs.File, error) {
	f, err := c.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return &countingFile{File: f, fs: c}, nil
}

type countingFile struct {
	fs.File
	fs *countingFS
}

func (f *countingFile) Read(p []byte) (int, error) {
	f.fs.reads.Add(1)
	f.fs.onRead()
	return f.File.Read(p)
}

// TestCancelInsideBigFile cancels the load on the first read of a 48 MB
// file: the rest of the file must not be read.
func TestCancelInsideBigFile(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	big := bytes.Repeat([]byte("De president sprak dinsdag in Astana over de onrust.\n"), 48<<20/53)
	fsys := &countingFS{MapFS: fstest.MapFS{"big.txt": {Data: big}}, onRead: cancel}
	_, _, err := ReadArticles(ctx, fsys, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if n, most := fsys.reads.Load(), int64(len(big)/readChunk/4); n > most {
		t.Errorf("%d reads after the cancel; the file was read on (want at most %d)", n, most)
	}
}

// TestCancelHalfway cancels a build when half of the files are read: it
// must stop its work, not only stop showing it: the files not yet read
// are never read, and none is dated.
func TestCancelHalfway(t *testing.T) {
	const n = 400
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int64
	progress := func(p Progress) {
		calls.Add(1)
		if p.Stage == "reading" && p.Done == n/2 {
			cancel()
		}
	}
	_, err := Build(ctx, synthetic.GenerateFS(n, 1), "x", Curated{}, progress)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if calls.Load() >= n {
		t.Errorf("%d progress calls for %d files: the build went on after the cancel", calls.Load(), n)
	}
}
