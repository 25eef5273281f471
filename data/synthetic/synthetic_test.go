package synthetic

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

func TestGenerateIsDeterministic(t *testing.T) {
	first, again, other := GenerateFS(40, 7), GenerateFS(40, 7), GenerateFS(40, 8)
	if !reflect.DeepEqual(first, again) {
		t.Errorf("GenerateFS gave different corpora for the same seed")
	}
	if reflect.DeepEqual(first, other) {
		t.Errorf("GenerateFS gave the same corpus for different seeds")
	}

	dir := t.TempDir()
	if err := GenerateCorpus(dir, 40, 7, false); err != nil {
		t.Fatalf("GenerateCorpus: %v", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 40 {
		t.Fatalf("GenerateCorpus wrote %d files (%v), want 40", len(entries), err)
	}
	for _, e := range entries {
		onDisk, _ := os.ReadFile(dir + "/" + e.Name())
		inMemory, err := fs.ReadFile(first, e.Name())
		if err != nil || !bytes.Equal(onDisk, inMemory) {
			t.Errorf("%s: GenerateCorpus and GenerateFS differ (%v)", e.Name(), err)
		}
	}
}

// TestGeneratedCorpus reads a synthetic corpus and checks that it has what
// it is for: every language detected as written, headers of all kinds,
// undated articles, repeats, duplicates, and the seeds' names and dates.
func TestGeneratedCorpus(t *testing.T) {
	const n, seed = 400, 1
	articles, problems, err := data.ReadArticles(context.Background(), GenerateFS(n, seed), nil)
	if err != nil || len(problems) > 0 || len(articles) != n {
		t.Fatalf("ReadArticles: %d articles, %v, problems %v", len(articles), err, problems)
	}
	var (
		languages                            = map[string]int{}
		dayHeaders, monthHeaders, badHeaders int
		undated, repeats, duplicates         int
		wrongLanguage                        int
	)
	for i, a := range articles {
		written := generateArticle(seed, i)
		if a.File != written.name {
			t.Fatalf("article %d is %s, want %s", i, a.File, written.name)
		}
		languages[written.language]++
		if a.Language != written.language {
			wrongLanguage++
			t.Errorf("%s: detected %q, written in %q", a.ID, a.Language, written.language)
		}
		switch {
		case a.Header.Precision == data.Day:
			dayHeaders++
		case a.Header.Precision == data.Month:
			monthHeaders++
		case strings.Contains(strings.Join(a.Warnings, "\n"), "header ignored"):
			badHeaders++
		default:
			undated++
		}
		if a.RepeatedParagraphs > 0 {
			repeats++
		}
		if a.DuplicateOf != "" {
			duplicates++
		}
		size := 0
		for _, p := range a.Paragraphs {
			size += len(p.Text)
		}
		if size < synthMinBytes || size > synthMaxBytes+1000 {
			t.Errorf("%s: %d bytes of distinct paragraphs, want about %d–%d", a.ID, size, synthMinBytes, synthMaxBytes)
		}
		datatest.CheckParagraphSpans(t, a)
	}
	t.Logf("languages %v; headers: %d day, %d month, %d impossible, %d none; %d with repeats, %d duplicates; %d languages misdetected",
		languages, dayHeaders, monthHeaders, badHeaders, undated, repeats, duplicates, wrongLanguage)
	for _, code := range []string{"nl", "de", "ar", "en", "fr", "ru"} {
		if languages[code] == 0 {
			t.Errorf("no article in %s", code)
		}
	}
	for what, count := range map[string]int{"day headers": dayHeaders, "month headers": monthHeaders,
		"impossible headers": badHeaders, "undated": undated, "repeats": repeats, "duplicates": duplicates} {
		if count == 0 {
			t.Errorf("no article with %s", what)
		}
	}

	var all strings.Builder
	for _, a := range articles {
		all.WriteString(a.Text)
	}
	for _, want := range []string{"Tokajev", "Kazachstan", "Samarkand", "SSO", "SCO", "شي جين بينغ", "نور سلطان",
		"15 إلى 16 سبتمبر", "2 tot 11 januari", "am Dienstag", "vrijdag", "يوم الجمعة"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the corpus never says %q", want)
		}
	}
}

// TestGenerateRefusesFolders checks that generate never mixes invented
// articles into a folder that holds something, unless forced, and never
// writes through a link.
func TestGenerateRefusesFolders(t *testing.T) {
	dir := t.TempDir()
	mine := dir + "/mine.txt"
	if err := os.WriteFile(mine, []byte("my own notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := GenerateCorpus(dir, 3, 1, false); !errors.Is(err, ErrFolderNotEmpty) {
		t.Errorf("GenerateCorpus into a folder with a file: %v, want ErrFolderNotEmpty", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the refused folder now holds %d entries", len(entries))
	}

	linked := t.TempDir()
	if err := os.Symlink(linked, dir+"/out"); err != nil {
		t.Fatal(err)
	}
	if err := GenerateCorpus(dir+"/out", 3, 1, true); err == nil {
		t.Errorf("GenerateCorpus into a link to a folder: no error")
	}

	// Forced, into a folder where an article's name is a link to a file
	// outside: the link is replaced, the file it pointed to untouched.
	out := t.TempDir()
	name := firstGeneratedName(t)
	victim := t.TempDir() + "/victim.txt"
	if err := os.WriteFile(victim, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, out+"/"+name); err != nil {
		t.Fatal(err)
	}
	if err := GenerateCorpus(out, 3, 1, true); err != nil {
		t.Fatalf("GenerateCorpus --force: %v", err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep me" {
		t.Errorf("the file behind the link was written: %q", b)
	}
	if info, err := os.Lstat(out + "/" + name); err != nil || !info.Mode().IsRegular() {
		t.Errorf("%s after generate: %v, %v; want a regular file", name, info, err)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func firstGeneratedName(t *testing.T) string {
	t.Helper()
	names, err := fs.Glob(GenerateFS(1, 1), "*.txt")
	if err != nil || len(names) != 1 {
		t.Fatal(names, err)
	}
	return names[0]
}
