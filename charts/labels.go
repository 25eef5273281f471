package charts

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/caravan-analytics/caravan/data"
)

// laneItem is an event waiting for a row in its lane.
type laneItem struct {
	mark   Mark
	g0, g1 float64 // the glyph's extent: a point's disc, a bar's length
	label  string  // the whole label, Latin
	labelW float64 // its width
	cut    bool    // a bar that runs past an edge of the plot, so x0 or x1 is the edge, not its end
}

// rowElem is something placed in a row: a mark or a cluster, its glyph,
// and its label beside it (right unless there was no room before the edge)
// or inside its bar (when the bar runs past the canvas's edges).
type rowElem struct {
	cluster bool
	idx     int // into the lane's marks or clusters
	row     int
	g0, g1  float64
	wide    bool // a bar too long to merge into a cluster
	left    bool
	inside  bool    // the label lies over the bar, from its visible start
	full    string  // the label before any cut
	fullW   float64 // its width
	label   string
	box     Rect
}

// start and end bound the element with its label.
func (e *rowElem) start() float64 {
	if e.left && e.label != "" {
		return e.box.X
	}
	return e.g0
}

func (e *rowElem) end() float64 {
	if !e.left && !e.inside && e.label != "" {
		return e.box.X + e.box.W
	}
	return e.g1
}

// lanePlacer places one lane's marks, row by row, left to right.
type lanePlacer struct {
	s          *Scene
	m          *measurer
	lane       int
	minW       float64 // the shortest label worth drawing
	labelH     float64
	leftLimit  float64 // labels stay on the canvas
	rightLimit float64

	marks    []Mark
	removed  []bool // marks merged into a cluster
	clusters []Cluster
	elems    []rowElem
	last     []int // per row: index into elems of its rightmost element, or -1
}

// setLabel puts text beside the element and sizes its box.
func (p *lanePlacer) setLabel(e *rowElem, text string) {
	e.label = text
	w := p.m.width(text)
	x := e.g1 + labelGap
	switch {
	case e.inside:
		x = e.g0 + insideLabelPad
	case e.left:
		x = e.g0 - labelGap - w
	}
	e.box = Rect{X: x, Y: p.s.rowY(p.lane, e.row) - p.labelH/2, W: w, H: p.labelH}
}

// rowEnd is where row r is taken up to.
func (p *lanePlacer) rowEnd(r int) float64 {
	if p.last[r] < 0 {
		return math.Inf(-1)
	}
	return p.elems[p.last[r]].end()
}

// placeLane gives each item of the lane a row and a label that collides
// with no other: the full label to the right of the mark in the first row
// free there; else a row where the previous label can be cut short
// (ellipsis) to make room; else the item joins its nearest neighbour in a
// cluster ("3 events"), which splits again when zoomed in.
func (s *Scene) placeLane(lane int, items []laneItem, m measurer) {
	if len(items) == 0 {
		return
	}
	slices.SortStableFunc(items, func(a, b laneItem) int { return cmp.Compare(a.g0, b.g0) })
	if len(items) > s.laneCapacity(lane, m) {
		s.bucketLane(lane, items)
		return
	}
	p := &lanePlacer{
		s: s, m: &m, lane: lane,
		minW:       m.minLabelWidth(),
		labelH:     math.Round(m.size * labelHeightEm),
		leftLimit:  2,
		rightLimit: s.Width - 2,
		marks:      make([]Mark, 0, len(items)),
		removed:    make([]bool, 0, len(items)),
		last:       make([]int, s.Lanes[lane].Rows),
	}
	for r := range p.last {
		p.last[r] = -1
	}
	for i := range items {
		it := &items[i]
		if !p.placeFull(it) && !p.placeCut(it) {
			p.merge(it)
		}
	}
	p.settle()
	p.emit()
}

// labelSide is where a mark's label goes.
type labelSide int

const (
	sideRight labelSide = iota
	sideLeft
	sideInside
)

// insideLabelPad is the space, in pixels, between the visible start of a
// bar and a label drawn inside it.
const insideLabelPad = 4

// add appends the item as a mark element in row r, labelled on the given
// side with text.
func (p *lanePlacer) add(it *laneItem, r int, side labelSide, text string) {
	p.marks = append(p.marks, it.mark)
	p.removed = append(p.removed, false)
	e := rowElem{
		idx: len(p.marks) - 1, row: r, g0: it.g0, g1: it.g1, full: it.label, fullW: it.labelW,
		left: side == sideLeft, inside: side == sideInside,
		wide: it.g1-it.g0 > 2*p.minW,
	}
	p.setLabel(&e, text)
	p.elems = append(p.elems, e)
	p.last[r] = len(p.elems) - 1
}

// A label cut short keeps at least cutKeepShare of its width, or
// cutKeepMaxEm ems of a long one: "Mentioned: 15 s…" names nothing, and a
// lane of such stubs is a wall of text. A label that cannot keep that much
// is left off, and its mark joins a cluster or is drawn bare.
const (
	cutKeepShare = 0.4
	cutKeepMaxEm = 16
)

// legibleW is the least width a label of full width fullW may be cut to.
func (p *lanePlacer) legibleW(fullW float64) float64 {
	return math.Min(fullW, math.Max(p.minW, math.Min(cutKeepShare*fullW, cutKeepMaxEm*p.m.size)))
}

// labelOnLeft reports whether the item's label goes to the left of its
// mark: only near the canvas's right edge, when the whole label does not
// fit on the right and there is more room on the left.
func (p *lanePlacer) labelOnLeft(it *laneItem) bool {
	right := p.rightLimit - (it.g1 + labelGap)
	left := it.g0 - labelGap - p.leftLimit
	return right < it.labelW && left > right
}

// insideRoom is the width a label inside the item's bar may take: the
// visible part of the bar less padding, or 0 for a point or a bar shown
// whole, whose label goes beside it as the reader expects.
func (p *lanePlacer) insideRoom(it *laneItem) float64 {
	if it.mark.Kind == PointMark || !it.cut {
		return 0
	}
	return math.Max(0, it.g1-it.g0-2*insideLabelPad)
}

// fitsInside reports whether the item's bar is cut by the view and wide
// enough to carry a legible label.
func (p *lanePlacer) fitsInside(it *laneItem) bool {
	return p.insideRoom(it) >= p.legibleW(it.labelW)
}

// labelInside reports whether the item's label is better inside its bar
// than beside it: when the bar holds more of the label than either side
// left before the canvas's edges, as for a long span zoomed into, which
// runs past both edges and leaves no room beside it at all.
func (p *lanePlacer) labelInside(it *laneItem) bool {
	outside := math.Max(p.rightLimit-(it.g1+labelGap), it.g0-labelGap-p.leftLimit)
	room := p.insideRoom(it)
	return outside < it.labelW && room > outside && p.fitsInside(it)
}

// placeFull tries a row where the item fits with its whole label (cut only
// by the canvas edge, or by its own bar when it goes inside); failing
// that, a bar wide enough carries its label inside, in the first row free
// at the bar's start.
func (p *lanePlacer) placeFull(it *laneItem) bool {
	side := sideRight
	switch {
	case p.labelInside(it):
		side = sideInside
	case p.labelOnLeft(it):
		side = sideLeft
	}
	if p.placeSide(it, side) {
		return true
	}
	return side != sideInside && p.fitsInside(it) && p.placeSide(it, sideInside)
}

// placeSide puts the item, its label on the given side and cut to the room
// there, in the first row free from where the item and its label start.
func (p *lanePlacer) placeSide(it *laneItem, side labelSide) bool {
	var text string
	start := it.g0
	switch side {
	case sideInside:
		text = p.m.fitWidth(it.label, it.labelW, p.insideRoom(it))
	case sideLeft:
		text = p.m.fitWidth(it.label, it.labelW, it.g0-labelGap-p.leftLimit)
		start = it.g0 - labelGap - p.m.width(text)
	default:
		text = p.m.fitWidth(it.label, it.labelW, p.rightLimit-(it.g1+labelGap))
	}
	for r := range p.last {
		if p.rowEnd(r)+labelGap <= start {
			p.add(it, r, side, text)
			return true
		}
	}
	return false
}

// placeCut tries to make room by cutting a label: the previous element's
// (for a label on the right) or the item's own (on the left), choosing the
// row that leaves the longest label.
func (p *lanePlacer) placeCut(it *laneItem) bool {
	best, bestRoom := -1, 0.0
	left := p.labelOnLeft(it)
	for r, li := range p.last {
		if li < 0 {
			continue
		}
		prev := &p.elems[li]
		var room, worth float64
		if left {
			room = it.g0 - labelGap - (prev.end() + labelGap)
			worth = p.legibleW(it.labelW)
		} else {
			if prev.left || prev.inside || prev.g1+labelGap > it.g0 {
				continue
			}
			room = it.g0 - labelGap - (prev.g1 + labelGap)
			worth = p.legibleW(prev.fullW)
			if prev.cluster {
				worth = math.Min(p.minW, prev.fullW) // a cluster's count stays legible cut to "3"
			}
		}
		if room >= worth && room > bestRoom {
			best, bestRoom = r, room
		}
	}
	if best < 0 {
		return false
	}
	if left {
		p.add(it, best, sideLeft, p.m.fitWidth(it.label, it.labelW, bestRoom))
		return true
	}
	prev := &p.elems[p.last[best]]
	p.setLabel(prev, p.fitElem(prev, bestRoom))
	p.add(it, best, sideRight, p.m.fitWidth(it.label, it.labelW, p.rightLimit-(it.g1+labelGap)))
	return true
}

// fitElem cuts an element's label to maxW: a mark's with an ellipsis, a
// cluster's from "3 events" to "3".
func (p *lanePlacer) fitElem(e *rowElem, maxW float64) string {
	if !e.cluster {
		return p.m.fitWidth(e.full, e.fullW, maxW)
	}
	n := strconv.Itoa(len(p.clusters[e.idx].Events))
	for _, text := range []string{e.full, n} {
		if p.m.width(text) <= maxW {
			return text
		}
	}
	return ""
}

// merge puts the item in a cluster with the nearest short mark or cluster
// that ends a row. When every row ends in a long bar the item is drawn
// unlabelled in the row that frees up first, since a bar is never folded
// into a count.
func (p *lanePlacer) merge(it *laneItem) {
	best := -1
	for r, li := range p.last {
		if li >= 0 && !p.elems[li].wide && (best < 0 || p.elems[li].g1 > p.elems[p.last[best]].g1) {
			best = r
		}
	}
	if best < 0 {
		row := 0
		for r := range p.last {
			if p.elems[p.last[r]].g1 < p.elems[p.last[row]].g1 {
				row = r
			}
		}
		p.add(it, row, sideRight, "")
		return
	}
	e := &p.elems[p.last[best]]
	if !e.cluster {
		first := &p.marks[e.idx]
		p.removed[e.idx] = true
		p.clusters = append(p.clusters, Cluster{Events: []*data.Event{first.Event}, Lane: p.lane, X0: first.X0, X1: first.X1})
		p.absorb(&p.clusters[len(p.clusters)-1], first)
		e.cluster, e.idx, e.left, e.inside = true, len(p.clusters)-1, false, false
	}
	cl := &p.clusters[e.idx]
	cl.Events = append(cl.Events, it.mark.Event)
	p.absorb(cl, &it.mark)
	e.g0, e.g1 = math.Min(e.g0, it.g0), math.Max(e.g1, it.g1)
	e.full = strconv.Itoa(len(cl.Events)) + " events"
	e.fullW = p.m.width(e.full)
	p.setLabel(e, p.fitElem(e, p.rightLimit-(e.g1+labelGap)))
}

// absorb widens the cluster to the mark and takes over its flags.
func (p *lanePlacer) absorb(cl *Cluster, mk *Mark) {
	cl.X0, cl.X1 = math.Min(cl.X0, mk.X0), math.Max(cl.X1, mk.X1)
	cl.Selected = cl.Selected || mk.Selected
	cl.Highlighted = cl.Highlighted || mk.Highlighted
}

// settle guarantees what the placement aims at: within a row no label
// comes within labelGap of its neighbour. A label that would is cut, and
// dropped when nothing legible is left.
func (p *lanePlacer) settle() {
	prev := make([]int, len(p.last))
	for r := range prev {
		prev[r] = -1
	}
	for i := range p.elems {
		e := &p.elems[i]
		if e.cluster || !p.removed[e.idx] {
			if j := prev[e.row]; j >= 0 {
				a := &p.elems[j]
				if a.end()+labelGap > e.start() {
					if !a.left && !a.inside && a.label != "" {
						p.setLabel(a, p.fitElem(a, e.start()-labelGap-(a.g1+labelGap)))
					}
					if a.end()+labelGap > e.start() && e.left && e.label != "" {
						p.setLabel(e, p.fitElem(e, e.g0-labelGap-(a.end()+labelGap)))
					}
					if a.label != "" && e.label != "" && a.box.Overlaps(e.box) {
						p.setLabel(a, "")
					}
					p.dropStub(a)
					p.dropStub(e)
				}
			}
			prev[e.row] = i
		}
	}
}

// dropStub leaves off a mark's label that settling cut below legibility.
func (p *lanePlacer) dropStub(e *rowElem) {
	if !e.cluster && e.label != "" && e.label != e.full && p.m.width(e.label) < p.legibleW(e.fullW) {
		p.setLabel(e, "")
	}
}

// emit hands the lane's marks and clusters to the scene.
func (p *lanePlacer) emit() {
	for i := range p.elems {
		e := &p.elems[i]
		y := p.s.rowY(p.lane, e.row)
		if e.cluster {
			cl := p.clusters[e.idx]
			cl.Row, cl.Y, cl.X = e.row, y, (cl.X0+cl.X1)/2
			cl.Label, cl.Box = e.label, e.box
			p.s.Clusters = append(p.s.Clusters, cl)
			continue
		}
		if p.removed[e.idx] {
			continue
		}
		mk := p.marks[e.idx]
		mk.Row, mk.Y = e.row, y
		mk.Label, mk.LabelBox, mk.LabelInside = e.label, e.box, e.inside
		p.s.Marks = append(p.s.Marks, mk)
	}
}
