// Package pdfdoc writes a PDF document page by page, as it is drawn: each
// page's content stream is compressed and written out when the page ends,
// and only the page's object number stays in memory. Fonts are TrueType,
// embedded at the end as subsets of the glyphs the pages used, with a
// ToUnicode map so readers can search, select and copy the text.
//
// It draws exactly what Caravan's deck needs — filled rectangles, lines,
// opacity and multiply blending, text in embedded fonts and marked
// content — and nothing more. It replaces go-pdf/fpdf for the deck, which
// keeps every page's content in memory until the file is written (the
// deck grew 11 KB a slide); the PDF structures follow ISO 32000-1.
package pdfdoc

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"unicode/utf16"
)

// The objects every document has, at fixed numbers, so that pages can
// name their parent and resources before these are written at the end.
const (
	catalogObj = 1 + iota
	pagesObj
	resourcesObj
	infoObj
	firstFreeObj
)

// Document is a PDF being written. Its methods draw on the open page in
// points, with the origin at the top-left corner of the page and y going
// down. The first error is kept (Err) and later calls do nothing.
type Document struct {
	w       *bufio.Writer
	written int64   // bytes written so far: the next object's offset
	offsets []int64 // by object number; 0 for a number not yet written
	err     error

	width, height float64
	title         string

	pages []int // page object numbers, in order
	page  bytes.Buffer
	open  bool
	state gstate // what the open page's graphics state holds
	zbuf  bytes.Buffer
	zw    *zlib.Writer

	fonts  []*Font
	states map[gsKey]string // ExtGState resource names
}

// gstate is the part of the graphics state set on the open page, so that
// an operator is written only when the value changes.
type gstate struct {
	fill, stroke [3]uint8
	hasFill      bool
	hasStroke    bool
	width        float64
	cap          LineCap
	gs           gsKey
	font         *Font
	size         float64
	render       int // text rendering mode: 0 fill, 2 fill and stroke
}

type gsKey struct {
	alpha uint8
	blend string
}

// LineCap is how a stroke ends.
type LineCap int

// The line caps of ISO 32000-1 §8.4.3.3.
const (
	ButtCap LineCap = iota
	RoundCap
)

// New starts a document of pages width × height points, written to w as
// it is drawn. title is the document's title in its information
// dictionary.
func New(w io.Writer, width, height float64, title string) *Document {
	d := &Document{
		w: bufio.NewWriterSize(w, 64<<10), width: width, height: height, title: title,
		offsets: make([]int64, firstFreeObj), states: map[gsKey]string{},
	}
	// The binary comment tells transfer programs the file is binary.
	d.printf("%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n")
	return d
}

// Err is the first error met while writing, if any.
func (d *Document) Err() error { return d.err }

func (d *Document) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *Document) printf(format string, args ...any) {
	if d.err != nil {
		return
	}
	n, err := fmt.Fprintf(d.w, format, args...)
	d.written += int64(n)
	d.fail(err)
}

func (d *Document) write(b []byte) {
	if d.err != nil {
		return
	}
	n, err := d.w.Write(b)
	d.written += int64(n)
	d.fail(err)
}

// newObj reserves an object number.
func (d *Document) newObj() int {
	d.offsets = append(d.offsets, 0)
	return len(d.offsets) - 1
}

// beginObj starts writing object n here.
func (d *Document) beginObj(n int) {
	d.offsets[n] = d.written
	d.printf("%d 0 obj\n", n)
}

func (d *Document) endObj() { d.printf("endobj\n") }

// stream writes object n as a stream of data, compressed; extra is added
// to its dictionary.
func (d *Document) stream(n int, data []byte, extra string) {
	d.zbuf.Reset()
	if d.zw == nil {
		d.zw = zlib.NewWriter(&d.zbuf)
	} else {
		d.zw.Reset(&d.zbuf)
	}
	_, err := d.zw.Write(data)
	if err == nil {
		err = d.zw.Close()
	}
	d.fail(err)
	d.beginObj(n)
	d.printf("<< /Length %d /Filter /FlateDecode%s >>\nstream\n", d.zbuf.Len(), extra)
	d.write(d.zbuf.Bytes())
	d.printf("\nendstream\n")
	d.endObj()
}

// BeginPage starts a new page; the one open is ended first.
func (d *Document) BeginPage() {
	if d.open {
		d.EndPage()
	}
	d.page.Reset()
	d.state = gstate{width: -1, cap: -1, gs: gsKey{255, "Normal"}}
	d.open = true
	// Round joins: a stroked glyph (BoldText) gets no spikes at its
	// sharp corners; the deck's other strokes are single segments.
	d.op("1 j\n")
}

// EndPage writes the open page to the file: its content, compressed, and
// its page object. Only the page's object number is kept.
func (d *Document) EndPage() {
	if !d.open {
		return
	}
	d.open = false
	content := d.newObj()
	d.stream(content, d.page.Bytes(), "")
	page := d.newObj()
	d.beginObj(page)
	d.printf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources %d 0 R /Contents %d 0 R >>\n",
		pagesObj, num(d.width), num(d.height), resourcesObj, content)
	d.endObj()
	d.pages = append(d.pages, page)
	if d.page.Cap() > 1<<20 { // one huge page should not stay allocated
		d.page = bytes.Buffer{}
	}
}

// Close ends the open page and writes the fonts, the page tree, the
// catalogue and the cross-reference table. It does not close the writer
// the document was made with.
func (d *Document) Close() error {
	if d.open {
		d.EndPage()
	}
	if len(d.pages) == 0 {
		d.fail(errors.New("pdf: a document needs a page"))
	}
	if d.err != nil {
		return d.err
	}
	d.writeResources()

	d.beginObj(pagesObj)
	d.printf("<< /Type /Pages /Count %d /Kids [", len(d.pages))
	for i, p := range d.pages {
		if i > 0 {
			d.printf(" ")
		}
		d.printf("%d 0 R", p)
	}
	d.printf("] >>\n")
	d.endObj()

	d.beginObj(catalogObj)
	d.printf("<< /Type /Catalog /Pages %d 0 R >>\n", pagesObj)
	d.endObj()
	d.beginObj(infoObj)
	d.printf("<< /Title %s /Creator (Caravan) /Producer (Caravan) >>\n", textString(d.title))
	d.endObj()

	xref := d.written
	d.printf("xref\n0 %d\n0000000000 65535 f \n", len(d.offsets))
	for _, off := range d.offsets[1:] {
		d.printf("%010d 00000 n \n", off)
	}
	d.printf("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n",
		len(d.offsets), catalogObj, infoObj, xref)
	if d.err == nil {
		d.fail(d.w.Flush())
	}
	return d.err
}

// writeResources writes the fonts used and the one resource dictionary
// every page shares.
func (d *Document) writeResources() {
	var fonts []string
	for i, f := range d.fonts {
		if len(f.used) > 0 {
			fonts = append(fonts, fmt.Sprintf("/F%d %d 0 R", i, d.writeFont(f)))
		}
	}
	names := make([]gsKey, 0, len(d.states))
	for k := range d.states {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return d.states[names[i]] < d.states[names[j]] })
	d.beginObj(resourcesObj)
	d.printf("<< /ProcSet [/PDF /Text] /Font << ")
	for _, f := range fonts {
		d.printf("%s ", f)
	}
	d.printf(">> /ExtGState << ")
	for _, k := range names {
		a := num(float64(k.alpha) / 255)
		d.printf("/%s << /Type /ExtGState /ca %s /CA %s /BM /%s >> ", d.states[k], a, a, k.blend)
	}
	d.printf(">> >>\n")
	d.endObj()
}

// num formats a number for PDF: at most three decimals, no exponent.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	s := strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// textString is s as a PDF text string: UTF-16BE with a byte order mark.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}
