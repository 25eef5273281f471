package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// parseMO reads a GNU gettext .mo catalogue into msgid → msgstr. The
// format: a magic number that also gives the byte order, a revision, the
// number of strings N, and the offsets of two tables of N (length, offset)
// pairs, one for the original strings and one for the translations. A
// msgid may carry a context ("ctx\x04id") and plural forms joined by NUL;
// only the context-free singular is kept, which is all iso-codes writes.
func parseMO(b []byte) (map[string]string, error) {
	if len(b) < 20 {
		return nil, fmt.Errorf("too short for a .mo file (%d bytes)", len(b))
	}
	var order binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		order = binary.LittleEndian
	case 0xde120495:
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("not a .mo file (magic %#x)", binary.LittleEndian.Uint32(b))
	}
	if rev := order.Uint32(b[4:]) >> 16; rev > 1 {
		return nil, fmt.Errorf("unknown .mo major revision %d", rev)
	}
	n := int(order.Uint32(b[8:]))
	if n > len(b)/16 {
		return nil, fmt.Errorf("%d strings cannot fit in %d bytes", n, len(b))
	}
	origs, trans := int(order.Uint32(b[12:])), int(order.Uint32(b[16:]))
	str := func(table, i int) ([]byte, error) {
		at := table + 8*i
		if at < 0 || at+8 > len(b) {
			return nil, fmt.Errorf("string table entry %d outside the file", i)
		}
		length, offset := int(order.Uint32(b[at:])), int(order.Uint32(b[at+4:]))
		if offset < 0 || length < 0 || offset+length > len(b) {
			return nil, fmt.Errorf("string %d outside the file", i)
		}
		return b[offset : offset+length], nil
	}
	out := make(map[string]string, n)
	for i := range n {
		id, err := str(origs, i)
		if err != nil {
			return nil, err
		}
		tr, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if len(id) == 0 || bytes.ContainsAny(id, "\x00\x04") {
			continue // the header, plurals and strings with a context
		}
		if j := bytes.IndexByte(tr, 0); j >= 0 {
			tr = tr[:j]
		}
		if len(tr) > 0 {
			out[string(id)] = string(tr)
		}
	}
	return out, nil
}
