package project

import (
	"context"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/seeds"
)

// BenchmarkLongProject: a project of 10,000 decisions on the 10,000-article
// corpus, opened (every decision replayed, checkpoints taken on the way),
// then one undo at the present. It reports how many checkpoints the
// session keeps and the heap they hold (measured after a collection, with
// no state kept but the present one): what thinning bounds.
func BenchmarkLongProject(b *testing.B) {
	c := big(b)
	ds := manyDecisions(c, 10000)
	var kept int
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		s := NewSession(c, &Project{Decisions: ds})
		s.Current()
		s.cache, s.recent, s.weight = map[string]*Result{}, nil, 0
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		kept = len(s.checkpoints)
		heap = float64(after.HeapAlloc) - float64(before.HeapAlloc)
		runtime.KeepAlive(s)
	}
	b.ReportMetric(float64(kept), "checkpoints")
	b.ReportMetric(heap/1e6, "MB-kept")
}

// BenchmarkDeclareOn10000: an event.define of an event the corpus was
// read without, linked at once over the 10,000 articles (data.LinkEvent):
// what declaring an event costs the first time (a session finds the links
// once; undo and redo reuse them).
func BenchmarkDeclareOn10000(b *testing.B) {
	c := big(b)
	d := declaredAgain(b)
	var passages int
	cpu := processCPUTime()
	for b.Loop() {
		r := ApplyDecisions(c, []Decision{d})
		if len(r.Skipped) > 0 {
			b.Fatal(r.Skipped)
		}
		passages = len(r.Corpus.Event(d.Event).Excerpts)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(passages), "passages")
}

// BenchmarkDeclareUIOn10000: what an event.define of an event the corpus
// lacks holds the goroutine that applies it — the window's — on the
// 10,000-article corpus: "direct" links it there (Do alone), "prepared"
// after PrepareDeclaration found the links in the background (reported
// apart as prepare-cpu-ms), as the window now does. A session is opened
// per iteration, outside the figures, so every declaration is a first one.
func BenchmarkDeclareUIOn10000(b *testing.B) {
	c := big(b)
	d := declaredAgain(b)
	for _, prepared := range []bool{false, true} {
		name := "direct"
		if prepared {
			name = "prepared"
		}
		b.Run(name, func(b *testing.B) {
			var ui, prep time.Duration
			var passages int
			for b.Loop() {
				b.StopTimer()
				s := NewSession(c, nil)
				s.Current()
				start := processCPUTime()
				if prepared {
					if err := s.PrepareDeclaration(context.Background(), d, nil); err != nil {
						b.Fatal(err)
					}
				}
				mid := processCPUTime()
				b.StartTimer()
				r, err := s.Do(d)
				b.StopTimer()
				ui += processCPUTime() - mid
				prep += mid - start
				if err != nil {
					b.Fatal(err)
				}
				passages = len(r.Corpus.Event(d.Event).Excerpts)
				b.StartTimer()
			}
			b.ReportMetric(float64(ui)/float64(b.N)/1e6, "ui-cpu-ms/op")
			b.ReportMetric(float64(prep)/float64(b.N)/1e6, "prepare-cpu-ms/op")
			b.ReportMetric(float64(passages), "passages")
		})
	}
}

// declaredAgain is the seeds' project's declaration of the Xi–Putin
// meeting under a new id: an event.define of an event the corpus was read
// without, with real terms to link.
func declaredAgain(b *testing.B) Decision {
	b.Helper()
	p, err := FromFS(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	i := slices.IndexFunc(p.Decisions, func(d Decision) bool { return d.Op == EventDefine && d.Event == "xi-putin-samarkand" })
	if i < 0 {
		b.Fatal("the seeds' project does not declare xi-putin-samarkand")
	}
	d := p.Decisions[i]
	d.Event = "declared-again"
	return d
}
