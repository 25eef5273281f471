package app

import (
	"math"
	"time"
)

// This file holds the window's geometry as pure functions: time ranges,
// zooming and panning, the overview strip's draggable window, and placing
// an anchored instant under the pointer.
// They know nothing of Fyne, so they are tested without a canvas.

// timeRange is an interval of time, From inclusive, To exclusive. The zero
// value means "everything": the timeline fits the whole corpus.
type timeRange struct {
	From, To time.Time
}

// IsZero reports whether the range is unset (fit all).
func (r timeRange) IsZero() bool { return r.From.IsZero() && r.To.IsZero() }

// Duration is the length of the range.
func (r timeRange) Duration() time.Duration { return r.To.Sub(r.From) }

// Zoom limits: closer than a few hours there is nothing more to see in a
// corpus dated to the day, and farther than a few decades every mark is one
// pixel wide.
const (
	minViewSpan = 6 * time.Hour
	maxViewSpan = 40 * 365 * 24 * time.Hour
)

// zoomAround scales r by factor (>1 zooms in, <1 zooms out) keeping anchor
// at the same fraction of the range, so the instant under the pointer stays
// under the pointer. The result is clamped to the zoom limits.
func zoomAround(r timeRange, anchor time.Time, factor float64) timeRange {
	if factor <= 0 || r.Duration() <= 0 {
		return r
	}
	span := float64(r.Duration()) / factor
	span = math.Max(float64(minViewSpan), math.Min(float64(maxViewSpan), span))
	frac := float64(anchor.Sub(r.From)) / float64(r.Duration())
	from := anchor.Add(-time.Duration(frac * span))
	return timeRange{From: from, To: from.Add(time.Duration(span))}
}

// shift moves r by d, keeping its length.
func (r timeRange) shift(d time.Duration) timeRange {
	return timeRange{From: r.From.Add(d), To: r.To.Add(d)}
}

// zoomFactorForScroll turns a mouse wheel delta into a zoom factor: one
// notch (about 10 units in Fyne's drivers) zooms by 25%. Scrolling up
// (positive DY) zooms in.
func zoomFactorForScroll(dy float32) float64 {
	return math.Pow(1.25, float64(dy)/10)
}

// windowGrip says which part of the overview's range window a pointer holds.
type windowGrip int

const (
	gripNone  windowGrip = iota // outside the window
	gripBody                    // inside: dragging moves the window
	gripLeft                    // the left edge: dragging resizes
	gripRight                   // the right edge: dragging resizes
)

// gripAt says what a press at x grabs of a window drawn from x0 to x1, with
// edges tol pixels wide on each side. A narrow window is all edges on its
// outer halves, so it can still be widened.
func gripAt(x, x0, x1, tol float64) windowGrip {
	switch {
	case x < x0-tol || x > x1+tol:
		return gripNone
	case math.Abs(x-x0) <= tol && (x <= (x0+x1)/2 || x1-x0 > 2*tol):
		return gripLeft
	case math.Abs(x-x1) <= tol:
		return gripRight
	case x >= x0 && x <= x1:
		return gripBody
	}
	return gripNone
}

// dragWindow applies a drag of dx pixels on the given grip to a window from
// x0 to x1 inside [lo, hi], keeping it at least minW wide. Moving keeps the
// width and stops at the ends; resizing moves one edge.
func dragWindow(grip windowGrip, x0, x1, dx, lo, hi, minW float64) (float64, float64) {
	switch grip {
	case gripBody:
		w := x1 - x0
		x0 = math.Max(lo, math.Min(hi-w, x0+dx))
		return x0, x0 + w
	case gripLeft:
		return math.Max(lo, math.Min(x1-minW, x0+dx)), x1
	case gripRight:
		return x0, math.Min(hi, math.Max(x0+minW, x1+dx))
	}
	return x0, x1
}

// maxAnchorSteps bounds the layouts spent on placing an anchor: a few are
// enough in practice, and a pan must stay cheap.
const maxAnchorSteps = 8

// solveAnchorShift finds the shift where drift (a decreasing function of
// the shift: moving the view later moves the anchor left) is within
// anchorTolerant of zero, starting from drift d0 at shift 0. perPixel is
// the time one pixel stands for near the anchor. It returns the best shift
// found and its drift.
func solveAnchorShift(drift func(time.Duration) float64, perPixel time.Duration, d0 float64) (time.Duration, float64) {
	if perPixel <= 0 {
		return 0, d0
	}
	best, bestD := time.Duration(0), d0
	var lo, hi time.Duration // shifts known to be too small and too large
	haveLo, haveHi := d0 > 0, d0 < 0
	prev, prevD := time.Duration(0), d0
	next := time.Duration(d0 * float64(perPixel))
	for range maxAnchorSteps {
		d := drift(next)
		if math.Abs(d) < math.Abs(bestD) {
			best, bestD = next, d
		}
		if math.Abs(d) <= anchorTolerant {
			break
		}
		if d > 0 {
			lo, haveLo = next, true
		} else {
			hi, haveHi = next, true
		}
		guess := next + time.Duration(float64(next-prev)*d/(prevD-d))
		if prevD == d || (haveLo && haveHi && (guess <= lo || guess >= hi)) {
			guess = lo + (hi-lo)/2 // bisect inside the bracket
		}
		prev, prevD, next = next, d, guess
	}
	return best, bestD
}
