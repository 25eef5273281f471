// Package fonts holds the typefaces Caravan ships inside its binary, so that
// text renders the same on a fresh machine as on a developer's desktop.
//
// Fyne's default theme font has no Arabic glyphs. Fyne falls back to system
// fonts when it draws, but a machine without Noto installed would show empty
// boxes, and test goldens would depend on what the machine has installed.
package fonts

import (
	_ "embed" // for the //go:embed directives below

	"fyne.io/fyne/v2"
)

//go:embed NotoSansArabic-Regular.ttf
var notoSansArabic []byte

// Arabic is Noto Sans Arabic Regular (SIL Open Font License 1.1, see OFL.txt
// in this folder). It covers the Arabic script blocks, ASCII digits, space
// and a little Latin punctuation — but not parentheses, Latin letters or
// typographic quotes, so text that mixes scripts must be split by font
// (package bidi does).
var Arabic fyne.Resource = fyne.NewStaticResource("NotoSansArabic-Regular.ttf", notoSansArabic)

//go:generate go run ./internal/gencjk -out NotoSansCJKsc-Subset.ttf
//go:embed NotoSansCJKsc-Subset.ttf
var notoSansCJK []byte

// CJK is a subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1,
// see OFL.txt) in TrueType outlines, made by internal/gencjk from Debian's
// fonts-noto-cjk: 6,763 hanzi of GB 2312, the 1,085 further kanji of JIS X
// 0208 level 1, 2,350 hangul syllables of KS X 1001, the kana, CJK
// punctuation and full-width forms (2.8 MB). The exports draw Chinese,
// Japanese and Korean text with it; a character outside the subset makes
// a label fall back to its Latin form. Neither golang/freetype nor app/pdfdoc
// reads the CFF outlines of the font as packaged, hence the conversion.
var CJK fyne.Resource = fyne.NewStaticResource("NotoSansCJKsc-Subset.ttf", notoSansCJK)
