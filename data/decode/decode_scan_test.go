package decode

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkScanUTF8 checks scanUTF8 on b against the checks it stands for:
// valid exactly when utf8.Valid, and nfc only for text in normal form C.
func checkScanUTF8(t *testing.T, b []byte) {
	t.Helper()
	valid, nfc := scanUTF8(b)
	if want := utf8.Valid(b); valid != want {
		t.Fatalf("scanUTF8(%q): valid %v, utf8.Valid says %v", b, valid, want)
	}
	if nfc && (!valid || !norm.NFC.IsNormal(b) || !isNFC(string(b))) {
		t.Fatalf("scanUTF8(%q): NFC, but it is not", b)
	}
}

// TestScanUTF8 checks scanUTF8 on random strings of pieces (valid text in
// several scripts, combining marks, Arabic harakat in and out of order,
// broken and overlong sequences, surrogates), at every offset of the
// eight-byte ASCII steps; and that common text of each script is known
// to be NFC without the tables.
func TestScanUTF8(t *testing.T) {
	pieces := []string{"abcdefghijk", "Дата ", " x", "العام", "é", "e\u0301", "\u064e\u0650", "\u0650\u064e", "中文",
		"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\xf4\x90\x80\x80", "\U0001F600", "\u0300", "\n", "ş", "\ufffd"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkScanUTF8(t, []byte(b.String()))
	}
	for _, s := range []string{"", "Plain ASCII text, long enough for eight-byte steps.", "Саммит прошёл в Астане.",
		"عُقدت القمة في أستانا.", "Le sommet s’est tenu à Astana — été.", "Zirve Astana’da yapıldı."} {
		if valid, nfc := scanUTF8([]byte(s)); !valid || !nfc {
			t.Errorf("scanUTF8(%q) = %v, %v; want valid and NFC", s, valid, nfc)
		}
	}
}

// FuzzScanUTF8 checks scanUTF8 on any bytes.
func FuzzScanUTF8(f *testing.F) {
	for _, s := range []string{"abc", "Дата", "e\u0301", "\xff\xfe", "\u064e\u0650x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkScanUTF8)
}
