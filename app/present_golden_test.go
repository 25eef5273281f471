package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestPresentSlideLooksRight compares slides with goldens that were looked
// at: the mixed Arabic passage in reading order and right-aligned, the
// evidence marked, the current event marked on the strip, an unsupported
// event saying so. After a deliberate change, look at the images written to
// testdata/failed/present/ and copy them over the goldens.
func TestPresentSlideLooksRight(t *testing.T) {
	tests := []struct {
		golden string
		event  int
	}{
		{"present/slide_mixed_rtl.png", 2},
		{"present/slide_unsupported.png", 4},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			test.NewTempApp(t)
			c := testCorpus()
			slide := newSlide(c, c.Events[tt.event], tt.event, len(c.Events), fyne.NewSize(960, 540))
			test.AssertObjectRendersToImage(t, tt.golden, slide)
		})
	}
}
