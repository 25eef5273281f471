// Command gencjk makes the Han subset font Caravan embeds for its exports
// (app/fonts/NotoSansCJKsc-Subset.ttf) from Debian's fonts-noto-cjk
// (Noto Sans CJK SC Regular, SIL Open Font License 1.1).
//
// The source font has CFF (cubic) outlines, which neither golang/freetype
// (the PNG and SVG charts) nor app/pdfdoc (the PDF deck) can read, and 65,535
// glyphs (19 MB for the collection). The subset keeps the characters of
// Chinese, Japanese and Korean news text — GB 2312's 3,755 level-1 hanzi
// (the common ones) and its 3,008 level-2 hanzi, the 1,085 level-1 kanji
// of JIS X 0208 that GB 2312 lacks, KS X 1001's 2,350 hangul syllables,
// the kana, CJK punctuation and full-width forms — converted to quadratic
// TrueType outlines within one font unit (1/1000 em) of the original. The
// glyphs are the SC (simplified Chinese) designs: Japanese kanji and
// traditional forms are drawn as a Chinese font draws them.
//
// It is deterministic: the same source gives the same bytes, so a test can
// check that the committed file is what this command makes.
//
//	go generate ./app/fonts   (runs gencjk with the arguments in fonts.go)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func main() {
	src := flag.String("src", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK collection (Debian: fonts-noto-cjk)")
	family := flag.String("family", "Noto Sans CJK SC", "the family to take from the collection")
	out := flag.String("out", "NotoSansCJKsc-Subset.ttf", "output TrueType file")
	level2 := flag.Bool("level2", true, "include GB 2312's level-2 hanzi")
	hangul := flag.Bool("hangul", true, "include KS X 1001's 2,350 hangul syllables")
	jis := flag.Bool("jis", true, "include JIS X 0208's level-1 kanji")
	flag.Parse()
	b, err := os.ReadFile(*src)
	if err != nil {
		fail(fmt.Errorf("%v (install the Debian package fonts-noto-cjk)", err))
	}
	font, err := Subset(b, *family, Runes(*level2, *hangul, *jis))
	if err != nil {
		fail(fmt.Errorf("%s: %v", *src, err))
	}
	tmp := filepath.Join(filepath.Dir(*out), "."+filepath.Base(*out)+".tmp")
	if err := os.WriteFile(tmp, font, 0o644); err != nil {
		fail(err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gencjk:", err)
	os.Exit(1)
}

// Runes is the character set of the subset, sorted.
func Runes(level2, hangul, jis bool) []rune {
	set := map[rune]bool{}
	dec := simplifiedchinese.GBK.NewDecoder()
	lastRow := byte(0xD7) // level 1: rows 16–55
	if level2 {
		lastRow = 0xF7 // level 2: rows 56–87
	}
	for hi := byte(0xA1); hi <= lastRow; hi++ {
		for lo := byte(0xA1); lo <= 0xFE; lo++ {
			s, err := dec.Bytes([]byte{hi, lo})
			if err != nil {
				continue
			}
			for _, r := range string(s) {
				// Rows 1–9 are symbols: keep those the Latin font lacks.
				if unicode.Is(unicode.Han, r) || hi <= 0xA9 && isCJKSymbol(r) {
					set[r] = true
				}
			}
		}
	}
	for r := rune(0x3000); r <= 0x30FF; r++ { // CJK punctuation, hiragana, katakana
		set[r] = true
	}
	for r := rune(0xFF01); r <= 0xFF9F; r++ { // full-width ASCII, half-width katakana
		set[r] = true
	}
	if jis {
		jp := japanese.EUCJP.NewDecoder()
		for hi := byte(0xB0); hi <= 0xCF; hi++ { // level 1: rows 16–47
			for lo := byte(0xA1); lo <= 0xFE; lo++ {
				if s, err := jp.Bytes([]byte{hi, lo}); err == nil {
					for _, r := range string(s) {
						if unicode.Is(unicode.Han, r) {
							set[r] = true
						}
					}
				}
			}
		}
	}
	if hangul {
		kr := korean.EUCKR.NewDecoder()
		for hi := byte(0xB0); hi <= 0xC8; hi++ {
			for lo := byte(0xA1); lo <= 0xFE; lo++ {
				if s, err := kr.Bytes([]byte{hi, lo}); err == nil {
					for _, r := range string(s) {
						if unicode.Is(unicode.Hangul, r) {
							set[r] = true
						}
					}
				}
			}
		}
	}
	out := make([]rune, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// isCJKSymbol reports whether r belongs to the blocks set in the CJK font
// rather than the Latin one.
func isCJKSymbol(r rune) bool {
	return r >= 0x3000 && r <= 0x33FF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFFEF
}

// Subset extracts runes from the family in the collection (or single
// font) src as a TrueType font. Runes the font lacks are left out.
func Subset(src []byte, family string, runes []rune) ([]byte, error) {
	f, err := findFamily(src, family)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	upem := int(f.UnitsPerEm())
	ppem := fixed.I(upem) // one pixel per font unit: outlines in 26.6 font units
	load := func(x sfnt.GlyphIndex) (glyph, error) {
		segs, err := f.LoadGlyph(&buf, x, ppem, nil)
		if err != nil {
			return glyph{}, err
		}
		g := glyph{contours: contours(segs)}
		adv, err := f.GlyphAdvance(&buf, x, ppem, 0)
		if err != nil {
			return glyph{}, err
		}
		g.advance = int((adv + 32) >> 6)
		return g, nil
	}
	notdef, err := load(0)
	if err != nil {
		return nil, err
	}
	glyphs := []glyph{notdef}
	ids := map[sfnt.GlyphIndex]int{}
	cmap := map[rune]int{}
	for _, r := range runes {
		x, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return nil, err
		}
		if x == 0 {
			continue
		}
		id, ok := ids[x]
		if !ok {
			g, err := load(x)
			if err != nil {
				return nil, fmt.Errorf("glyph of %U: %v", r, err)
			}
			id = len(glyphs)
			ids[x] = id
			glyphs = append(glyphs, g)
		}
		cmap[r] = id
	}
	m, err := f.Metrics(&buf, ppem, 0)
	if err != nil {
		return nil, err
	}
	ns := names{
		1: "Noto Sans CJK SC Caravan Subset", 2: "Regular",
		3: "NotoSansCJKsc-CaravanSubset", 4: "Noto Sans CJK SC Caravan Subset",
		5: "Version 1.0; subset of ", 6: "NotoSansCJKsc-CaravanSubset",
		13: "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
		14: "https://openfontlicense.org",
	}
	for _, id := range []sfnt.NameID{sfnt.NameIDCopyright, sfnt.NameIDVersion} {
		s, err := f.Name(&buf, id)
		if err != nil {
			return nil, fmt.Errorf("name %d: %v", id, err)
		}
		ns[uint16(id)] += s
	}
	return writeFont(glyphs, cmap, metrics{
		unitsPerEm: upem,
		ascent:     int(m.Ascent >> 6), descent: -int(m.Descent >> 6),
		lineGap:   int((m.Height - m.Ascent - m.Descent) >> 6),
		capHeight: int(m.CapHeight >> 6), xHeight: int(m.XHeight >> 6),
	}, ns), nil
}

// findFamily returns the font of the collection whose family name is family.
func findFamily(src []byte, family string) (*sfnt.Font, error) {
	c, err := sfnt.ParseCollection(src)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	for i := range c.NumFonts() {
		f, err := c.Font(i)
		if err != nil {
			return nil, err
		}
		if name, err := f.Name(&buf, sfnt.NameIDFamily); err == nil && name == family {
			return f, nil
		}
	}
	return nil, fmt.Errorf("no font of family %q", family)
}
