package data

// This file finds a lexicon's future markers in a sentence in one pass.
// announces and announcesBefore ask it of the sentence of nearly every
// date mention; searching the sentence once for each marker (a dozen
// English words written twice, lower case and capitalised) was 2 % of a
// 100,000-article load.

// markerIndex is a list of markers filed by their first byte.
type markerIndex struct {
	markers []string
	byFirst [256][]int32 // the markers that start with each byte, in list order
	// second[b] holds a bit for each byte that follows b in a marker of
	// two bytes or more, and short[b] whether a marker is b alone: every
	// Cyrillic or Arabic marker starts with one of two lead bytes, which
	// nearly every letter of such a text starts with too, and the byte
	// after it tells most of them apart.
	second [256][4]uint64
	short  [256]bool
}

// mayStartAt reports whether a marker of x may start at byte i of text:
// one whose first two bytes are there.
func (x *markerIndex) mayStartAt(text string, i int) bool {
	b := text[i]
	if x.short[b] {
		return true
	}
	if i+1 >= len(text) {
		return false
	}
	c := text[i+1]
	return x.second[b][c>>6]&(1<<(c&63)) != 0
}

// newMarkerIndex files markers (an empty one, which no search finds, is
// left out).
func newMarkerIndex(markers []string) *markerIndex {
	x := &markerIndex{markers: markers}
	for k, m := range markers {
		if m != "" {
			x.byFirst[m[0]] = append(x.byFirst[m[0]], int32(k))
			if len(m) == 1 {
				x.short[m[0]] = true
			} else {
				x.second[m[0]][m[1]>>6] |= 1 << (m[1] & 63)
			}
		}
	}
	return x
}

// hasMarker reports whether text holds one of x's markers as a whole word
// (see markerCounts). It answers as searching the text for each marker in
// turn does, leftmost occurrence first, the search going on after an
// occurrence that does not count: an occurrence overlapping one of the
// same marker that did not count is not looked at.
func (l *dateLexicon) hasMarker(text string, x *markerIndex) bool {
	if x == nil {
		return false
	}
	// The markers found where they did not count, and where the search for
	// each goes on: nearly always none.
	var (
		small   [4]markerResume
		resumes = small[:0]
	)
	for i := 0; i < len(text); i++ {
		if !x.mayStartAt(text, i) {
			continue
		}
		for _, k := range x.byFirst[text[i]] {
			m := x.markers[k]
			if len(text)-i < len(m) || text[i:i+len(m)] != m || skipped(resumes, k, i) {
				continue
			}
			if l.markerCounts(text, i, m) {
				return true
			}
			resumes = append(resumes, markerResume{k, i + len(m)})
		}
	}
	return false
}

// markerResume is where the search for marker k goes on after an
// occurrence that did not count.
type markerResume struct {
	k    int32
	from int
}

// skipped reports whether marker k at byte i lies within an occurrence of
// itself that did not count (the last one: they are found left to right).
func skipped(resumes []markerResume, k int32, i int) bool {
	for j := len(resumes) - 1; j >= 0; j-- {
		if resumes[j].k == k {
			return i < resumes[j].from
		}
	}
	return false
}
