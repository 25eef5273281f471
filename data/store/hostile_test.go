package store

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// TestHostileContent covers files that are regular but hostile in what
// they hold: a huge paragraph that was quadratic to link, implausible
// headers, front matter.
func TestHostileContent(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), goodArticle)
	// A paragraph of about 2 MB: sentences without a blank line between.
	var b strings.Builder
	for b.Len() < 2<<20 {
		b.WriteString("Op dinsdag 11 januari 2022 sprak president Tokajev in Astana over de onrust in Kazachstan en de CSTO-troepen. ")
	}
	write(t, filepath.Join(dir, "digest.txt"), b.String())
	write(t, filepath.Join(dir, "far.txt"), " date 9999-12-31 De president van Kazachstan sprak in Almaty over de onrust van de afgelopen week.\n")
	write(t, filepath.Join(dir, "zero.txt"), " date 0000-01-01 De president van Kazachstan sprak in Astana over de toekomst van het land.\n")
	write(t, filepath.Join(dir, "one.txt"), " date 0001 De president van Kazachstan sprak in Astana over het nieuwe kabinet en de hervormingen.\n")
	write(t, filepath.Join(dir, "note.md"), "---\ntitle: Kabinet benoemd\ndate: 2022-01-11\n---\n\nDe president van Kazachstan heeft een nieuw kabinet benoemd, meldde het persbureau.\n")

	folder, err := NewFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := loadWithin(t, folder, 2*time.Minute)
	if len(c.Problems) > 0 {
		t.Errorf("problems %q, want none", c.Problems)
	}
	byID := map[string]int{}
	for i, a := range c.Articles {
		byID[a.ID] = i
	}
	for _, id := range []string{"far", "zero", "one"} {
		a := c.Articles[byID[id]]
		if !a.Header.IsZero() || !slices.ContainsFunc(a.Warnings, func(w string) bool { return strings.Contains(w, "not plausible") }) {
			t.Errorf("%s: header %v, warnings %q; want the header refused as implausible", id, a.Header, a.Warnings)
		}
		if a.Date.Year > 3000 || a.Date.Year > 0 && a.Date.Year < 1900 {
			t.Errorf("%s dated %v", id, a.Date)
		}
	}
	note := c.Articles[byID["note"]]
	if note.Title != "Kabinet benoemd" || note.Header.String() != "2022-01-11" || len(note.Paragraphs) != 1 {
		t.Errorf("note.md: title %q, header %v, %d paragraphs; want the front matter as metadata", note.Title, note.Header, len(note.Paragraphs))
	}
	if d := c.Articles[byID["digest"]]; len(d.Paragraphs) != 1 || len(d.Mentions) == 0 {
		t.Errorf("the big paragraph: %d paragraphs, %d date mentions; want one, with its dates", len(d.Paragraphs), len(d.Mentions))
	}
}

func TestNewFolderMissing(t *testing.T) {
	if _, err := NewFolder(filepath.Join(t.TempDir(), "absent")); err == nil || !strings.Contains(err.Error(), "absent") {
		t.Errorf("NewFolder of a missing folder: %v, want an error naming it", err)
	}
	_ = os.ErrNotExist
}
