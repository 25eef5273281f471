package store

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/search"
)

// sameArticle reports the exported fields in which got differs from want.
func sameArticle(got, want *data.Article) []string {
	var differ []string
	g, w := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := range g.NumField() {
		if f := g.Type().Field(i); f.IsExported() && !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
			differ = append(differ, f.Name)
		}
	}
	return differ
}

// TestWarmReopenReadsNoArticle reopens an unchanged folder: nothing is
// opened, dated, linked or discovered again, the articles come without
// their text, the reports are those of a fresh read, and each article's
// text read on demand is the one a fresh read gives.
func TestWarmReopenReadsNoArticle(t *testing.T) {
	const n = 80
	f := newCacheFixture(t, n)
	fresh := f.load(false)
	want := f.last
	f.expect("cold", f.load(true), fresh, n, f.lastAnalysed)
	if !f.lastDiscovery {
		t.Errorf("cold: events not discovered")
	}
	f.expect("warm", f.load(true), fresh, 0, 0)
	f.expectNoWarning("warm")
	if f.lastDiscovery {
		t.Errorf("warm: events discovered again")
	}
	got := f.last
	if len(got.Articles) != len(want.Articles) {
		t.Fatalf("%d articles, want %d", len(got.Articles), len(want.Articles))
	}
	for i, a := range got.Articles {
		// Mentions stay only where discovery placed some from the corpus.
		if !a.TextDeferred() || a.Text != "" || (a.Mentions != nil && !want.Articles[i].MentionsPlacedByCorpus()) {
			t.Fatalf("%s came with its text", a.File)
		}
	}
	// Excerpts point at the corpus's own articles.
	for _, e := range got.Events {
		for _, x := range e.Excerpts {
			if x.ArticleRef == nil || x.ArticleRef != got.Article(x.Article) {
				t.Fatalf("event %s: an excerpt of %s points elsewhere", e.ID, x.Article)
			}
		}
	}
	// What a search index reads first: the texts, not the mentions.
	if err := data.LoadParagraphTexts(got.Articles[:n/2], nil); err != nil {
		t.Fatal(err)
	}
	for i, a := range got.Articles[:n/2] {
		if a.Text != want.Articles[i].Text || len(a.Paragraphs) > 0 && a.Paragraphs[0].Text != want.Articles[i].Paragraphs[0].Text {
			t.Fatalf("%s: paragraph text read on demand differs from a fresh read", a.File)
		}
		if a.Mentions != nil && !want.Articles[i].MentionsPlacedByCorpus() {
			t.Fatalf("%s: mentions read with the paragraph text", a.File)
		}
	}
	if err := data.LoadTexts(got.Articles, nil); err != nil {
		t.Fatal(err)
	}
	texts := 0
	for i, a := range got.Articles {
		if differ := sameArticle(a, want.Articles[i]); len(differ) > 0 {
			t.Errorf("%s read on demand differs from a fresh read in %q", a.File, differ)
		}
		if a.Text != "" && len(a.Paragraphs) > 0 && a.Paragraphs[0].Text != "" {
			texts++
		}
	}
	if texts != len(got.Articles) {
		t.Errorf("%d of %d articles got their text", texts, len(got.Articles))
	}
}

// TestWarmReopenSeesChanges changes, adds and removes files: each time the
// whole corpus kept is not used, only what changed is read, events are
// discovered again, and the next reopening is warm again. An article of a
// corpus loaded before the change can no longer read its old text.
func TestWarmReopenSeesChanges(t *testing.T) {
	const n = 40
	f := newCacheFixture(t, n)
	f.load(true)
	f.load(true)
	before := f.last
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	changed := names[5]
	if err := os.WriteFile(changed, []byte(" date 2022-09-16 Xi Jinping en Vladimir Poetin hebben elkaar vrijdag in Samarkand ontmoet.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.age(filepath.Base(changed), 50*time.Minute)
	fresh := f.load(false)
	f.expect("one file changed", f.load(true), fresh, 1, 1)
	if !f.lastDiscovery {
		t.Errorf("one file changed: events not discovered again")
	}
	f.expect("warm after the change", f.load(true), fresh, 0, 0)
	if f.lastDiscovery {
		t.Errorf("warm after the change: events discovered again")
	}

	stale := before.Article(before.Articles[5].ID)
	if stale.File != filepath.Base(changed) {
		t.Fatalf("article 5 is %s, not %s", stale.File, filepath.Base(changed))
	}
	if err := stale.LoadText(); !errors.Is(err, data.ErrTextChanged) {
		t.Errorf("the text of a changed file, for a corpus loaded before: %v, want ErrTextChanged", err)
	}
	if err := before.Articles[6].LoadText(); err != nil || before.Articles[6].Text == "" {
		t.Errorf("an unchanged article of the older corpus: %v", err)
	}
	// Read all at once (one pass over the cache), the same.
	if err := data.LoadTexts(before.Articles, nil); !errors.Is(err, data.ErrTextChanged) {
		t.Errorf("the texts of the older corpus: %v, want ErrTextChanged", err)
	}
	for i, a := range before.Articles {
		if (a.Text == "") != (i == 5) {
			t.Errorf("older corpus, article %d %s: text read %v", i, a.File, a.Text != "")
		}
	}

	if err := os.Remove(names[9]); err != nil {
		t.Fatal(err)
	}
	fresh = f.load(false)
	f.expect("one file removed", f.load(true), fresh, 0, 0)
	if !f.lastDiscovery {
		t.Errorf("one file removed: events not discovered again")
	}
	if err := os.WriteFile(filepath.Join(f.dir, "new.md"), []byte("# Top in Astana\n\nDe Kazachse president heeft dinsdag in Astana een nieuwe regering benoemd.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.age("new.md", 30*time.Minute)
	fresh = f.load(false)
	f.expect("one file added", f.load(true), fresh, 1, 1)
	f.expect("warm after adding", f.load(true), fresh, 0, 0)
}

// TestWarmReopenRecentChangeNotKept: a file changed in the last moments
// may change again within the same tick of the clock, keeping its stamp,
// so no whole corpus is kept for that listing. (A time in the future is
// as recent as can be, and does not depend on how long the test takes.)
func TestWarmReopenRecentChangeNotKept(t *testing.T) {
	f := newCacheFixture(t, 12)
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	f.age(filepath.Base(names[2]), -time.Hour)
	fresh := f.load(false)
	f.load(true)
	f.expect("after a recent change", f.load(true), fresh, 1, 0)
	if !f.lastDiscovery {
		t.Errorf("a corpus was kept for a folder with a file changed a moment ago")
	}
}

// TestWarmReopenDamagedDiscarded damages the corpus kept whole: it is
// discarded with a warning, the folder is read file by file, and the
// corpus kept again.
func TestWarmReopenDamagedDiscarded(t *testing.T) {
	f := newCacheFixture(t, 20)
	fresh := f.load(false)
	f.load(true)
	db, err := sql.Open("sqlite", f.cachePath())
	if err != nil {
		t.Fatal(err)
	}
	// One byte of the articles' part changes; its checksum does not.
	if _, err := db.Exec(`UPDATE computed SET value = CAST(substr(value, 1, 30) || 'X' || substr(value, 32) AS BLOB) WHERE part = 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	f.expect("a damaged corpus", f.load(true), fresh, 0, 0)
	f.expectWarning("a damaged corpus", "whole corpus discarded")
	if !f.lastDiscovery {
		t.Errorf("a damaged corpus: events not discovered again")
	}
	f.expect("after it", f.load(true), fresh, 0, 0)
	f.expectNoWarning("after it")
	if f.lastDiscovery {
		t.Errorf("after it: events discovered again")
	}
}

// TestWarmSearchKeepsNoText builds the search index of a reopened corpus
// whose texts do not fit search.TextBudget (what the window does in the
// background): no article keeps its text, and every search finds the
// passages, spans and texts that the index of a fresh read finds. Then
// the same within the budget, where the texts are kept.
func TestWarmSearchKeepsNoText(t *testing.T) {
	const n = 60
	f := newCacheFixture(t, n)
	f.load(false)
	fresh := f.last
	f.load(true)
	f.load(true)
	warm := f.last
	if f.lastDiscovery {
		t.Fatal("the corpus was not reopened from the cache")
	}
	budget := search.TextBudget
	search.TextBudget = 0 // as for a corpus whose texts do not fit
	defer func() { search.TextBudget = budget }()
	freshIndex, warmIndex := search.NewIndex(fresh), search.NewIndex(warm)
	found := 0
	for _, q := range []string{"Samarkand", "Xi", "Tokayev", `"Xi Jinping"`, "top", "Астана"} {
		want, got := freshIndex.Search(q), warmIndex.Search(q)
		found += len(got.Passages)
		if len(got.Passages) != len(want.Passages) || len(got.Events) != len(want.Events) {
			t.Errorf("%s: %d passages, %d events; a fresh read finds %d and %d", q, len(got.Passages), len(got.Events), len(want.Passages), len(want.Events))
			continue
		}
		for i, p := range got.Passages {
			w := want.Passages[i]
			if p.Article.ID != w.Article.ID || p.Paragraph != w.Paragraph || p.Text != w.Article.Paragraphs[w.Paragraph].Text ||
				!reflect.DeepEqual(p.Matches, w.Matches) {
				t.Errorf("%s: hit %d is %s ¶%d %q %v; a fresh read gives %s ¶%d %v", q, i, p.Article.ID, p.Paragraph, p.Text, p.Matches, w.Article.ID, w.Paragraph, w.Matches)
				break
			}
		}
	}
	if found == 0 {
		t.Fatal("no search found anything: the comparison says nothing")
	}
	for _, a := range warm.Articles {
		if a.Text != "" || len(a.Paragraphs) > 0 && a.Paragraphs[0].Text != "" {
			t.Fatalf("%s kept its text after indexing and searching", a.File)
		}
	}

	search.TextBudget = budget
	within := search.NewIndex(warm)
	for _, q := range []string{"Samarkand", `"Xi Jinping"`} {
		want, got := freshIndex.Search(q), within.Search(q)
		if !reflect.DeepEqual(hitKeys(got), hitKeys(want)) {
			t.Errorf("%s, texts kept: the hits differ from a fresh read's", q)
		}
	}
	for _, a := range warm.Articles {
		if a.DuplicateOf == "" && a.Text == "" {
			t.Fatalf("%s: text not kept within the budget", a.File)
		}
	}
}

// hitKeys is what a search found, without pointers.
func hitKeys(r search.Result) []string {
	var out []string
	for _, p := range r.Passages {
		out = append(out, fmt.Sprintf("%s ¶%d %q %v", p.Article.ID, p.Paragraph, p.Text, p.Matches))
	}
	for _, e := range r.Events {
		out = append(out, e.ID)
	}
	return out
}
