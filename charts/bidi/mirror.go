package bidi

import (
	"strings"

	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/unicodedata"
)

// mirrorReverse returns s in reverse order of its grapheme clusters, so
// that combining marks stay after their base letter, with every mirrored
// character replaced by its mirror image: "(" by ")", "«" by "»" (rule L4).
// It turns a right-to-left run of neutrals into the order a left-to-right
// renderer must draw it in.
func mirrorReverse(s string) string {
	var seg segmenter.Segmenter
	seg.Init([]rune(s))
	var clusters [][]rune
	iter := seg.GraphemeIterator()
	for iter.Next() {
		clusters = append(clusters, iter.Grapheme().Text)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := len(clusters) - 1; i >= 0; i-- {
		for _, r := range clusters[i] {
			mirrored, _ := unicodedata.LookupMirrorChar(r)
			b.WriteRune(mirrored)
		}
	}
	return b.String()
}
