package main

import (
	"math"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// This file turns a CFF glyph's cubic outline into a TrueType one:
// quadratic curves on integer font units.

// point is a TrueType outline point in font units, y up.
type point struct {
	x, y int
	on   bool // on the curve; off-curve points are quadratic controls
}

// fpt is a point in font units, y up, before rounding.
type fpt struct{ x, y float64 }

func (a fpt) add(b fpt) fpt         { return fpt{a.x + b.x, a.y + b.y} }
func (a fpt) sub(b fpt) fpt         { return fpt{a.x - b.x, a.y - b.y} }
func (a fpt) mul(k float64) fpt     { return fpt{a.x * k, a.y * k} }
func (a fpt) dist(b fpt) float64    { return math.Hypot(a.x-b.x, a.y-b.y) }
func lerp(a, b fpt, t float64) fpt  { return a.add(b.sub(a).mul(t)) }
func unitsOf(p fixed.Point26_6) fpt { return fpt{float64(p.X) / 64, -float64(p.Y) / 64} }
func (a fpt) rounded() (int, int)   { return int(math.Round(a.x)), int(math.Round(a.y)) }
func onCurve(a fpt) point           { x, y := a.rounded(); return point{x, y, true} }
func offCurve(a fpt) point          { x, y := a.rounded(); return point{x, y, false} }
func cubicAt(p0, c1, c2, p3 fpt, t float64) fpt {
	a, b, c := lerp(p0, c1, t), lerp(c1, c2, t), lerp(c2, p3, t)
	return lerp(lerp(a, b, t), lerp(b, c, t), t)
}
func quadAt(p0, c, p2 fpt, t float64) fpt { return lerp(lerp(p0, c, t), lerp(c, p2, t), t) }

// tolerance is how far, in font units (1/1000 em for Noto Sans CJK), a
// quadratic may stray from the cubic it replaces: below a pixel at any
// size a chart or a slide uses.
const tolerance = 1.0

// cubicToQuads approximates the cubic p0 c1 c2 p3 with as few equal-t
// quadratic pieces as keep within tolerance, returning the control and end
// points of each piece (the start is p0).
func cubicToQuads(p0, c1, c2, p3 fpt) []fpt {
	for n := 1; ; n++ {
		out := make([]fpt, 0, 2*n)
		ok := true
		for i := range n {
			t0, t1 := float64(i)/float64(n), float64(i+1)/float64(n)
			a, b := cubicAt(p0, c1, c2, p3, t0), cubicAt(p0, c1, c2, p3, t1)
			// The piece's own control points (de Casteljau on [t0, t1]),
			// then the quadratic control that matches its ends' tangents
			// on average: (3(q1+q2) - a - b) / 4.
			q1, q2 := subCubicControls(p0, c1, c2, p3, t0, t1)
			ctrl := q1.add(q2).mul(3).sub(a).sub(b).mul(0.25)
			for _, t := range []float64{0.25, 0.5, 0.75} {
				if quadAt(a, ctrl, b, t).dist(cubicAt(p0, c1, c2, p3, t0+(t1-t0)*t)) > tolerance {
					ok = false
				}
			}
			out = append(out, ctrl, b)
		}
		if ok || n == 16 {
			return out
		}
	}
}

// subCubicControls are the two inner control points of the cubic restricted
// to [t0, t1].
func subCubicControls(p0, c1, c2, p3 fpt, t0, t1 float64) (fpt, fpt) {
	d := func(t float64) fpt { // derivative
		a := c1.sub(p0).mul(3 * (1 - t) * (1 - t))
		b := c2.sub(c1).mul(6 * (1 - t) * t)
		c := p3.sub(c2).mul(3 * t * t)
		return a.add(b).add(c)
	}
	h := t1 - t0
	a, b := cubicAt(p0, c1, c2, p3, t0), cubicAt(p0, c1, c2, p3, t1)
	return a.add(d(t0).mul(h / 3)), b.sub(d(t1).mul(h / 3))
}

// contours converts sfnt segments (y down, 26.6 font units) into TrueType
// contours, clockwise as TrueType draws outer contours (CFF's run the
// other way; with the non-zero rule both fill the same).
func contours(segs sfnt.Segments) [][]point {
	var out [][]point
	var cur []point
	var pen fpt
	flush := func() {
		// A contour that ends where it began repeats its first point.
		if n := len(cur); n > 1 && cur[n-1] == cur[0] {
			cur = cur[:n-1]
		}
		if len(cur) > 2 {
			out = append(out, reversed(cur))
		}
		cur = nil
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			flush()
			pen = unitsOf(s.Args[0])
			cur = append(cur, onCurve(pen))
		case sfnt.SegmentOpLineTo:
			pen = unitsOf(s.Args[0])
			cur = append(cur, onCurve(pen))
		case sfnt.SegmentOpQuadTo:
			cur = append(cur, offCurve(unitsOf(s.Args[0])))
			pen = unitsOf(s.Args[1])
			cur = append(cur, onCurve(pen))
		case sfnt.SegmentOpCubeTo:
			qs := cubicToQuads(pen, unitsOf(s.Args[0]), unitsOf(s.Args[1]), unitsOf(s.Args[2]))
			for i := 0; i < len(qs); i += 2 {
				cur = append(cur, offCurve(qs[i]), onCurve(qs[i+1]))
			}
			pen = unitsOf(s.Args[2])
		}
	}
	flush()
	return out
}

// reversed returns the contour drawn the other way round, starting from
// the same on-curve point.
func reversed(c []point) []point {
	out := make([]point, 0, len(c))
	out = append(out, c[0])
	for i := len(c) - 1; i > 0; i-- {
		out = append(out, c[i])
	}
	return out
}
