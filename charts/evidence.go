package charts

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// Evidence is how well the corpus backs an event, as its mark shows it:
// the window and the images draw the same cues from it, so an analyst sees
// at a glance what to trust.
//
//   - Unsupported (no passage): the shape is struck through;
//   - Announced (only told as a plan): the shape is hollow;
//   - Weak (one article, or passing mentions only): the shape is faded;
//   - Analyst (made by the analyst): a dot at the shape's top right;
//   - Starred (by the analyst): a small star at the top left;
//   - Cancelled (the analyst says it did not take place): crossed out.
//
// An announced event the analyst confirmed is drawn as reported.
//
// How many sources and languages back the event is counted only for a
// tooltip (Text): layout runs on every zoom step, and one event of a large
// corpus can carry hundreds of thousands of passages.
type Evidence struct {
	Unsupported bool
	Announced   bool
	Weak        bool
	Analyst     bool
	Starred     bool
	Cancelled   bool
}

// Statuses the analyst gives an announced event (Options.Status).
const (
	StatusConfirmed = "confirmed"
	StatusCancelled = "cancelled"
)

// evidenceFor is the evidence of e with what the options know of the
// analyst's curation.
func evidenceFor(e *data.Event, o Options) Evidence {
	ev := EvidenceOf(e, o.Starred != nil && o.Starred(e))
	if o.Status != nil {
		switch o.Status(e) {
		case StatusConfirmed:
			ev.Announced = false
		case StatusCancelled:
			ev.Announced, ev.Cancelled = false, true
		}
	}
	return ev
}

// EvidenceOf returns the evidence of an event; starred says whether the
// analyst starred it (the project knows, the event does not).
func EvidenceOf(e *data.Event, starred bool) Evidence {
	if e == nil {
		return Evidence{}
	}
	return Evidence{
		Unsupported: e.Unsupported(),
		Announced:   e.Announced,
		Weak:        e.Strength.Weak && !e.Unsupported(),
		Analyst:     e.Source == project.EventFromAnalyst,
		Starred:     starred,
	}
}

// Text says the evidence of event e in words, for tooltips: "3 sources
// in 2 languages (de, nl) · announced · weak".
func (ev Evidence) Text(e *data.Event) string {
	var parts []string
	if ev.Unsupported || e == nil {
		parts = append(parts, "no source: unsupported")
	} else {
		articles := map[string]bool{}
		for _, x := range e.Excerpts {
			articles[x.Article] = true
		}
		langs := e.Languages()
		s := fmt.Sprintf("%s in %s", countNoun(len(articles), "source"), countNoun(len(langs), "language"))
		if len(langs) > 0 {
			s += " (" + strings.Join(langs, ", ") + ")"
		}
		parts = append(parts, s)
	}
	if ev.Announced {
		parts = append(parts, "announced, not reported as held")
	}
	if ev.Cancelled {
		parts = append(parts, "cancelled (analyst)")
	}
	if ev.Weak {
		parts = append(parts, "weak")
	}
	if ev.Analyst {
		parts = append(parts, "made by the analyst")
	}
	if ev.Starred {
		parts = append(parts, "starred")
	}
	return strings.Join(parts, " · ")
}

func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// weakFade is how much a weak event's colour is mixed with the ground.
const weakFade = 0.55

// StarPoints is the outline of the starred cue: a five-pointed star of
// outer radius r centred on (x, y), point up, ten vertices alternating
// outer and inner. Every painter fills the same outline.
func StarPoints(x, y, r float64) [10]Point {
	var pts [10]Point
	for i := range pts {
		rad := r
		if i%2 == 1 {
			rad = r * 0.45
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		pts[i] = Point{x + rad*math.Cos(a), y + rad*math.Sin(a)}
	}
	return pts
}

// paintEvidence draws a mark's evidence cues over its shape, as the
// window does (app/legend_marks.go): hollow when announced, struck through
// when unsupported, a dot at the top right when the analyst made it, a
// star at the top left when starred. c is the shape's colour, ink the
// label's.
func paintEvidence(p *painter, s *Scene, mk *Mark, c, ink color.RGBA) {
	ev := mk.Evidence
	if ev == (Evidence{}) {
		return
	}
	r := s.MarkSize / 2
	x0, x1 := mk.X0, math.Max(mk.X1, mk.X0)
	if ev.Announced {
		switch mk.Kind {
		case PointMark:
			p.circle(x0, mk.Y, math.Max(1, r-cueInset), backgroundColor, color.RGBA{}, 0)
		case RangeMark:
			w := math.Max(x1-x0, minBarWidth)
			if w > 2*cueInset+1 {
				p.fillRect(x0+cueInset, mk.Y-r*0.7+cueInset, w-2*cueInset, r*1.4-2*cueInset, backgroundColor)
			}
		}
	}
	// Strokes across the middle of the shape: "/" for unsupported, "X"
	// for cancelled.
	mid, h := x0, s.MarkSize*0.75
	if mk.Kind != PointMark {
		mid = (x0 + x1) / 2
	}
	if ev.Unsupported || ev.Cancelled {
		p.polyline([][2]float64{{mid - h, mk.Y + h}, {mid + h, mk.Y - h}}, ink, 1.5)
	}
	if ev.Cancelled {
		p.polyline([][2]float64{{mid - h, mk.Y - h}, {mid + h, mk.Y + h}}, ink, 1.5)
	}
	if ev.Analyst {
		p.circle(x1+r*0.8, mk.Y-r*0.8, 2.5, ink, backgroundColor, 1)
	}
	if ev.Starred {
		paintStar(p, x0-r*0.9, mk.Y-r*0.9, math.Max(3, r*0.8), highlightColor)
	}
}

// cueInset is how far a hollow shape's ground lies inside its outline.
const cueInset = 2

// paintStar fills the star of StarPoints.
func paintStar(p *painter, x, y, radius float64, c color.RGBA) {
	pts := StarPoints(x, y, radius)
	p.r.ResetStyle()
	p.r.SetFillColor(rgba(c))
	p.r.SetStrokeColor(rgba(inkColor))
	p.r.SetStrokeWidth(0.75)
	p.moveTo(pts[0].X, pts[0].Y)
	for _, pt := range pts[1:] {
		p.lineTo(pt.X, pt.Y)
	}
	p.r.Close()
	p.r.FillStroke()
}
