package discover

import (
	"encoding/binary"

	"github.com/caravan-analytics/caravan/data"
)

// This file keeps an article's extraction (its candidates as Candidates
// leaves them, before the corpus-year pass places anything) between
// loads, through a data.ExtractionKeeper: a reload after one file changed
// extracts that file alone. Extraction reads the article and the
// knowledge only (not the other articles), and the cache that keeps the
// bytes is emptied for another build or other knowledge, so a kept
// extraction is the one extracting again would give. The encoding names
// what candidates refer to by their ids, never by the numbers of refs,
// which are this process's.

// keptFormat opens every encoding: a change to what a Candidate holds
// changes it, and bytes of another format are extracted again.
const keptFormat = 1

// appendKept appends the encoding of an article's candidates to dst.
func appendKept(dst []byte, cands []Candidate) []byte {
	dst = append(dst, keptFormat)
	dst = binary.AppendUvarint(dst, uint64(len(cands)))
	for i := range cands {
		c := &cands[i]
		dst = binary.AppendUvarint(dst, uint64(len(c.names)))
		for _, n := range c.names {
			dst = appendString(dst, n)
		}
		dst = binary.AppendUvarint(dst, uint64(c.nPlaces))
		dst = binary.AppendUvarint(dst, uint64(c.nActors))
		dst = binary.AppendUvarint(dst, uint64(len(c.evidence)))
		for _, x := range c.evidence {
			dst = binary.AppendUvarint(dst, uint64(x.start))
			dst = binary.AppendUvarint(dst, uint64(x.end))
			dst = append(dst, byte(x.kind))
			dst = appendString(dst, refName(x.ref))
		}
		w := c.span
		dst = binary.AppendVarint(dst, int64(w.startYear))
		dst = binary.AppendVarint(dst, int64(w.endYear))
		dst = append(dst, w.startMonth, w.startDay, w.startPrec, w.endMonth, w.endDay, w.endPrec)
		dst = binary.AppendUvarint(dst, uint64(c.Start))
		dst = binary.AppendUvarint(dst, uint64(c.End))
		dst = binary.AppendUvarint(dst, uint64(c.Paragraph))
		dst = binary.AppendUvarint(dst, uint64(c.Kinds))
		dst = binary.AppendUvarint(dst, uint64(c.quals))
		dst = appendString(dst, refName(c.scene))
		dst = appendString(dst, refName(c.dateline))
		var flags byte
		for bit, set := range [...]bool{c.Context, c.Announced, c.Background, c.Undated} {
			if set {
				flags |= 1 << bit
			}
		}
		dst = append(dst, flags)
	}
	return dst
}

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

// keptReader reads an encoding of appendKept. Any fault (bytes cut short,
// a number out of range) sets bad, and what it read is then thrown away.
type keptReader struct {
	b   []byte
	bad bool
}

func (r *keptReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *keptReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

// upTo returns a number no greater than limit (else marks the reading bad).
func (r *keptReader) upTo(limit uint64) uint64 {
	v := r.uvarint()
	if v > limit {
		r.bad = true
		return 0
	}
	return v
}

func (r *keptReader) octet() byte {
	if len(r.b) == 0 {
		r.bad = true
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

// bytes returns the next length-prefixed string's bytes.
func (r *keptReader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad, r.b = true, nil
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// readRef returns the number in refs of the next string, through the
// scanner's own map (the strings are a few thousand ids and kinds, met
// over and over: each is made once).
func (s *Scanner) readRef(r *keptReader) int32 {
	b := r.bytes()
	if n, ok := s.refs[string(b)]; ok {
		return n
	}
	return s.refOf(string(b))
}

// keptCandidates decodes what appendKept wrote for article a, the
// order-th of its corpus, and reports whether it could: bytes of another
// format, cut short or pointing outside the article's text or paragraphs
// are no extraction.
func (s *Scanner) keptCandidates(b []byte, a *data.Article, order int) ([]Candidate, bool) {
	r := &keptReader{b: b}
	if r.octet() != keptFormat || r.bad {
		return nil, false
	}
	text, paras := uint64(len(a.Text)), uint64(len(a.Paragraphs))
	n := r.upTo(uint64(len(b)))
	if r.bad {
		return nil, false
	}
	if n == 0 {
		return nil, len(r.b) == 0
	}
	cands := make([]Candidate, n)
	for i := range cands {
		c := &cands[i]
		c.Article, c.Order = a, order
		names := r.upTo(uint64(len(r.b)))
		if r.bad {
			return nil, false
		}
		if names > 0 {
			c.names = make([]string, names)
			for k := range c.names {
				c.names[k] = refName(s.readRef(r))
			}
		}
		c.nPlaces = uint16(r.upTo(names))
		c.nActors = uint16(r.upTo(names - uint64(c.nPlaces)))
		clues := r.upTo(uint64(len(r.b)))
		if r.bad {
			return nil, false
		}
		if clues > 0 {
			c.evidence = make([]clue, clues)
			for k := range c.evidence {
				x := &c.evidence[k]
				x.start = int32(r.upTo(text))
				x.end = int32(r.upTo(text))
				x.kind = clueKind(r.octet())
				x.ref = s.readRef(r)
				if x.start > x.end || x.kind > clueOther {
					r.bad = true
				}
			}
		}
		w := &c.span
		w.startYear, w.endYear = int32(r.varint()), int32(r.varint())
		w.startMonth, w.startDay, w.startPrec = r.octet(), r.octet(), r.octet()
		w.endMonth, w.endDay, w.endPrec = r.octet(), r.octet(), r.octet()
		c.Start, c.End = int32(r.upTo(text)), int32(r.upTo(text))
		c.Paragraph = int32(r.upTo(paras))
		c.Kinds = KindSet(r.upTo(1<<32 - 1))
		c.from, c.to = daysOf(w.Span()) // as extraction sets them
		c.quals = qualList(r.uvarint())
		c.scene, c.dateline = s.readRef(r), s.readRef(r)
		flags := r.octet()
		c.Context, c.Announced, c.Background, c.Undated = flags&1 != 0, flags&2 != 0, flags&4 != 0, flags&8 != 0
		if r.bad || c.Start > c.End || c.Paragraph >= int32(paras) {
			return nil, false
		}
	}
	return cands, len(r.b) == 0
}
