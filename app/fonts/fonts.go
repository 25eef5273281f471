// Package fonts holds the typefaces Caravan ships inside its binary, so that
// text renders the same on a fresh machine as on a developer's desktop.
//
// Fyne's default theme font has no Arabic glyphs. Fyne falls back to system
// fonts when it draws, but a machine without Noto installed would show empty
// boxes, and test goldens would depend on what the machine has installed.
package fonts

import (
	_ "embed" // for the //go:embed directive below

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
