package store

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/search"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// The load benchmarks generate a corpus in the benchmark's temp folder and
// load it as the command line does, events discovered: cold (an empty
// cache, which the load fills), warm (the cache of an earlier load,
// nothing changed: the corpus kept whole, articles without their text),
// warm-texts (warm, then every article's text read, date mentions
// included), warm-search (warm, then the search index the window builds in
// the background; kept-heap-MB is the heap still in use once it is
// ready), and, for comparison, without the cache. 100,000 articles take
// minutes to generate, so those run only when asked for by name:
//
//	go test -run '^$' -bench 'Load100k' ./data/store/
func BenchmarkLoad1k(b *testing.B)   { benchmarkLoads(b, 1_000) }
func BenchmarkLoad10k(b *testing.B)  { benchmarkLoads(b, 10_000) }
func BenchmarkLoad100k(b *testing.B) { benchmarkLoads(b, 100_000) }

func benchmarkLoads(b *testing.B, n int) {
	if n > 10_000 && !strings.Contains(flag.Lookup("test.bench").Value.String(), "100k") {
		b.Skip("opt-in: run with -bench Load100k")
	}
	cur, folder := generatedFolder(b, n)
	load := func(b *testing.B, src Source) *data.Corpus {
		var (
			c   *data.Corpus
			err error
		)
		if s, ok := src.(Computing); ok {
			c, err = s.LoadFinished(context.Background(), cur, discoverAll, nil)
		} else if c, err = src.Load(context.Background(), cur, nil); err == nil {
			err = discoverAll(context.Background(), c, func(data.Progress) {})
		}
		if err != nil || len(c.Articles) != n {
			b.Fatalf("Load: %v", err)
		}
		return c
	}
	b.Run("nocache", func(b *testing.B) {
		measure(b, func() { load(b, folder) })
	})
	b.Run("cold", func(b *testing.B) {
		measure(b, func() {
			b.StopTimer()
			cacheDir := b.TempDir()
			b.StartTimer()
			load(b, Cached{Folder: folder, Dir: cacheDir})
		})
	})
	warmDir := b.TempDir()
	b.Run("warm", func(b *testing.B) {
		load(b, Cached{Folder: folder, Dir: warmDir})
		measure(b, func() { load(b, Cached{Folder: folder, Dir: warmDir}) })
	})
	b.Run("warm-texts", func(b *testing.B) {
		load(b, Cached{Folder: folder, Dir: warmDir})
		measure(b, func() {
			c := load(b, Cached{Folder: folder, Dir: warmDir})
			if err := data.LoadTexts(c.Articles, nil); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("warm-search", func(b *testing.B) {
		// What the window holds once its search is ready: the corpus
		// reopened and its search index (which reads every text).
		load(b, Cached{Folder: folder, Dir: warmDir})
		var kept uint64
		measure(b, func() {
			c := load(b, Cached{Folder: folder, Dir: warmDir})
			ix := search.NewIndex(c)
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			kept = max(kept, m.HeapAlloc)
			runtime.KeepAlive(ix)
			runtime.KeepAlive(c)
		})
		b.ReportMetric(float64(kept)/(1<<20), "kept-heap-MB")
	})
	round := 0
	changed := func(b *testing.B, untimed int) {
		load(b, Cached{Folder: folder, Dir: warmDir})
		entries, err := os.ReadDir(folder.Dir)
		if err != nil {
			b.Fatal(err)
		}
		change := func() {
			round++
			changeFile(b, filepath.Join(folder.Dir, entries[(round*7919)%len(entries)].Name()), round)
		}
		for range untimed {
			change()
			load(b, Cached{Folder: folder, Dir: warmDir})
		}
		measure(b, func() {
			b.StopTimer()
			change()
			b.StartTimer()
			load(b, Cached{Folder: folder, Dir: warmDir})
		})
	}
	b.Run("changed", func(b *testing.B) {
		// One file changed before each load (a sentence added, its time
		// an hour back, as an analyst's edit): the kept corpus is not
		// used, the file is analysed again, discovery runs on the whole
		// corpus, and the corpus is kept again for the next round. The
		// first round after a load that filled the cache also keeps
		// every article's extraction (extracted.go); the later ones
		// extract only what changed.
		changed(b, 0)
	})
	b.Run("changed-again", func(b *testing.B) {
		// The same after one change already reloaded (untimed): every
		// round extracts only what changed.
		changed(b, 1)
	})
}

// changeFile adds a dated sentence to the file at path, and sets its time
// an hour back (a file changed a moment ago is not trusted by its time).
func changeFile(b *testing.B, path string, round int) {
	text, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	text = fmt.Appendf(text, "\n\nOn %d March 2024 the two presidents signed an agreement in Astana.\n", 1+round%28)
	if err := os.WriteFile(path, text, 0o644); err != nil {
		b.Fatal(err)
	}
	past := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, past, past); err != nil {
		b.Fatal(err)
	}
}

// measure runs the benchmark loop and reports the most heap in use at once
// (sampled every few milliseconds) and the CPU time per load.
func measure(b *testing.B, run func()) {
	runtime.GC()
	var (
		peak uint64
		stop = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Go(func() {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapAlloc)
			}
		}
	})
	cpu0 := cpuTime()
	for b.Loop() {
		run()
	}
	cpu := cpuTime() - cpu0
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
	if hwm := peakRSS(); hwm != "" {
		b.Logf("process peak resident memory so far: %s", hwm)
	}
}

// peakRSS is the process's resident high-water mark, where the system
// tells it (Linux), or "".
func peakRSS() string {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// generatedFolder generates n articles in the benchmark's temp folder and
// returns the shipped knowledge and the folder to load them from.
func generatedFolder(b *testing.B, n int) (data.Curated, Folder) {
	b.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "corpus")
	if err := synthetic.GenerateCorpus(dir, n, 1, false); err != nil {
		b.Fatal(err)
	}
	// Files written a moment ago are not trusted by their time (see
	// racyWindow); an analyst's folder is older than that.
	past := time.Now().Add(-time.Hour)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		os.Chtimes(filepath.Join(dir, e.Name()), past, past)
	}
	folder, err := NewFolder(dir)
	if err != nil {
		b.Fatal(err)
	}
	return cur, folder
}
