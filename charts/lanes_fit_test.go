package charts

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// crowdedCorpus has n storylines; storyline i has i%3+1 events, and
// storylines from n on are listed but have no event in view (an event
// years away, hidden by the view).
func crowdedCorpus(n, empty int) *data.Corpus {
	c := &data.Corpus{}
	for i := range n + empty {
		id := fmt.Sprintf("s%02d", i)
		c.Storylines = append(c.Storylines, data.Storyline{ID: id, Title: "Storyline " + id})
		events := i%3 + 1
		day := 1 + i
		if i >= n {
			events, day = 1, 1
		}
		for k := range events {
			e := &data.Event{ID: fmt.Sprintf("%s-%d", id, k), Title: "Event " + id, Storyline: id,
				Span: data.Span{Start: data.DayDate(2022, time.March, day+k)}}
			if i >= n {
				e.Span = data.Span{Start: data.DayDate(2010, time.March, day)}
			}
			c.Events = append(c.Events, e)
		}
	}
	return c
}

// A strip of fixed height with more storylines than fit keeps every lane
// above the articles row: lanes with nothing in view go, the selected
// event's lane and the busiest stay in their order, and the rest share
// one "N more storylines" lane holding their events.
func TestFitLanesKeepsLanesAboveTheAxis(t *testing.T) {
	from, to := utc(2022, time.February, 1), utc(2022, time.May, 1)
	for _, tc := range []struct{ storylines, empty int }{{3, 0}, {12, 0}, {12, 6}, {40, 0}, {6, 20}} {
		c := crowdedCorpus(tc.storylines, tc.empty)
		selected := fmt.Sprintf("s%02d-0", tc.storylines-3) // one event: least busy, kept anyway
		o := Options{Width: 900, Height: 135, FontSize: 9, From: from, To: to, Selected: selected, FitLanes: true}
		s := Layout(c, o)
		name := fmt.Sprintf("%d storylines, %d empty", tc.storylines, tc.empty)
		last := s.Lanes[len(s.Lanes)-1]
		if last.Y1 > s.ArticlesY0 {
			t.Errorf("%s: the last of %d lanes ends at %.0f, below the articles row at %.0f", name, len(s.Lanes), last.Y1, s.ArticlesY0)
		}
		plain := Layout(c, Options{Width: 900, Height: 135, FontSize: 9, From: from, To: to, Selected: selected})
		fits := plain.Lanes[len(plain.Lanes)-1].Y1 <= plain.ArticlesY0
		if fits != (s.LanesLeftOut == 0) || fits && len(s.Lanes) != len(plain.Lanes) {
			t.Errorf("%s: %d lanes fit: %v, yet %d left out", name, len(plain.Lanes), fits, s.LanesLeftOut)
		}
		lanes := map[string]bool{}
		for _, l := range s.Lanes {
			lanes[l.ID] = true
			for _, id := range l.Merged {
				if id == "" || id[0] != 's' {
					t.Errorf("%s: merged lane lists %q", name, id)
				}
			}
		}
		if !lanes[selected[:3]] {
			t.Errorf("%s: the selected event's lane is gone", name)
		}
		shown := 0
		for _, m := range s.Marks {
			if l := s.Lanes[m.Lane]; l.ID != m.Event.Storyline && l.ID != MoreLanes {
				t.Errorf("%s: %s drawn in lane %q", name, m.Event.ID, l.ID)
			}
			shown++
		}
		for _, cl := range s.Clusters {
			shown += len(cl.Events)
		}
		inView := 0
		for _, e := range c.Events {
			if e.Span.Start.Year == 2022 {
				inView++
			}
		}
		if shown != inView {
			t.Errorf("%s: %d events drawn, %d in view", name, shown, inView)
		}
		if tc.storylines > 10 {
			more := s.Lanes[len(s.Lanes)-1]
			if more.ID != MoreLanes || more.Title != fmt.Sprintf("%d more storylines", len(more.Merged)) {
				t.Errorf("%s: last lane %q %q", name, more.ID, more.Title)
			}
			events := func(id string) int { // crowdedCorpus's counts
				var i int
				fmt.Sscanf(id, "s%d", &i)
				return i%3 + 1
			}
			fewestKept := 3
			for _, l := range s.Lanes[:len(s.Lanes)-1] {
				if l.ID != selected[:3] {
					fewestKept = min(fewestKept, events(l.ID))
				}
			}
			for _, id := range more.Merged {
				if events(id) > fewestKept {
					t.Errorf("%s: %s (%d events) merged while a lane of %d is kept", name, id, events(id), fewestKept)
				}
			}
		}
	}
}

// An exported image has the height it is given: at the smallest size
// twelve storylines share lanes ("N more storylines", in the legend too),
// while a full-HD image keeps every lane.
func TestImageFitsItsLanes(t *testing.T) {
	c := crowdedCorpus(12, 0)
	for _, tc := range []struct {
		w, h int
		more bool
	}{{640, 360, true}, {1920, 1080, false}} {
		s := Layout(c, Options{Width: float64(tc.w), Height: float64(tc.h)})
		var buf bytes.Buffer
		if err := RenderTimeline(s, ImageOptions{Format: FormatSVG, Width: tc.w, Height: tc.h, Legend: true}, &buf); err != nil {
			t.Fatal(err)
		}
		texts := strings.Join(svgTexts(t, buf.Bytes()), "\n")
		if got := strings.Count(texts, "more storylines"); tc.more && got != 2 || !tc.more && got != 0 {
			t.Errorf("%d×%d: %d \"more storylines\" texts (lane and legend), want more: %v", tc.w, tc.h, got, tc.more)
		}
	}
}
