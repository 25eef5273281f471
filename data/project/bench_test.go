package project

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

var (
	bigOnce   sync.Once
	bigCorpus *data.Corpus
)

// big builds a 10,000-article synthetic corpus once.
func big(b *testing.B) *data.Corpus {
	bigOnce.Do(func() {
		cur, err := data.LoadCurated(seeds.FS)
		if err != nil {
			b.Fatal(err)
		}
		bigCorpus, err = pipeline.Build(context.Background(), synthetic.GenerateFS(10000, 1), "synthetic", cur, nil)
		if err != nil {
			b.Fatal(err)
		}
		// The build's garbage is collected now, not in the first
		// benchmark's CPU time.
		runtime.GC()
	})
	return bigCorpus
}

// manyDecisions makes n decisions of every kind spread over the corpus,
// as an analyst working through it would.
func manyDecisions(c *data.Corpus, n int) []Decision {
	// Link decisions land on events of every size, the largest included;
	// merges join reports of one happening, so they pick among events of
	// at most a hundred passages (BenchmarkMergeLargest prices the rest).
	var supported, small []*data.Event
	for _, e := range c.Events {
		if len(e.Excerpts) > 1 {
			supported = append(supported, e)
			if len(e.Excerpts) <= 100 {
				small = append(small, e)
			}
		}
	}
	ds := make([]Decision, 0, n)
	for i := 0; len(ds) < n; i++ {
		e := supported[i%len(supported)]
		other := supported[(i*7+3)%len(supported)]
		art := c.Articles[(i*37)%len(c.Articles)]
		x := e.Excerpts[i%len(e.Excerpts)]
		var d Decision
		switch i % 10 {
		case 0:
			d = Decision{Op: EventRename, Event: e.ID, Title: fmt.Sprintf("Renamed %d", i)}
		case 1:
			d = Decision{Op: EventDate, Event: e.ID, Start: "2022-09", Earliest: "2022-08", Latest: "2022-10"}
		case 2:
			d = Decision{Op: LinkRemove, Event: e.ID, Article: x.Article, Paragraph: intp(x.Paragraph)}
		case 3:
			d = Decision{Op: LinkAdd, Event: other.ID, Article: x.Article, Paragraph: intp(x.Paragraph)}
		case 4:
			d = Decision{Op: ArticleDate, Article: art.ID, Date: "2022-09", Reason: "checked"}
		case 5:
			d = Decision{Op: Note, Event: e.ID, Text: "to check"}
		case 6:
			d = Decision{Op: Star, Article: art.ID}
		case 7:
			d = Decision{Op: Tag, Article: x.Article, Paragraph: intp(x.Paragraph), Tag: "key"}
		case 8:
			d = Decision{Op: EventNew, New: fmt.Sprintf("new-%d", i), Title: "New", Start: "2023", Passages: []string{Passage{x.Article, x.Paragraph}.String()}}
		case 9:
			a, b := small[i%len(small)], small[(i*7+3)%len(small)]
			if a.ID == b.ID {
				continue
			}
			d = Decision{Op: EventMerge, Events: []string{a.ID, b.ID}}
		}
		d.ID = fmt.Sprintf("b%d", i)
		d.Time = t0.Add(time.Duration(i) * time.Second)
		ds = append(ds, d)
	}
	return ds
}

// BenchmarkApply1000On10000: what a project of 1,000 decisions adds to
// loading a 10,000-article corpus.
func BenchmarkApply1000On10000(b *testing.B) {
	c := big(b)
	ds := manyDecisions(c, 1000)
	b.ReportMetric(float64(len(c.Events)), "events")
	b.ResetTimer()
	cpu := processCPUTime()
	for b.Loop() {
		r := ApplyDecisions(c, ds)
		if len(r.Skipped) == len(ds) {
			b.Fatal("nothing applied")
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkUndo: undo of the last of 1,000 decisions on the same corpus,
// as the window does it (a Session keeps the recent states).
func BenchmarkUndo(b *testing.B) {
	c := big(b)
	ds := manyDecisions(c, 1000)
	s := NewSession(c, &Project{Decisions: ds[:999]})
	s.Current()
	if _, err := s.Do(ds[999]); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		s.Undo()
		s.Redo()
	}
}

// BenchmarkUndoReplay: the worst case, an undo to a state no longer kept
// in memory, as far from a checkpoint as a state can be: the session
// replays checkpointEvery-1 decisions from the nearest checkpoint and
// builds the state.
func BenchmarkUndoReplay(b *testing.B) {
	c := big(b)
	n := 1000 / checkpointEvery * checkpointEvery // undo goes to n-1: a checkpoint at n-checkpointEvery
	s := NewSession(c, &Project{Decisions: manyDecisions(c, n)})
	s.Current()
	undoReplayed(b, s)
	b.ReportMetric(float64(checkpointEvery-1), "replayed")
}

// undoReplayed times undos to a state no longer kept (the redo after each
// is not timed) and reports their CPU.
func undoReplayed(b *testing.B, s *Session) {
	b.ResetTimer()
	var cpu time.Duration
	all := processCPUTime()
	for b.Loop() {
		s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0 // no state kept
		start := processCPUTime()
		s.Undo()
		cpu += processCPUTime() - start
		b.StopTimer()
		s.Redo()
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op")
	// The whole loop's CPU (the undo, then the redo, which builds the
	// checkpoint's state with no decision to replay) counts the
	// collector's work on what both left, wherever it ran: an upper
	// bound of the undo's cost with its share of the collection.
	b.ReportMetric(float64(processCPUTime()-all)/float64(b.N)/1e6, "cpu-ms/undo+redo")
}

// BenchmarkUndoReplayLargest: BenchmarkUndoReplay where the replayed
// decisions unlink a passage of each of the three largest events (46,296,
// 23,465 and 22,912 passages): the rebuilt state needs its own copy of
// those three lists, the most an undo has to copy.
func BenchmarkUndoReplayLargest(b *testing.B) {
	c := big(b)
	n := 1000 / checkpointEvery * checkpointEvery
	ds := manyDecisions(c, n)
	events := slices.Clone(c.Events)
	slices.SortFunc(events, func(x, y *data.Event) int { return len(y.Excerpts) - len(x.Excerpts) })
	unlinks := map[string]bool{}
	for k, e := range events[:3] {
		x := e.Excerpts[len(e.Excerpts)/2]
		d := &ds[n-checkpointEvery+1+k*8]
		*d = Decision{ID: d.ID, Time: d.Time, Op: LinkRemove, Event: e.ID, Article: x.Article, Paragraph: intp(x.Paragraph)}
		unlinks[d.ID] = true
	}
	s := NewSession(c, &Project{Decisions: ds})
	if r := s.Current(); slices.ContainsFunc(r.Skipped, func(sk Skipped) bool { return unlinks[sk.Decision.ID] }) {
		b.Fatal("an unlink of a largest event was skipped")
	}
	undoReplayed(b, s)
	b.ReportMetric(float64(len(events[0].Excerpts)+len(events[1].Excerpts)+len(events[2].Excerpts)), "passages-copied")
}

// BenchmarkUndoPrefetched: the same undo as the window makes it — the
// state one undo back was prepared in the background after the last
// action (Session.Prefetch), so the undo itself swaps a pointer.
func BenchmarkUndoPrefetched(b *testing.B) {
	c := big(b)
	n := 1000 / checkpointEvery * checkpointEvery
	s := NewSession(c, &Project{Decisions: manyDecisions(c, n)})
	s.Current()
	b.ResetTimer()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
		s.Prefetch()
		s.WaitPrefetch()
		b.StartTimer()
		start := processCPUTime()
		s.Undo()
		cpu += processCPUTime() - start
		b.StopTimer()
		s.Redo()
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkReplayFromScratch: a state no checkpoint helps with, the whole
// project of 1,000 decisions replayed: what undo cost before checkpoints.
func BenchmarkReplayFromScratch(b *testing.B) {
	c := big(b)
	p := &Project{Decisions: manyDecisions(c, 1000)}
	b.ResetTimer()
	cpu := processCPUTime()
	for b.Loop() {
		p.Undo()
		ApplyDecisions(c, p.Decisions)
		p.Redo()
	}
	reportCPU(b, cpu)
}

// reportCPU reports the CPU time per operation since start: the machines
// the benchmarks run on are shared, and wall time counts other programs.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(processCPUTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkMergeLargest: merging the corpus's two largest events, every
// passage of one moving to the other.
func BenchmarkMergeLargest(b *testing.B) {
	c := big(b)
	events := slices.Clone(c.Events)
	slices.SortFunc(events, func(x, y *data.Event) int { return len(y.Excerpts) - len(x.Excerpts) })
	ds := []Decision{{ID: "m", Time: t0, Op: EventMerge, Events: []string{events[0].ID, events[1].ID}}}
	b.ReportMetric(float64(len(events[0].Excerpts)+len(events[1].Excerpts)), "passages")
	b.ResetTimer()
	cpu := processCPUTime()
	for b.Loop() {
		if r := ApplyDecisions(c, ds); len(r.Skipped) > 0 {
			b.Fatal(r.Skipped)
		}
	}
	reportCPU(b, cpu)
}

// processCPUTime is the CPU time the process has used (measure.CPUTime;
// zero where it cannot be told).
func processCPUTime() time.Duration {
	t, _ := measure.CPUTime()
	return t
}
