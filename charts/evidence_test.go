package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	chart "github.com/wcharczuk/go-chart/v2"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/project"
)

// evidenceCorpus has one event of each kind of support, each alone in a
// month of its own lane so that nothing overlaps it.
func evidenceCorpus() *data.Corpus {
	backed := func(e *data.Event, arts ...string) *data.Event {
		for i, a := range arts {
			lang := "nl"
			if i%2 == 1 {
				lang = "de"
			}
			e.Excerpts = append(e.Excerpts, data.Excerpt{Article: a, Language: lang})
		}
		return e
	}
	solid := backed(ev("solid", "s", "Solid", day(2022, 1, 10), day(2022, 1, 10)), "a1", "a2", "a1")
	bare := ev("bare", "s", "Bare", day(2022, 3, 10), day(2022, 3, 10))
	planned := backed(ev("planned", "s", "Planned", day(2022, 5, 10), day(2022, 5, 10)), "a1")
	planned.Announced = true
	weak := backed(ev("weak", "s", "Weak", day(2022, 7, 10), day(2022, 7, 10)), "a2")
	weak.Strength.Weak = true
	mine := backed(ev("mine", "s", "Mine", day(2022, 9, 10), day(2022, 9, 10)), "a2")
	mine.Source = project.EventFromAnalyst
	return &data.Corpus{
		Storylines: []data.Storyline{{ID: "s", Title: "Story"}},
		Events:     []*data.Event{solid, bare, planned, weak, mine},
	}
}

func markOf(t *testing.T, s *Scene, id string) *Mark {
	t.Helper()
	for i := range s.Marks {
		if s.Marks[i].Event.ID == id {
			return &s.Marks[i]
		}
	}
	t.Fatalf("no mark for %s", id)
	return nil
}

func TestMarksCarryTheirEvidence(t *testing.T) {
	c := evidenceCorpus()
	s := Layout(c, Options{Width: 1200, Height: 300, Starred: func(e *data.Event) bool { return e.ID == "solid" }})
	want := map[string]Evidence{
		"solid":   {Starred: true},
		"bare":    {Unsupported: true},
		"planned": {Announced: true},
		"weak":    {Weak: true},
		"mine":    {Analyst: true},
	}
	for id, w := range want {
		if got := markOf(t, s, id).Evidence; got != w {
			t.Errorf("%s: evidence %+v, want %+v", id, got, w)
		}
	}
	if got := markOf(t, s, "solid").Evidence.Text(c.Event("solid")); !strings.HasPrefix(got, "2 sources in 2 languages (de, nl)") || !strings.Contains(got, "starred") {
		t.Errorf("solid event's evidence reads %q", got)
	}
	if got := markOf(t, s, "bare").Evidence.Text(c.Event("bare")); !strings.Contains(got, "unsupported") {
		t.Errorf("bare event's evidence reads %q", got)
	}

	// The analyst's word on an announced event: confirmed, it is drawn
	// as reported; cancelled, it is crossed out.
	for status, w := range map[string]Evidence{StatusConfirmed: {}, StatusCancelled: {Cancelled: true}, "": {Announced: true}} {
		s := Layout(c, Options{Width: 1200, Height: 300, Status: func(e *data.Event) string { return status }})
		if got := markOf(t, s, "planned").Evidence; got != w {
			t.Errorf("announced event %q: evidence %+v, want %+v", status, got, w)
		}
	}

	hidden := Layout(c, Options{Width: 1200, Height: 300, HideUnsupported: true})
	for _, m := range hidden.Marks {
		if m.Event.ID == "bare" {
			t.Error("hide unsupported still shows the event no passage supports")
		}
	}
	if len(hidden.Marks) != 4 {
		t.Errorf("hide unsupported shows %d marks, want the 4 supported", len(hidden.Marks))
	}
}

// paintedScene paints a scene alone into a PNG, as RenderTimeline paints
// its middle, and decodes it.
func paintedScene(t *testing.T, s *Scene) image.Image {
	t.Helper()
	r, err := chart.PNG(int(s.Width), int(s.Height))
	if err != nil {
		t.Fatal(err)
	}
	setPixelDPI(r)
	f, err := fontOrDefault(nil)
	if err != nil {
		t.Fatal(err)
	}
	paintScene(&painter{r: r, font: f}, s)
	var buf bytes.Buffer
	if err := save(r, &buf); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func near(a color.Color, b color.RGBA, tol int) bool {
	r, g, bl, _ := a.RGBA()
	d := func(x uint32, y uint8) int { return abs(int(x>>8) - int(y)) }
	return d(r, b.R) <= tol && d(g, b.G) <= tol && d(bl, b.B) <= tol
}

// dark reports whether c is ink rather than ground: an antialiased thin
// stroke is grey, never the ground's white.
func dark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return (r+g+b)/3>>8 < 180
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func TestImageDrawsTheEvidenceCues(t *testing.T) {
	s := Layout(evidenceCorpus(), Options{Width: 1200, Height: 300, FontSize: 14})
	img := paintedScene(t, s)
	lane := LaneColor(s, 0)
	at := func(id string, dx, dy float64) color.Color {
		m := markOf(t, s, id)
		return img.At(px(m.X0+dx), px(m.Y+dy))
	}
	if c := at("solid", 0, 0); !near(c, lane, 40) {
		t.Errorf("a supported event's disc is %v at its centre, want its lane colour %v", c, lane)
	}
	if c := at("planned", 0, 0); !near(c, backgroundColor, 40) {
		t.Errorf("an announced event's disc is %v at its centre, want hollow (the ground)", c)
	}
	h := s.MarkSize * 0.75
	if c := at("bare", h*0.6, -h*0.6); !dark(c) {
		t.Errorf("an unsupported event is not struck through: %v on its stroke", c)
	}
	if c := at("solid", h*0.6, -h*0.6); dark(c) {
		t.Errorf("a supported event is struck through: %v", c)
	}
	if c := at("weak", 0, 0); near(c, lane, 40) || near(c, backgroundColor, 20) {
		t.Errorf("a weak event's disc is %v, want faded from %v", c, lane)
	}
	r := s.MarkSize / 2
	if c := at("mine", r*0.8, -r*0.8); !dark(c) {
		t.Errorf("an analyst's event has no dot at its top right: %v", c)
	}
	if c := at("planned", -h*0.6, -h*0.6); dark(c) {
		t.Errorf("an announced event is crossed out: %v", c)
	}

	cancelled := Layout(evidenceCorpus(), Options{Width: 1200, Height: 300, FontSize: 14,
		Status: func(e *data.Event) string { return StatusCancelled }})
	img = paintedScene(t, cancelled)
	m := markOf(t, cancelled, "planned")
	for _, d := range [][2]float64{{-1, -1}, {1, -1}, {-1, 1}, {1, 1}} {
		if c := img.At(px(m.X0+d[0]*h*0.6), px(m.Y+d[1]*h*0.6)); !dark(c) {
			t.Errorf("a cancelled event is not crossed out: %v at %v", c, d)
		}
	}
}

func TestImageLegendExplainsTheCuesDrawn(t *testing.T) {
	texts := func(s *Scene) string {
		var out []string
		for _, e := range legendEntries(s) {
			out = append(out, e.text)
		}
		return strings.Join(out, "|")
	}
	all := texts(Layout(evidenceCorpus(), Options{Width: 1200, Height: 300, Starred: func(e *data.Event) bool { return e.ID == "solid" }}))
	for _, want := range []string{"no supporting passage", "announced", "weak", "made by the analyst", "starred"} {
		if !strings.Contains(all, want) {
			t.Errorf("legend lacks %q: %s", want, all)
		}
	}
	c := evidenceCorpus()
	c.Events = c.Events[:1] // the solid event alone
	if one := texts(Layout(c, Options{Width: 1200, Height: 300})); strings.Contains(one, "passage") || strings.Contains(one, "announced") || strings.Contains(one, "per stretch") {
		t.Errorf("legend explains cues no mark shows: %s", one)
	}
	c.Articles = articlesOver(3000, 120, utc(2022, 1, 1))
	if dense := texts(Layout(c, Options{Width: 900, Height: 300})); !strings.Contains(dense, "per stretch") {
		t.Errorf("legend of a density band: %s", dense)
	}
}
