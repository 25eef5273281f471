package data_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// digestFS returns a folder holding one file of about size bytes: synthetic
// articles one after the other, as a news digest pasted into one file. When
// oneParagraph is set the blank lines are taken out, so the whole file is a
// single paragraph.
func digestFS(size int, oneParagraph bool) fs.FS {
	var buf bytes.Buffer
	// Enough distinct articles that no paragraph repeats (repeats are
	// collapsed, which would make the file cheap).
	src := synthetic.GenerateFS(size/3000+1, 7)
	names, _ := fs.Glob(src, "*.txt")
	for i := 0; buf.Len() < size && i < len(names); i++ {
		raw, _ := fs.ReadFile(src, names[i])
		if oneParagraph {
			raw = bytes.ReplaceAll(raw, []byte("\n"), []byte(" "))
		}
		buf.Write(raw)
		if oneParagraph {
			buf.WriteByte(' ')
		} else {
			buf.WriteString("\n\n")
		}
	}
	return fstest.MapFS{"digest.txt": &fstest.MapFile{Data: buf.Bytes(), Mode: 0o644}}
}

// benchmarkBuildDigest builds a corpus of one big file; time per op should
// grow in proportion to the size (compare the sizes: linear means the
// MB/s figure stays the same).
func benchmarkBuildDigest(b *testing.B, size int, oneParagraph bool) {
	cur := datatest.ShippedCurated(b)
	fsys := digestFS(size, oneParagraph)
	benchmarkPeakHeap(b, func() {
		c, err := data.Build(context.Background(), fsys, "digest", cur, nil)
		if err != nil || len(c.Articles) != 1 {
			b.Fatalf("%v; %+v", err, c.Problems)
		}
	})
	b.ReportMetric(float64(size)/(1<<20)*float64(b.N)/b.Elapsed().Seconds(), "MB/s")
}

func BenchmarkBuildDigest(b *testing.B) {
	for _, mb := range []int{1, 4, 16, 60} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) { benchmarkBuildDigest(b, mb<<20, false) })
	}
}

func BenchmarkBuildOneParagraph(b *testing.B) {
	for _, kb := range []int{256, 1024, 4096} {
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) { benchmarkBuildDigest(b, kb<<10, true) })
	}
}
