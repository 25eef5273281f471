package data

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/caravan-analytics/caravan/data/decode"
)

// russianNews is a text written for these tests in a language a Cyrillic
// code page carries (the tests of data/decode have it too).
const russianNews = "Президент Казахстана заявил во вторник, что порядок в стране восстановлен. Российские военные останутся до конца месяца, сообщил его пресс-секретарь."

// TestParseArticleDecodingWarnings checks that what decoding guessed
// reaches the article's warnings, with its encoding and language.
func TestParseArticleDecodingWarnings(t *testing.T) {
	raw := append(mustEncode(charmap.KOI8R.NewEncoder(), russianNews), 0)
	a, err := ParseArticle("news/koi8.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if a.Encoding != decode.EncodingKOI8R || a.Language != "ru" || a.Body() != russianNews {
		t.Errorf("encoding %s, language %q, body %q", a.Encoding, a.Language, a.Body())
	}
	want := []string{"decoded from koi8-r (guessed", "1 NUL byte removed"}
	for _, w := range want {
		if !slices.ContainsFunc(a.Warnings, func(s string) bool { return strings.Contains(s, w) }) {
			t.Errorf("warnings %q, want one containing %q", a.Warnings, w)
		}
	}
}

// TestReadArticlesEncodings reads testdata/encodings, files written for
// this test in the encodings other programs save (KOI8-R, IBM866, KOI8-U,
// Windows-1251, UTF-16 without a byte order mark, UTF-8 with a stray NUL
// byte) and a ZIP archive named .txt: every text loads in its language
// with a warning that says what was guessed; the archive is refused as one.
func TestReadArticlesEncodings(t *testing.T) {
	articles, problems, err := ReadArticles(context.Background(), os.DirFS(filepath.Join("testdata", "encodings")), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id, encoding, language, warning, word string
	}{
		{"ar-utf16be-nobom", decode.EncodingUTF16BE, "ar", "no byte order mark", "الوزير"},
		{"en-utf16le-nobom", decode.EncodingUTF16LE, "en", "no byte order mark", "minister"},
		{"nl-stray-nul", decode.EncodingUTF8, "nl", "1 NUL byte removed (the first on line 3)", "Volgens de minister"},
		{"ru-cp866", decode.EncodingIBM866, "ru", "read as IBM866 it is Russian text", "министра"},
		{"ru-koi8r", decode.EncodingKOI8R, "ru", "read as KOI8-R it is Russian text", "министра"},
		{"ru-utf16le-nobom", decode.EncodingUTF16LE, "ru", "no byte order mark", "министра"},
		{"ru-windows1251", decode.EncodingWindows1251, "ru", "read as Windows-1251 it is Russian text", "министра"},
		{"uk-koi8u", decode.EncodingKOI8U, "uk", "read as KOI8-U it is Ukrainian text", "міністра"},
	}
	if len(articles) != len(want) {
		t.Errorf("%d articles, want %d", len(articles), len(want))
	}
	for i, a := range articles {
		if i >= len(want) {
			break
		}
		w := want[i]
		if a.ID != w.id || a.Encoding != w.encoding || a.Language != w.language || !strings.Contains(a.Text, w.word) {
			t.Errorf("article %d: %s as %s in %q; want %s as %s in %q containing %q", i, a.ID, a.Encoding, a.Language, w.id, w.encoding, w.language, w.word)
		}
		if !slices.ContainsFunc(a.Warnings, func(s string) bool { return strings.Contains(s, w.warning) }) {
			t.Errorf("%s: warnings %q, want one containing %q", a.ID, a.Warnings, w.warning)
		}
		if len(a.Paragraphs) != 2 {
			t.Errorf("%s: %d paragraphs, want 2", a.ID, len(a.Paragraphs))
		}
	}
	if len(problems) != 1 || problems[0].File != "archive.txt" || !strings.Contains(problems[0].Error, "looks like a ZIP archive") {
		t.Errorf("problems %+v, want archive.txt refused as a ZIP archive", problems)
	}
}
