package discover

import (
	"context"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkCorpusYears10k is the corpus-year pass alone (placeYears, its
// rounds and the re-extraction of the articles it places) on 10,000
// articles `caravan generate` wrote, read, dated, linked and extracted
// afresh before each run (the pass changes them); it reports the
// sentences (and leads) of open dates the pass read. It was a fifth of a
// first load's CPU at 100,000 articles in session 10 (8.9 of 44 CPU-s).
func BenchmarkCorpusYears10k(b *testing.B) {
	fsys := synthetic.GenerateFS(10000, 1)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	placed, read := 0, 0
	for b.Loop() {
		b.StopTimer()
		c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
		if err != nil {
			b.Fatal(err)
		}
		x := NewExtractor(c.Names)
		st := newMentionStash(c.Articles)
		per, err := extractAll(context.Background(), c, x, st, func(int, int) {})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0, _ := measure.CPUTime()
		changed, counted := placeYearsCounted(x, c, per, st)
		if !changed {
			b.Fatal("the pass placed nothing")
		}
		cpu1, _ := measure.CPUTime()
		read = 0
		for r := range corpusRounds {
			read += counted.read[r]
		}
		cpu += cpu1 - cpu0
		b.StopTimer()
		st.restoreAll()
		placed = 0
		for _, a := range c.Articles {
			if a.MentionsPlacedByCorpus() {
				placed++
			}
		}
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(placed), "articles-placed")
	b.ReportMetric(float64(read), "sentences-read")
}
