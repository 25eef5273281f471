package data

// wordTable is a read-only map from normalised words to values, looked up
// by the wordHash the scanners compute anyway while they fold a word.
// The date tokenizer and the linker look up most words of every
// paragraph; a Go map hashes the key again and probes its groups, which
// the profile showed as a tenth of a whole load. Here a lookup is one
// slot (the table is at most a quarter full) and one comparison of the
// full hash, then of the bytes.
type wordTable[V any] struct {
	shift uint32 // 32 - log2(len(slots))
	mask  uint32
	slots []wordSlot[V]
}

type wordSlot[V any] struct {
	used bool
	hash uint32
	key  string
	val  V
}

// newWordTable indexes the words of m by wordHash.
func newWordTable[V any](m map[string]V) wordTable[V] {
	bits := uint32(1)
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := wordTable[V]{shift: 32 - bits, mask: 1<<bits - 1, slots: make([]wordSlot[V], 1<<bits)}
	for k, v := range m {
		h := wordHashString(k)
		i := t.start(h)
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot[V]{used: true, hash: h, key: k, val: v}
	}
	return t
}

// start is the slot where the search for hash h begins: the hash's top
// bits after a multiplicative mix (FNV's low bits alone cluster).
func (t *wordTable[V]) start(h uint32) uint32 { return (h * 0x9E3779B1) >> t.shift }

// get returns the value of the word w, whose wordHash is h.
func (t *wordTable[V]) get(w []byte, h uint32) (V, bool) {
	if len(t.slots) > 0 {
		for i := t.start(h); t.slots[i].used; i = (i + 1) & t.mask {
			if s := &t.slots[i]; s.hash == h && s.key == string(w) {
				return s.val, true
			}
		}
	}
	var zero V
	return zero, false
}

// getString is get for a string.
func (t *wordTable[V]) getString(w string, h uint32) (V, bool) {
	if len(t.slots) > 0 {
		for i := t.start(h); t.slots[i].used; i = (i + 1) & t.mask {
			if s := &t.slots[i]; s.hash == h && s.key == w {
				return s.val, true
			}
		}
	}
	var zero V
	return zero, false
}
