package charts

import (
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// spanCorpus is a lane with long spans and day events among them, as when
// an analyst zooms into the week of a border clash that is only dated to
// its month.
func spanCorpus() *data.Corpus {
	return &data.Corpus{
		Storylines: []data.Storyline{{ID: "bg", Title: "Background"}, {ID: "sco", Title: "SCO"}},
		Events: []*data.Event{
			ev("clashes", "bg", "Kyrgyzstan–Tajikistan border clashes", data.MonthDate(2022, 9), data.Date{}),
			ev("decade", "bg", "A decade of border talks", data.YearDate(2013), data.YearDate(2022)),
			ev("talks", "bg", "Talks on the border", day(2022, 9, 13), data.Date{}),
			ev("ceasefire", "bg", "Ceasefire agreed", day(2022, 9, 16), data.Date{}),
			ev("summit", "sco", "SCO summit in Samarkand", day(2022, 9, 15), day(2022, 9, 16)),
			ev("preparations", "sco", "Preparations for the summit in Samarkand", day(2022, 8, 20), day(2022, 9, 16)),
			ev("drills", "sco", "Joint drills", day(2022, 8, 1), day(2022, 9, 30)),
		},
	}
}

// TestCutSpansAreLabelledInView checks that a span running past the edges
// of a zoomed view keeps a label on the canvas, inside the plot, colliding
// with no other, and that a span shown whole keeps its label beside it.
func TestCutSpansAreLabelledInView(t *testing.T) {
	c := spanCorpus()
	tests := []struct {
		name   string
		o      Options
		id     string
		inside bool // the label must lie over the bar, from its visible start
	}{
		{"month span past both edges", Options{Width: 1600, Height: 900, From: utc(2022, 9, 12), To: utc(2022, 9, 17)}, "clashes", true},
		{"year span past both edges", Options{Width: 1600, Height: 900, From: utc(2022, 9, 12), To: utc(2022, 9, 17)}, "decade", true},
		{"month span past both edges, narrow", Options{Width: 500, Height: 400, From: utc(2022, 9, 12), To: utc(2022, 9, 17)}, "clashes", true},
		{"range cut at the left edge, ending at the right", Options{Width: 1600, Height: 900, From: utc(2022, 9, 1), To: utc(2022, 9, 16)}, "preparations", true},
		{"range cut at the left edge, room after it", Options{Width: 1600, Height: 900, From: utc(2022, 9, 1), To: utc(2022, 10, 15)}, "preparations", false},
		{"range past both edges among day events", Options{Width: 1600, Height: 900, From: utc(2022, 9, 12), To: utc(2022, 9, 17)}, "drills", true},
		{"month span shown whole", Options{Width: 1600, Height: 900, From: utc(2022, 8, 25), To: utc(2022, 10, 5)}, "clashes", false},
		{"range shown whole in a fit-all view", Options{Width: 1600, Height: 900}, "drills", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Layout(c, tc.o)
			checkLabels(t, s, c)
			var mk *Mark
			for i := range s.Marks {
				if s.Marks[i].Event.ID == tc.id {
					mk = &s.Marks[i]
				}
			}
			if mk == nil {
				t.Fatalf("%s is not drawn alone (clusters %+v)", tc.id, s.Clusters)
			}
			b := mk.LabelBox
			if mk.Label == "" || b.W <= 0 {
				t.Fatalf("%s has no label", tc.id)
			}
			if b.X < s.PlotX0 || b.X+b.W > s.PlotX1 {
				t.Errorf("%s label %q at %v leaves the plot %v–%v", tc.id, mk.Label, b, s.PlotX0, s.PlotX1)
			}
			if lane := s.Lanes[mk.Lane]; b.Y < lane.Y0 || b.Y+b.H > lane.Y1 {
				t.Errorf("%s label %v leaves its lane %v–%v", tc.id, b, lane.Y0, lane.Y1)
			}
			if mk.LabelInside != tc.inside {
				t.Fatalf("%s label inside its bar: %v, want %v", tc.id, mk.LabelInside, tc.inside)
			}
			if !tc.inside {
				return
			}
			if b.X != mk.X0+insideLabelPad || b.X+b.W > mk.X1-insideLabelPad {
				t.Errorf("%s label %v is not within its visible bar %v–%v from its start", tc.id, b, mk.X0, mk.X1)
			}
			if from, _ := s.Scale.Domain(); mk.Event.Span.From().Before(from) && b.X != s.PlotX0+insideLabelPad {
				t.Errorf("%s starts before the view; label at x=%v, want it pinned at the plot's left edge %v", tc.id, b.X, s.PlotX0+insideLabelPad)
			}
		})
	}
}
