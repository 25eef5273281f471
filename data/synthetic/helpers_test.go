package synthetic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// checkParagraphSpans asserts what every article promises about its
// paragraphs, whatever the input. (Package data's tests have it too.)
func checkParagraphSpans(t *testing.T, a *data.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	if a.BodyStart < 0 || a.BodyStart > len(a.Text) {
		t.Fatalf("BodyStart %d outside the text (%d bytes)", a.BodyStart, len(a.Text))
	}
	end := a.BodyStart
	for i, p := range a.Paragraphs {
		switch {
		case p.Start < end || p.End <= p.Start || p.End > len(a.Text):
			t.Fatalf("paragraph %d span [%d,%d) out of order or range (previous end %d, text %d bytes)", i, p.Start, p.End, end, len(a.Text))
		case a.Text[p.Start:p.End] != p.Text:
			t.Errorf("paragraph %d: Text[%d:%d] = %q, Paragraph.Text = %q", i, p.Start, p.End, a.Text[p.Start:p.End], p.Text)
		case strings.TrimSpace(p.Text) != p.Text:
			t.Errorf("paragraph %d %q is not trimmed", i, p.Text)
		case p.Count < 1:
			t.Errorf("paragraph %d has Count %d", i, p.Count)
		}
		end = p.End
	}
}
