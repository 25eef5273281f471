package discover

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// keptMap is an ExtractionCache in memory, by file.
type keptMap struct {
	mu        sync.Mutex
	kept      map[string][]byte
	asked     int
	stored    int
	discarded []string
}

func (k *keptMap) Extracted(a *data.Article) ([]byte, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.asked++
	b, ok := k.kept[a.File]
	return b, ok
}

func (k *keptMap) KeepExtracted(a *data.Article, kept []byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.stored++
	k.kept[a.File] = kept
}

func (k *keptMap) DiscardExtracted(a *data.Article, reason error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.discarded = append(k.discarded, a.File+": "+reason.Error())
}

// generated reads, dates and links n generated articles.
func generated(t *testing.T, n int) *data.Corpus {
	t.Helper()
	fsys := data.GenerateFS(n, 3)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// eventsJSON is the events report of c.
func eventsJSON(t *testing.T, c *data.Corpus) string {
	t.Helper()
	var b bytes.Buffer
	if err := data.WriteEvents(&b, c, "json"); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestCandidatesReadBackAsExtracted(t *testing.T) {
	c := generated(t, 400)
	s := NewExtractor(c.Names).NewScanner()
	n := 0
	for i, a := range c.Articles {
		want := s.Candidates(a, i)
		records, err := splitRecords(appendRecord([]byte{extractedVersion}, encodeCandidates(articleSum(a), want)))
		if err != nil || len(records) != 1 {
			t.Fatalf("%s: %d records, %v", a.File, len(records), err)
		}
		got, err := decodeCandidates(records[0], articleSum(a), a, i, s)
		if err != nil {
			t.Fatalf("%s: %v", a.File, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: read back\n%+v\nextracted\n%+v", a.File, got, want)
		}
		n += len(want)
	}
	if n < 1000 {
		t.Fatalf("only %d candidates in 400 articles: the test reads back too little", n)
	}
}

// TestCandidateFieldsAreAllKept fails when Candidate gains or loses a
// field: encodeCandidates and decodeCandidates must then follow (the test
// above compares only what extraction sets).
func TestCandidateFieldsAreAllKept(t *testing.T) {
	var names []string
	ty := reflect.TypeFor[Candidate]()
	for i := range ty.NumField() {
		names = append(names, ty.Field(i).Name)
	}
	const kept = "Article names evidence span Order Start End Paragraph Kinds from to quals scene dateline nPlaces nActors Context Announced Background Undated"
	if got := strings.Join(names, " "); got != kept {
		t.Errorf("Candidate's fields are\n%s\nencodeCandidates keeps\n%s", got, kept)
	}
}

func TestKeptCandidatesDiscoverTheSame(t *testing.T) {
	ctx := context.Background()
	fresh := generated(t, 600)
	if err := Discover(ctx, fresh, nil); err != nil {
		t.Fatal(err)
	}
	want := eventsJSON(t, fresh)

	kept := &keptMap{kept: map[string][]byte{}}
	first := generated(t, 600)
	if err := DiscoverCached(ctx, first, NewExtractor(first.Names), kept, nil); err != nil {
		t.Fatal(err)
	}
	if got := eventsJSON(t, first); got != want {
		t.Fatal("discovery that keeps its candidates found other events")
	}
	if kept.stored == 0 || len(kept.discarded) > 0 {
		t.Fatalf("first discovery kept %d, discarded %v", kept.stored, kept.discarded)
	}
	// Articles the corpus-year pass placed keep their candidates after
	// it too, which the second load below takes instead of extracting.
	placed := 0
	for _, b := range kept.kept {
		if records, err := splitRecords(b); err == nil && len(records) > 1 {
			placed++
		}
	}
	if placed == 0 {
		t.Fatal("no article kept its candidates after the corpus-year pass: the test does not try them")
	}

	// A second load takes them all from the cache, but for a damaged one
	// and one kept for another article: both are extracted again, the
	// damaged one reported.
	var damaged, other string
	for file, b := range kept.kept {
		switch {
		case damaged == "" && len(b) > 20:
			damaged = file
			kept.kept[file] = b[:len(b)-7]
		case other == "" && len(b) > 20 && file != damaged:
			other = file
		}
	}
	for file, b := range kept.kept {
		if file != other && file != damaged {
			kept.kept[other] = b
			break
		}
	}
	kept.stored = 0
	second := generated(t, 600)
	if err := DiscoverCached(ctx, second, NewExtractor(second.Names), kept, nil); err != nil {
		t.Fatal(err)
	}
	if got := eventsJSON(t, second); got != want {
		t.Fatal("discovery from kept candidates found other events")
	}
	if kept.stored != 2 || len(kept.discarded) != 1 || !strings.HasPrefix(kept.discarded[0], damaged+": ") {
		t.Fatalf("second discovery extracted %d articles again (want 2: %s, %s), discarded %v", kept.stored, damaged, other, kept.discarded)
	}
}

// BenchmarkKeptCandidates times encoding and reading back the candidates
// of 2,000 generated articles, against extracting them.
func BenchmarkKeptCandidates(b *testing.B) {
	fsys := data.GenerateFS(2000, 1)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		b.Fatal(err)
	}
	c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
	if err != nil {
		b.Fatal(err)
	}
	s := NewExtractor(c.Names).NewScanner()
	per := make([][]Candidate, len(c.Articles))
	kept := make([][]byte, len(c.Articles))
	for i, a := range c.Articles {
		per[i] = s.Candidates(a, i)
		kept[i] = encodeCandidates(articleSum(a), per[i])
	}
	b.Run("extract", func(b *testing.B) {
		for b.Loop() {
			for i, a := range c.Articles {
				s.Candidates(a, i)
			}
		}
	})
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			for i, a := range c.Articles {
				encodeCandidates(articleSum(a), per[i])
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			for i, a := range c.Articles {
				if _, err := decodeCandidates(kept[i], articleSum(a), a, i, s); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
