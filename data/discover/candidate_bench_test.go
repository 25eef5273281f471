package discover

import (
	"context"
	"io/fs"
	"os"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkCandidates10k is extraction alone, on one goroutine: the
// candidates of every article of a generated folder of 10,000 articles,
// already read and dated, as discovery's first pass finds them (without
// the corpus passes that follow). Its cpu-s/op is the per-article reading
// of discovery: sentences, event words, names.
func BenchmarkCandidates10k(b *testing.B) { benchmarkCandidates(b, synthetic.GenerateFS(10000, 1)) }

// BenchmarkCandidatesEval is the same on the reports written for the
// evaluation (testdata/eval/raw: 92 reports in many languages), whose
// sentences are news prose rather than the generator's templates.
func BenchmarkCandidatesEval(b *testing.B) {
	benchmarkCandidates(b, os.DirFS("../../testdata/eval/raw"))
}

func benchmarkCandidates(b *testing.B, fsys fs.FS) {
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	c, err := data.Build(context.Background(), fsys, "bench", cur, nil)
	if err != nil {
		b.Fatal(err)
	}
	if len(c.Articles) == 0 {
		b.Fatal("no articles")
	}
	x := NewExtractor(c.Names)
	s := x.NewScanner()
	n := 0
	b.ReportAllocs()
	cpu0, _ := measure.CPUTime()
	for b.Loop() {
		n = 0
		for i, a := range c.Articles {
			n += len(s.Candidates(a, i))
		}
	}
	cpu1, _ := measure.CPUTime()
	b.ReportMetric((cpu1-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(n), "candidates")
}
