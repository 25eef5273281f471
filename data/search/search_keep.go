package search

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/caravan-analytics/caravan/data"
)

// OpenIndex returns the corpus's search index: the one its keeper
// kept, when there is one and it is the index of these very articles and
// paragraphs, else one built afresh (NewIndex). keep, not nil when
// the index was built afresh and the corpus has a keeper, encodes and
// keeps it; the caller may run it on another goroutine while the index
// is searched (it only reads the index), so that nobody waits for it.
func OpenIndex(c *data.Corpus) (ix *Index, keep func() error) {
	k := c.SearchKeeper
	if k == nil {
		return NewIndex(c), nil
	}
	if b, err := k.KeptSearchIndex(); err == nil && b != nil {
		ix := newSearchIndexOf(c)
		if ix.decodeWords(b, ix.digest()) == nil {
			ix.indexEvents(c)
			return ix, nil
		}
	}
	ix = NewIndex(c)
	return ix, func() error {
		digest := ix.digest()
		return k.KeepSearchIndex(func(w io.Writer) error { return ix.encodeWords(w, digest) })
	}
}

// searchKeepFormat opens an encoded index; it changes whenever the
// encoding does.
const searchKeepFormat = "caravan-search-1\n"

// digest is a hash of what the index's passages are: every indexed
// article's id and file, and its paragraphs' spans. A kept index is used
// only for articles with this digest (the cache keeps it with the corpus
// it was built from, whose files' contents it checks; the digest guards
// against a corpus changed since, by an analyst's project for instance).
func (ix *Index) digest() uint64 {
	h := fnv.New64a()
	var buf []byte
	for _, a := range ix.articles {
		buf = append(buf[:0], a.ID...)
		buf = append(buf, 0)
		buf = append(buf, a.File...)
		buf = append(buf, 0)
		buf = binary.AppendUvarint(buf, uint64(len(a.Paragraphs)))
		for _, p := range a.Paragraphs {
			buf = binary.AppendUvarint(buf, uint64(p.Start))
			buf = binary.AppendUvarint(buf, uint64(p.End))
		}
		h.Write(buf)
	}
	return h.Sum64()
}

// encodeWords writes to w what indexing the texts built (the tokens,
// each passage's tokens, the inverted indexes), for an index whose
// articles have the digest. The events and names are indexed again from
// the corpus when it is read back: they are small and may change with
// it. Numbers are gathered in a buffer written out every
// keepFlushSize bytes; the large byte sections are written as they are.
func (ix *Index) encodeWords(w io.Writer, digest uint64) error {
	e := keptWriter{w: w}
	e.b = append(e.b, searchKeepFormat...)
	e.b = binary.LittleEndian.AppendUint64(e.b, digest)
	e.uvarint(uint64(len(ix.articles)))
	e.uvarint(uint64(ix.passages()))
	e.table(&ix.tokens)
	e.uvarint(uint64(len(ix.streams.chunks)))
	for _, c := range ix.streams.chunks {
		e.bytes(c)
	}
	prev := uint64(0)
	for _, at := range ix.streams.at { // the chunk as a step, then the end
		e.uvarint(at>>32 - prev)
		e.uvarint(uint64(uint32(at)))
		prev = at >> 32
	}
	for _, d := range []*postingDict{&ix.words, &ix.stems, &ix.llStems} {
		e.table(&d.keys)
		e.bytes(d.postings)
		from := 0
		for k, end := range d.postEnd {
			e.uvarint(uint64(end - from))
			e.uvarint(uint64(d.counts[k]))
			from = end
		}
	}
	e.flush()
	return e.err
}

// keepFlushSize is how many bytes of numbers keptWriter gathers before
// writing them.
const keepFlushSize = 1 << 20

// keptWriter writes an encoded index; the first error sticks.
type keptWriter struct {
	w   io.Writer
	b   []byte
	err error
}

func (e *keptWriter) flush() {
	if e.err == nil && len(e.b) > 0 {
		_, e.err = e.w.Write(e.b)
	}
	e.b = e.b[:0]
}

func (e *keptWriter) uvarint(v uint64) {
	e.b = binary.AppendUvarint(e.b, v)
	if len(e.b) >= keepFlushSize {
		e.flush()
	}
}

// bytes writes p with its length before it.
func (e *keptWriter) bytes(p []byte) {
	e.uvarint(uint64(len(p)))
	if len(p) < 4096 {
		e.b = append(e.b, p...)
		return
	}
	e.flush()
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}

// table writes a token table: its count, each string's length, then the
// strings.
func (e *keptWriter) table(t *tokenTable) {
	e.uvarint(uint64(len(t.ends)))
	from := uint32(0)
	for _, end := range t.ends {
		e.uvarint(uint64(end - from))
		from = end
	}
	e.uvarint(uint64(len(t.text)))
	e.flush()
	if e.err == nil {
		_, e.err = io.WriteString(e.w, t.text)
	}
}

// errKeptSearch is a kept index that cannot be this corpus's, or is cut
// short or out of bounds.
var errKeptSearch = errors.New("the kept search index is not this corpus's")

// decodeWords reads an index encodeWords wrote into ix, which holds the
// articles already (newSearchIndexOf), when it was made for articles of
// the digest. Every length and offset is checked against what holds it,
// so that a damaged encoding gives an error, not an index that reads out
// of bounds. The passages' streams and postings are slices of b, which
// the index keeps.
func (ix *Index) decodeWords(b []byte, digest uint64) (err error) {
	r := keptReader{b: b}
	if string(r.bytes(len(searchKeepFormat))) != searchKeepFormat || r.uint64() != digest ||
		r.uvarint() != uint64(len(ix.articles)) || r.uvarint() != uint64(ix.passages()) {
		return errKeptSearch
	}
	tokens := r.table()
	chunks := make([][]byte, r.count(1))
	for i := range chunks {
		chunks[i] = r.bytes(r.count(1))
	}
	at := make([]uint64, ix.passages())
	chunk, end := uint64(0), uint64(0)
	for p := range at {
		step, e := r.uvarint(), r.uvarint()
		if step > 0 {
			end = 0
		}
		chunk += step
		if r.err == nil && (chunk >= uint64(len(chunks)) || e < end || e > uint64(len(chunks[chunk]))) {
			r.err = errKeptSearch
		}
		end = e
		at[p] = chunk<<32 | e
	}
	var dicts [3]postingDict
	for i := range dicts {
		d := &dicts[i]
		d.keys = r.table()
		d.postings = r.bytes(r.count(1))
		n := len(d.keys.ends)
		d.postEnd, d.counts = make([]int, n), make([]int32, n)
		end := 0
		for k := range n {
			end += int(r.uvarint())
			d.postEnd[k], d.counts[k] = end, int32(r.uvarint())
		}
		if end > len(d.postings) || end < 0 {
			r.err = errKeptSearch
		}
	}
	if r.err != nil {
		return r.err
	}
	// Every stream and posting is read once, on every core: a second of
	// one core at 100,000 articles.
	const streamParts = 8
	var bad atomic.Bool
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	check := func(f func() bool) {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if !f() {
				bad.Store(true)
			}
		})
	}
	for k := range streamParts {
		from, to := len(at)*k/streamParts, len(at)*(k+1)/streamParts
		check(func() bool { return validStreams(chunks, at, from, to, len(tokens.ends)) })
	}
	for i := range dicts {
		check(func() bool { return validPostings(&dicts[i], ix.passages()) })
	}
	wg.Wait()
	if bad.Load() {
		return fmt.Errorf("%w: a passage names a token, or a word a passage, that is not there", errKeptSearch)
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d bytes left over", errKeptSearch, len(r.b))
	}
	ix.tokens, ix.streams = tokens, tokenStreams{chunks: chunks, at: at}
	ix.words, ix.stems, ix.llStems = dicts[0], dicts[1], dicts[2]
	return nil
}

// keptReader reads an encoded index; the first error sticks, and every
// read after it gives zeros.
type keptReader struct {
	b   []byte
	err error
}

func (r *keptReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errKeptSearch
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *keptReader) uint64() uint64 {
	p := r.bytes(8)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}

// count reads a count of things of at least min bytes each, which the
// rest must be able to hold.
func (r *keptReader) count(min int) int {
	n := r.uvarint()
	if n > uint64(len(r.b)/min) {
		r.err = errKeptSearch
		return 0
	}
	return int(n)
}

// bytes reads the next n bytes (a slice of the encoding, not a copy).
func (r *keptReader) bytes(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.err = errKeptSearch
		return nil
	}
	p := r.b[:n:n]
	r.b = r.b[n:]
	return p
}

// table reads a token table appendTable wrote.
func (r *keptReader) table() tokenTable {
	t := tokenTable{ends: make([]uint32, r.count(1))}
	end := uint64(0)
	for i := range t.ends {
		end += r.uvarint()
		t.ends[i] = uint32(end)
	}
	t.text = string(r.bytes(r.count(1)))
	if end != uint64(len(t.text)) {
		r.err = errKeptSearch
	}
	return t
}

// validStreams reports whether the streams of passages from to to are
// whole varints of tokens below n.
func validStreams(chunks [][]byte, at []uint64, from, to, n int) bool {
	s := tokenStreams{chunks: chunks, at: at}
	for p := from; p < to; p++ {
		stream := s.passage(p)
		for len(stream) > 0 {
			v, k := binary.Uvarint(stream)
			if k <= 0 || v>>1 >= uint64(n) {
				return false
			}
			stream = stream[k:]
		}
	}
	return true
}

// validPostings reports whether every key's postings are whole varints
// of as many ascending passages below n as its count says.
func validPostings(d *postingDict, n int) bool {
	from := 0
	for k, end := range d.postEnd {
		if end < from {
			return false
		}
		list := d.postings[from:end]
		p, count := -1, int32(0)
		for len(list) > 0 {
			v, m := binary.Uvarint(list)
			if m <= 0 || v >= uint64(n) {
				return false
			}
			list = list[m:]
			p += int(v) + 1
			count++
		}
		if p >= n || count != d.counts[k] {
			return false
		}
		from = end
	}
	return true
}
