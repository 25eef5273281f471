package charts

import (
	"testing"
	"time"
)

// Scales gives, for any view, the scale Layout lays that view out with:
// fitted, zoomed into a stretch, panned across a break, linear or not.
func TestScalesMatchLayout(t *testing.T) {
	c := threeStorylines()
	base := Options{Width: 1600, Height: 1000}
	whole := Layout(c, base).Scale
	from, to := whole.Time(0), whole.Time(1600)
	span := to.Sub(from)
	views := [][2]time.Time{
		{},
		{from, to},
		{from.Add(span / 3), from.Add(span / 2)},
		{from.Add(span / 10), from.Add(span * 9 / 10)},
		{from.Add(-span / 4), from.Add(span / 4)},
	}
	for _, linear := range []bool{false, true} {
		o := base
		o.Linear = linear
		scales := NewScales(c, o)
		for _, v := range views {
			o.From, o.To = v[0], v[1]
			want := Layout(c, o).Scale
			got := scales.For(v[0], v[1])
			for x := 0.0; x <= 1600; x += 50 {
				at := want.Time(x)
				if g, w := got.X(at), want.X(at); g != w {
					t.Errorf("linear %v, view %v–%v: %v is at x %v, Layout puts it at %v", linear, v[0], v[1], at, g, w)
				}
			}
		}
	}
}
