package textnorm

import (
	"testing"
)

func TestOffsetMapAgreesWithOffsets(t *testing.T) {
	for _, tc := range normalizeCases {
		checkOffsetMap(t, tc.in)
	}
	for _, a := range seedArticles(t) {
		checkOffsetMap(t, a.Text)
	}
}

// checkOffsetMap checks that the compact map gives the offset of every
// character start that NormalizeWithOffsets gives.
func checkOffsetMap(t *testing.T, s string) {
	t.Helper()
	norm, offsets := NormalizeWithOffsets(s)
	var m OffsetMap
	AppendMapped(nil, s, &m, 0)
	for i := range norm { // character starts
		if got := m.Source(i); got != offsets[i] {
			t.Fatalf("%q: byte %d maps to %d, want %d", s, i, got, offsets[i])
		}
	}
}

func FuzzOffsetMap(f *testing.F) {
	for _, tc := range normalizeCases {
		f.Add(tc.in)
	}
	f.Fuzz(checkOffsetMap)
}
