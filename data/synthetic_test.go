package data

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
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
	if err := GenerateCorpus(dir, 40, 7); err != nil {
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
	articles, problems, err := ReadArticles(context.Background(), GenerateFS(n, seed), nil)
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
		case a.Header.Precision == Day:
			dayHeaders++
		case a.Header.Precision == Month:
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
		checkParagraphSpans(t, a)
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
