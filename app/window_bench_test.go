package app

import (
	"context"
	"image/color"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// These benchmarks measure the window on a generated corpus of 10,000
// articles (synthetic.GenerateFS, the corpus `caravan generate -n 10000`
// writes), on Fyne's test driver, which paints in software. Each reports,
// besides the time per operation, the CPU time per operation and the heap
// in use after it (heap-MB), so memory growth over a sequence shows.

const benchArticles = 10000

var bench10k struct {
	once   sync.Once
	fsys   fsysCorpus
	corpus *data.Corpus
	search corpusSearch
	err    error
}

// fsysCorpus is the generated folder and the curated files.
type fsysCorpus struct {
	load Loader
}

// generatedLoader loads n generated articles with the shipped catalogue,
// as main's loader loads a folder.
func generatedLoader(n int) Loader {
	fsys := synthetic.GenerateFS(n, 1)
	return func(ctx context.Context, _ string, progress func(data.Progress)) (*data.Corpus, error) {
		cur, err := data.LoadCurated(seeds.FS)
		if err != nil {
			return nil, err
		}
		return data.Build(ctx, fsys, "generated", cur, progress)
	}
}

// corpus10k builds the 10k corpus and its search once per test binary.
func corpus10k(b *testing.B) (*data.Corpus, corpusSearch) {
	bench10k.once.Do(func() {
		bench10k.fsys.load = generatedLoader(benchArticles)
		bench10k.corpus, bench10k.err = bench10k.fsys.load(context.Background(), "", nil)
		if bench10k.err == nil {
			bench10k.search = newCorpusSearch(bench10k.corpus)
		}
	})
	if bench10k.err != nil {
		b.Fatal(bench10k.err)
	}
	return bench10k.corpus, bench10k.search
}

// benchWindow opens the main window on the test driver, at a desktop size,
// showing the 10k corpus.
func benchWindow(b *testing.B) *mainWindow {
	c, search := corpus10k(b)
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	mw := newMainWindow(a, w, Config{Open: bench10k.fsys.load})
	w.Resize(fyne.NewSize(1400, 900))
	mw.showCorpus(c, search)
	w.Canvas().Capture()
	return mw
}

// reportHeap reports the heap in use after a collection, in MB.
func reportHeap(b *testing.B) {
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	b.StartTimer()
}

// heapInUse is the heap in use after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// largestEvent is the event with the most passages.
func largestEvent(c *data.Corpus) *data.Event {
	var big *data.Event
	for _, e := range c.Events {
		if big == nil || len(e.Excerpts) > len(big.Excerpts) {
			big = e
		}
	}
	return big
}

// measureUI runs act b.N times, each followed by a paint of the whole
// window, and reports the CPU time act spends on the calling goroutine —
// the UI goroutine in the window — as ui-ms/op, of the software paint as
// paint-ms/op (the window's own driver paints with OpenGL), and of the
// whole process per step, garbage collection included, as cpu-ms/op. CPU
// time, not wall time: on the shared machine the wall time mostly counts
// other programs' turns.
func measureUI(b *testing.B, mw *mainWindow, act func(i int)) {
	measureUIOff(b, mw, func(i int) time.Duration { act(i); return 0 })
}

// measureUIOff is measureUI for a step part of which runs off the UI
// goroutine (act returns how long), which ui-ms leaves out.
func measureUIOff(b *testing.B, mw *mainWindow, act func(i int) time.Duration) {
	var ui, paint time.Duration
	runtime.LockOSThread() // the thread's CPU time is then this goroutine's
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	cpu := processCPUTime()
	for i := range b.N {
		t0 := threadCPUTime()
		off := act(i)
		t1 := threadCPUTime()
		mw.win.Canvas().Capture()
		ui += t1 - t0 - off
		paint += threadCPUTime() - t1
	}
	b.ReportMetric(float64(processCPUTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(ui)/float64(time.Millisecond)/float64(b.N), "ui-ms/op")
	b.ReportMetric(float64(paint)/float64(time.Millisecond)/float64(b.N), "paint-ms/op")
	reportHeap(b)
}

// BenchmarkWindowClickLargestEvent selects the event with the most
// passages, as a click on it does, and paints the window; every other
// step clears the selection again.
func BenchmarkWindowClickLargestEvent(b *testing.B) {
	mw := benchWindow(b)
	big := largestEvent(mw.corpus)
	b.ReportMetric(float64(len(big.Excerpts)), "passages")
	measureUI(b, mw, func(i int) {
		if i%2 == 0 {
			mw.timeline.Select(big.ID)
		} else {
			mw.timeline.Select("")
		}
	})
}

// timedSearch measures the CPU time spent searching, which runs off the
// UI goroutine.
type timedSearch struct {
	corpusSearch
	spent time.Duration
}

func (t *timedSearch) search(q string) searchHits {
	t0 := threadCPUTime()
	defer func() { t.spent += threadCPUTime() - t0 }()
	return t.corpusSearch.search(q)
}

// BenchmarkWindowSearchKeystroke types one more letter of "Tokayev" into
// the search box, runs the search as the pause in typing would, and
// paints its results. The search itself runs off the UI goroutine: it is
// reported as search-ms/op and left out of ui-ms/op.
func BenchmarkWindowSearchKeystroke(b *testing.B) {
	mw := benchWindow(b)
	ts := &timedSearch{corpusSearch: mw.search}
	mw.search = ts
	const query = "Tokayev"
	measureUIOff(b, mw, func(i int) time.Duration {
		n := 3 + i%(len(query)-2)
		before := ts.spent
		mw.onFiltersChanged(filterState{Query: query[:n]})
		mw.waitForSearch()
		return ts.spent - before
	})
	b.ReportMetric(float64(ts.spent)/float64(time.Millisecond)/float64(b.N), "search-ms/op")
}

// BenchmarkWindowZoomStep is one + or − step on the timeline of the 10k
// corpus, with the window painted.
func BenchmarkWindowZoomStep(b *testing.B) {
	mw := benchWindow(b)
	measureUI(b, mw, func(i int) {
		if i%8 < 4 {
			mw.timeline.Zoom(keyZoomFactor)
		} else {
			mw.timeline.Zoom(1 / keyZoomFactor)
		}
	})
}

// BenchmarkWindowInteractions measures the other steps an analyst takes
// on the 10k corpus: pan, next event, switching tabs, opening an article.
func BenchmarkWindowInteractions(b *testing.B) {
	b.Run("pan", func(b *testing.B) {
		mw := benchWindow(b)
		mw.timeline.Zoom(4)
		measureUI(b, mw, func(i int) {
			dx := float32(120)
			if i%10 >= 5 {
				dx = -dx
			}
			mw.timeline.Pan(dx)
		})
	})
	b.Run("next-event", func(b *testing.B) {
		mw := benchWindow(b)
		measureUI(b, mw, func(i int) {
			if i%50 == 49 {
				mw.timeline.Select("")
			}
			mw.timeline.step(+1)
		})
	})
	b.Run("next-event-warmed", func(b *testing.B) {
		// As next-event, after the warm-up that runs while the window is
		// left alone (warm.go), which ui-ms leaves out (warm-ms).
		mw := benchWindow(b)
		var warm time.Duration
		measureUIOff(b, mw, func(i int) time.Duration {
			if i%50 == 49 {
				mw.timeline.Select("")
			}
			t0 := threadCPUTime()
			mw.warm.recent = nil // each op warms, as an analyst stepping on does
			warmAll(mw)
			spent := threadCPUTime() - t0
			warm += spent
			mw.timeline.step(+1)
			return spent
		})
		b.ReportMetric(float64(warm)/float64(time.Millisecond)/float64(b.N), "warm-ms/op")
	})
	b.Run("switch-tab", func(b *testing.B) {
		mw := benchWindow(b)
		tabs := []*container.TabItem{mw.excerptsTab, mw.articleTab, mw.problemsTab}
		measureUI(b, mw, func(i int) { mw.tabs.Select(tabs[i%len(tabs)]) })
	})
	b.Run("open-article", func(b *testing.B) {
		mw := benchWindow(b)
		big := largestEvent(mw.corpus)
		measureUI(b, mw, func(i int) { mw.onOpenArticle(big.Excerpts[i%len(big.Excerpts)]) })
	})
}

// BenchmarkWindowShowCorpus is the window's own part of a load: showing
// the built 10k corpus (overview, timeline, panels) and painting the first
// frame. Its index is left unbuilt, as the window builds it after that
// frame.
func BenchmarkWindowShowCorpus(b *testing.B) {
	mw := benchWindow(b)
	c := mw.corpus
	measureUI(b, mw, func(int) { mw.showCorpus(c, indexLater(c)) })
}

// BenchmarkWindowLoad10k compares the window's load of the 10k corpus,
// from the start to its first frame painted, with the same corpus's build
// alone, what the command line does. Each op is one pair of the two, in
// alternating order (so a machine getting busier or quieter weighs on both
// alike); each is measured in wall time and in CPU time of the process,
// and the figures reported are medians over the pairs: cli-ms and
// window-ms (wall), window/cli (the median of the pairs' wall ratios),
// cli-cpu-ms, window-cpu-ms and window/cli-cpu (CPU, the steady figure on
// a shared machine), window-extra-cpu-ms (what the window adds to the
// build). Each op runs at least loadPairs pairs, so even a single op (a
// plain -bench run) has a median; -benchtime 6x runs more.
func BenchmarkWindowLoad10k(b *testing.B) {
	load := generatedLoader(benchArticles)
	var cli, win loadTimes
	var peak uint64 // the most heap one window added
	for i := range max(b.N, loadPairs) {
		if i%2 == 0 {
			cli.add(cliLoad(b, load))
			win.add(windowLoad(b, load, &peak))
		} else {
			win.add(windowLoad(b, load, &peak))
			cli.add(cliLoad(b, load))
		}
	}
	b.ReportMetric(median(cli.wall), "cli-ms")
	b.ReportMetric(median(win.wall), "window-ms")
	b.ReportMetric(median(ratios(win.wall, cli.wall)), "window/cli")
	b.ReportMetric(median(cli.cpu), "cli-cpu-ms")
	b.ReportMetric(median(win.cpu), "window-cpu-ms")
	b.ReportMetric(median(ratios(win.cpu, cli.cpu)), "window/cli-cpu")
	b.ReportMetric(median(differences(win.cpu, cli.cpu)), "window-extra-cpu-ms")
	b.ReportMetric(float64(peak)/(1<<20), "window-heap-MB")
}

// loadPairs is the least number of pairs BenchmarkWindowLoad10k runs.
const loadPairs = 3

// loadTimes are the wall and CPU times of a series of loads, in ms.
type loadTimes struct{ wall, cpu []float64 }

func (t *loadTimes) add(wall, cpu time.Duration) {
	t.wall = append(t.wall, float64(wall)/float64(time.Millisecond))
	t.cpu = append(t.cpu, float64(cpu)/float64(time.Millisecond))
}

// cliLoad builds the corpus as the command line does and returns the wall
// and process CPU time it took.
func cliLoad(b *testing.B, load Loader) (wall, cpu time.Duration) {
	runtime.GC() // what the last load left is not collected during this one
	c0, t0 := processCPUTime(), time.Now()
	if _, err := load(context.Background(), "", nil); err != nil {
		b.Fatal(err)
	}
	return time.Since(t0), processCPUTime() - c0
}

// windowLoad loads the corpus in a window, as File → Open does, and
// returns the wall and process CPU time from the start to the first frame
// painted (the software painter's). The search index, built after that
// frame, is left out, and waited for before the next load starts; the heap
// the loaded and indexed window adds is kept in peak.
func windowLoad(b *testing.B, load Loader, peak *uint64) (wall, cpu time.Duration) {
	runtime.GC()
	base := heapInUse()
	a := test.NewTempApp(b)
	w := test.NewTempWindow(b, nil)
	mw := newMainWindow(a, w, Config{Open: load})
	w.Resize(fyne.NewSize(1400, 900))
	w.Canvas().Capture() // the empty window's first frame is not the corpus's
	framed := make(chan struct{})
	c0, t0 := processCPUTime(), time.Now()
	mw.load("generated")
	mw.loader.wait()
	mw.probe.afterNextFrame(func(time.Time) { close(framed) })
	w.Canvas().Capture()
	<-framed
	wall, cpu = time.Since(t0), processCPUTime()-c0
	if p, ok := mw.search.(*pendingSearch); ok {
		<-p.ready // started by the first frame
	} else {
		b.Fatalf("the window's search is a %T, not the index built after the first frame", mw.search)
	}
	if h := heapInUse(); h > base {
		*peak = max(*peak, h-base)
	}
	// This round's corpus is let go as far as the test driver allows (its
	// temporary apps live until the benchmark ends).
	w.SetContent(canvas.NewRectangle(color.Transparent))
	w.SetMainMenu(nil)
	w.SetCloseIntercept(nil)
	return wall, cpu
}

// median is the middle value of xs (the mean of the two middle ones).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// ratios are a[i]/b[i].
func ratios(a, b []float64) []float64 {
	r := make([]float64, len(a))
	for i := range a {
		r[i] = a[i] / b[i]
	}
	return r
}

// differences are a[i]-b[i].
func differences(a, b []float64) []float64 {
	r := make([]float64, len(a))
	for i := range a {
		r[i] = a[i] - b[i]
	}
	return r
}

// BenchmarkWindowArticlesTab fills the Articles tab with the 10,000
// articles, as showing it after a change does, and paints the window.
func BenchmarkWindowArticlesTab(b *testing.B) {
	mw := benchWindow(b)
	mw.tabs.Select(mw.work.articlesTab)
	r := mw.work.result()
	measureUI(b, mw, func(int) { mw.work.articles.setResult(r) })
}

// BenchmarkWindowOpenLongArticle opens a passage in the middle of an
// article of 400 paragraphs: the article tab makes, lays out and paints
// only the paragraphs in view, so the cost does not grow with the
// article's length.
func BenchmarkWindowOpenLongArticle(b *testing.B) {
	mw := benchWindow(b)
	a := longArticle("long", "en", "The delegations met again on Thursday to discuss the corridor and its financing.", 400)
	measureUI(b, mw, func(i int) {
		mw.onOpenArticle(data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: 150 + i%100})
	})
}
