package pdfdoc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf16"

	"github.com/golang/freetype/truetype"
)

// Font is a TrueType font registered with a document. Text in it is
// written as two-byte character ids (CIDs) given in order of first use;
// the font program embedded at the end keeps only the glyphs used (and
// the glyphs they are composed of), and its ToUnicode map gives each CID
// its character, so two characters drawn with one glyph (or with none)
// still extract as themselves.
type Font struct {
	index  int
	name   string // PostScript name, with its subset tag
	parsed *truetype.Font
	tables map[string][]byte
	upm    float64
	glyphs int

	used   []glyphUse   // by CID - 1
	cids   map[rune]int // CID of each character drawn
	widths map[rune]int // advance widths in 1/1000 em, measured or drawn
}

type glyphUse struct {
	r     rune
	gid   uint16
	width int
}

// AddFont registers the TrueType font ttf under name, the PostScript name
// written into the file; the PDF standard asks a subset's name to start
// with six capitals and "+" (ISO 32000-1 §9.6.4), e.g. "ABCDEF+NotoSans".
// parsed, if not nil, is ttf already parsed by golang/freetype (shared
// between documents; it is only read). A font no page uses is not
// written.
func (d *Document) AddFont(name string, ttf []byte, parsed *truetype.Font) (*Font, error) {
	if parsed == nil {
		var err error
		if parsed, err = truetype.Parse(ttf); err != nil {
			return nil, fmt.Errorf("pdf: font %s: %w", name, err)
		}
	}
	tables, err := sfntTables(ttf)
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", name, err)
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"} {
		if tables[tag] == nil {
			return nil, fmt.Errorf("pdf: font %s: no %s table (only TrueType outlines are embedded)", name, tag)
		}
	}
	if len(tables["head"]) < 54 || len(tables["hhea"]) < 36 || len(tables["maxp"]) < 6 {
		return nil, fmt.Errorf("pdf: font %s: truncated tables", name)
	}
	f := &Font{
		index: len(d.fonts), name: name, parsed: parsed, tables: tables,
		upm:    float64(binary.BigEndian.Uint16(tables["head"][18:])),
		glyphs: int(binary.BigEndian.Uint16(tables["maxp"][4:])),
		cids:   map[rune]int{}, widths: map[rune]int{},
	}
	if f.upm == 0 {
		return nil, fmt.Errorf("pdf: font %s: no units per em", name)
	}
	d.fonts = append(d.fonts, f)
	return f, nil
}

// advance is glyph g's advance width in font units (hmtx).
func (f *Font) advance(g uint16) int {
	hmtx := f.tables["hmtx"]
	n := int(binary.BigEndian.Uint16(f.tables["hhea"][34:])) // numberOfHMetrics
	i := min(int(g), n-1)
	if n == 0 || 4*i+2 > len(hmtx) {
		return 0
	}
	return int(binary.BigEndian.Uint16(hmtx[4*i:]))
}

// width is r's advance in 1/1000 em, as the file's widths array gives
// it: measuring and drawing agree.
func (f *Font) width(r rune) int {
	if w, ok := f.widths[r]; ok {
		return w
	}
	g := f.parsed.Index(r)
	w := int(math.Round(float64(f.advance(uint16(g))) * 1000 / f.upm))
	f.widths[r] = w
	return w
}

// StringWidth is the width of s drawn in f at size points. Measuring
// writes nothing into the document.
func (f *Font) StringWidth(s string, size float64) float64 {
	total := 0
	for _, r := range s {
		total += f.width(r)
	}
	return float64(total) * size / 1000
}

// use returns r's CID, giving it one on first use.
func (f *Font) use(r rune) int {
	if cid, ok := f.cids[r]; ok {
		return cid
	}
	if len(f.used) >= 0xfffe {
		return 0 // every CID given; draws the missing glyph
	}
	f.used = append(f.used, glyphUse{r: r, gid: uint16(f.parsed.Index(r)), width: f.width(r)})
	cid := len(f.used)
	f.cids[r] = cid
	return cid
}

// writeFont writes f's objects and returns the number of its font
// dictionary.
func (d *Document) writeFont(f *Font) int {
	font, cidFont, descriptor := d.newObj(), d.newObj(), d.newObj()
	file, cidToGID, toUnicode := d.newObj(), d.newObj(), d.newObj()

	d.beginObj(font)
	d.printf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>\n",
		f.name, cidFont, toUnicode)
	d.endObj()

	d.beginObj(cidFont)
	d.printf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /CIDToGIDMap %d 0 R /DW 0 /W [1 [",
		f.name, descriptor, cidToGID)
	for i, u := range f.used {
		if i > 0 {
			d.printf(" ")
		}
		d.printf("%d", u.width)
	}
	d.printf("]] >>\n")
	d.endObj()

	head, hhea := f.tables["head"], f.tables["hhea"]
	unit := func(v int16) string { return num(float64(v) * 1000 / f.upm) }
	i16 := func(b []byte) int16 { return int16(binary.BigEndian.Uint16(b)) }
	capHeight := i16(hhea[4:]) // the ascender, when OS/2 gives no cap height
	if os2 := f.tables["OS/2"]; len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
		capHeight = i16(os2[88:])
	}
	d.beginObj(descriptor)
	d.printf("<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [%s %s %s %s] /ItalicAngle 0 /Ascent %s /Descent %s /CapHeight %s /StemV 80 /FontFile2 %d 0 R >>\n",
		f.name, unit(i16(head[36:])), unit(i16(head[38:])), unit(i16(head[40:])), unit(i16(head[42:])),
		unit(i16(hhea[4:])), unit(i16(hhea[6:])), unit(capHeight), file)
	d.endObj()

	program := f.subset()
	d.stream(file, program, fmt.Sprintf(" /Length1 %d", len(program)))

	gids := make([]byte, 2*(len(f.used)+1)) // CID 0 is glyph 0
	for i, u := range f.used {
		binary.BigEndian.PutUint16(gids[2*(i+1):], u.gid)
	}
	d.stream(cidToGID, gids, "")
	d.stream(toUnicode, f.toUnicode(), "")
	return font
}

// toUnicode is the CMap that gives each CID its character (ISO 32000-1
// §9.10.3).
func (f *Font) toUnicode() []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for start := 0; start < len(f.used); start += 100 { // at most 100 a block
		block := f.used[start:min(start+100, len(f.used))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(block))
		for i, u := range block {
			fmt.Fprintf(&b, "<%04X> <", start+i+1)
			for _, unit := range utf16.Encode([]rune{u.r}) {
				fmt.Fprintf(&b, "%04X", unit)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}
