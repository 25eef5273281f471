package data

// wordTable is a read-only map from normalised words to values, looked up
// by the wordHash the scanners compute anyway while they fold a word.
// The date tokenizer and the linker look up most words of every
// paragraph; a Go map hashes the key again and probes groups of wide
// slots, which the profile showed as a tenth of a whole load. Here the
// slots are eight bytes (the full hash and where the entry is), at most
// half of them used, so the probes of a word stay in one cache line and
// the key is only compared when the full hash agrees.
type wordTable[V any] struct {
	shift uint32 // 32 - log2(len(slots))
	mask  uint32
	slots []wordSlot // entry: index in keys and vals, plus one; 0 when empty
	keys  []string
	vals  []V
}

type wordSlot struct {
	hash  uint32
	entry int32
}

// newWordTable indexes the words of m by wordHash.
func newWordTable[V any](m map[string]V) wordTable[V] {
	bits := uint32(1)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := wordTable[V]{shift: 32 - bits, mask: 1<<bits - 1, slots: make([]wordSlot, 1<<bits),
		keys: make([]string, 0, len(m)), vals: make([]V, 0, len(m))}
	for k, v := range m {
		h := wordHashString(k)
		i := t.start(h)
		for t.slots[i].entry != 0 {
			i = (i + 1) & t.mask
		}
		t.keys, t.vals = append(t.keys, k), append(t.vals, v)
		t.slots[i] = wordSlot{hash: h, entry: int32(len(t.keys))}
	}
	return t
}

// ref returns the value of the word w, whose wordHash is h, for the caller
// to change, adding w with the zero value first when the table lacks it.
// It is how a table is built word by word (the linker's forms) without a
// Go map first: that map's growth and hashing took half of compiling the
// shipped names. The table doubles when half full; the pointer is valid
// until the next call.
func (t *wordTable[V]) ref(w string, h uint32) *V {
	if len(t.slots) > 0 {
		for i := t.start(h); t.slots[i].entry != 0; i = (i + 1) & t.mask {
			if s := t.slots[i]; s.hash == h && t.keys[s.entry-1] == w {
				return &t.vals[s.entry-1]
			}
		}
	}
	if 2*(len(t.keys)+1) > len(t.slots) {
		t.grow()
	}
	i := t.start(h)
	for t.slots[i].entry != 0 {
		i = (i + 1) & t.mask
	}
	var zero V
	t.keys, t.vals = append(t.keys, w), append(t.vals, zero)
	t.slots[i] = wordSlot{hash: h, entry: int32(len(t.keys))}
	return &t.vals[len(t.vals)-1]
}

// grow doubles the slots (to 1,024 at first) and files the entries again
// by the hashes the slots keep.
func (t *wordTable[V]) grow() {
	bits := uint32(10)
	if len(t.slots) > 0 {
		bits = 33 - t.shift
	}
	old := t.slots
	t.shift, t.mask, t.slots = 32-bits, 1<<bits-1, make([]wordSlot, 1<<bits)
	for _, s := range old {
		if s.entry == 0 {
			continue
		}
		i := t.start(s.hash)
		for t.slots[i].entry != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
}

// start is the slot where the search for hash h begins: the hash's top
// bits after a multiplicative mix (FNV's low bits alone cluster).
func (t *wordTable[V]) start(h uint32) uint32 { return (h * 0x9E3779B1) >> t.shift }

// get returns the value of the word w, whose wordHash is h.
func (t *wordTable[V]) get(w []byte, h uint32) (V, bool) {
	if len(t.slots) > 0 {
		for i := t.start(h); t.slots[i].entry != 0; i = (i + 1) & t.mask {
			if s := t.slots[i]; s.hash == h && t.keys[s.entry-1] == string(w) {
				return t.vals[s.entry-1], true
			}
		}
	}
	var zero V
	return zero, false
}

// getString is get for a string.
func (t *wordTable[V]) getString(w string, h uint32) (V, bool) {
	if len(t.slots) > 0 {
		for i := t.start(h); t.slots[i].entry != 0; i = (i + 1) & t.mask {
			if s := t.slots[i]; s.hash == h && t.keys[s.entry-1] == w {
				return t.vals[s.entry-1], true
			}
		}
	}
	var zero V
	return zero, false
}
