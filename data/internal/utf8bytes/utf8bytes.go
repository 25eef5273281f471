// Package utf8bytes reads UTF-8 text by its bytes where the hot loops of
// decoding, normalising and date finding cannot afford utf8's general
// decoder: a two-byte rune decoded in place, and eight bytes of a string
// loaded as one word so that a run of ASCII is skipped a word at a time.
//
// It is internal and imports nothing of Caravan's, so that package data and
// the packages below it (data/decode) share one copy of these tricks.
package utf8bytes

import (
	"encoding/binary"
	"unsafe"
)

// HighBits has the top bit of each byte of a word: a word of text with
// none of them set is eight ASCII characters.
const HighBits = 0x8080808080808080

// Load8 returns the eight bytes of text at i as a little-endian word;
// i+8 must not exceed len(text).
func Load8(text string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[i:]), 8))
}

// TwoByteRune decodes the rune of two bytes in UTF-8 at text[i], if one
// stands there (not an overlong form), without utf8's general decoder.
func TwoByteRune(text string, i int) (rune, bool) {
	c := text[i]
	if c < 0xc2 || c > 0xdf || i+1 >= len(text) || text[i+1]&0xc0 != 0x80 {
		return 0, false
	}
	return rune(c&0x1f)<<6 | rune(text[i+1]&0x3f), true
}
