package discover

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"unsafe"

	"github.com/caravan-analytics/caravan/data"
)

// Extraction (the candidates of every article) is the largest part of
// discovery that depends on one article alone. A load that finds most
// files unchanged since the last one takes their candidates from an
// ExtractionCache instead of reading their text again; the corpus-wide
// steps (the corpus-year pass, grouping, events, storylines) run on them
// as on fresh ones. What is kept of an article is its candidates as
// extraction found them, and those of the article as the corpus-year
// pass left it when the pass placed one of its dates (the pass extracts
// such an article again): each is used only for the article in the very
// state it was extracted from (articleSum), so a placement that came out
// otherwise is extracted again.

// ExtractionCache keeps what extraction found in each article from one
// load of a folder to the next (package store's cache does).
type ExtractionCache interface {
	// Extracted returns what KeepExtracted was given for the article of
	// a's file by an earlier load, when the file has not changed since.
	Extracted(a *data.Article) (kept []byte, ok bool)
	// KeepExtracted is given what extraction found in a, encoded. It is
	// called from several goroutines at once.
	KeepExtracted(a *data.Article, kept []byte)
	// DiscardExtracted is told that what Extracted gave for a could not
	// be read, and why: a's candidates were extracted afresh.
	DiscardExtracted(a *data.Article, reason error)
}

// extractedVersion begins every encoding: one of another layout is not
// read. (The cache holding them is also emptied by every new build.)
const extractedVersion = 3

// keptExtractions is what discovery keeps of each article's extractions
// while it runs, when it has an ExtractionCache: by article, the kept
// encoding (the version, then records, each its length and an
// encodeCandidates), and whether this load changed it.
type keptExtractions struct {
	cache ExtractionCache
	blobs [][]byte
	fresh []bool
}

// candidates returns the candidates of article a, the i-th of the corpus,
// in its present state: kept ones when there are, else extracted (and
// kept). placed says that the corpus-year pass placed a date of a: the
// article's first record, its candidates before the pass, stays, with
// this one after it; otherwise this one is the only one.
func (st *mentionStash) candidates(s *Scanner, a *data.Article, i int, placed bool) []Candidate {
	k := st.kept
	if k == nil || a.DuplicateOf != "" {
		return s.Candidates(a, i)
	}
	sum := articleSum(a)
	records, err := splitRecords(k.blobs[i])
	if err == nil {
		for _, r := range records {
			if binary.LittleEndian.Uint32(r) != sum {
				continue
			}
			var cands []Candidate
			if cands, err = decodeCandidates(r, sum, a, i, s); err == nil {
				return cands
			}
		}
	}
	if err != nil {
		k.cache.DiscardExtracted(a, err)
		records = nil
	}
	cands := s.Candidates(a, i)
	blob := []byte{extractedVersion}
	if placed && len(records) > 0 {
		// The pass may place dates of an article in more than one of its
		// rounds: the last few states stay.
		blob = appendRecord(blob, records[0])
		for _, r := range records[max(1, len(records)-maxPlacedRecords+1):] {
			blob = appendRecord(blob, r)
		}
	}
	k.blobs[i], k.fresh[i] = appendRecord(blob, encodeCandidates(sum, cands)), true
	return cands
}

// maxPlacedRecords is how many states of an article after the
// corpus-year pass placed its dates are kept.
const maxPlacedRecords = 3

// release lets go of the kept encoding of article a, the i-th, once its
// candidates are read, unless this load must write it or the corpus-year
// pass may extract a again (an article not dated to the day): at
// 100,000 articles the encodings are 100 MB, which would otherwise stay
// through the pass, where discovery's heap peaks. Were the pass to
// extract a released article again, it would only extract it afresh.
func (k *keptExtractions) release(i int, a *data.Article) {
	if k != nil && !k.fresh[i] && !a.Date.IsZero() && a.Date.Precision != data.Month {
		k.blobs[i] = nil
	}
}

// appendRecord appends a record to a kept encoding.
func appendRecord(blob, record []byte) []byte {
	return append(binary.AppendUvarint(blob, uint64(len(record))), record...)
}

// splitRecords returns the records of a kept encoding (none for nil).
func splitRecords(blob []byte) ([][]byte, error) {
	if blob == nil {
		return nil, nil
	}
	r := reader{b: blob}
	if v := r.byte(); v != extractedVersion {
		return nil, fmt.Errorf("layout %d, not %d", v, extractedVersion)
	}
	var records [][]byte
	for len(r.b) > 0 && r.err == nil {
		n := r.uvarint(uint64(len(r.b)))
		if n < 4 {
			r.fail("a record too short")
			break
		}
		records = append(records, r.b[:n:n])
		r.b = r.b[n:]
	}
	return records, r.err
}

// keep hands the kept encodings this load changed to the cache, and lets
// them all go.
func (st *mentionStash) keep() {
	k := st.kept
	if k == nil {
		return
	}
	for i, fresh := range k.fresh {
		if fresh {
			k.cache.KeepExtracted(st.articles[i], k.blobs[i])
		}
	}
	st.kept = nil
}

// articleSum is a checksum of what extraction reads of an article: its
// text, language, date, paragraphs and date mentions. Kept candidates are
// used only for an article with the same sum, so that they cannot be
// another article's, nor the same file's read by another version of
// dating.
func articleSum(a *data.Article) uint32 {
	// The text is read where it lies, not copied.
	sum := crc32.Update(0, crcTable, unsafe.Slice(unsafe.StringData(a.Text), len(a.Text)))
	var b []byte
	b = append(b, a.Language...)
	b = binary.AppendVarint(b, int64(a.Date.Year))
	b = binary.AppendVarint(b, int64(a.Date.Month))
	b = binary.AppendVarint(b, int64(a.Date.Day))
	b = binary.AppendVarint(b, int64(a.Date.Precision))
	b = binary.AppendUvarint(b, uint64(len(a.Paragraphs)))
	for _, p := range a.Paragraphs {
		b = binary.AppendVarint(b, int64(p.Start))
		b = binary.AppendVarint(b, int64(p.End))
		b = binary.AppendVarint(b, int64(p.Count))
	}
	b = binary.AppendUvarint(b, uint64(len(a.Mentions)))
	sum = crc32.Update(sum, crcTable, b)
	for _, m := range a.Mentions {
		b = b[:0]
		b = binary.AppendVarint(b, int64(m.Paragraph))
		b = binary.AppendVarint(b, int64(m.Start))
		b = binary.AppendVarint(b, int64(m.End))
		b = appendString(b, m.Text)
		b = appendString(b, m.Reason)
		b = binary.LittleEndian.AppendUint64(b, uint64(m.Span[0]))
		b = binary.LittleEndian.AppendUint64(b, uint64(m.Span[1]))
		b = append(b, byte(m.Kind), boolByte(m.Announced), boolByte(m.Background), byte(m.Stamp))
		sum = crc32.Update(sum, crcTable, b)
	}
	return sum
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// encodeCandidates encodes the candidates extraction found in an article
// of articleSum sum (see decodeCandidates) as a record: the sum, the
// strings they hold (name ids, what clues name) once each, how many
// candidates, names and clues there are, then the candidates.
func encodeCandidates(sum uint32, cands []Candidate) []byte {
	table := map[string]uint64{}
	var strs []string
	str := func(s string) uint64 { // 0 is "", n the n-th of strs
		if s == "" {
			return 0
		}
		n, ok := table[s]
		if !ok {
			strs = append(strs, s)
			n = uint64(len(strs))
			table[s] = n
		}
		return n
	}
	var body []byte
	names, clues := 0, 0
	for i := range cands {
		names += len(cands[i].names)
		clues += len(cands[i].evidence)
		c := &cands[i]
		body = binary.AppendUvarint(body, uint64(len(c.names)))
		for _, id := range c.names {
			body = binary.AppendUvarint(body, str(id))
		}
		body = binary.AppendUvarint(body, uint64(c.nPlaces))
		body = binary.AppendUvarint(body, uint64(c.nActors))
		body = binary.AppendUvarint(body, uint64(len(c.evidence)))
		for _, x := range c.evidence {
			body = binary.AppendVarint(body, int64(x.start))
			body = binary.AppendVarint(body, int64(x.end))
			body = binary.AppendUvarint(body, str(refName(x.ref)))
			body = append(body, byte(x.kind))
		}
		s := c.span
		body = binary.AppendVarint(body, int64(s.startYear))
		body = binary.AppendVarint(body, int64(s.endYear))
		body = append(body, s.startMonth, s.startDay, s.startPrec, s.endMonth, s.endDay, s.endPrec)
		body = binary.AppendVarint(body, int64(c.Start))
		body = binary.AppendVarint(body, int64(c.End))
		body = binary.AppendVarint(body, int64(c.Paragraph))
		body = binary.AppendUvarint(body, uint64(c.Kinds))
		body = binary.AppendVarint(body, int64(c.from))
		body = binary.AppendVarint(body, int64(c.to))
		body = binary.AppendUvarint(body, uint64(c.quals))
		body = binary.AppendUvarint(body, str(refName(c.scene)))
		body = binary.AppendUvarint(body, str(refName(c.dateline)))
		body = append(body, boolByte(c.Context)|boolByte(c.Announced)<<1|boolByte(c.Background)<<2|boolByte(c.Undated)<<3)
	}
	out := binary.LittleEndian.AppendUint32(nil, sum)
	out = binary.AppendUvarint(out, uint64(len(strs)))
	for _, s := range strs {
		out = appendString(out, s)
	}
	out = binary.AppendUvarint(out, uint64(len(cands)))
	out = binary.AppendUvarint(out, uint64(names))
	out = binary.AppendUvarint(out, uint64(clues))
	return append(out, body...)
}

// errStale is decodeCandidates' answer for candidates kept for another
// state of the article: not damage, the article is only extracted again.
var errStale = errors.New("kept for another version of the article")

// decodeCandidates reads back the candidates encodeCandidates wrote for
// article a (of articleSum sum), the order-th of its corpus, checking
// that they are a's: a record that is cut short or holds spans outside
// a's text is an error, one of another state of a errStale. The names
// and clues of all candidates share one block each, as extraction lays
// them out (copyOut).
func decodeCandidates(record []byte, sum uint32, a *data.Article, order int, sc *Scanner) ([]Candidate, error) {
	r := reader{b: record}
	if len(r.b) < 4 {
		return nil, errShort
	}
	if binary.LittleEndian.Uint32(r.b) != sum {
		return nil, errStale
	}
	r.b = r.b[4:]
	strs := make([]string, r.uvarint(uint64(len(r.b)))+1)
	refs := make([]int32, len(strs)) // each string's number in refs
	for i := 1; i < len(strs); i++ {
		strs[i] = r.string()
		refs[i] = sc.refOf(strs[i])
	}
	index := func() uint64 { return r.uvarint(uint64(len(strs) - 1)) }
	n := r.uvarint(uint64(len(r.b)))
	nNames, nClues := r.uvarint(uint64(len(r.b))), r.uvarint(uint64(len(r.b)))
	if r.err != nil {
		return nil, r.err
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]Candidate, n)
	names, clues := make([]string, 0, nNames), make([]clue, 0, nClues)
	text := int64(len(a.Text))
	for i := range out {
		c := &out[i]
		c.Article, c.Order = a, order
		k := int(r.uvarint(uint64(cap(names) - len(names))))
		if k > 0 {
			from := len(names)
			for range k {
				names = append(names, strs[index()])
			}
			c.names = names[from:len(names):len(names)]
		}
		c.nPlaces, c.nActors = uint16(r.uvarint(maxNames)), uint16(r.uvarint(maxNames))
		if int(c.nPlaces)+int(c.nActors) > len(c.names) {
			r.fail("more places and actors than names")
		}
		k = int(r.uvarint(uint64(cap(clues) - len(clues))))
		if k > 0 {
			from := len(clues)
			for range k {
				x := clue{start: int32(r.varint(0, text)), end: int32(r.varint(0, text))}
				x.ref = refs[index()]
				x.kind = clueKind(r.byte())
				if x.start > x.end || x.kind > clueOther {
					r.fail("a clue outside the text")
				}
				clues = append(clues, x)
			}
			c.evidence = clues[from:len(clues):len(clues)]
		}
		s := &c.span
		s.startYear, s.endYear = int32(r.varint(-1<<31, 1<<31-1)), int32(r.varint(-1<<31, 1<<31-1))
		s.startMonth, s.startDay, s.startPrec = r.byte(), r.byte(), r.byte()
		s.endMonth, s.endDay, s.endPrec = r.byte(), r.byte(), r.byte()
		c.Start, c.End = int32(r.varint(0, text)), int32(r.varint(0, text))
		c.Paragraph = int32(r.varint(0, int64(len(a.Paragraphs))-1))
		if c.Start > c.End {
			r.fail("a sentence outside the text")
		}
		c.Kinds = KindSet(r.uvarint(1<<32 - 1))
		c.from, c.to = day(r.varint(-1<<31, 1<<31-1)), day(r.varint(-1<<31, 1<<31-1))
		c.quals = qualList(r.uvarint(1<<64 - 1))
		c.scene, c.dateline = refs[index()], refs[index()]
		flags := r.byte()
		c.Context, c.Announced, c.Background, c.Undated = flags&1 != 0, flags&2 != 0, flags&4 != 0, flags&8 != 0
		if r.err != nil {
			return nil, r.err
		}
	}
	if len(r.b) > 0 || len(names) != int(nNames) || len(clues) != int(nClues) {
		return nil, errors.New("bytes after the last candidate, or fewer names or clues than said")
	}
	return out, nil
}

var errShort = errors.New("cut short")

// reader reads what encodeCandidates wrote; its first error stays.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(why string) {
	if r.err == nil {
		r.err = errors.New(why)
	}
	r.b = nil
}

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail(errShort.Error())
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

// uvarint reads a number no greater than most.
func (r *reader) uvarint(most uint64) uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail(errShort.Error())
		return 0
	}
	r.b = r.b[n:]
	if v > most {
		r.fail("a number out of range")
		return 0
	}
	return v
}

// varint reads a number from lo to hi.
func (r *reader) varint(lo, hi int64) int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail(errShort.Error())
		return 0
	}
	r.b = r.b[n:]
	if v < lo || v > hi {
		r.fail("a number out of range")
		return 0
	}
	return v
}

func (r *reader) string() string {
	n := r.uvarint(uint64(len(r.b)))
	if r.err != nil {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}
