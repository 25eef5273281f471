package app

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/caravan-analytics/caravan/data"
)

// A row button takes the room of the low-importance widget.Button it
// replaces, with its label or without, so rows keep their heights.
func TestRowButtonIsAsLargeAsAButton(t *testing.T) {
	test.NewTempApp(t)
	for _, text := range []string{"Open article", "Copy citation", ""} {
		b := widget.NewButtonWithIcon(text, theme.DocumentIcon(), nil)
		b.Importance = widget.LowImportance
		want := b.MinSize()
		got := newRowButton(text, theme.DocumentIcon(), nil).MinSize()
		if d := got.Subtract(want); d.Width < -1 || d.Width > 1 || d.Height < -1 || d.Height > 1 {
			t.Errorf("%q: a row button is %v, a button %v", text, got, want)
		}
	}
}

// A row button draws its icon, taps run its action, and the icon can
// change (the copy buttons' tick).
func TestRowButtonDrawsItsIconAndTaps(t *testing.T) {
	test.NewTempApp(t)
	tapped := 0
	b := newRowButton("Copy", theme.ContentCopyIcon(), func() { tapped++ })
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(200, 60))
	test.Tap(b)
	if tapped != 1 {
		t.Errorf("tapped %d times", tapped)
	}
	inked := func(img image.Image) int {
		n := 0
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				if _, _, _, a := img.At(x, y).RGBA(); a > 0 {
					n++
				}
			}
		}
		return n
	}
	copyIcon := renderedIcon(theme.NewThemedResource(theme.ContentCopyIcon()), 20, 20)
	tick := renderedIcon(theme.NewThemedResource(theme.ConfirmIcon()), 20, 20)
	if inked(copyIcon) < 20 || inked(tick) < 20 {
		t.Errorf("icons drawn with %d and %d pixels of ink", inked(copyIcon), inked(tick))
	}
	if inked(copyIcon) == inked(tick) {
		t.Error("the copy icon and the tick are drawn alike")
	}
	b.SetIcon(theme.ConfirmIcon())
	if r := test.WidgetRenderer(b).(*rowButtonRenderer); r.drawn.Name() != theme.NewThemedResource(theme.ConfirmIcon()).Name() {
		t.Errorf("the button draws %s after SetIcon", r.drawn.Name())
	}
}

// A theme change draws the icon again in the new foreground colour.
func TestRowButtonIconFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newVariantTheme(false))
	b := newRowButton("Copy", theme.ContentCopyIcon(), nil)
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(200, 60))
	r := test.WidgetRenderer(b).(*rowButtonRenderer)
	light := r.fg
	a.Settings().SetTheme(newVariantTheme(true))
	b.Refresh()
	if r.fg == light {
		t.Errorf("the icon is still drawn in %v after the switch to the dark theme", light)
	}
}

// The rows made as an event's passages scroll into view, and an article's
// paragraphs, hold no canvas.Image: Fyne re-renders every new image in the
// frame that first meets it and paints a second frame for it.
func TestRowsDrawNoImages(t *testing.T) {
	mw := newTestMainWindow(t, winCorpus())
	mw.timeline.Select("visit")
	mw.win.Canvas().Capture()
	check := func(what string, o fyne.CanvasObject) {
		if o == nil {
			return
		}
		var walk func(fyne.CanvasObject)
		walk = func(o fyne.CanvasObject) {
			switch w := o.(type) {
			case *canvas.Image:
				t.Errorf("a row of %s draws an image (%v)", what, w.Resource)
			case *fyne.Container:
				for _, c := range w.Objects {
					walk(c)
				}
			case fyne.Widget:
				for _, c := range test.WidgetRenderer(w).Objects() {
					walk(c)
				}
			}
		}
		walk(o)
	}
	passages := 0
	for i, r := range mw.excerpts.rows {
		if r.kind == rowPassage || r.kind == rowArticle {
			passages++
			check("the excerpt panel", mw.excerpts.list.made[i])
		}
	}
	if passages == 0 {
		t.Fatal("the event lists no passage")
	}
	a := winCorpus().Article("ar-visit")
	mw.onOpenArticle(data.Excerpt{Article: a.ID, ArticleRef: a, Paragraph: 1})
	mw.win.Canvas().Capture()
	for _, o := range mw.article.list.made {
		check("the article", o)
	}
}
