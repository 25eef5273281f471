package app

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"io"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"

	"github.com/caravan-analytics/caravan/data"
)

// defaultSlideSize is the pixel size of exported slides: full HD, 16:9.
var defaultSlideSize = fyne.NewSize(1920, 1080)

// PDF pages are 13.333 × 7.5 inches, the 16:9 page of presentation
// programs, so a printed or projected PDF page matches a slide.
const (
	pdfPageWidth  = 960 // points
	pdfPageHeight = 540
)

// deck is a briefing to export: the slides of events, laid out as the
// presentation window's newSlide lays them out, and drawn without Fyne
// (drawSlide) as PDF pages or PNG pictures.
type deck struct {
	corpus *data.Corpus
	events []*data.Event
	size   fyne.Size // pixels per PNG slide; the PDF page is 960 × 540 points

	fonts *rasterFonts     // for PNG slides, made with the first
	text  *slideTypesetter // for PNG slides, made with the first

	// progress, if not nil, hears after each slide.
	progress func(done, total int)
}

// newDeck returns the deck of events at defaultSlideSize.
func newDeck(c *data.Corpus, events []*data.Event) *deck {
	return &deck{corpus: c, events: events, size: defaultSlideSize}
}

// chosenSlides narrows the events in an export's scope to the slides the
// analyst chose for presenting (the project's deck.slides), in the chosen
// order. Without a choice (nil) every event in scope is a slide, by date.
func chosenSlides(events []*data.Event, slides []string) []*data.Event {
	if slides == nil {
		return events
	}
	byID := make(map[string]*data.Event, len(events))
	for _, e := range events {
		byID[e.ID] = e
	}
	var out []*data.Event
	for _, id := range slides {
		if e := byID[id]; e != nil {
			out = append(out, e)
		}
	}
	return out
}

// slideImage draws slide i as a picture of the deck's size, with the
// layout of the PDF pages (drawSlide) and no Fyne objects.
func (d *deck) slideImage(i int) (image.Image, error) {
	if d.fonts == nil {
		rf, err := newRasterFonts()
		if err != nil {
			return nil, fmt.Errorf("drawing slide %d: %w", i+1, err)
		}
		d.fonts, d.text = rf, newSlideTypesetter()
	}
	surf, w, h := newRasterSurface(int(d.size.Width), int(d.size.Height), d.fonts)
	drawSlide(surf, d.text, w, h, d.corpus, d.events[i], i, len(d.events), eventSet(d.events))
	return surf.img, nil
}

// encodeSlide renders slide i as PNG bytes for the slide folder.
func (d *deck) encodeSlide(i int) ([]byte, error) {
	img, err := d.slideImage(i)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// The picture is opaque (painted on the slide background), so the
	// encoder writes no alpha channel and the file stays smaller; fast
	// compression, as for chart images, because a deck has many slides.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encoding slide %d: %w", i+1, err)
	}
	return buf.Bytes(), nil
}

// each renders the slides in order and hands each PNG to fn, stopping at
// the first error or when ctx is cancelled.
func (d *deck) each(ctx context.Context, fn func(i int, png []byte) error) error {
	if len(d.events) == 0 {
		return fmt.Errorf("no events to put on slides")
	}
	for i := range d.events {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := d.encodeSlide(i)
		if err != nil {
			return err
		}
		if err := fn(i, b); err != nil {
			return err
		}
		if d.progress != nil {
			d.progress(i+1, len(d.events))
		}
	}
	return nil
}

// writePDF writes the deck to path as a PDF with one landscape 16:9 page
// per slide: text as text in embedded subset fonts, the timeline strip as
// vector shapes (deck_pdf.go). Each page goes to the file as the next one
// begins (app/pdfdoc), so memory does not grow with the slides. write
// chooses how the file is put in place (replacing or creating); the slides
// are drawn inside it, so an unwritable place fails before any slide is
// drawn.
func (d *deck) writePDF(ctx context.Context, path string, write func(string, func(io.Writer) error) error) error {
	if len(d.events) == 0 {
		return fmt.Errorf("no events to put on slides")
	}
	return write(path, func(w io.Writer) error {
		surf := newDeckPDF(w)
		text := newSlideTypesetter()
		visible := eventSet(d.events)
		for i, e := range d.events {
			if err := ctx.Err(); err != nil {
				return err
			}
			// Laid out first, drawn when the page's text is known (see
			// slideRecording); the page before is written out.
			rec := &slideRecording{meter: surf}
			drawSlide(rec, text, pdfPageWidth, pdfPageHeight, d.corpus, e, i, len(d.events), visible)
			surf.newPage()
			rec.replay(surf)
			if err := surf.doc.Err(); err != nil {
				return fmt.Errorf("adding slide %d to the PDF: %w", i+1, err)
			}
			if d.progress != nil {
				d.progress(i+1, len(d.events))
			}
		}
		if err := surf.doc.Close(); err != nil {
			return fmt.Errorf("writing the PDF: %w", err)
		}
		return nil
	})
}

// slideFileName names slide i (0-based) of n so that the files sort in
// order: slide-01.png … slide-11.png.
func slideFileName(i, n int) string {
	width := len(strconv.Itoa(n))
	return fmt.Sprintf("slide-%0*d.png", max(width, 2), i+1)
}

// writeFolder writes one PNG per slide into a new folder and puts it at
// dir when every slide is written (see writeFolderAtomic): an interrupted
// export leaves the earlier slides as they were, and no temporary.
func (d *deck) writeFolder(ctx context.Context, dir string) error {
	return writeFolderAtomic(ctx, dir, func(tmp string) error {
		return d.each(ctx, func(i int, b []byte) error {
			path := filepath.Join(tmp, slideFileName(i, len(d.events)))
			if err := writeNewFile(path, func(w io.Writer) error {
				_, err := w.Write(b)
				return err
			}); err != nil {
				return fmt.Errorf("writing slide %d into %s: %w", i+1, dir, unwrapPathError(err))
			}
			return nil
		})
	})
}
