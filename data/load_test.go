package data

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/caravan-analytics/caravan/data/decode"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// mustEncode writes s in a legacy or UTF-16 encoding, as other programs
// would have saved it.
func mustEncode(e interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	b, err := e.Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

var parseTests = []struct {
	name         string
	text         string
	wantHeader   string // Header.String()
	wantBody     string // how Body() starts
	wantWarning  string // a substring of one warning, or "" for no header warning
	wantLanguage string
}{
	{"month header, body on the same line", " date 2022-09 De Chinese leider is vrijdag in Samarkand aangekomen voor een top van de SSO.",
		"2022-09", "De Chinese leider", "", "nl"},
	{"day header", " date 2022-09-16 De Chinese leider is vrijdag in Samarkand aangekomen voor een top van de SSO.",
		"2022-09-16", "De Chinese leider", "", "nl"},
	{"header without leading space", "date 2022-01 Der Präsident hat am Dienstag in Astana gesprochen, sagte ein Sprecher.",
		"2022-01", "Der Präsident", "", "de"},
	{"header on its own line", " date 2023-05\n\nThe leaders met in Xi'an on Friday and agreed to work on trade and energy.",
		"2023-05", "The leaders", "", "en"},
	{"year header", "date 2019 The president left office after thirty years, and the capital was renamed.",
		"2019", "The president", "", "en"},
	{"month 13", " date 2022-13 De Kazachse regering heeft de noodtoestand in het hele land verlengd.",
		"", "De Kazachse", `header ignored: date "2022-13": month 13 out of range`, "nl"},
	{"30 February", " date 2022-02-30 De Kazachse regering heeft de noodtoestand in het hele land verlengd.",
		"", "De Kazachse", `header ignored: date "2022-02-30": day 30 out of range`, "nl"},
	{"not a date", "date 12-sept De Kazachse regering heeft de noodtoestand in het hele land verlengd.",
		"", "De Kazachse", `header ignored: date "12-sept"`, "nl"},
	{"no header", "وضع الرئيس الصيني شي جين بينغ يوم الجمعة خطة طموحة للتعاون مع دول آسيا الوسطى.",
		"", "وضع الرئيس", "", "ar"},
	{"a sentence starting with the word date", "Date palms grow in the south of the country, where the harvest has begun.",
		"", "Date palms", "", "en"},
}

func TestParseArticleHeader(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("dir/"+tt.name+".txt", []byte(tt.text))
			if err != nil {
				t.Fatalf("ParseArticle: %v", err)
			}
			if a.ID != tt.name || a.File != "dir/"+tt.name+".txt" {
				t.Errorf("ID, File = %q, %q", a.ID, a.File)
			}
			if got := a.Header.String(); got != tt.wantHeader {
				t.Errorf("Header = %q, want %q", got, tt.wantHeader)
			}
			if !strings.HasPrefix(a.Body(), tt.wantBody) {
				t.Errorf("Body() = %q, want it to start with %q", a.Body(), tt.wantBody)
			}
			if a.Language != tt.wantLanguage {
				t.Errorf("Language = %q, want %q", a.Language, tt.wantLanguage)
			}
			headerWarnings := slices.DeleteFunc(slices.Clone(a.Warnings), func(w string) bool { return !strings.HasPrefix(w, "header") })
			switch {
			case tt.wantWarning == "" && len(headerWarnings) > 0:
				t.Errorf("unexpected warnings %q", headerWarnings)
			case tt.wantWarning != "" && (len(headerWarnings) != 1 || !strings.Contains(headerWarnings[0], tt.wantWarning)):
				t.Errorf("warnings %q, want one containing %q", a.Warnings, tt.wantWarning)
			}
		})
	}
}

func TestParseArticleRefuses(t *testing.T) {
	for _, raw := range []string{" date 2022-09", "date 2022-09-16 \n\n  \n"} {
		if _, err := ParseArticle("x.txt", []byte(raw)); !errors.Is(err, errNoBody) {
			t.Errorf("ParseArticle(%q) error = %v, want %v", raw, err, errNoBody)
		}
	}
}

var paragraphTests = []struct {
	name        string
	text        string
	want        []string // the distinct paragraphs
	wantCounts  []int    // nil: all 1
	wantRepeats int
}{
	{"blank lines", "Eerste alinea.\n\nTweede alinea,\nover twee regels.\n\n\n  Derde.  \n",
		[]string{"Eerste alinea.", "Tweede alinea,\nover twee regels.", "Derde."}, nil, 0},
	{"one paragraph per line", "Xi reiste am Dienstag.\nDie SCO besteht aus acht Staaten.\nEr sprach mit Tokajew.",
		[]string{"Xi reiste am Dienstag.", "Die SCO besteht aus acht Staaten.", "Er sprach mit Tokajew."}, nil, 0},
	{"lines wrapped for width", "The president of Kazakhstan said on\nFriday that order had been restored in\nAlmaty after a week of protests.",
		[]string{"The president of Kazakhstan said on\nFriday that order had been restored in\nAlmaty after a week of protests."}, nil, 0},
	{"heading above lines", "Terrorismebestrijding\nXi sprak in Samarkand.\nHij bood hulp aan.",
		[]string{"Terrorismebestrijding", "Xi sprak in Samarkand.", "Hij bood hulp aan."}, nil, 0},
	{"arabic lines", "قال شي إن الصين مستعدة.\nوأضاف أن التعاون سيستمر؟\nشارك في التغطية ماكس سيدون",
		[]string{"قال شي إن الصين مستعدة.", "وأضاف أن التعاون سيستمر؟", "شارك في التغطية ماكس سيدون"}, nil, 0},
	{"whole text repeated", "Een.\nTwee.\nDrie.\nEen.\nTwee.\nDrie.",
		[]string{"Een.", "Twee.", "Drie."}, []int{2, 2, 2}, 3},
	{"repeat wrapped differently", "Xi  sprak in\nSamarkand.\n\nPoetin luisterde.\n\nXi sprak in Samarkand.\n\nXi sprak in Samarkand.",
		[]string{"Xi  sprak in\nSamarkand.", "Poetin luisterde."}, []int{3, 1}, 2},
	{"no-break space trimmed", "\u00a0Eerste.\u00a0\n\nTweede.", []string{"Eerste.", "Tweede."}, nil, 0},
}

func TestParagraphs(t *testing.T) {
	for _, tt := range paragraphTests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle("p.txt", []byte(tt.text))
			if err != nil {
				t.Fatalf("ParseArticle: %v", err)
			}
			checkParagraphSpans(t, a)
			var got []string
			var counts []int
			for _, p := range a.Paragraphs {
				got = append(got, p.Text)
				counts = append(counts, p.Count)
			}
			wantCounts := tt.wantCounts
			if wantCounts == nil {
				wantCounts = slices.Repeat([]int{1}, len(tt.want))
			}
			if !slices.Equal(got, tt.want) || !slices.Equal(counts, wantCounts) {
				t.Errorf("paragraphs %q counts %v, want %q counts %v", got, counts, tt.want, wantCounts)
			}
			if a.RepeatedParagraphs != tt.wantRepeats {
				t.Errorf("RepeatedParagraphs = %d, want %d", a.RepeatedParagraphs, tt.wantRepeats)
			}
			hasWarning := slices.ContainsFunc(a.Warnings, func(w string) bool { return strings.Contains(w, "repeated paragraph") })
			if hasWarning != (tt.wantRepeats > 0) {
				t.Errorf("warnings %q: repeat warning present = %v, want %v", a.Warnings, hasWarning, tt.wantRepeats > 0)
			}
		})
	}
}

// checkParagraphSpans asserts what every article promises about its
// paragraphs, whatever the input.
func checkParagraphSpans(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	if a.BodyStart < 0 || a.BodyStart > len(a.Text) {
		t.Fatalf("BodyStart %d outside the text (%d bytes)", a.BodyStart, len(a.Text))
	}
	end := a.BodyStart
	for i, p := range a.Paragraphs {
		switch {
		case p.Start < end || p.End <= p.Start || p.End > len(a.Text):
			t.Fatalf("paragraph %d span [%d,%d) out of order or range (previous end %d, text %d bytes)", i, p.Start, p.End, end, len(a.Text))
		case a.Text[p.Start:p.End] != p.Text:
			t.Errorf("paragraph %d: Text[%d:%d] = %q, Paragraph.Text = %q", i, p.Start, p.End, a.Text[p.Start:p.End], p.Text)
		case strings.TrimSpace(p.Text) != p.Text:
			t.Errorf("paragraph %d %q is not trimmed", i, p.Text)
		case p.Count < 1:
			t.Errorf("paragraph %d has Count %d", i, p.Count)
		}
		end = p.End
	}
}

func FuzzParseArticle(f *testing.F) {
	for _, tt := range parseTests {
		f.Add([]byte(tt.text))
	}
	for _, tt := range paragraphTests {
		f.Add([]byte(tt.text))
	}
	// Files in legacy code pages and UTF-16, written for the tests.
	for _, dir := range []string{"encodings", "broken"} {
		files, err := filepath.Glob(filepath.Join("testdata", dir, "*"))
		if err != nil || len(files) == 0 {
			f.Fatalf("no seeds in testdata/%s: %v", dir, err)
		}
		for _, name := range files {
			raw, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := ParseArticle("fuzz.txt", raw)
		if err != nil {
			if a != nil {
				t.Errorf("ParseArticle returned an article with error %v", err)
			}
			return
		}
		checkParagraphSpans(t, a)
		if !norm.NFC.IsNormalString(a.Text) || strings.Contains(a.Text, "\r") {
			t.Errorf("Text %+q is not NFC with \\n line ends", a.Text)
		}
		if len(a.Paragraphs) == 0 {
			t.Errorf("article without paragraphs")
		}
		repeats := 0
		for _, p := range a.Paragraphs {
			repeats += p.Count - 1
		}
		if repeats != a.RepeatedParagraphs {
			t.Errorf("RepeatedParagraphs = %d, counts say %d", a.RepeatedParagraphs, repeats)
		}
	})
}

// TestReadArticlesBroken reads a folder of good and bad files: every bad
// one is named with its reason and the good ones load.
func TestReadArticlesBroken(t *testing.T) {
	articles, problems, err := ReadArticles(context.Background(), os.DirFS(filepath.Join("testdata", "broken")), nil)
	if err != nil {
		t.Fatalf("ReadArticles: %v", err)
	}
	wantProblems := map[string]string{
		"empty.txt": "empty file",
		"photo.txt": "binary file, not text",
	}
	for _, p := range problems {
		want, ok := wantProblems[p.File]
		if !ok || !strings.Contains(p.Error, want) {
			t.Errorf("problem %s: %q, want one containing %q", p.File, p.Error, want)
		}
		delete(wantProblems, p.File)
	}
	for file := range wantProblems {
		t.Errorf("no problem reported for %s", file)
	}

	byID := map[string]*Article{}
	var ids []string
	for _, a := range articles {
		byID[a.ID] = a
		ids = append(ids, a.ID)
		checkParagraphSpans(t, a)
	}
	wantIDs := []string{"almaty", "bad-header", "novosti-1251", "samarkand", "tass-samarkand", "tokajew-latin1", "tokayev-1256"}
	if !slices.Equal(ids, wantIDs) {
		t.Fatalf("articles %q, want %q in path order", ids, wantIDs)
	}
	checks := []struct {
		id, encoding, word, language, warning string
	}{
		{"tokajew-latin1", decode.EncodingWindows1252, "Präsident", "de", "decoded from windows-1252"},
		{"tokayev-1256", decode.EncodingWindows1256, "الرئيس", "ar", "decoded from windows-1256"},
		{"novosti-1251", decode.EncodingWindows1251, "Президент", "ru", "decoded from windows-1251"},
		{"bad-header", decode.EncodingUTF8, "Kazachse", "nl", `"2022-13": month 13 out of range`},
		{"tass-samarkand", decode.EncodingUTF8, "Samarkand", "nl", "same text as samarkand"},
		{"almaty", decode.EncodingUTF8, "CSTO", "en", ""},
	}
	for _, c := range checks {
		a := byID[c.id]
		if a.Encoding != c.encoding || !strings.Contains(a.Text, c.word) || a.Language != c.language {
			t.Errorf("%s: encoding %s, language %q, text %q; want %s, %q, containing %q", c.id, a.Encoding, a.Language, a.Text, c.encoding, c.language, c.word)
		}
		if c.warning != "" && !slices.ContainsFunc(a.Warnings, func(w string) bool { return strings.Contains(w, c.warning) }) {
			t.Errorf("%s: warnings %q, want one containing %q", c.id, a.Warnings, c.warning)
		}
	}
	if got := byID["tass-samarkand"].DuplicateOf; got != "samarkand" {
		t.Errorf("samarkand-copy DuplicateOf = %q, want samarkand", got)
	}
	if got := byID["samarkand"].Header.String(); got != "2022-09-16" || byID["samarkand"].DuplicateOf != "" {
		t.Errorf("samarkand: Header %q, DuplicateOf %q", got, byID["samarkand"].DuplicateOf)
	}
}

// TestReadArticlesUnreadable checks that a file the OS will not open is a
// problem that names the OS's reason, not a failure of the whole load.
func TestReadArticlesUnreadable(t *testing.T) {
	dir := t.TempDir()
	good := "De Chinese leider is vrijdag in Samarkand aangekomen voor een top van de SSO."
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(locked, []byte(good+" Xi sprak."), 0o000); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(locked); err == nil {
		f.Close()
		t.Skip("running with rights that read a file with mode 000 (root?)")
	}
	articles, problems, err := ReadArticles(context.Background(), os.DirFS(dir), nil)
	if err != nil {
		t.Fatalf("ReadArticles: %v", err)
	}
	if len(articles) != 1 || articles[0].ID != "good" {
		t.Errorf("articles %v, want only good", articles)
	}
	if len(problems) != 1 || problems[0].File != "locked.txt" || !strings.Contains(problems[0].Error, "permission denied") {
		t.Errorf("problems %+v, want locked.txt: permission denied", problems)
	}
}

// refusingFS is a folder in which some names cannot be opened, as when the
// OS denies permission, which it does not do for root; it tests what
// TestReadArticlesUnreadable may have to skip. It has only Open, so that
// every read goes through it.
type refusingFS struct {
	files  fstest.MapFS
	refuse map[string]bool
}

func (f refusingFS) Open(name string) (fs.File, error) {
	if f.refuse[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.files.Open(name)
}

func TestReadArticlesRefused(t *testing.T) {
	text := &fstest.MapFile{Data: []byte("De Chinese leider is vrijdag in Samarkand aangekomen voor een top van de SSO.")}
	fsys := refusingFS{
		files:  fstest.MapFS{"good.txt": text, "locked.txt": text, "private/secret.txt": text},
		refuse: map[string]bool{"locked.txt": true, "private": true},
	}
	articles, problems, err := ReadArticles(context.Background(), fsys, nil)
	if err != nil {
		t.Fatalf("ReadArticles: %v", err)
	}
	if len(articles) != 1 || articles[0].ID != "good" {
		t.Errorf("articles %v, want only good", articles)
	}
	want := []Problem{
		// The problem names the file; the reason does not name it again.
		{File: "locked.txt", Error: "cannot read the file: permission denied"},
		{File: "private", Error: "cannot read: permission denied"},
	}
	if !slices.Equal(problems, want) {
		t.Errorf("problems\n%q\nwant\n%q", problems, want)
	}

	fsys.refuse = map[string]bool{".": true}
	if _, _, err := ReadArticles(context.Background(), fsys, nil); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("ReadArticles on a root it cannot open: error %v, want fs.ErrPermission", err)
	}
}

func TestReadArticlesRootMissing(t *testing.T) {
	_, _, err := ReadArticles(context.Background(), os.DirFS(filepath.Join(t.TempDir(), "absent")), nil)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadArticles on a missing folder: error %v, want fs.ErrNotExist", err)
	}
}

// TestReadArticlesWalk checks which files are taken, their order and IDs.
func TestReadArticlesWalk(t *testing.T) {
	text := func(s string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(s + " is in Samarkand aangekomen voor de top.")}
	}
	fsys := fstest.MapFS{
		"b.txt":              text("Xi"),
		"a-b.txt":            text("Poetin"),
		"a/x.TXT":            text("Modi"),
		"a/notes.MD":         text("Erdogan"),
		"a/b.txt":            text("Raisi"),
		"a/b.md":             text("Lukasjenko"),
		"report.pdf":         text("not an article"),
		"readme":             text("not an article"),
		".git/config.txt":    text("hidden folder"),
		"a/.hidden/y.txt":    text("hidden folder"),
		"a/._x.txt":          {Data: []byte{0, 5, 22, 7, 0, 2}},
		"deep/er/still/z.md": text("Tokajev"),
	}
	var calls [][2]int
	articles, problems, err := ReadArticles(context.Background(), fsys, func(done, total int) { calls = append(calls, [2]int{done, total}) })
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadArticles: %v, problems %v", err, problems)
	}
	var got []string
	for _, a := range articles {
		got = append(got, a.File+"="+a.ID)
	}
	want := []string{"a-b.txt=a-b", "a/b.md=a/b", "a/b.txt=a/b~2", "a/notes.MD=notes", "a/x.TXT=x", "b.txt=b", "deep/er/still/z.md=z"}
	if !slices.Equal(got, want) {
		t.Errorf("articles\n%q\nwant\n%q", got, want)
	}
	if len(calls) != len(want)+1 || calls[0] != [2]int{0, len(want)} || calls[len(calls)-1] != [2]int{len(want), len(want)} {
		t.Errorf("progress calls %v", calls)
	}
}

func TestReadArticlesCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := ReadArticles(ctx, synthetic.GenerateFS(20, 1), nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("ReadArticles with a cancelled context: error %v, want context.Canceled", err)
	}
}

// TestReadArticlesSeeds reads the shipped corpus.
func TestReadArticlesSeeds(t *testing.T) {
	seeds := os.DirFS(filepath.Join("..", "seeds"))
	articles, problems, err := ReadArticles(context.Background(), seeds, nil)
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadArticles: %v, problems %v", err, problems)
	}
	want := []struct {
		header, language string
		paragraphs       int
		repeated         int
	}{
		// 001 is its own text twice over, bar the first line: 21 lines, 11
		// distinct, 10 of them repeated once.
		{"2022-09", "nl", 13, 0},
		{"", "de", 11, 10},
		{"2022-01", "nl", 14, 0},
		{"", "ar", 22, 0},
		{"", "ar", 20, 0},
	}
	if len(articles) != len(want) {
		t.Fatalf("%d articles, want %d", len(articles), len(want))
	}
	for i, a := range articles {
		w := want[i]
		if a.Header.String() != w.header || a.Language != w.language || len(a.Paragraphs) != w.paragraphs || a.RepeatedParagraphs != w.repeated {
			t.Errorf("%s: header %q language %q paragraphs %d repeated %d; want %q %q %d %d",
				a.ID, a.Header, a.Language, len(a.Paragraphs), a.RepeatedParagraphs, w.header, w.language, w.paragraphs, w.repeated)
		}
		raw, _ := fs.ReadFile(seeds, a.File)
		if a.Text != string(raw) || a.Encoding != decode.EncodingUTF8 || a.DuplicateOf != "" {
			t.Errorf("%s: the text must be the file byte for byte (encoding %s, duplicate of %q)", a.ID, a.Encoding, a.DuplicateOf)
		}
		checkParagraphSpans(t, a)
	}
}

// TestIsSpace checks the quick white-space test against the unicode package.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v, unicode.IsSpace says %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}

// TestSpaceAt checks the byte-wise white-space test on every character,
// alone and inside a word.
func TestSpaceAt(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "a" + string(r) + "b"
		want := 0
		if unicode.IsSpace(r) {
			want = utf8.RuneLen(r)
		}
		if got := spaceAt(s, 1); got != want {
			t.Errorf("spaceAt(%U) = %d, want %d", r, got, want)
		}
		for i := 2; i < len(s)-1; i++ { // continuation bytes
			if spaceAt(s, i) != 0 {
				t.Errorf("spaceAt sees white space inside %U", r)
			}
		}
	}
}
