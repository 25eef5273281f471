package main

import (
	"slices"

	"github.com/caravan-analytics/caravan/app/pdfdoc"
)

// This file assembles the TrueType file from its tables (ttf.go writes
// the glyphs, the character map and the names).

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
	return pdfdoc.SFNT(tables)
}
