package search

import (
	"bytes"
	"io"
	"reflect"
	"testing"
)

// memoryKeeper is a SearchKeeper in memory, counting what it is asked.
type memoryKeeper struct {
	kept         []byte
	reads, keeps int
}

func (k *memoryKeeper) KeptSearchIndex() ([]byte, error) { k.reads++; return k.kept, nil }
func (k *memoryKeeper) KeepSearchIndex(encode func(io.Writer) error) error {
	k.keeps++
	var b bytes.Buffer
	err := encode(&b)
	k.kept = b.Bytes()
	return err
}

// answers searches ix for every brute query and gives what it found.
func answers(ix *Index) []string {
	var out []string
	for _, q := range bruteQueries {
		res := ix.Search(q)
		out = append(out, "query "+q)
		for _, e := range res.Events {
			out = append(out, "event "+e.ID)
		}
		for _, p := range res.Passages {
			s := p.Article.ID + " " + p.Text
			for _, m := range p.Matches {
				s += " [" + m.Text + "]"
			}
			out = append(out, s)
		}
	}
	return out
}

// TestKeptSearchIndexAnswersAsBuilt builds a corpus's index, keeps it,
// and opens it again from what was kept: the words and passages read
// back are the built ones, and every query gets the same answer. A corpus
// whose paragraphs differ from the kept index's builds its own.
func TestKeptSearchIndexAnswersAsBuilt(t *testing.T) {
	c := bruteCorpus(300, 5)
	k := &memoryKeeper{}
	c.SearchKeeper = k
	built, keep := OpenIndex(c)
	if keep == nil {
		t.Fatal("an index built afresh is not offered to its keeper")
	}
	if err := keep(); err != nil {
		t.Fatal(err)
	}
	read, keep := OpenIndex(c)
	if keep != nil || k.reads != 2 || k.keeps != 1 {
		t.Fatalf("the kept index was not used: %d reads, %d keeps, keep again %v", k.reads, k.keeps, keep != nil)
	}
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"tokens", read.tokens, built.tokens}, {"streams", read.streams.at, built.streams.at},
		{"words", read.words, built.words}, {"stems", read.stems, built.stems}, {"ll stems", read.llStems, built.llStems},
		{"events", read.events, built.events}, {"first", read.first, built.first},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s read back differ from those built", f.name)
		}
	}
	if got, want := answers(read), answers(built); !reflect.DeepEqual(got, want) {
		t.Errorf("the kept index answers otherwise: %d lines, built %d", len(got), len(want))
	}

	// Another corpus (one paragraph less in one article) must not use it.
	other := bruteCorpus(300, 5)
	other.Articles[7].Paragraphs = other.Articles[7].Paragraphs[:len(other.Articles[7].Paragraphs)-1]
	other.SearchKeeper = k
	if _, keep := OpenIndex(other); keep == nil {
		t.Error("a corpus with other paragraphs used the index kept for another")
	}
}

// TestDamagedKeptSearchIndexIsRebuilt opens a corpus whose kept index is
// cut short at many lengths (each must be refused and the index built
// afresh) or has a byte changed at many places (each must be refused, or
// give an index that answers every query without reading out of
// bounds: a byte changed inside a word's letters is a valid index of
// other words, which the cache's checksums catch, not the decoder).
func TestDamagedKeptSearchIndexIsRebuilt(t *testing.T) {
	c := bruteCorpus(40, 9)
	built := NewIndex(c)
	var encoded bytes.Buffer
	if err := built.encodeWords(&encoded, built.digest()); err != nil {
		t.Fatal(err)
	}
	good := encoded.Bytes()
	k := &memoryKeeper{}
	c.SearchKeeper = k
	check := func(what string, b []byte) {
		t.Helper()
		k.kept = b
		ix, keep := OpenIndex(c)
		if keep == nil {
			answers(ix) // panics when it reads out of bounds
		}
	}
	refused := 0
	for n := 0; n < len(good); n += 1 + n/50 {
		k.kept = good[:n]
		if _, keep := OpenIndex(c); keep == nil {
			t.Fatalf("an index cut to %d of %d bytes was used", n, len(good))
		}
		refused++
	}
	for i := 0; i < len(good); i += 7 {
		b := append([]byte(nil), good...)
		b[i] ^= 0x5a
		check("byte changed", b)
	}
	if refused == 0 {
		t.Fatal("nothing cut short: nothing tested")
	}
}
