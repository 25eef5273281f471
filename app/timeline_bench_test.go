package app

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// manyEventsCorpus makes n events over two years in six storylines, a mix
// of days, spans of days, months and years, with one article per four
// events; the same n always makes the same corpus.
func manyEventsCorpus(n int) *data.Corpus {
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	c := &data.Corpus{Root: "bench"}
	for i := range 6 {
		c.Storylines = append(c.Storylines, data.Storyline{ID: fmt.Sprint("s", i), Title: fmt.Sprint("Storyline ", i)})
	}
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		d := data.DateOf(start.AddDate(0, 0, rng.IntN(730)))
		sp := data.Span{Start: d}
		switch k := rng.IntN(10); {
		case k < 2:
			sp.End = data.DateOf(d.Start().AddDate(0, 0, 1+rng.IntN(10)))
		case k < 4:
			sp.Start = data.MonthDate(d.Year, d.Month)
		case k < 5:
			sp.Start = data.YearDate(d.Year)
		}
		c.Events = append(c.Events, &data.Event{ID: fmt.Sprint("e", i), Title: fmt.Sprintf("Event number %d of the benchmark", i),
			Span: sp, Storyline: fmt.Sprint("s", i%6)})
		if i%4 == 0 {
			c.Articles = append(c.Articles, &data.Article{ID: fmt.Sprint("a", i), Language: []string{"nl", "de", "ar"}[i%3],
				Date: d, Text: "x", Paragraphs: []data.Paragraph{{Start: 0, End: 1, Text: "x", Count: 1}}})
		}
	}
	return c
}

// benchTimeline shows a timeline of n events in a window of the test
// driver, which renders in software.
func benchTimeline(b *testing.B, n int) (*Timeline, fyne.Window) {
	test.NewTempApp(b)
	tl := NewTimeline()
	w := test.NewTempWindow(b, tl)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1200, 700))
	tl.SetCorpus(manyEventsCorpus(n))
	return tl, w
}

// BenchmarkTimelinePan is one pan step (a drag of 20 pixels) with 1,000
// events in view: the layout, the anchoring, and the widget's repaint into
// canvas objects.
func BenchmarkTimelinePan(b *testing.B) {
	tl, _ := benchTimeline(b, 1000)
	dx := float32(20)
	measureCPU(b, func(i int) {
		if i%50 == 0 {
			dx = -dx // to and fro, so the view stays on the events
		}
		tl.Pan(dx)
	})
}

// measureCPU runs step b.N times and reports, besides the wall time, the
// CPU time per step ("cpu-ms/op"), which other programs on the machine do
// not inflate, less what the steps say they spent outside the step proper
// (untimed, the total so far).
func measureCPU(b *testing.B, step func(i int), untimed ...func() time.Duration) {
	b.ResetTimer()
	cpu := processCPUTime()
	for i := range b.N {
		step(i)
	}
	spent := processCPUTime() - cpu
	for _, u := range untimed {
		spent -= u()
	}
	b.ReportMetric(float64(spent)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkTimelineZoom is one zoom step of the mouse wheel with 1,000
// events in view.
func BenchmarkTimelineZoom(b *testing.B) {
	tl, _ := benchTimeline(b, 1000)
	measureCPU(b, func(i int) {
		if i%2 == 0 {
			tl.ZoomAt(500, 1.25)
		} else {
			tl.ZoomAt(500, 0.8)
		}
	})
}

// BenchmarkTimelinePanPainted is a pan step followed by painting the whole
// window into pixels with Fyne's software painter, for comparison: the
// window's own driver paints with OpenGL.
func BenchmarkTimelinePanPainted(b *testing.B) {
	tl, w := benchTimeline(b, 1000)
	dx := float32(20)
	measureCPU(b, func(i int) {
		if i%50 == 0 {
			dx = -dx
		}
		tl.Pan(dx)
		w.Canvas().Capture()
	})
}

// BenchmarkTimelineZoom10kEvents is one zoom step with 10,000 events over
// two years: the layout, clustering and repaint into canvas objects
// (cpu-ms/op), then the window painted by the software painter
// (paint-ms/op), and the heap in use after it (heap-MB).
func BenchmarkTimelineZoom10kEvents(b *testing.B) {
	tl, w := benchTimeline(b, 10000)
	var paint time.Duration
	measureCPU(b, func(i int) {
		if i%8 < 4 {
			tl.ZoomAt(600, 1.5)
		} else {
			tl.ZoomAt(600, 1/1.5)
		}
		b.StopTimer()
		t0 := processCPUTime()
		w.Canvas().Capture()
		paint += processCPUTime() - t0
		b.StartTimer()
	}, func() time.Duration { return paint })
	b.ReportMetric(float64(paint)/float64(time.Millisecond)/float64(b.N), "paint-ms/op")
	reportHeap(b)
}
