package language

// wordTable is functionWords as an open-addressing hash table on a cheap
// byte hash: Detect looks up every short word of every article, and a Go
// map's lookup (hashing the key again, probing its groups) was a third of
// the scan. It is built once and only read.
type wordTable struct {
	shift   uint32 // 32 - log2(len(keys))
	mask    uint32
	keys    []string
	entries []*functionWord // nil: an empty slot
	// lengths[b] has bit n set when a word of n bytes starting with byte
	// b is in the table: most words of a text are turned away by it
	// without a probe.
	lengths [256]uint64
}

// newWordTable indexes words; the table is kept at most a quarter full,
// so that a probe rarely goes past its first slot.
func newWordTable(words map[string]functionWord) *wordTable {
	bits := uint32(0)
	for size := 1; size < 4*len(words); size *= 2 {
		bits++
	}
	size := 1 << bits
	t := &wordTable{shift: 32 - bits, mask: uint32(size - 1), keys: make([]string, size), entries: make([]*functionWord, size)}
	for w, e := range words {
		i := t.slot([]byte(w))
		for t.entries[i] != nil {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.entries[i] = w, &e
		if len(w) < 64 {
			t.lengths[w[0]] |= 1 << len(w)
		}
	}
	return t
}

// get returns the entry of the word w, or nil.
func (t *wordTable) get(w []byte) *functionWord {
	if len(w) < 64 && t.lengths[w[0]]&(1<<len(w)) == 0 {
		return nil
	}
	for i := t.slot(w); ; i = (i + 1) & t.mask {
		e := t.entries[i]
		if e == nil || t.keys[i] == string(w) {
			return e
		}
	}
}

// slot is where the search for a non-empty word w begins. It hashes the
// length and three bytes of w, not all of them: function words are short
// and differ there, and hashing every byte showed in the profile.
func (t *wordTable) slot(w []byte) uint32 {
	n := len(w)
	h := uint32(n) ^ uint32(w[0])<<8 ^ uint32(w[n/2])<<16 ^ uint32(w[n-1])<<24
	return (h * 0x9E3779B1) >> t.shift
}
