package textnorm

import (
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/internal/utf8bytes"
)

// appendFoldedWord appends Normalize(w) to dst, for a word of ASCII and
// two-byte characters (Latin, Greek, Cyrillic, Arabic) that fold one by
// one: letters whose marks come off, marks after them, and the characters
// Normalize drops. ok is false, and dst comes back as it was, for any
// other word: white space, a mark with no letter before it, a character
// that keeps its marks or lies past U+07FF need appendNormalized's care.
// The name finder folds every word of the sentences around dates; for
// Cyrillic and Arabic words this is about half of appendNormalized's
// work, which builds a folding and calls an offset sink per character.
func AppendFoldedWord(dst []byte, w string) (_ []byte, ok bool) {
	foldTableOnce.Do(buildFoldTable)
	start := len(dst)
	marksAfter := false // as in appendNormalized
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if foldASCIISpace[c] {
				return dst[:start], false
			}
			dst = append(dst, FoldASCIILower[c])
			marksAfter = true
			i++
			continue
		}
		r, two := utf8bytes.TwoByteRune(w, i)
		if !two {
			return dst[:start], false
		}
		switch f := &foldTable[r]; f.kind {
		case foldDropsMarks:
			dst = append(dst, f.out...)
			marksAfter = true
		case foldDrop:
		case foldMark:
			if !marksAfter {
				return dst[:start], false
			}
		default:
			return dst[:start], false
		}
		i += 2
	}
	return dst, true
}
