package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"
	"github.com/golang/freetype/truetype"
)

// writeDoc draws pages pages with text and shapes and returns the file.
func writeDoc(t *testing.T, pages int, text string) []byte {
	t.Helper()
	var buf bytes.Buffer
	d := New(&buf, 960, 540, "Test — ü")
	f, err := d.AddFont("ABCDEF+NotoSans", notoSans(), nil)
	if err != nil {
		t.Fatal(err)
	}
	unused, err := d.AddFont("ABCDEG+NotoUnused", notoSans(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = unused.StringWidth("measured only", 12) // measuring writes nothing
	for i := range pages {
		d.BeginPage()
		d.SetAlpha(128, "Multiply")
		d.SetFillColor(200, 10, 10)
		d.FillRect(10, 10, 100, 50)
		d.SetAlpha(255, "Normal")
		d.SetStrokeColor(0, 0, 0)
		d.SetLineWidth(2)
		d.SetLineCap(RoundCap)
		d.Line(5, 5, 5, 5)
		d.BeginActualText("actual")
		d.Text(f, 20, 100, 200, fmt.Sprintf("%s %d", text, i+1))
		d.EndActualText()
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var objPattern = regexp.MustCompile(`(?m)^(\d+) 0 obj$`)

// The cross-reference table gives every object's offset: a reader that
// trusts it finds "N 0 obj" there.
func TestXrefPointsAtEveryObject(t *testing.T) {
	b := writeDoc(t, 3, "Hello")
	start := bytes.LastIndex(b, []byte("startxref\n"))
	if start < 0 {
		t.Fatal("no startxref")
	}
	xref, err := strconv.Atoi(strings.Fields(string(b[start+len("startxref\n"):]))[0])
	if err != nil || !bytes.HasPrefix(b[xref:], []byte("xref\n")) {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	lines := strings.Split(string(b[xref:]), "\n")
	var n int
	fmt.Sscanf(lines[1], "0 %d", &n)
	objects := len(objPattern.FindAll(b, -1))
	if n != objects+1 {
		t.Errorf("xref has %d entries for %d objects", n, objects)
	}
	for obj := 1; obj < n; obj++ {
		off, err := strconv.Atoi(lines[2+obj][:10])
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%d 0 obj\n", obj); !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Errorf("object %d: offset %d holds %q", obj, off, b[off:min(len(b), off+12)])
		}
	}
	if got := strings.Count(string(b), "/Type /Page "); got != 3 {
		t.Errorf("%d page objects, want 3", got)
	}
	if strings.Contains(string(b), "NotoUnused") {
		t.Error("a font only measured is written")
	}
}

// streams returns the decompressed content of every stream whose
// dictionary matches dict.
func streams(t *testing.T, b []byte, dict string) [][]byte {
	t.Helper()
	re := regexp.MustCompile(`<< /Length (\d+) /Filter /FlateDecode` + dict + `[^>]*>>\nstream\n`)
	var out [][]byte
	for _, m := range re.FindAllSubmatchIndex(b, -1) {
		n, _ := strconv.Atoi(string(b[m[2]:m[3]]))
		r, err := zlib.NewReader(bytes.NewReader(b[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// The embedded font keeps the glyphs drawn, and the glyphs they are
// built from, and drops the rest; its ToUnicode map names what was drawn.
func TestFontIsSubsetWithComposites(t *testing.T) {
	b := writeDoc(t, 1, "HÁ")
	files := streams(t, b, ` /Length1 \d+`)
	if len(files) != 1 {
		t.Fatalf("%d font programs, want 1", len(files))
	}
	full, err := truetype.Parse(notoSans())
	if err != nil {
		t.Fatal(err)
	}
	sub, err := truetype.Parse(files[0])
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	if sum := checksum(files[0]); sum != 0xB1B0AFBA { // what head's checkSumAdjustment makes it
		t.Errorf("the subset's checksum is %#x", sum)
	}
	f := &Font{tables: mustTables(t, notoSans())}
	aAcute := full.Index('Á')
	parts := components(f.glyphData(int(aAcute)))
	if len(parts) == 0 {
		t.Fatal("Á is not a composite glyph in the test font; pick another letter")
	}
	outline := func(font *truetype.Font, g truetype.Index) int {
		var gb truetype.GlyphBuf
		if err := gb.Load(font, 2048, g, 0); err != nil {
			t.Fatal(err)
		}
		return len(gb.Points)
	}
	for _, g := range append([]truetype.Index{full.Index('H'), aAcute, full.Index('1')}, indexes(parts)...) {
		if outline(sub, g) != outline(full, g) {
			t.Errorf("glyph %d: %d points in the subset, %d in the font", g, outline(sub, g), outline(full, g))
		}
	}
	if g := full.Index('Q'); outline(sub, g) != 0 {
		t.Errorf("Q, never drawn, keeps its outline")
	}
	if len(files[0]) > len(notoSans())/2 {
		t.Errorf("subset of 5 glyphs is %d bytes (font %d)", len(files[0]), len(notoSans()))
	}
	maps := streams(t, b, "")
	var cmap string
	for _, s := range maps {
		if bytes.Contains(s, []byte("begincmap")) {
			cmap = string(s)
		}
	}
	for _, want := range []string{"<0001> <0048>", "<0002> <00C1>", "<0003> <0020>", "<0004> <0031>"} {
		if !strings.Contains(cmap, want) {
			t.Errorf("ToUnicode lacks %s:\n%s", want, cmap)
		}
	}
}

// notoSans is Fyne's Noto Sans, whose accented capitals are composite
// glyphs (the Go fonts have none).
func notoSans() []byte { return theme.DefaultTextFont().Content() }

func indexes(gs []int) []truetype.Index {
	out := make([]truetype.Index, len(gs))
	for i, g := range gs {
		out[i] = truetype.Index(g)
	}
	return out
}

func mustTables(t *testing.T, ttf []byte) map[string][]byte {
	t.Helper()
	tables, err := sfntTables(ttf)
	if err != nil {
		t.Fatal(err)
	}
	return tables
}

// Drawing with no page open is an error, not a panic or a lost page.
func TestDrawingWithoutPageFails(t *testing.T) {
	d := New(io.Discard, 100, 100, "")
	d.FillRect(0, 0, 1, 1)
	if d.Err() == nil {
		t.Error("no error for drawing before a page")
	}
	if err := New(io.Discard, 100, 100, "").Close(); err == nil {
		t.Error("a document of no page closes without an error")
	}
}

type countingWriter struct{ n int }

func (w *countingWriter) Write(b []byte) (int, error) { w.n += len(b); return len(b), nil }

// Pages reach the writer as they end, not when the document closes: what
// a document holds does not grow with its pages.
func TestPagesAreWrittenAsTheyEnd(t *testing.T) {
	w := &countingWriter{}
	d := New(w, 960, 540, "")
	f, err := d.AddFont("ABCDEF+NotoSans", notoSans(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 500 {
		d.BeginPage()
		for k := range 20 {
			d.Text(f, 12, 10, float64(10+20*k), fmt.Sprintf("page %d line %d: some text to fill it", i, k))
		}
	}
	before := w.n
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if before < w.n*3/4 {
		t.Errorf("%d of %d bytes were written before the document was closed", before, w.n)
	}
	if d.page.Cap() > 1<<20 {
		t.Errorf("the page buffer holds %d bytes", d.page.Cap())
	}
}
