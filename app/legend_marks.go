package app

import (
	"math"

	"github.com/caravan-analytics/caravan/charts"
	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// Evidence cues: marks over an event's shape that say how the corpus
// backs it, so an analyst sees at a glance what to trust. The legend draws
// the same cues (legendAnnounced, legendUnsupported, legendAnalyst).
//
//   - announced (only told as a plan): the shape is hollow;
//   - no supporting passage: the shape is struck through;
//   - made by the analyst: a dot at the shape's top right.

// evidence is which cues an event gets.
type evidence struct{ announced, unsupported, analyst bool }

func evidenceOf(e *data.Event) evidence {
	if e == nil {
		return evidence{}
	}
	return evidence{
		announced:   e.Announced,
		unsupported: e.Unsupported(),
		analyst:     e.Source == project.EventFromAnalyst,
	}
}

// cueInset is how far a hollow shape's ground lies inside its outline.
const cueInset = 2

// paintEvidence draws the cues of a mark over its shape (paintMark calls
// it after the shape, before the rings).
func (r *timelineRenderer) paintEvidence(s *charts.Scene, m charts.Mark, p palette) {
	ev := evidenceOf(m.Event)
	if ev == (evidence{}) {
		return
	}
	x0, x1 := m.X0, math.Max(m.X1, m.X0)
	size := s.MarkSize
	if ev.announced {
		switch m.Kind {
		case charts.PointMark:
			r.polygon(x0, m.Y, size*diamondScale-2*cueInset*math.Sqrt2, 4, 0, p.bg, nil, 0)
		case charts.RangeMark:
			w := math.Max(minVisibleWidth, x1-x0)
			if w > 2*cueInset+1 {
				inner := r.rect(x0+cueInset, m.Y-size/2+cueInset, w-2*cueInset, size-2*cueInset, p.bg, nil, 0)
				roundEnds(inner, float32(size/2-cueInset), m.CutStart, m.CutEnd)
			}
		}
	}
	if ev.unsupported {
		mid := x0
		if m.Kind != charts.PointMark {
			mid = (x0 + x1) / 2
		}
		h := size * 0.75
		r.line(mid-h, m.Y+h, mid+h, m.Y-h, p.fg, 1.5)
	}
	if ev.analyst {
		reach := size / 2
		if m.Kind == charts.PointMark {
			reach = size * diamondScale / 2
		}
		r.circle(x1+reach*0.8, m.Y-reach*0.8, 2.5, p.fg, p.bg, 1)
	}
}
