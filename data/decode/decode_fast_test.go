package decode

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestNoControlBytes checks the eight-bytes-at-a-time test against the
// byte-by-byte one: every byte value at every position of words of
// letters, and random words.
func TestNoControlBytes(t *testing.T) {
	naive := func(x uint64) bool {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], x)
		for _, c := range b {
			if c < 0x20 || c == 0x7F {
				return false
			}
		}
		return true
	}
	check := func(x uint64) {
		if got, want := noControlBytes(x), naive(x); got != want {
			t.Fatalf("noControlBytes(%#016x) = %v, want %v", x, got, want)
		}
	}
	base := binary.LittleEndian.Uint64([]byte("abcdefgh"))
	for pos := range 8 {
		for v := range 256 {
			check(base&^(0xff<<(8*pos)) | uint64(v)<<(8*pos))
			check(0x8080808080808080&^(0xff<<(8*pos)) | uint64(v)<<(8*pos))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		check(r.Uint64())
	}
}

// TestIsNFCLongASCII checks that the ASCII runs isNFC skips a word at a
// time do not hide what follows them.
func TestIsNFCLongASCII(t *testing.T) {
	for n := range 20 {
		ascii := "abcdefghijklmnopqrst"[:n]
		if !isNFC(ascii + "é" + ascii) {
			t.Errorf("%q + é: not NFC", ascii)
		}
		if isNFC(ascii + "e\u0301" + ascii) {
			t.Errorf("%q + e and a combining acute: NFC", ascii)
		}
	}
}
