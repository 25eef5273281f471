package decode

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
)

// Guesses about bytes that carry no byte order mark: UTF-16 told by its
// zero bytes, NUL bytes that strayed into a text file, and what kind of
// file a binary one is.

// guessUTF16 recognises UTF-16 without a byte order mark. Latin letters,
// digits, spaces and punctuation are written in UTF-16 with a zero high
// byte: in little-endian text every other byte, at odd offsets, is zero
// while the bytes between hardly ever are; in big-endian text the other
// way round. Cyrillic and Arabic letters have a non-zero high byte, but
// their spaces and digits still leave the pattern. The decoded text must
// then be text: no unpaired surrogates, no control characters.
func guessUTF16(raw []byte) (text, encoding, note string, ok bool) {
	pairs := len(raw) / 2
	if pairs < 2 || bytes.IndexByte(raw, 0) < 0 { // most files: no zero byte at all
		return "", "", "", false
	}
	var zeroLow, zeroHigh int // zero bytes at even and at odd offsets
	for i := 0; i+1 < len(raw); i += 2 {
		if raw[i] == 0 {
			zeroLow++
		}
		if raw[i+1] == 0 {
			zeroHigh++
		}
	}
	endianness, name := xunicode.LittleEndian, EncodingUTF16LE
	switch {
	case zeroHigh*10 >= pairs && zeroLow*20 <= zeroHigh:
	case zeroLow*10 >= pairs && zeroHigh*20 <= zeroLow:
		endianness, name = xunicode.BigEndian, EncodingUTF16BE
	default:
		return "", "", "", false
	}
	body := raw[:pairs*2] // an odd last byte is half a character
	out, err := xunicode.UTF16(endianness, xunicode.IgnoreBOM).NewDecoder().Bytes(body)
	if err != nil || !plausibleUTF16Text(out) {
		return "", "", "", false
	}
	note = fmt.Sprintf("decoded from %s (guessed: the file has no byte order mark, and its zero bytes fall where %s puts them)", name, name)
	if len(raw)%2 == 1 {
		note += "; its odd last byte was dropped"
	}
	return string(out), name, note, true
}

// plausibleUTF16Text reports whether bytes decoded from UTF-16 are text:
// no character the decoder had to replace, no control characters but
// white space, and letters among what is written.
func plausibleUTF16Text(decoded []byte) bool {
	letters := 0
	for _, r := range string(decoded) {
		switch {
		case r == utf8.RuneError, r == 0:
			return false
		case unicode.IsControl(r) && !unicode.IsSpace(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0
}

// How many NUL bytes are taken for stray ones in a text: a few, and one
// per strayNULBytes bytes of the file. An editor's or a download's
// accident leaves one or a few, a binary file far more.
const (
	strayNULs     = 3
	strayNULBytes = 100
)

// dropStrayNULs removes NUL bytes from otherwise textual bytes, and says so
// in a note naming how many and the line of the first. Too many NULs make
// the file binary.
func dropStrayNULs(raw []byte) ([]byte, string, error) {
	first := bytes.IndexByte(raw, 0)
	if first < 0 {
		return raw, "", nil
	}
	nuls := bytes.Count(raw, []byte{0})
	if nuls > strayNULs+len(raw)/strayNULBytes {
		return nil, "", binaryError(raw, fmt.Sprintf("%d NUL bytes in %d bytes", nuls, len(raw)))
	}
	line := bytes.Count(raw[:first], []byte{'\n'}) + 1
	return bytes.ReplaceAll(raw, []byte{0}, nil), nulNote(nuls, line), nil
}

// nulNote says that NUL bytes were removed, how many and where.
func nulNote(nuls, line int) string {
	what := "1 NUL byte"
	if nuls > 1 {
		what = fmt.Sprintf("%d NUL bytes", nuls)
	}
	return fmt.Sprintf("%s removed (the first on line %d): text files do not contain them, so they are taken for damage", what, line)
}

// dropNULCharacters removes the character U+0000 from decoded text, which
// UTF-16 can hold like any other, and says so in a note.
func dropNULCharacters(text string) (string, string) {
	first := strings.IndexByte(text, 0)
	if first < 0 {
		return text, ""
	}
	line := strings.Count(text[:first], "\n") + 1
	return strings.ReplaceAll(text, "\x00", ""), nulNote(strings.Count(text, "\x00"), line)
}

// fileSignatures are the first bytes of binary files people put in a
// folder by mistake, and what to call them.
var fileSignatures = []struct {
	magic, kind string
}{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
	{"\x1f\x8b", "a gzip archive"},
	{"\x7fELF", "a program"},
	{"MZ", "a Windows program"},
	{"SQLite format 3\x00", "an SQLite database"},
}

// binaryError is ErrBinaryFile with the kind of file when its first bytes
// tell it, and else with what made the bytes binary.
func binaryError(raw []byte, why string) error {
	for _, sig := range fileSignatures {
		if bytes.HasPrefix(raw, []byte(sig.magic)) {
			return fmt.Errorf("%w: looks like %s", ErrBinaryFile, sig.kind)
		}
	}
	return fmt.Errorf("%w: %s", ErrBinaryFile, why)
}
