package main

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// buildMO writes a little- or big-endian .mo file holding pairs.
func buildMO(order binary.ByteOrder, pairs [][2]string) []byte {
	n := len(pairs)
	origs, trans := 28, 28+8*n
	data := 28 + 16*n
	var strs bytes.Buffer
	head := make([]byte, data)
	order.PutUint32(head[0:], 0x950412de)
	order.PutUint32(head[8:], uint32(n))
	order.PutUint32(head[12:], uint32(origs))
	order.PutUint32(head[16:], uint32(trans))
	for i, p := range pairs {
		for k, table := range []int{origs, trans} {
			s := p[k]
			order.PutUint32(head[table+8*i:], uint32(len(s)))
			order.PutUint32(head[table+8*i+4:], uint32(data+strs.Len()))
			strs.WriteString(s)
			strs.WriteByte(0)
		}
	}
	return append(head, strs.Bytes()...)
}

func TestParseMO(t *testing.T) {
	pairs := [][2]string{{"", "Content-Type: text/plain"}, {"Germany", "Allemagne"}, {"ctx\x04Chad", "Tchad"}, {"Kazakhstan", "Kazakhstan"}, {"Untranslated", ""}}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		got, err := parseMO(buildMO(order, pairs))
		if err != nil {
			t.Fatalf("%v: %v", order, err)
		}
		if len(got) != 2 || got["Germany"] != "Allemagne" || got["Kazakhstan"] != "Kazakhstan" {
			t.Errorf("%v: got %v", order, got)
		}
	}
}

func FuzzParseMO(f *testing.F) {
	f.Add(buildMO(binary.LittleEndian, [][2]string{{"Germany", "Deutschland"}}))
	f.Add([]byte("\xde\x12\x04\x95"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseMO(b)
		if err == nil && m == nil {
			t.Error("nil map without an error")
		}
	})
}
