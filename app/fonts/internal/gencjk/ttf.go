package main

import (
	"bytes"
	"encoding/binary"
	"sort"
	"unicode/utf16"
)

// This file writes a minimal TrueType file (glyf outlines) with the tables
// that golang/freetype (the images) and app/pdfdoc's subsetter (the PDF deck)
// read: head, hhea, maxp, OS/2, hmtx, cmap (format 4), loca, glyf, name
// and post. It is deterministic: no time stamps, tables in tag order.

// glyph is one outline with its advance, in font units.
type glyph struct {
	contours [][]point
	advance  int
}

// metrics are the font-wide vertical metrics copied from the source font.
type metrics struct {
	unitsPerEm         int
	ascent, descent    int // hhea and OS/2 typo: descent negative
	lineGap            int
	capHeight, xHeight int
}

// names are the name-table strings (name IDs 0–6, 13, 14).
type names map[uint16]string

type be struct{ bytes.Buffer }

func (b *be) u8(v int)  { b.WriteByte(byte(v)) }
func (b *be) u16(v int) { _ = binary.Write(b, binary.BigEndian, uint16(v)) }
func (b *be) i16(v int) { _ = binary.Write(b, binary.BigEndian, int16(v)) }
func (b *be) u32(v int) { _ = binary.Write(b, binary.BigEndian, uint32(v)) }

func bbox(g glyph) (x0, y0, x1, y1 int) {
	first := true
	for _, c := range g.contours {
		for _, p := range c {
			if first {
				x0, y0, x1, y1, first = p.x, p.y, p.x, p.y, false
			}
			x0, y0, x1, y1 = min(x0, p.x), min(y0, p.y), max(x1, p.x), max(y1, p.y)
		}
	}
	return
}

// glyfEntry encodes a simple glyph; empty for a glyph with no outline.
func glyfEntry(g glyph) []byte {
	if len(g.contours) == 0 {
		return nil
	}
	var b be
	x0, y0, x1, y1 := bbox(g)
	b.i16(len(g.contours))
	b.i16(x0)
	b.i16(y0)
	b.i16(x1)
	b.i16(y1)
	end := -1
	for _, c := range g.contours {
		end += len(c)
		b.u16(end)
	}
	b.u16(0) // no instructions
	var flags []byte
	var xs, ys be
	px, py := 0, 0
	for _, c := range g.contours {
		for _, p := range c {
			var f byte
			if p.on {
				f |= 0x01
			}
			f |= coord(&xs, p.x-px, 0x02, 0x10)
			f |= coord(&ys, p.y-py, 0x04, 0x20)
			px, py = p.x, p.y
			flags = append(flags, f)
		}
	}
	// Runs of equal flags are written once with a repeat count.
	for i := 0; i < len(flags); {
		n := 1
		for i+n < len(flags) && flags[i+n] == flags[i] && n < 256 {
			n++
		}
		if n > 2 {
			b.u8(int(flags[i] | 0x08))
			b.u8(n - 1)
		} else {
			for range n {
				b.u8(int(flags[i]))
			}
		}
		i += n
	}
	b.Write(xs.Bytes())
	b.Write(ys.Bytes())
	for b.Len()%4 != 0 {
		b.u8(0)
	}
	return b.Bytes()
}

// coord writes one delta in its shortest form and returns its flag bits:
// short is the one-byte flag, same the "same or positive" flag.
func coord(b *be, d int, short, same byte) byte {
	switch {
	case d == 0:
		return same
	case d > 0 && d < 256:
		b.u8(d)
		return short | same
	case d < 0 && d > -256:
		b.u8(-d)
		return short
	}
	b.i16(d)
	return 0
}

// cmapTable maps runes (all in the BMP) to glyph ids: format 4, one
// segment per run of consecutive runes with consecutive ids.
func cmapTable(runes []rune, ids map[rune]int) []byte {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, r := range runes {
		id := ids[r]
		if n := len(segs); n > 0 && segs[n-1].end+1 == int(r) && segs[n-1].delta == id-int(r) {
			segs[n-1].end++
			continue
		}
		segs = append(segs, seg{int(r), int(r), id - int(r)})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	search := floorPow2(n)
	var sub be
	sub.u16(4)
	sub.u16(16 + 8*n)
	sub.u16(0)
	sub.u16(2 * n)
	sub.u16(2 * search)
	sub.u16(log2(search))
	sub.u16(2*n - 2*search)
	for _, s := range segs {
		sub.u16(s.end)
	}
	sub.u16(0)
	for _, s := range segs {
		sub.u16(s.start)
	}
	for _, s := range segs {
		sub.u16(s.delta & 0xFFFF)
	}
	for range segs {
		sub.u16(0)
	}
	var b be
	b.u16(0)
	b.u16(1)
	b.u16(3) // Windows
	b.u16(1) // Unicode BMP
	b.u32(12)
	b.Write(sub.Bytes())
	return b.Bytes()
}

// floorPow2 is the largest power of two not above n, for the binary
// search fields of the table directory and of cmap format 4.
func floorPow2(n int) int {
	p := 1
	for p*2 <= n {
		p *= 2
	}
	return p
}

func log2(v int) int {
	n := 0
	for v > 1 {
		v /= 2
		n++
	}
	return n
}

func nameTable(ns names) []byte {
	ids := make([]int, 0, len(ns))
	for id := range ns {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	var strs be
	var b be
	b.u16(0)
	b.u16(len(ids))
	b.u16(6 + 12*len(ids))
	for _, id := range ids {
		var s be
		for _, u := range utf16.Encode([]rune(ns[uint16(id)])) {
			s.u16(int(u))
		}
		b.u16(3)
		b.u16(1)
		b.u16(0x409)
		b.u16(id)
		b.u16(s.Len())
		b.u16(strs.Len())
		strs.Write(s.Bytes())
	}
	b.Write(strs.Bytes())
	return b.Bytes()
}
