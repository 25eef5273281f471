package data_test

import (
	"context"
	"io/fs"
	"runtime"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkLoadSeeds builds the shipped corpus as the app does at start.
func BenchmarkLoadSeeds(b *testing.B) {
	cur := datatest.ShippedCurated(b)
	b.ReportAllocs()
	for b.Loop() {
		datatest.BuildShipped(b, cur)
	}
}

// BenchmarkReadArticles10k reads 10,000 synthetic articles of 3–6 KB.
func BenchmarkReadArticles10k(b *testing.B) {
	fsys := synthetic.GenerateFS(10000, 1)
	benchmarkPeakHeap(b, func() {
		articles, problems, err := data.ReadArticles(context.Background(), fsys, nil)
		if err != nil || len(problems) > 0 || len(articles) != 10000 {
			b.Fatalf("%d articles, %v, %d problems", len(articles), err, len(problems))
		}
	})
	b.ReportMetric(corpusMB(b, fsys)*float64(b.N)/b.Elapsed().Seconds(), "MB/s")
}

// BenchmarkBuild10k reads, dates and links 10,000 synthetic articles with
// the shipped event catalogue and name lists.
func BenchmarkBuild10k(b *testing.B) {
	cur := datatest.ShippedCurated(b)
	fsys := synthetic.GenerateFS(10000, 1)
	benchmarkPeakHeap(b, func() {
		if _, err := data.Build(context.Background(), fsys, "synthetic", cur, nil); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkFolderBuild10k is the part of `caravan articles --no-cache
// --corpus DIR` on a generated folder of 10,000 articles that comes before
// discovery: the folder's own curated files (the shipped names, no
// catalogue), then reading, decoding, language, dates and dating.
func BenchmarkFolderBuild10k(b *testing.B) {
	fsys := synthetic.GenerateFS(10000, 1)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkPeakHeap(b, func() {
		if _, err := data.Build(context.Background(), fsys, "synthetic", cur, nil); err != nil {
			b.Fatal(err)
		}
	})
}

// benchmarkPeakHeap runs the benchmark loop around run and reports, besides
// time and allocations, the CPU time per run and the most heap in use at once beyond what was in use
// before (the in-memory corpus itself is not counted). The heap is sampled
// every few milliseconds, so short peaks may be missed.
func benchmarkPeakHeap(b *testing.B, run func()) {
	b.Helper()
	runtime.GC()
	before := measure.HeapNow()
	peak := measure.WatchHeap()
	b.ReportAllocs()
	cpuBefore, cpuKnown := measure.CPUTime()
	for b.Loop() {
		run()
	}
	cpuAfter, _ := measure.CPUTime()
	if top := peak(); top > before {
		b.ReportMetric(float64(top-before)/(1<<20), "peak-heap-MB")
	}
	if cpuKnown {
		// Wall time depends on what else the machine is doing; CPU time
		// (all cores together) much less so.
		b.ReportMetric((cpuAfter-cpuBefore).Seconds()/float64(b.N), "cpu-s/op")
	}
}

// corpusMB is the size of the files under fsys in megabytes.
func corpusMB(b *testing.B, fsys fs.FS) float64 {
	var total int64
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		total += info.Size()
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return float64(total) / (1 << 20)
}
