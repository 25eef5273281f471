package discover

import (
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// keptTestCorpus is the evaluation's reports (340, in 19 languages: news
// prose, not the generator's templates) read and dated with the shipped
// knowledge.
func keptTestCorpus(t *testing.T) (*data.Corpus, *Extractor) {
	t.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), os.DirFS("../../testdata/eval/raw"), "eval", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c, NewExtractor(c.Names)
}

// TestKeptExtractionIsTheExtraction: every article's candidates, encoded
// and decoded by another scanner (whose numbers for names are not the
// first one's), are the candidates extraction gives, field by field. The
// reports must hold candidates of every flag, qualifiers, scenes and
// datelines, or the comparison would not cover them.
func TestKeptExtractionIsTheExtraction(t *testing.T) {
	c, x := keptTestCorpus(t)
	extract, decode := x.NewScanner(), x.NewScanner()
	// The decoding scanner meets the names in another order.
	for _, id := range []string{"kind:zz", "astana", "xi-jinping"} {
		decode.refOf(id)
	}
	var seen [8]int
	total := 0
	for i, a := range c.Articles {
		want := extract.Candidates(a, i)
		got, ok := decode.keptCandidates(appendKept(nil, want), a, i)
		if !ok {
			t.Fatalf("%s: its kept extraction does not decode", a.File)
		}
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: kept candidates differ from its extraction:\n got %+v\nwant %+v", a.File, got, want)
		}
		for k := range want {
			w := &want[k]
			total++
			for bit, set := range [...]bool{w.Context, w.Announced, w.Background, w.Undated, w.quals != 0, w.scene != 0, w.dateline != 0, w.nActors > 0 && len(w.People()) > 0} {
				if set {
					seen[bit]++
				}
			}
		}
	}
	t.Logf("%d candidates of %d articles; flags, qualifiers, scenes, datelines, people: %v", total, len(c.Articles), seen)
	for bit, n := range seen {
		if n == 0 {
			t.Errorf("no candidate has property %d: the test does not cover it", bit)
		}
	}
}

// TestKeptExtractionRefusesDamage: an encoding cut short at any length, of
// another format, or pointing past the article's text is no extraction,
// and decoding it never panics (a changed byte inside is the CRC's to
// find, in package store: decoding it must only not panic).
func TestKeptExtractionRefusesDamage(t *testing.T) {
	c, x := keptTestCorpus(t)
	s := x.NewScanner()
	tried := 0
	for i, a := range c.Articles {
		cands := s.Candidates(a, i)
		if len(cands) == 0 || i%7 != 0 {
			continue
		}
		tried++
		b := appendKept(nil, cands)
		for n := range len(b) {
			if _, ok := s.keptCandidates(b[:n:n], a, i); ok {
				t.Fatalf("%s: an encoding cut to %d of %d bytes was taken", a.File, n, len(b))
			}
		}
		other := append([]byte{keptFormat + 1}, b[1:]...)
		if _, ok := s.keptCandidates(other, a, i); ok {
			t.Fatalf("%s: an encoding of another format was taken", a.File)
		}
		if _, ok := s.keptCandidates(append(b[:len(b):len(b)], 0), a, i); ok {
			t.Fatalf("%s: an encoding with a byte too many was taken", a.File)
		}
		short := *a
		short.Text = a.Text[:cands[len(cands)-1].End-1]
		if _, ok := s.keptCandidates(b, &short, i); ok {
			t.Fatalf("%s: an encoding past the article's text was taken", a.File)
		}
		for k := range b {
			changed := append([]byte(nil), b...)
			changed[k] ^= 0xa5
			s.keptCandidates(changed, a, i) // must not panic
		}
	}
	if tried == 0 {
		t.Fatal("no article with candidates")
	}
}
