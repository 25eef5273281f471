package textnorm

import "sort"

// offsetMap is NormalizeWithOffsets' offsets stored compactly: most of a
// normalised text is its source copied byte for byte, so the map keeps
// only the places where the correspondence changes (a dropped mark, a
// collapsed space, "ß" → "ss"). A search index holds one per paragraph,
// at a fraction of the memory of one int per byte.
type OffsetMap struct {
	Anchors []OffsetAnchor
}

// offsetAnchor says that output bytes from out on come from src: byte for byte
// when exact, otherwise all of them from the character at src, up to the
// next offsetAnchor.
type OffsetAnchor struct {
	out, src int32
	exact    bool
}

// source returns the offset in the source of output byte i.
func (m OffsetMap) Source(i int) int {
	k := sort.Search(len(m.Anchors), func(k int) bool { return int(m.Anchors[k].out) > i }) - 1
	if k < 0 {
		return 0
	}
	a := m.Anchors[k]
	if a.exact {
		return int(a.src) + i - int(a.out)
	}
	return int(a.src)
}

// anchorSink fills an offsetMap as appendNormalized writes, for output that
// starts at base in the buffer it is appended to.
type anchorSink struct {
	m    *OffsetMap
	base int
}

func (s anchorSink) chunk(out, src, n int, exact bool) {
	out -= s.base
	exact = exact || n == 1
	if k := len(s.m.Anchors); k > 0 {
		last := s.m.Anchors[k-1]
		if exact && last.exact && src-int(last.src) == out-int(last.out) {
			return // continues the copy the last offsetAnchor started
		}
	}
	s.m.Anchors = append(s.m.Anchors, OffsetAnchor{out: int32(out), src: int32(src), exact: exact})
}
