package main

import (
	"bytes"
	"encoding/binary"
	"slices"
	"sort"
	"unicode/utf16"
)

// This file writes a minimal TrueType file (glyf outlines) with the tables
// that golang/freetype (the images) and fpdf's subsetter (the PDF deck)
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

// writeFont assembles the font: glyphs[0] is .notdef; cmap maps runes to
// indexes into glyphs.
func writeFont(glyphs []glyph, cmap map[rune]int, m metrics, ns names) []byte {
	runes := make([]rune, 0, len(cmap))
	for r := range cmap {
		runes = append(runes, r)
	}
	slices.Sort(runes)

	var glyf, loca, hmtx be
	fx0, fy0, fx1, fy1 := 0, 0, 0, 0
	maxPoints, maxContours, advMax, minLSB, minRSB, maxExtent := 0, 0, 0, 0, 0, 0
	sumAdvance := 0
	for i, g := range glyphs {
		loca.u32(glyf.Len())
		glyf.Write(glyfEntry(g))
		x0, y0, x1, y1 := bbox(g)
		hmtx.u16(g.advance)
		hmtx.i16(x0)
		points := 0
		for _, c := range g.contours {
			points += len(c)
		}
		maxPoints, maxContours = max(maxPoints, points), max(maxContours, len(g.contours))
		advMax = max(advMax, g.advance)
		sumAdvance += g.advance
		if len(g.contours) > 0 {
			if i == 0 || fx0 == fx1 {
				fx0, fy0, fx1, fy1 = x0, y0, x1, y1
				minLSB, minRSB, maxExtent = x0, g.advance-x1, x1
			}
			fx0, fy0, fx1, fy1 = min(fx0, x0), min(fy0, y0), max(fx1, x1), max(fy1, y1)
			minLSB, minRSB, maxExtent = min(minLSB, x0), min(minRSB, g.advance-x1), max(maxExtent, x1)
		}
	}
	loca.u32(glyf.Len())

	var head be
	head.u32(0x00010000)
	head.u32(0x00010000) // fontRevision 1.0
	head.u32(0)          // checkSumAdjustment, set below
	head.u32(0x5F0F3CF5)
	head.u16(0x0009) // baseline at y=0, integer scaling
	head.u16(m.unitsPerEm)
	head.u32(0) // created
	head.u32(0)
	head.u32(0) // modified
	head.u32(0)
	head.i16(fx0)
	head.i16(fy0)
	head.i16(fx1)
	head.i16(fy1)
	head.u16(0) // macStyle
	head.u16(8) // lowestRecPPEM
	head.i16(2)
	head.i16(1) // long loca
	head.i16(0)

	var hhea be
	hhea.u32(0x00010000)
	hhea.i16(m.ascent)
	hhea.i16(m.descent)
	hhea.i16(m.lineGap)
	hhea.u16(advMax)
	hhea.i16(minLSB)
	hhea.i16(minRSB)
	hhea.i16(maxExtent)
	hhea.i16(1) // caret upright
	hhea.i16(0)
	hhea.i16(0)
	for range 4 {
		hhea.i16(0)
	}
	hhea.i16(0) // metricDataFormat
	hhea.u16(len(glyphs))

	var maxp be
	maxp.u32(0x00010000)
	maxp.u16(len(glyphs))
	maxp.u16(maxPoints)
	maxp.u16(maxContours)
	maxp.u16(0)
	maxp.u16(0)
	maxp.u16(2) // maxZones
	for range 8 {
		maxp.u16(0)
	}

	var os2 be
	os2.u16(4)
	os2.i16(sumAdvance / len(glyphs))
	os2.u16(400) // regular
	os2.u16(5)   // normal width
	os2.u16(0)   // installable: the OFL lets documents embed the font
	for _, v := range []int{650, 600, 0, 75, 650, 600, 0, 350, 50, 250} {
		os2.i16(v * m.unitsPerEm / 1000) // sub- and superscript, strikeout
	}
	os2.i16(0) // sFamilyClass
	os2.Write(make([]byte, 10))
	os2.u32(0) // ulUnicodeRange1: CJK bits in range 2
	os2.u32(1<<(48-32) | 1<<(49-32) | 1<<(50-32) | 1<<(59-32))
	os2.u32(1 << (68 - 64)) // halfwidth and fullwidth forms
	os2.u32(0)
	os2.Write([]byte("CRVN"))
	os2.u16(0x40) // regular
	os2.u16(int(runes[0]))
	os2.u16(int(runes[len(runes)-1]))
	os2.i16(m.ascent)
	os2.i16(m.descent)
	os2.i16(m.lineGap)
	os2.u16(max(m.ascent, fy1))
	os2.u16(max(-m.descent, -fy0))
	os2.u32(1 << 18) // code page 936, simplified Chinese
	os2.u32(0)
	os2.i16(m.xHeight)
	os2.i16(m.capHeight)
	os2.u16(0)
	os2.u16(0x20)
	os2.u16(1)

	var post be
	post.u32(0x00030000) // no glyph names
	post.u32(0)
	post.i16(-125 * m.unitsPerEm / 1000)
	post.i16(50 * m.unitsPerEm / 1000)
	for range 5 {
		post.u32(0)
	}

	tables := map[string][]byte{
		"OS/2": os2.Bytes(), "cmap": cmapTable(runes, cmap), "glyf": glyf.Bytes(),
		"head": head.Bytes(), "hhea": hhea.Bytes(), "hmtx": hmtx.Bytes(),
		"loca": loca.Bytes(), "maxp": maxp.Bytes(), "name": nameTable(ns), "post": post.Bytes(),
	}
	return assemble(tables)
}

// assemble writes the table directory and the tables, four-byte aligned,
// with their checksums and head's checkSumAdjustment.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	search := floorPow2(n)
	var out be
	out.u32(0x00010000)
	out.u16(n)
	out.u16(16 * search)
	out.u16(log2(search))
	out.u16(16*n - 16*search)
	offset := 12 + 16*n
	headAt := 0
	for _, t := range tags {
		data := tables[t]
		out.WriteString(t)
		out.u32(int(checksum(data)))
		out.u32(offset)
		out.u32(len(data))
		if t == "head" {
			headAt = offset
		}
		offset += (len(data) + 3) &^ 3
	}
	for _, t := range tags {
		out.Write(tables[t])
		for out.Len()%4 != 0 {
			out.u8(0)
		}
	}
	b := out.Bytes()
	binary.BigEndian.PutUint32(b[headAt+8:], 0xB1B0AFBA-checksum(b))
	return b
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
