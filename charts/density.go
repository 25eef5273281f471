package charts

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// ArticleBin is a stretch of the articles row drawn as one bar when the
// articles in view are too many to draw one by one: thousands of
// triangles merge into a solid stripe that says nothing, while bars as
// high as their counts show where the coverage is.
type ArticleBin struct {
	X0, X1   float64
	From, To time.Time
	Articles []*data.Article // the articles whose date's middle falls in the stretch
	Coarse   int             // how many of them are dated only to a month or a year
	Height   float64         // the bar's height, in proportion to the densest bin in view
	Label    string          // the count, drawn beside the bar when there is room; else ""
	LabelBox Rect
	Selected bool // it holds the selected article
}

// Density geometry.
const (
	articleBinWidth    = 4    // pixels per bin of the density band
	denseOverlapShare  = 0.05 // articles drawn over others, as a share, beyond which the row becomes a band
	minBinLabelSpacing = 6    // pixels between count labels
)

// articlesDense reports whether the article marks laid out overlap too
// much to be read one by one: more than denseOverlapShare of them have no
// sub-row of their own.
func articlesDense(overlapped, total int) bool {
	return total > 0 && float64(overlapped) > denseOverlapShare*float64(total)
}

// layoutArticleBins replaces the article marks by a density band: one bin
// per articleBinWidth pixels, each counting the articles whose date's
// middle falls in it. The selected article keeps its mark, drawn over the
// band. The highest bins get their count as a label, as many as fit
// without overlapping.
func (s *Scene) layoutArticleBins(m measurer) {
	n := int(math.Ceil((s.PlotX1 - s.PlotX0) / articleBinWidth))
	if n <= 0 {
		return
	}
	bins := make([]ArticleBin, n)
	var keep []ArticleMark
	for _, am := range s.Articles {
		mid := (am.X0 + am.X1) / 2
		i := min(max(int((mid-s.PlotX0)/articleBinWidth), 0), n-1)
		b := &bins[i]
		b.Articles = append(b.Articles, am.Article)
		if am.Article.Date.Precision != data.Day {
			b.Coarse++
		}
		if am.Selected {
			b.Selected = true
			keep = append(keep, am)
		}
	}
	peak := 0
	for i := range bins {
		peak = max(peak, len(bins[i].Articles))
	}
	top, bottom := s.ArticlesY0+1, s.ArticlesY1-1
	for i := range bins {
		b := &bins[i]
		b.X0 = s.PlotX0 + float64(i)*articleBinWidth
		b.X1 = math.Min(b.X0+articleBinWidth, s.PlotX1)
		b.From, b.To = s.Scale.Time(b.X0), s.Scale.Time(b.X1)
		if c := len(b.Articles); c > 0 {
			// A square root keeps a bin of one article visible beside one
			// of a thousand.
			b.Height = math.Max(2, (bottom-top)*math.Sqrt(float64(c)/float64(peak)))
		}
	}
	s.ArticleBins = bins[:0]
	for _, b := range bins {
		if len(b.Articles) > 0 {
			s.ArticleBins = append(s.ArticleBins, b)
		}
	}
	s.Articles = keep
	for i := range s.Articles {
		s.Articles[i].Y = (top + bottom) / 2
	}
	s.labelArticleBins(m)
}

// labelArticleBins writes the count beside the highest bins, highest
// first, each where it overlaps no other count.
func (s *Scene) labelArticleBins(m measurer) {
	order := make([]int, len(s.ArticleBins))
	for i := range order {
		order[i] = i
	}
	sortByCountDesc(order, s.ArticleBins)
	h := math.Round(m.size * labelHeightEm)
	var placed []Rect
	for _, i := range order {
		b := &s.ArticleBins[i]
		text := strconv.Itoa(len(b.Articles))
		w := m.width(text)
		box := Rect{X: b.X1 + 2, Y: (s.ArticlesY0+s.ArticlesY1)/2 - h/2, W: w, H: h}
		if box.X+box.W > s.PlotX1 {
			box.X = b.X0 - 2 - w
		}
		if box.X < s.PlotX0 || overlapsAnyRect(box, placed, minBinLabelSpacing) {
			continue
		}
		b.Label, b.LabelBox = text, box
		placed = append(placed, box)
	}
}

// sortByCountDesc orders bin indices highest first; among equals,
// earliest first, so the labels do not jump about as the view moves.
func sortByCountDesc(order []int, bins []ArticleBin) {
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(bins[b].Articles), len(bins[a].Articles)), cmp.Compare(a, b))
	})
}

// overlapsAnyRect reports whether r comes within gap pixels of any of rs
// horizontally while sharing their rows.
func overlapsAnyRect(r Rect, rs []Rect, gap float64) bool {
	g := Rect{X: r.X - gap, Y: r.Y, W: r.W + 2*gap, H: r.H}
	for _, o := range rs {
		if g.Overlaps(o) {
			return true
		}
	}
	return false
}

// ArticleBinAt returns the bin of the density band under (x, y), or nil.
func (s *Scene) ArticleBinAt(x, y float64) *ArticleBin {
	if y < s.ArticlesY0-hitTolerance || y > s.ArticlesY1+hitTolerance {
		return nil
	}
	var best *ArticleBin
	bestD := math.Inf(1)
	for i := range s.ArticleBins {
		b := &s.ArticleBins[i]
		d := distance(x, b.X0, b.X1)
		if b.Label != "" && b.LabelBox.Contains(x, y) {
			d = math.Min(d, 0.5) // on its count: a hit, but a bar under the pointer wins
		}
		if d <= hitTolerance && d < bestD {
			best, bestD = b, d
		}
	}
	return best
}

// A lane holding more events than its rows can show with legible labels
// becomes a density strip: its events are counted in buckets of
// laneBucketWidth pixels, each drawn as a cluster with its count, which
// zooms into its stretch of time when clicked. Placing thousands of
// events one by one filled every row with cut labels and swallowed the
// rest into one cluster as wide as the lane.
const laneBucketWidth = 44

// laneCapacity is how many events the lane can show one by one: per row,
// a mark with the shortest legible label every so many pixels.
func (s *Scene) laneCapacity(lane int, m measurer) int {
	per := m.minLabelWidth() + s.MarkSize + 2*labelGap
	return s.Lanes[lane].Rows * int((s.PlotX1-s.PlotX0)/per)
}

// bucketLane lays a dense lane out as a strip of counted clusters on its
// middle row; a bucket of one event keeps its mark, unlabelled.
func (s *Scene) bucketLane(lane int, items []laneItem) {
	n := int(math.Ceil((s.PlotX1 - s.PlotX0) / laneBucketWidth))
	buckets := make([][]*laneItem, n)
	for i := range items {
		it := &items[i]
		b := min(max(int((it.mark.X0-s.PlotX0)/laneBucketWidth), 0), n-1)
		buckets[b] = append(buckets[b], it)
	}
	row := s.Lanes[lane].Rows / 2
	y := s.rowY(lane, row)
	for b, its := range buckets {
		switch len(its) {
		case 0:
			continue
		case 1:
			mk := its[0].mark
			mk.Row, mk.Y = row, y
			s.Marks = append(s.Marks, mk)
			continue
		}
		x0 := s.PlotX0 + float64(b)*laneBucketWidth
		x1 := math.Min(x0+laneBucketWidth, s.PlotX1)
		cl := Cluster{Lane: lane, Row: row, Y: y, X: (x0 + x1) / 2, X0: x0 + 2, X1: x1 - 2,
			From: s.Scale.Time(x0), To: s.Scale.Time(x1)}
		for _, it := range its {
			cl.Events = append(cl.Events, it.mark.Event)
			cl.Selected = cl.Selected || it.mark.Selected
			cl.Highlighted = cl.Highlighted || it.mark.Highlighted
		}
		s.Clusters = append(s.Clusters, cl)
	}
}
