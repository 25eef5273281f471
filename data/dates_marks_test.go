package data

import (
	"strings"
	"testing"
)

// markSamples hold every sentence and clause mark, next to letters that
// share their bytes (Arabic letters that start with D8, CJK characters
// that start with E3 or EF, Cyrillic and Arabic letters that end in 81,
// 82 or 9F) and bytes that are not UTF-8.
var markSamples = []string{
	"",
	"Der Gipfel, am 4. Mai; danach: nichts!",
	"会议于5月4日举行。他说：好！真的？",
	"قال الوزير، يوم الأحد، إن القمة ستعقد؟ نعم.",
	"Встреча состоится 3 сентября; потом: отчёт.",
	"ستعقد فقط ثم ق ف س ك ت",
	"\xd8\x9f\xd8\xd8\x9f\xe3\x80\xd8\x9f\xef\xbc\xef\xbc\x81\x82\x81\x9f",
	"\xe3\x80\x82\xe3\x80\xe3\x80\x82\xf0\x9f\x98\x80\xd8\x8c\x8c,",
}

func checkMarks(t *testing.T, s string) {
	t.Helper()
	if got, want := indexSentenceMark(s), strings.IndexAny(s, sentenceMarks); got != want {
		t.Errorf("indexSentenceMark(%q) = %d, want %d", s, got, want)
	}
	if got, want := lastIndexSentenceMark(s), strings.LastIndexAny(s, sentenceMarks); got != want {
		t.Errorf("lastIndexSentenceMark(%q) = %d, want %d", s, got, want)
	}
	if got, want := indexClauseMark(s), strings.IndexAny(s, clauseMarks); got != want {
		t.Errorf("indexClauseMark(%q) = %d, want %d", s, got, want)
	}
	if got, want := lastIndexClauseMark(s), strings.LastIndexAny(s, clauseMarks); got != want {
		t.Errorf("lastIndexClauseMark(%q) = %d, want %d", s, got, want)
	}
}

// The byte searches for sentence and clause marks answer as
// strings.IndexAny and LastIndexAny do, on every prefix and suffix of the
// samples.
func TestMarkSearchesAgree(t *testing.T) {
	for _, s := range markSamples {
		for i := 0; i <= len(s); i++ {
			checkMarks(t, s[:i])
			checkMarks(t, s[i:])
		}
	}
	for _, m := range sentenceMarks + clauseMarks {
		checkMarks(t, "ab"+string(m)+"cd")
	}
}

func FuzzMarkSearches(f *testing.F) {
	for _, s := range markSamples {
		f.Add(s)
	}
	f.Fuzz(checkMarks)
}
