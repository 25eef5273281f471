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
