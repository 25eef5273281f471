package store

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// TestCodecRoundTrip writes every article of a built synthetic corpus and
// reads it back: it must be the same, field for field, and its strings
// must point into its one text again.
func TestCodecRoundTrip(t *testing.T) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(300, 3), "x", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	dec := newDecoder()
	var total, text int
	for _, a := range c.Articles {
		b, err := encodeWithBase(nil, a, a.Text)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		total, text = total+len(b), text+len(a.Text)
		var got data.Article
		if err := dec.decodeWithBase(b, &got); err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if !reflect.DeepEqual(&got, a) {
			t.Fatalf("%s: read back differs\n got %+v\nwant %+v", a.ID, got, *a)
		}
		if len(got.Paragraphs) > 0 && !inside(got.Paragraphs[0].Text, got.Text) {
			t.Fatalf("%s: paragraph text is a copy, not a slice of the text", a.ID)
		}
	}
	// The text dominates: everything else takes less room than it.
	if total > 2*text {
		t.Errorf("%d bytes stored for %d bytes of text", total, text)
	}
}

func inside(s, base string) bool {
	p, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(base)))
	return p >= b && p+uintptr(len(s)) <= b+uintptr(len(base))
}

// TestCodecDamaged reads every truncation and a flipped byte of an entry:
// an error or a value, never a crash.
func TestCodecDamaged(t *testing.T) {
	a, err := data.ParseArticle("x.txt", []byte(" date 2022-01-11 De president sprak dinsdag in Astana.\n\nEen tweede alinea."))
	if err != nil {
		t.Fatal(err)
	}
	b, err := encodeWithBase(nil, a, a.Text)
	if err != nil {
		t.Fatal(err)
	}
	dec := newDecoder()
	for n := range len(b) {
		var got data.Article
		if err := dec.decodeWithBase(b[:n], &got); err == nil {
			t.Errorf("truncated to %d of %d bytes: no error", n, len(b))
		}
	}
	for i := range b {
		flipped := append([]byte(nil), b...)
		flipped[i] ^= 0xA5
		var got data.Article
		_ = dec.decodeWithBase(flipped, &got) // must not panic
	}
}

// TestCodecRefusesHiddenState checks that a struct with unexported fields
// is refused rather than cached without them.
func TestCodecRefusesHiddenState(t *testing.T) {
	type hidden struct {
		Shown  string
		hidden int
	}
	if _, err := encodeWithBase(nil, &hidden{"a", 1}, ""); err == nil {
		t.Errorf("a struct with an unexported field was encoded")
	}
}

// BenchmarkDecode reads back 1,000 built synthetic articles: the warm
// load's main cost per article.
func BenchmarkDecode(b *testing.B) {
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		b.Fatal(err)
	}
	c, err := data.Build(context.Background(), synthetic.GenerateFS(1000, 3), "x", cur, nil)
	if err != nil {
		b.Fatal(err)
	}
	var blobs [][]byte
	for _, a := range c.Articles {
		blob, err := encodeWithBase(nil, a, a.Text)
		if err != nil {
			b.Fatal(err)
		}
		blobs = append(blobs, blob)
	}
	dec := newDecoder()
	b.ReportAllocs()
	for b.Loop() {
		for _, blob := range blobs {
			var a data.Article
			if err := dec.decodeWithBase(blob, &a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestCodecConcurrentFirstUse decodes from many goroutines at once in a
// fresh process state for a new type: no goroutine may use a decoder that
// another is still making.
func TestCodecConcurrentFirstUse(t *testing.T) {
	type inner struct {
		A, B string
		N    []int
	}
	type outer struct {
		X []inner
		Y *inner
	}
	v := &outer{X: []inner{{"a", "b", []int{1, 2}}}, Y: &inner{A: "c"}}
	b, err := encodeWithBase(nil, v, "")
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 16)
	for range 16 {
		go func() {
			var got outer
			errs <- newDecoder().decodeWithBase(b, &got)
		}()
	}
	for range 16 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent first decode: %v", err)
		}
	}
}

// TestCodecSharedStrings writes values with their repeated strings
// numbered (as the corpus kept whole is written): they read back the same,
// and every truncation or flipped byte is an error or a value, never a
// crash.
func TestCodecSharedStrings(t *testing.T) {
	type match struct{ Text, Kind string }
	type item struct {
		ID      string
		Matches []match
		Long    string
	}
	type value struct{ Items []item }
	long := strings.Repeat("a long passage that is not numbered ", 5)
	v := &value{}
	for i := range 40 {
		v.Items = append(v.Items, item{ID: "ev-" + strconv.Itoa(i%7), Long: long,
			Matches: []match{{"Samarkand", "place"}, {"top", "term"}, {"Samarkand", "place"}}})
	}
	b, err := encodeShared(nil, v)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := encodeWithBase(nil, v, "")
	if len(b) >= len(plain) {
		t.Errorf("shared strings take %d bytes, plain %d", len(b), len(plain))
	}
	dec := newDecoder()
	var got value
	if err := dec.decodeWithBase(b, &got); err != nil || !reflect.DeepEqual(&got, v) {
		t.Fatalf("read back: %v, equal %v", err, reflect.DeepEqual(&got, v))
	}
	for n := range len(b) {
		var got value
		if err := dec.decodeWithBase(b[:n], &got); err == nil {
			t.Errorf("truncated to %d of %d bytes: no error", n, len(b))
		}
	}
	for i := range b {
		flipped := append([]byte(nil), b...)
		flipped[i] ^= 0xA5
		var got value
		_ = dec.decodeWithBase(flipped, &got) // must not panic
	}
}
