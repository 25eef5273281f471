package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/app/bidi"
)

// rendered returns every object drawn under o, looking into widgets'
// renderers as the canvas does.
func rendered(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, rendered(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, rendered(c)...)
		}
	}
	return out
}

// TestArticlesTableDrawsArabicInBidiOrder: on the Articles tab, the
// Arabic article's headline cell is a one-line bidi paragraph, right to
// left — its first word drawn right of the words after it, no second line
// — while cells without right-to-left letters stay plain labels.
func TestArticlesTableDrawsArabicInBidiOrder(t *testing.T) {
	mw := newProjectWindow(t)
	mw.win.Resize(fyne.NewSize(1366, 768))
	mw.tabs.Select(mw.work.articlesTab)
	p := mw.work.articles
	row := -1
	for i, r := range p.rows {
		if r.a.Language == "ar" {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("no Arabic article among the seeds")
	}
	headline := p.headlineOf(p.rows[row])
	p.table.ScrollTo(widget.TableCellID{Row: row, Col: colHeadline})
	var cell *bidi.Paragraph
	labels := 0
	for _, o := range rendered(p.table) {
		switch w := o.(type) {
		case *bidi.Paragraph:
			if w.Visible() && w.Text() == headline {
				cell = w
			}
		case *widget.Label:
			if w.Visible() && hasRTLLetter(w.Text) {
				t.Errorf("a label draws right-to-left text: %q", w.Text)
			}
			if w.Visible() && w.Text != "" {
				labels++
			}
		}
	}
	if cell == nil {
		t.Fatalf("the Arabic headline %q is not drawn as a bidi paragraph", headline)
	}
	if labels == 0 {
		t.Error("no plain label in the table: Latin cells should stay labels")
	}
	// The pieces of one line: the one that holds the first word is the
	// rightmost, and ends at the cell's right edge.
	first := strings.Fields(headline)[0]
	var pieces []*canvas.Text
	for _, o := range test.WidgetRenderer(cell).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			pieces = append(pieces, txt)
		}
	}
	if len(pieces) == 0 {
		t.Fatal("the headline cell draws nothing")
	}
	rightmost := pieces[0]
	for _, txt := range pieces {
		if d := txt.Position().Y - pieces[0].Position().Y; d > txt.TextSize || -d > txt.TextSize {
			t.Errorf("the headline cell wraps onto a second line: %q at y=%v", txt.Text, txt.Position().Y)
		}
		if txt.Position().X > rightmost.Position().X {
			rightmost = txt
		}
	}
	if !strings.Contains(rightmost.Text, first) {
		t.Errorf("the rightmost piece is %q, not the headline's first word %q: not right to left", rightmost.Text, first)
	}
	if gap := cell.Size().Width - (rightmost.Position().X + rightmost.MinSize().Width); gap > 2*theme.InnerPadding() {
		t.Errorf("the right-to-left headline ends %v from the cell's right edge: not aligned right", gap)
	}
	t.Logf("headline %q drawn in %d piece(s)", headline, len(pieces))
}
