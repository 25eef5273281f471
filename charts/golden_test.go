package charts

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/")

var (
	seedOnce   sync.Once
	seedCorpus *data.Corpus
	seedErr    error
)

// seedsCorpus builds the shipped corpus once for all tests, skipping when
// the pipeline yields no events (the data package still stubbed).
func seedsCorpus(t testing.TB) *data.Corpus {
	t.Helper()
	seedOnce.Do(func() {
		cur, err := data.LoadCurated(seeds.FS)
		if err != nil {
			seedErr = err
			return
		}
		seedCorpus, seedErr = data.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	})
	if seedErr != nil {
		t.Fatalf("building the seed corpus: %v", seedErr)
	}
	if len(seedCorpus.Events) == 0 || len(seedCorpus.Articles) == 0 {
		t.Fatalf("the seed corpus has %d events and %d articles: nothing to draw",
			len(seedCorpus.Events), len(seedCorpus.Articles))
	}
	return seedCorpus
}

// compressedShare returns how much of [from, to) lies in the scene's
// breaks, from 0 to 1.
func compressedShare(s *Scene, from, to time.Time) float64 {
	var in time.Duration
	for _, b := range s.Breaks {
		lo, hi := data.Later(b.From, from), data.Earlier(b.To, to)
		if hi.After(lo) {
			in += hi.Sub(lo)
		}
	}
	return float64(in) / float64(to.Sub(from))
}

func TestSeedsLayout(t *testing.T) {
	c := seedsCorpus(t)
	s := Layout(c, Options{Width: 1600, Height: 1000})
	// The three storylines sit months apart: the stretches between them
	// are compressed so each gets room.
	for _, gap := range []struct{ from, to time.Time }{
		{utc(2022, 3, 15), utc(2022, 8, 15)},
		{utc(2022, 10, 15), utc(2023, 4, 15)},
	} {
		if share := compressedShare(s, gap.from, gap.to); share < 0.9 {
			t.Errorf("%s – %s is %.0f%% compressed; breaks %+v", gap.from.Format(time.DateOnly), gap.to.Format(time.DateOnly), 100*share, s.Breaks)
		}
	}
	boxes, names := labelBoxes(s)
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].Overlaps(boxes[j]) {
				t.Errorf("labels %q and %q overlap", names[i], names[j])
			}
		}
	}
	for _, m := range s.Marks {
		for _, b := range s.Breaks {
			if m.Kind == PointMark && m.X0 > b.X0 && m.X0 < b.X1 {
				t.Errorf("event %s (%v) is drawn inside a break", m.Event.ID, m.Event.Span)
			}
		}
	}
	// Each storyline of the catalogue spans a legible stretch.
	for _, st := range c.Storylines {
		x0, x1, n := s.Width, 0.0, 0
		for _, m := range s.Marks {
			if m.Event.Storyline == st.ID && m.Kind != YearMark {
				x0, x1, n = min(x0, m.X0), max(x1, m.X1), n+1
			}
		}
		if n > 1 && x1-x0 < 30 {
			t.Errorf("storyline %s: %d events within %.0f px", st.ID, n, x1-x0)
		}
	}
	if len(s.Articles) != len(c.Articles) {
		t.Errorf("%d article marks for %d articles", len(s.Articles), len(c.Articles))
	}
}

func TestSeedsImages(t *testing.T) {
	c := seedsCorpus(t)
	s := Layout(c, Options{Width: 1600, Height: 1000})
	for _, format := range []string{FormatPNG, FormatSVG} {
		for _, r := range []struct {
			name   string
			render func(*bytes.Buffer) error
		}{
			{"timeline", func(b *bytes.Buffer) error {
				return RenderTimeline(s, ImageOptions{Format: format, Title: "Seeds", SourceLine: SourceLine(c), Legend: true}, b)
			}},
			{"coverage", func(b *bytes.Buffer) error { return RenderCoverage(c, ImageOptions{Format: format, Legend: true}, b) }},
			{"actors", func(b *bytes.Buffer) error { return RenderActors(c, ImageOptions{Format: format, Legend: true}, b) }},
		} {
			var buf bytes.Buffer
			if err := r.render(&buf); err != nil {
				t.Fatalf("%s %s: %v", r.name, format, err)
			}
			if format == FormatSVG {
				for _, text := range svgTexts(t, buf.Bytes()) {
					for _, ch := range text {
						if ch >= 0x0600 && ch <= 0x06FF {
							t.Errorf("%s: Arabic %q reaches the chart", r.name, text)
							break
						}
					}
				}
			}
		}
	}
}

// The golden tolerance: a pixel differs when a channel is off by more than
// channelTolerance; the image matches when at most pixelShare of its
// pixels differ (anti-aliasing may move with the Go version).
const (
	channelTolerance = 24
	pixelShare       = 0.002
)

// checkGolden compares a PNG with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update to create it)", err)
	}
	gi, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	wi, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if gi.Bounds() != wi.Bounds() {
		t.Fatalf("%s: size %v, golden %v", name, gi.Bounds(), wi.Bounds())
	}
	if n, total := differingPixels(gi, wi); float64(n) > pixelShare*float64(total) {
		failed := filepath.Join("testdata", "failed", name)
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, got, 0o644)
		t.Errorf("%s: %d of %d pixels differ from the golden; this run's image is in %s", name, n, total, failed)
	}
}

func differingPixels(a, b image.Image) (n, total int) {
	pa, pb := rgbaOf(a), rgbaOf(b)
	for i := 0; i+3 < len(pa.Pix); i += 4 {
		for c := range 4 {
			if d := int(pa.Pix[i+c]) - int(pb.Pix[i+c]); d > channelTolerance || d < -channelTolerance {
				n++
				break
			}
		}
	}
	return n, len(pa.Pix) / 4
}

// rgbaOf returns img as RGBA pixels, converting when the decoder chose
// another layout.
func rgbaOf(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Stride == 4*r.Rect.Dx() {
		return r
	}
	r := image.NewRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(r, r.Rect, img, img.Bounds().Min, draw.Src)
	return r
}

func TestGoldenSeedLikeTimeline(t *testing.T) {
	c := threeStorylines()
	s := Layout(c, Options{Width: 1280, Height: 800, Selected: "csto", Highlighted: map[string]bool{"xi-astana": true}})
	var buf bytes.Buffer
	if err := RenderTimeline(s, ImageOptions{Title: "Kazakhstan and China, 1989–2023", SourceLine: SourceLine(c), Legend: true}, &buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "seedlike-timeline.png", buf.Bytes())
}

func TestGoldenSeedsTimeline(t *testing.T) {
	c := seedsCorpus(t)
	s := Layout(c, Options{Width: 1280, Height: 800})
	var buf bytes.Buffer
	if err := RenderTimeline(s, ImageOptions{Title: "Caravan seeds", SourceLine: SourceLine(c), Legend: true}, &buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "seeds-timeline.png", buf.Bytes())
}

func TestGoldenSeedsCoverage(t *testing.T) {
	c := seedsCorpus(t)
	var buf bytes.Buffer
	if err := RenderCoverage(c, ImageOptions{Width: 1280, Height: 600, SourceLine: SourceLine(c), Legend: true}, &buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "seeds-coverage.png", buf.Bytes())
}

// TestGoldenArabicLabels draws a corpus with Arabic, mixed and Cyrillic
// titles and an Arabic storyline with the Arabic font: the labels shaped
// and right to left, as the exports draw them.
func TestGoldenArabicLabels(t *testing.T) {
	c := awkward()
	arabic := arabicFont(t)
	latin, err := fontOrDefault(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := Layout(c, Options{Width: 1280, Height: 800, Measure: NewTypeface(latin, arabic, nil).Measure, AllScripts: true})
	var buf bytes.Buffer
	o := ImageOptions{Title: "قمة شنغهاي — SCO 2022", SourceLine: SourceLine(c), Legend: true, ArabicFont: arabic}
	if err := RenderTimeline(s, o, &buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "arabic-labels-timeline.png", buf.Bytes())
}
