package discover

import (
	"context"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/measure"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// BenchmarkEvents10k and BenchmarkEvents40k are the building of the
// events alone (eventOf on every cluster, on one goroutine) for a folder
// `caravan generate` wrote, already read, dated, extracted and grouped:
// the stage that grew 26× for 10× the articles at 100,000. Their
// cpu-s/op show how it grows with the corpus (four times the 10k figure
// at 40k is linear).
func BenchmarkEvents10k(b *testing.B) { benchmarkEvents(b, 10000) }

func BenchmarkEvents40k(b *testing.B) { benchmarkEvents(b, 40000) }

func benchmarkEvents(b *testing.B, n int) {
	_, clusters, home, byID := groupedCorpus(b, n)
	var cpu time.Duration
	for b.Loop() {
		cpu0, _ := measure.CPUTime()
		h := &homes{of: home, byID: byID}
		for _, cl := range clusters {
			if e, _, _ := eventOf(cl, byID, h); e == nil {
				b.Fatal("no event")
			}
		}
		cpu1, _ := measure.CPUTime()
		cpu += cpu1 - cpu0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(clusters)), "clusters")
}

// BenchmarkGroup10k and BenchmarkGroup40k are the grouping of the
// candidates alone (Group, on every core where it can), as
// BenchmarkEvents10k/40k are the building of the events.
func BenchmarkGroup10k(b *testing.B) { benchmarkGroup(b, 10000) }

func BenchmarkGroup40k(b *testing.B) { benchmarkGroup(b, 40000) }

func benchmarkGroup(b *testing.B, n int) {
	per, clusters, _, _ := groupedCorpus(b, n)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		cands := flatten(per)
		b.StartTimer()
		cpu0, _ := measure.CPUTime()
		if got := Group(cands); len(got) != len(clusters) {
			b.Fatalf("%d clusters, then %d", len(clusters), len(got))
		}
		cpu1, _ := measure.CPUTime()
		cpu += cpu1 - cpu0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// groupedCorpus reads, dates and links n generated articles, extracts
// their candidates (by article), places their years as discovery does,
// and groups them; with each article's home country and the names by id.
func groupedCorpus(b *testing.B, n int) (per [][]Candidate, clusters []*Cluster, home []string, byID map[string]*data.Name) {
	fsys := synthetic.GenerateFS(n, 1)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
	if err != nil {
		b.Fatal(err)
	}
	x := NewExtractor(c.Names)
	st := newMentionStash(c.Articles)
	per, err = extractAll(context.Background(), c, x, st, func(int, int) {})
	if err != nil {
		b.Fatal(err)
	}
	placeYears(x, c, per, st)
	st.restoreAll()
	clusters = Group(flatten(per))
	byID = map[string]*data.Name{}
	for _, nm := range c.Names {
		byID[nm.ID] = nm
	}
	return per, clusters, homesOf(per), byID
}
