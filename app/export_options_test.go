package app

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// exportedTexts exports an SVG with the flags and returns the words it
// shows: the accessible names of its labels.
func exportedTexts(t *testing.T, c *data.Corpus, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "chart.svg")
	if err := Export(c, parseExportFlags(t, append(args, "--out", out)...)); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	var texts []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		if el, ok := tok.(xml.StartElement); ok {
			for _, a := range el.Attr {
				if a.Name.Local == "aria-label" {
					texts = append(texts, a.Value)
				}
			}
		}
	}
	return strings.Join(texts, "\n")
}

func TestExportOfOneStorylineDrawsItAlone(t *testing.T) {
	c := testCorpus()
	texts := exportedTexts(t, c, "--storyline", "trip", "--width", "1280", "--height", "720")
	if !strings.Contains(texts, "Xi Jinping visits Kazakhstan") {
		t.Errorf("the storyline's event is missing:\n%s", texts)
	}
	// The other storyline's lane and events, and the span of its January
	// events, are not drawn.
	for _, absent := range []string{"Unrest in Kazakhstan", "Almaty shut down", "Jan 2022"} {
		if strings.Contains(texts, absent) {
			t.Errorf("%q is drawn for --storyline trip:\n%s", absent, texts)
		}
	}
}

func TestExportOfARangeKeepsTheLabelOfABarAcrossIt(t *testing.T) {
	c := testCorpus()
	c.Events = append(c.Events, &data.Event{ID: "long", Storyline: "trip", Title: "Long diplomatic season",
		Span: data.Span{Start: data.DayDate(2022, time.March, 1), End: data.DayDate(2022, time.December, 20)}})
	texts := exportedTexts(t, c, "--from", "2022-06", "--to", "2022-07", "--width", "1280", "--height", "720")
	if !strings.Contains(texts, "Long diplomatic season") {
		t.Errorf("the label of the bar across the range is gone:\n%s", texts)
	}
	if !strings.Contains(texts, "1 Jun 2022 – 31 Jul 2022") {
		t.Errorf("the subtitle does not name the range:\n%s", texts)
	}
}

func TestExportedImagesKeepArabicTitles(t *testing.T) {
	c := testCorpusWithTextEvent()
	texts := exportedTexts(t, c, "--from", "2022-09", "--to", "2022-09", "--width", "1920", "--height", "1080")
	if !strings.Contains(texts, "زار الرئيس الصيني") {
		t.Errorf("the Arabic title of the text event is not drawn:\n%s", texts)
	}
	if strings.Contains(texts, "(Arabic)") {
		t.Errorf("a label still stands in for the Arabic words:\n%s", texts)
	}
}
