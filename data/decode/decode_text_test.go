package decode

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

var decodeTests = []struct {
	name     string
	raw      []byte
	wantText string // "" when an error is wanted
	wantEnc  string
	wantErr  error
}{
	{"utf-8", []byte("Präsident Xi"), "Präsident Xi", EncodingUTF8, nil},
	{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, "الرئيس"...), "الرئيس", EncodingUTF8, nil},
	{"windows line ends", []byte("een\r\n\r\ntwee\rdrie"), "een\n\ntwee\ndrie", EncodingUTF8, nil},
	{"decomposed accents become composed", []byte("Azie\u0308"), "Azië", EncodingUTF8, nil},
	{"utf-16le", mustEncode(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), "Präsident Xi"), "Präsident Xi", EncodingUTF16LE, nil},
	{"utf-16be", mustEncode(xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder(), "الرئيس الصيني"), "الرئيس الصيني", EncodingUTF16BE, nil},
	{"latin-1 german", mustEncode(charmap.ISO8859_1.NewEncoder(), "Der Präsident hat am Dienstag in Astana gesprochen, größere Proteste blieben aus."),
		"Der Präsident hat am Dienstag in Astana gesprochen, größere Proteste blieben aus.", EncodingWindows1252, nil},
	{"windows-1252 quotes", mustEncode(charmap.Windows1252.NewEncoder(), "„die gemeinsame Sicherheit“ – sagte Xi"),
		"„die gemeinsame Sicherheit“ – sagte Xi", EncodingWindows1252, nil},
	{"latin-1 french keeps accents that windows-1256 also has", mustEncode(charmap.ISO8859_1.NewEncoder(), "Le président a été reçu à Astana."),
		"Le président a été reçu à Astana.", EncodingWindows1252, nil},
	{"windows-1256 arabic", mustEncode(charmap.Windows1256.NewEncoder(), "قال الرئيس الصيني شي جين بينغ يوم الجمعة إن الصين مستعدة للتعاون."),
		"قال الرئيس الصيني شي جين بينغ يوم الجمعة إن الصين مستعدة للتعاون.", EncodingWindows1256, nil},
	{"windows-1256 arabic with latin names", mustEncode(charmap.Windows1256.NewEncoder(), "منظمة شنغهاي للتعاون (SCO) ووباء COVID-19"),
		"منظمة شنغهاي للتعاون (SCO) ووباء COVID-19", EncodingWindows1256, nil},
	{"windows-1256 english with an arabic word", mustEncode(charmap.Windows1256.NewEncoder(), "The president, known in Arabic as الرئيس, spoke on Friday."),
		"The president, known in Arabic as الرئيس, spoke on Friday.", EncodingWindows1256, nil},
	{"empty", []byte{}, "", "", ErrEmptyFile},
	{"only white space", []byte(" \n\t\r\n "), "", "", ErrEmptyFile},
	{"NUL bytes", []byte("PK\x03\x04\x14\x00\x00\x00"), "", "", ErrBinaryFile},
	{"control characters", []byte("\x01\x02\x03abc\x04\x05\x06def\x07\x08"), "", "", ErrBinaryFile},
	{"high bytes at random", scatteredHighBytes(), "", "", ErrUndecodable},
	{"windows-1251 russian", mustEncode(charmap.Windows1251.NewEncoder(), "Президент Казахстана заявил во вторник, что порядок восстановлен."),
		"Президент Казахстана заявил во вторник, что порядок восстановлен.", EncodingWindows1251, nil},
}

// scatteredHighBytes is non-UTF-8 that is no text in any code page: high
// bytes in no pattern, in "words" of five.
func scatteredHighBytes() []byte {
	var b []byte
	for i := range 300 {
		if i%6 == 5 {
			b = append(b, ' ')
			continue
		}
		b = append(b, byte(0x80+(i*37)%128))
	}
	return b
}

// TestDecodeText decodes each file both ways: borrowing the bytes, as
// ParseArticle does, and owning them, as ReadArticles does without a copy.
// Both must give the same text.
func TestDecodeText(t *testing.T) {
	for _, tt := range decodeTests {
		for _, owned := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/owned=%v", tt.name, owned), func(t *testing.T) {
				text, enc, _, err := Text(bytes.Clone(tt.raw), owned)
				if tt.wantErr != nil {
					if !errors.Is(err, tt.wantErr) {
						t.Fatalf("Text error = %v, want %v", err, tt.wantErr)
					}
					return
				}
				if err != nil {
					t.Fatalf("Text: %v", err)
				}
				if text != tt.wantText || enc != tt.wantEnc {
					t.Errorf("Text = %q as %s, want %q as %s", text, enc, tt.wantText, tt.wantEnc)
				}
			})
		}
	}
}

// TestIsNFCStarter checks the characters isNFC lets through unexamined
// against the normalisation tables: each must be NFC by itself and unable
// to combine with anything before it.
func TestIsNFCStarter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isNFCStarter(r) || !utf8.ValidRune(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if !p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("%U is taken as NFC-stable but is not", r)
		}
	}
}

// TestIsNFCArabicMarks checks isNFC on every Arabic vowel mark after
// every character it takes as a starter, and after every other mark, in
// both orders, against the normalisation tables.
func TestIsNFCArabicMarks(t *testing.T) {
	var marks, before []rune
	for r := rune(0); r <= 0x3000; r++ {
		switch {
		case isArabicHaraka(r):
			marks = append(marks, r)
		case isNFCStarter(r) && utf8.ValidRune(r):
			before = append(before, r)
		}
	}
	before = append(before, marks...)
	for _, m := range marks {
		for _, b := range before {
			for _, s := range []string{string([]rune{b, m}), string([]rune{m, b}), string([]rune{'x', b, m, m})} {
				if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
					t.Errorf("isNFC(%+q) = %v, the tables say %v", s, got, want)
				}
			}
		}
	}
}

// mustEncode writes s in a legacy or UTF-16 encoding, as other programs
// would have saved it.
func mustEncode(e interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	b, err := e.Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}
