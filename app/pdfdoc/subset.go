package pdfdoc

import (
	"encoding/binary"
	"errors"
	"sort"
)

// sfntTables reads a TrueType file's table directory: each table's bytes
// by tag.
func sfntTables(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errors.New("too short for a TrueType file")
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errors.New("truncated table directory")
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := ttf[12+16*i:]
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(ttf)) {
			return nil, errors.New("table " + string(rec[:4]) + " runs past the end of the file")
		}
		tables[string(rec[:4])] = ttf[off : off+length]
	}
	return tables, nil
}

// glyphData is glyph g's outline in the glyf table, per loca.
func (f *Font) glyphData(g int) []byte {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	var start, end int
	if binary.BigEndian.Uint16(f.tables["head"][50:]) == 0 { // short offsets, halved
		if 2*g+4 > len(loca) {
			return nil
		}
		start, end = 2*int(binary.BigEndian.Uint16(loca[2*g:])), 2*int(binary.BigEndian.Uint16(loca[2*g+2:]))
	} else {
		if 4*g+8 > len(loca) {
			return nil
		}
		start, end = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
	}
	if start > end || end > len(glyf) {
		return nil
	}
	return glyf[start:end]
}

// components are the glyphs a composite glyph is made of (OpenType glyf
// table, "Composite glyph description").
func components(data []byte) []int {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil // empty or a simple glyph
	}
	const (
		argsAreWords   = 0x0001
		haveScale      = 0x0008
		moreComponents = 0x0020
		haveXYScale    = 0x0040
		haveTwoByTwo   = 0x0080
	)
	var out []int
	for p := 10; p+4 <= len(data); {
		flags := binary.BigEndian.Uint16(data[p:])
		out = append(out, int(binary.BigEndian.Uint16(data[p+2:])))
		p += 4
		if flags&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		if flags&moreComponents == 0 {
			break
		}
	}
	return out
}

// subset is f's font program with only the glyphs used: every other
// glyph is left empty, so glyph numbers (and the CIDToGIDMap) stay those
// of the full font. It has the tables a PDF's TrueType CIDFont needs
// (ISO 32000-1 §9.9), with an empty cmap.
func (f *Font) subset() []byte {
	keep := map[int]bool{}
	queue := []int{0} // the missing glyph
	for _, u := range f.used {
		queue = append(queue, int(u.gid))
	}
	for len(queue) > 0 {
		g := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if g >= f.glyphs || keep[g] {
			continue
		}
		keep[g] = true
		queue = append(queue, components(f.glyphData(g))...)
	}

	var glyf []byte
	loca := make([]byte, 4*(f.glyphs+1))
	for g := range f.glyphs {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		if keep[g] {
			glyf = append(glyf, f.glyphData(g)...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*f.glyphs:], uint32(len(glyf)))

	head := append([]byte(nil), f.tables["head"]...)
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	tables := map[string][]byte{
		"head": head, "hhea": f.tables["hhea"], "maxp": f.tables["maxp"],
		"hmtx": f.tables["hmtx"], "loca": loca, "glyf": glyf, "cmap": emptyCmap,
	}
	for _, tag := range []string{"cvt ", "fpgm", "prep"} { // hinting programs glyphs may call
		if t := f.tables[tag]; t != nil {
			tables[tag] = t
		}
	}
	return SFNT(tables)
}

// emptyCmap is a cmap table that maps no character (one format 4
// subtable with only its closing segment). A PDF picks the glyphs through
// the CIDToGIDMap; the table is there for font parsers that require one.
var emptyCmap = []byte{
	0, 0, 0, 1, // version 0, one subtable
	0, 3, 0, 1, 0, 0, 0, 12, // Windows Unicode BMP, at offset 12
	0, 4, 0, 24, 0, 0, // format 4, 24 bytes, language 0
	0, 2, 0, 2, 0, 0, 0, 0, // one segment: searchRange 2, entrySelector 0, rangeShift 0
	0xff, 0xff, 0, 0, 0xff, 0xff, // endCode, reservedPad, startCode
	0, 1, 0, 0, // idDelta, idRangeOffset
}

// SFNT writes tables, by tag, as a TrueType file: the table directory in
// tag order, each table padded to four bytes and checksummed, and head's
// checkSumAdjustment set (OpenType, "Font file"). It is shared with the
// generator of the bundled CJK subset (app/fonts/internal/gencjk).
func SFNT(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16<<entrySelector))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16<<entrySelector))
	headAt := -1
	for i, tag := range tags {
		t := tables[tag]
		if tag == "head" && len(t) >= 12 {
			// Its checksum counts checkSumAdjustment as zero.
			t = append([]byte(nil), t...)
			binary.BigEndian.PutUint32(t[8:], 0)
		}
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		if tag == "head" {
			headAt = len(out)
		}
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt >= 0 && len(tables["head"]) >= 12 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum is the sum of b's big-endian 32-bit words, the last one padded
// with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
