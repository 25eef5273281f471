package store

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/search"
)

// searchAnswers searches c's index for a few words and phrases of the
// generated corpus and gives what it found, without pointers.
func searchAnswers(t *testing.T, ix *search.Index) []string {
	t.Helper()
	var out []string
	for _, q := range []string{"Samarkand", "Xi", "Tokayev", `"Xi Jinping"`, "top", "Астана", "summit*"} {
		out = append(out, hitKeys(ix.Search(q))...)
	}
	if len(out) == 0 {
		t.Fatal("no search found anything: the comparison says nothing")
	}
	return out
}

// TestCacheKeepsSearchIndex keeps the search index of a corpus loaded
// through the cache, and reads it back when the unchanged folder is
// reopened: its answers are those of an index built afresh. A reopening
// after a file changed keeps a new corpus, which does not use the old
// index (and an index built for the old corpus is not kept for it); a
// damaged row is not used either.
func TestCacheKeepsSearchIndex(t *testing.T) {
	f := newCacheFixture(t, 60)
	defer func(size int) { searchRowSize = size }(searchRowSize)
	searchRowSize = 4096 // the index in many rows
	f.load(false)
	want := searchAnswers(t, search.NewIndex(f.last))

	f.load(true)
	first := f.last
	if first.SearchKeeper == nil {
		t.Fatal("a corpus kept by the cache has no search keeper")
	}
	ix, keep := search.OpenIndex(first)
	if keep == nil {
		t.Fatal("the first load's index is not offered to the cache")
	}
	if err := keep(); err != nil {
		t.Fatal(err)
	}
	if got := searchAnswers(t, ix); !reflect.DeepEqual(got, want) {
		t.Error("the first load's index answers otherwise than a fresh one")
	}

	f.load(true) // unchanged: the kept corpus
	if f.lastDiscovery {
		t.Fatal("the corpus was not reopened from the cache")
	}
	ix, keep = search.OpenIndex(f.last)
	if keep != nil {
		t.Fatal("the reopened corpus did not use the kept search index")
	}
	if got := searchAnswers(t, ix); !reflect.DeepEqual(got, want) {
		t.Error("the kept index answers otherwise than a fresh one")
	}

	// A changed file: the corpus is kept anew, and the kept index is not
	// its own.
	names, err := os.ReadDir(f.dir)
	if err != nil {
		t.Fatal(err)
	}
	changed := filepath.Join(f.dir, names[3].Name())
	text, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(changed, append(text, "\nA closing paragraph added for the test, in Samarkand.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	f.age(names[3].Name(), time.Hour)
	f.load(true)
	if !f.lastDiscovery {
		t.Fatal("the changed folder was not read again")
	}
	if err := keepForeign(first); err == nil {
		t.Error("an index of the old corpus was kept for the new one")
	}
	changedIndex, keep := search.OpenIndex(f.last)
	if keep == nil {
		t.Fatal("the changed corpus used the index kept for the old one")
	}
	if err := keep(); err != nil {
		t.Fatal(err)
	}
	wantChanged := searchAnswers(t, changedIndex)
	if reflect.DeepEqual(wantChanged, want) {
		t.Fatal("the changed file changed no answer: the test says nothing")
	}

	// One byte of the kept index changes, not its checksum.
	db, err := sql.Open("sqlite", f.cachePath())
	if err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := db.QueryRow(`SELECT count(*) FROM computed WHERE part < ?`, searchHeadPart).Scan(&rows); err != nil || rows < 3 {
		t.Fatalf("the index is kept in %d rows (%v), want several", rows, err)
	}
	if _, err := db.Exec(`UPDATE computed SET value = CAST(substr(value, 1, 30) || 'X' || substr(value, 32) AS BLOB) WHERE part = ?`, searchHeadPart-2); err != nil {
		t.Fatal(err)
	}
	db.Close()
	f.load(true)
	ix, keep = search.OpenIndex(f.last)
	if keep == nil {
		t.Fatal("a damaged kept index was used")
	}
	if got := searchAnswers(t, ix); !reflect.DeepEqual(got, wantChanged) {
		t.Error("the index built again answers otherwise")
	}
}

// keepForeign asks c's keeper to keep an index that is not c's own
// (after another corpus was kept, as a window open on c might).
func keepForeign(c *data.Corpus) error {
	return c.SearchKeeper.KeepSearchIndex(func(w io.Writer) error {
		_, err := io.WriteString(w, "an index of another corpus")
		return err
	})
}
