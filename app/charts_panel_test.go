package app

import (
	"image"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// chartsHarness is the main window with its charts panel reporting each
// render it shows.
type chartsHarness struct {
	mw       *mainWindow
	rendered chan struct{}
}

func newChartsHarness(t *testing.T) *chartsHarness {
	t.Helper()
	h := &chartsHarness{mw: newTestMainWindow(t, winCorpus()), rendered: make(chan struct{}, 8)}
	h.mw.charts.onRendered = func() { h.rendered <- struct{}{} }
	return h
}

// next waits for the next render to be shown and returns its image, after
// checking that it fills the panel at the canvas's scale.
func (h *chartsHarness) next(t *testing.T) image.Image {
	t.Helper()
	<-h.rendered
	p := h.mw.charts
	if p.status.Text != "" {
		t.Fatalf("status after rendering = %q, want it empty", p.status.Text)
	}
	img := p.image.Image
	if img == nil {
		t.Fatal("no image after rendering")
	}
	scale := h.mw.win.Canvas().Scale()
	want := image.Pt(int(p.area.Size().Width*scale+0.5), int(p.area.Size().Height*scale+0.5))
	if got := img.Bounds().Size(); got != want || want.X < 100 || want.Y < 100 {
		t.Fatalf("image is %v, want the panel's %v", got, want)
	}
	if inked(img) == 0 {
		t.Fatal("the image is blank")
	}
	return img
}

// inked counts the pixels that are not white.
func inked(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				n++
			}
		}
	}
	return n
}

// differ reports whether two images of the same size differ in a pixel.
func differ(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return true
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				return true
			}
		}
	}
	return false
}

func TestChartsTabDrawsTheChosenChartAndFollowsTheCorpus(t *testing.T) {
	h := newChartsHarness(t)
	p := h.mw.charts
	var titles []string
	for _, it := range h.mw.tabs.Items {
		titles = append(titles, it.Text)
	}
	if !containsText(titles, "Charts") {
		t.Fatalf("tabs = %q, want a Charts tab", titles)
	}

	h.mw.tabs.Select(h.mw.chartsTab)
	coverage := h.next(t)

	p.choose.SetSelected("Actors over time")
	actors := h.next(t)
	if !differ(coverage, actors) {
		t.Fatal("the actors chart looks the same as the coverage chart")
	}

	// A key typed in the search box is not drawn at once: the charts wait
	// for a pause in the typing (see TestChartsFollowTheFiltersAndSearch).
	// The search runs in the background; the pause is made long so that a
	// slow machine cannot end it while the test waits for the hits.
	before := p.started
	p.pause = time.Hour
	h.mw.onFiltersChanged(filterState{Query: "Samarkand"})
	h.mw.waitForSearch()
	if p.started != before || p.stale {
		t.Fatalf("a search started %d renders at once (stale %v)", p.started-before, p.stale)
	}
	p.pause = typingPause

	// A storyline filter scopes the chart as an export of it would be. The
	// search showed its passages, hiding the charts: they are drawn when
	// shown again.
	h.mw.onFiltersChanged(filterState{Storyline: "unrest"})
	if p.started != before {
		t.Fatal("the hidden charts panel started a render")
	}
	h.mw.tabs.Select(h.mw.chartsTab)
	scoped := h.next(t)
	if !differ(actors, scoped) {
		t.Fatal("the chart did not change with the storyline filter")
	}

	// Loading another corpus redraws the chart shown.
	h.mw.setCorpus(seedCorpus(t))
	seeds := h.next(t)
	if !differ(scoped, seeds) {
		t.Fatal("the chart did not change with the corpus")
	}
	if p.chart != chartActors {
		t.Fatalf("chart after loading = %q, want the one chosen, %q", p.chart, chartActors)
	}
}

func TestChartsPanelRedrawsOnlyWhenResizedBeyondTheSlack(t *testing.T) {
	h := newChartsHarness(t)
	p := h.mw.charts
	h.mw.tabs.Select(h.mw.chartsTab)
	h.next(t)
	base := p.area.Size()
	tests := []struct {
		name    string
		grow    fyne.Size
		renders int
	}{
		{"a few pixels", fyne.NewSize(resizeSlack, -resizeSlack), 0},
		{"wider", fyne.NewSize(resizeSlack+20, 0), 1},
		{"shorter", fyne.NewSize(0, -resizeSlack-20), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := p.started
			p.area.Resize(base.Add(tt.grow))
			if got := p.started - before; got != tt.renders {
				t.Fatalf("renders started = %d, want %d", got, tt.renders)
			}
			if tt.renders > 0 {
				h.next(t)
			}
			before = p.started
			p.area.Resize(base) // back, drawn again if it moved beyond the slack
			if p.started > before {
				h.next(t)
			}
		})
	}
}

// articlesDrawn lists the ids of the articles the panel's last render
// counted.
func articlesDrawn(p *chartsPanel) []string {
	var ids []string
	for _, a := range p.job.scope.corpus(p.job.corpus).Articles {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestChartsFollowTheFiltersAndSearch(t *testing.T) {
	h := newChartsHarness(t)
	p := h.mw.charts
	h.mw.tabs.Select(h.mw.chartsTab)
	all := h.next(t)
	if got := articlesDrawn(p); len(got) != 3 {
		t.Fatalf("unfiltered, the coverage chart counted %q, want the 3 articles", got)
	}

	// The language filter redraws at once, counting only its articles.
	h.mw.onFiltersChanged(filterState{Language: "ar"})
	arabic := h.next(t)
	if got := articlesDrawn(p); strings.Join(got, " ") != "ar-visit" {
		t.Fatalf("with the language filter ar the coverage chart counted %q, want only ar-visit", got)
	}
	if !differ(all, arabic) {
		t.Fatal("the chart did not change with the language filter")
	}
	if n := p.job.scope.Filter.note(); n != "language: ar" {
		t.Errorf("subtitle note %q, want %q", n, "language: ar")
	}

	// Dimming or hiding the rest is the timeline's business.
	before := p.started
	h.mw.onFiltersChanged(filterState{Language: "ar", Hide: true})
	if p.started != before || p.stale {
		t.Fatal("hiding rather than dimming redrew the charts")
	}

	// A search is drawn once the typing pauses, which the test ends
	// itself. The search shows its passages, so the charts tab is brought
	// back first.
	h.mw.onFiltersChanged(filterState{Language: "de"})
	h.next(t)
	before = p.started
	p.pause = time.Hour
	h.mw.onFiltersChanged(filterState{Query: "Samarkan", Language: "de"})
	h.mw.onFiltersChanged(filterState{Query: "Samarkand", Language: "de"})
	h.mw.waitForSearch()
	h.mw.tabs.Select(h.mw.chartsTab)
	if p.started != before || p.typing == nil {
		t.Fatalf("the charts were drawn before the typing paused (waiting: %v)", p.typing != nil)
	}
	p.typing.Reset(0) // the pause ends
	h.next(t)
	if p.started != before+1 {
		t.Fatalf("%d renders for two keys, want one", p.started-before)
	}
	if got := articlesDrawn(p); strings.Join(got, " ") != "de-visit" {
		t.Fatalf("searching Samarkand in German the chart counted %q, want only de-visit", got)
	}
}
