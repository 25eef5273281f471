package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/caravan-analytics/caravan/data"
)

// TestPresentSlideLooksRight compares slides with goldens that were looked
// at: the mixed Arabic passage in reading order and right-aligned, the
// evidence marked, the current event marked on the strip, an unsupported
// event saying so, a title quoting Arabic ordered like the passages and
// cut with an ellipsis, a strip with more storylines than lanes. After a deliberate change, look at the images written to
// testdata/failed/present/ and copy them over the goldens.
func TestPresentSlideLooksRight(t *testing.T) {
	tests := []struct {
		golden string
		corpus func() *data.Corpus
		event  string
	}{
		{"present/slide_mixed_rtl.png", testCorpus, "xi-astana"},
		{"present/slide_unsupported.png", testCorpus, "c5-summit"},
		{"present/slide_text_event.png", testCorpusWithTextEvent, "text-2022-1"},
		// Fourteen storylines: the strip keeps the current event's lane and
		// the busiest, the rest share a "12 more storylines" lane.
		{"present/slide_many_storylines.png", func() *data.Corpus { return manyStorylines(12) }, "xi-astana"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			test.NewTempApp(t)
			c := tt.corpus()
			i := slices.IndexFunc(c.Events, func(e *data.Event) bool { return e.ID == tt.event })
			slide := newSlide(c, c.Events[i], i, len(c.Events), fyne.NewSize(960, 540))
			test.AssertObjectRendersToImage(t, tt.golden, slide)
		})
	}
}

// testCorpusWithTextEvent adds to testCorpus an event found in the text,
// titled with the words quoted as the data package titles them: here Arabic
// with digits and Latin letters inside an English frame, too long for two
// lines of a title.
func testCorpusWithTextEvent() *data.Corpus {
	c := testCorpus()
	ar := c.Article("ar-zyara")
	// Same day as xi-astana, and "text…" sorts before "xi…".
	c.Events = slices.Insert(c.Events, 2, &data.Event{ID: "text-2022-1", Source: data.EventFromText,
		Title:    "Mentioned: …" + ar.Paragraphs[0].Text + " " + ar.Paragraphs[0].Text + "…",
		Span:     data.Span{Start: data.DayDate(2022, time.September, 14)},
		Excerpts: []data.Excerpt{quote(ar, 0, "14 سبتمبر 2022")}})
	if c.Events[3].ID != "xi-astana" {
		panic("testCorpus changed: put the text event in time order")
	}
	return c
}
