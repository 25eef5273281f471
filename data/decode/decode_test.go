package decode

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Texts written for these tests, in the languages the Cyrillic code pages
// carry.
const (
	russianNews   = "Президент Казахстана заявил во вторник, что порядок в стране восстановлен. Российские военные останутся до конца месяца, сообщил его пресс-секретарь."
	ukrainianNews = "Уряд України заявив у четвер, що постачання зерна через порти відновлено. Перші судна вже вийшли з Одеси, повідомив міністр."
	bulgarianNews = "Правителството обяви в четвъртък, че доставките на газ ще бъдат възстановени. Първите танкери вече са пристигнали, съобщи министърът."
	englishNews   = "The president said on Tuesday that order had been restored. Troops will stay until the end of the month, his spokesman said."
	arabicNews    = "قال الرئيس يوم الثلاثاء إن النظام عاد إلى البلاد، وإن القوات ستبقى حتى نهاية الشهر."
)

// utf16NoBOM writes s in UTF-16 without a byte order mark, as some Windows
// programs save.
func utf16NoBOM(e xunicode.Endianness, s string) []byte {
	return mustEncode(xunicode.UTF16(e, xunicode.IgnoreBOM).NewEncoder(), s)
}

var guessTests = []struct {
	name     string
	raw      []byte
	wantText string // "" when an error is wanted
	wantEnc  string
	wantNote string // a substring of one note; "" for no notes at all
	wantErr  error
	errText  string // a substring of the error
}{
	// Cyrillic code pages, chosen by which reading gives words.
	{"windows-1251 russian", mustEncode(charmap.Windows1251.NewEncoder(), russianNews), russianNews, EncodingWindows1251,
		"read as Windows-1251 it is Russian text", nil, ""},
	{"koi8-r russian", mustEncode(charmap.KOI8R.NewEncoder(), russianNews), russianNews, EncodingKOI8R,
		"read as KOI8-R it is Russian text", nil, ""},
	{"koi8-r in lower case only, which windows-1256 reads as arabic letters",
		mustEncode(charmap.KOI8R.NewEncoder(), "министр заявил в среду, что цены на топливо будут снижены с начала месяца"),
		"министр заявил в среду, что цены на топливо будут снижены с начала месяца", EncodingKOI8R, "Russian text", nil, ""},
	{"ibm866 russian", mustEncode(charmap.CodePage866.NewEncoder(), russianNews), russianNews, EncodingIBM866,
		"read as IBM866 it is Russian text", nil, ""},
	{"windows-1251 ukrainian", mustEncode(charmap.Windows1251.NewEncoder(), ukrainianNews), ukrainianNews, EncodingWindows1251,
		"Ukrainian text", nil, ""},
	{"koi8-u ukrainian", mustEncode(charmap.KOI8U.NewEncoder(), ukrainianNews), ukrainianNews, EncodingKOI8U,
		"read as KOI8-U it is Ukrainian text", nil, ""},
	{"windows-1251 bulgarian", mustEncode(charmap.Windows1251.NewEncoder(), bulgarianNews), bulgarianNews, EncodingWindows1251,
		"Bulgarian text", nil, ""},
	{"windows-1251 with crlf", mustEncode(charmap.Windows1251.NewEncoder(), "Заголовок\r\n\r\n"+russianNews), "Заголовок\n\n" + russianNews, EncodingWindows1251,
		"decoded from windows-1251", nil, ""},
	// The code pages that came before keep their texts.
	{"windows-1256 arabic", mustEncode(charmap.Windows1256.NewEncoder(), arabicNews), arabicNews, EncodingWindows1256,
		"read as Windows-1256 it is Arabic-script text", nil, ""},
	{"latin-1", mustEncode(charmap.ISO8859_1.NewEncoder(), "Der Präsident sagte am Dienstag, die Ordnung sei wiederhergestellt."),
		"Der Präsident sagte am Dienstag, die Ordnung sei wiederhergestellt.", EncodingWindows1252, "Western European text", nil, ""},

	// UTF-16 without a byte order mark, told by its zero bytes.
	{"utf-16le english", utf16NoBOM(xunicode.LittleEndian, englishNews), englishNews, EncodingUTF16LE, "no byte order mark", nil, ""},
	{"utf-16be english", utf16NoBOM(xunicode.BigEndian, englishNews), englishNews, EncodingUTF16BE, "no byte order mark", nil, ""},
	{"utf-16le russian", utf16NoBOM(xunicode.LittleEndian, russianNews), russianNews, EncodingUTF16LE, "decoded from utf-16le", nil, ""},
	{"utf-16be arabic", utf16NoBOM(xunicode.BigEndian, arabicNews), arabicNews, EncodingUTF16BE, "decoded from utf-16be", nil, ""},
	{"utf-16le cut after an odd byte", append(utf16NoBOM(xunicode.LittleEndian, englishNews), 'x'), englishNews, EncodingUTF16LE,
		"odd last byte was dropped", nil, ""},
	{"utf-16 with its byte order mark says so", mustEncode(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), englishNews),
		englishNews, EncodingUTF16LE, "its byte order mark says so", nil, ""},

	// Stray NUL bytes are dropped with a note; many make a binary file.
	{"one NUL byte in utf-8", []byte("Eerste regel.\nDe president zei\x00 dinsdag dat de orde hersteld is."),
		"Eerste regel.\nDe president zei dinsdag dat de orde hersteld is.", EncodingUTF8, "1 NUL byte removed (the first on line 2)", nil, ""},
	{"NUL bytes at the end", append([]byte(englishNews), 0, 0), englishNews, EncodingUTF8, "2 NUL bytes removed", nil, ""},
	{"a NUL byte in windows-1251", append(mustEncode(charmap.Windows1251.NewEncoder(), russianNews), 0), russianNews, EncodingWindows1251,
		"1 NUL byte removed", nil, ""},
	{"plain utf-8 has no notes", []byte(englishNews), englishNews, EncodingUTF8, "", nil, ""},

	// Binary files are refused, saying what they look like.
	{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"), "", "", "", ErrBinaryFile, "PNG image"},
	{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00"), "", "", "", ErrBinaryFile, "ZIP archive"},
	{"many NUL bytes", []byte("abc\x00\x00\x00\x00def\x00\x00\x00\x00ghi\x00\x00\x00\x00"), "", "", "", ErrBinaryFile, "NUL bytes in"},
	{"control characters", []byte("\x01\x02\x03abc\x04\x05\x06def\x07\x08"), "", "", "", ErrBinaryFile, "control characters"},
	{"little-endian numbers are not utf-16", []byte{1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0}, "", "", "", ErrBinaryFile, ""},

	// Bytes no code page makes text of.
	{"high bytes at random", scatteredHighBytes(), "", "", "", ErrUndecodable, "no reading gives words"},
	{"koi8-r read as windows-1251 has capitals inside words", mustEncode(charmap.Windows1251.NewEncoder(), "пРЕЗИДЕНТ кАЗАХСТАНА ЗАЯВИЛ ВО ВТОРНИК"),
		"", "", "", ErrUndecodable, ""},
}

func TestDecodeGuesses(t *testing.T) {
	for _, tt := range guessTests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, notes, err := Text(tt.raw, false)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(errText(err), tt.errText) {
					t.Fatalf("error = %v, want %v containing %q", err, tt.wantErr, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("Text: %v", err)
			}
			if text != tt.wantText || enc != tt.wantEnc {
				t.Errorf("Text = %q as %s, want %q as %s", text, enc, tt.wantText, tt.wantEnc)
			}
			switch {
			case tt.wantNote == "" && len(notes) > 0:
				t.Errorf("notes %q, want none", notes)
			case tt.wantNote != "" && !slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, tt.wantNote) }):
				t.Errorf("notes %q, want one containing %q", notes, tt.wantNote)
			}
		})
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func FuzzDecodeText(f *testing.F) {
	for _, tt := range guessTests {
		f.Add(tt.raw)
	}
	for _, tt := range decodeTests {
		f.Add(tt.raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, enc, notes, err := Text(raw, false)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) || strings.ContainsRune(text, '\r') {
			t.Errorf("Text(%q) = %q: not clean UTF-8", raw, text)
		}
		if enc == "" {
			t.Errorf("Text(%q): no encoding named", raw)
		}
		if enc != EncodingUTF8 && !slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, "decoded from "+enc) }) {
			t.Errorf("Text(%q) as %s: notes %q do not say so", raw, enc, notes)
		}
	})
}
