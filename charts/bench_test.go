package charts

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkLayout1000 lays out 1,000 events in view at 1600×1000, as the
// window does on every pan or zoom step (target: well under 8 ms).
func BenchmarkLayout1000(b *testing.B) {
	c := manyEvents(1000)
	o := Options{Width: 1600, Height: 1000}
	for b.Loop() {
		Layout(c, o)
	}
}

// BenchmarkLayout1000Measured is the same with labels measured in the real
// font, as the image export does.
func BenchmarkLayout1000Measured(b *testing.B) {
	f, err := fontOrDefault(nil)
	if err != nil {
		b.Fatal(err)
	}
	c := manyEvents(1000)
	o := Options{Width: 1600, Height: 1000, Measure: TextMeasurer(f)}
	for b.Loop() {
		Layout(c, o)
	}
}

func benchmarkTimeline(b *testing.B, format string, events int) {
	c := threeStorylines()
	if events > 0 {
		c = manyEvents(events)
	}
	s := Layout(c, Options{Width: 1600, Height: 1000})
	o := ImageOptions{Format: format, Width: 3840, Height: 2160, Title: "Benchmark", SourceLine: SourceLine(c), Legend: true}
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := RenderTimeline(s, o, &buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/image")
}

// The 4K exports (targets: PNG under 1 s, SVG under 200 ms).
func BenchmarkTimelinePNG4K(b *testing.B)     { benchmarkTimeline(b, FormatPNG, 0) }
func BenchmarkTimelineSVG4K(b *testing.B)     { benchmarkTimeline(b, FormatSVG, 0) }
func BenchmarkTimelinePNG4K1000(b *testing.B) { benchmarkTimeline(b, FormatPNG, 1000) }
func BenchmarkTimelineSVG4K1000(b *testing.B) { benchmarkTimeline(b, FormatSVG, 1000) }

func BenchmarkCoveragePNG4K(b *testing.B) {
	c := withNamesAndText()
	for b.Loop() {
		if err := RenderCoverage(c, ImageOptions{Width: 3840, Height: 2160, Legend: true}, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
