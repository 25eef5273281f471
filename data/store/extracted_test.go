package store

import (
	"database/sql"
	"hash/crc32"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestChangedReloadIsAFreshLoad edits a generated folder again and again —
// a file changed, one added, one removed, two changed, a duplicate made
// and unmade, a change undone — and after each edit compares the articles
// and events of a reload through the cache, which extracts again only
// what changed, with those of a fresh load: byte for byte the same JSON.
// It also checks that the kept extractions are used: the first reload
// after a change keeps every article's, a later one only the changed
// files'.
func TestChangedReloadIsAFreshLoad(t *testing.T) {
	const n = 60
	// Batches of a few extractions: many transactions, and an article's
	// rows of several rounds in different ones.
	defer func(size int) { freshBatch = size }(freshBatch)
	freshBatch = 3000
	f := newCacheFixture(t, n)
	fresh := f.load(false)
	f.expect("cold", f.load(true), fresh, n, f.lastAnalysed)
	if kept := f.extractedRows(); kept != 0 {
		t.Fatalf("a first load kept %d extractions, want none", kept)
	}
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	original := read(names[4])
	ago := 50 * time.Minute
	edit := func(name, text string) {
		ago -= time.Minute
		f.rewrite(filepath.Base(name), text, ago)
	}
	steps := []struct {
		what string
		do   func()
		kept int // extractions written by the reload; -1: every article's
	}{
		{"a sentence added", func() {
			edit(names[4], original+"\n\nOn 14 March 2024 the two presidents signed an agreement in Astana.\n")
		}, -1},
		{"another file changed", func() {
			edit(names[11], read(names[11])+"\n\nOn Friday the summit in Samarkand ended with a joint declaration.\n")
		}, 1},
		{"a file added", func() {
			edit(filepath.Join(f.dir, "added.txt"), " date 2024-03-15 Xi Jinping and Vladimir Putin met in Astana on Friday and signed an agreement on gas.\n")
		}, 1},
		{"a file removed", func() {
			if err := os.Remove(names[20]); err != nil {
				t.Fatal(err)
			}
		}, 0},
		{"two files changed", func() {
			edit(names[30], read(names[30])+"\n\nThe talks in Tashkent on 2 April were postponed.\n")
			edit(names[31], "# Floods\n\nHeavy floods hit Atyrau on 5 April 2024, and the president visited the region on Saturday.\n")
		}, 2},
		{"a report without a year and one that has it", func() {
			edit(filepath.Join(f.dir, "sign-a.txt"), "# Signing in Astana\n\nThe presidents of Kazakhstan and China signed an agreement on gas in Astana on 14 March.\n")
			edit(filepath.Join(f.dir, "sign-b.txt"), " date 2024-03-15\n\nThe presidents of Kazakhstan and China signed an agreement on gas in Astana on 14 March 2024.\n")
		}, 2},
		{"the report with the year: a year earlier", func() {
			// sign-a.txt is not changed, but the year the corpus gives
			// its date is: what was kept of it as placed is not used.
			edit(filepath.Join(f.dir, "sign-b.txt"), " date 2023-03-15\n\nThe presidents of Kazakhstan and China signed an agreement on gas in Astana on 14 March 2023.\n")
		}, 1},
		{"a copy of another file", func() {
			edit(filepath.Join(f.dir, "zz-copy.txt"), read(names[11]))
		}, 0},
		{"the copy removed, the first change undone", func() {
			if err := os.Remove(filepath.Join(f.dir, "zz-copy.txt")); err != nil {
				t.Fatal(err)
			}
			edit(names[4], original)
		}, 1},
	}
	placedFirst := -1 // placed extractions the first reload kept
	for _, s := range steps {
		s.do()
		written, placedWritten := 0, 0
		extractedHook = func(_ int, placed bool) {
			if placed {
				placedWritten++
			} else {
				written++
			}
		}
		fresh := f.load(false)
		got := f.load(true)
		extractedHook = nil
		if got != fresh {
			t.Errorf("%s: the reload differs from a fresh load", s.what)
		}
		f.expectNoWarning(s.what)
		want := s.kept
		if want < 0 {
			want = f.undupedArticles()
		}
		if written != want {
			t.Errorf("%s: the reload kept %d extractions, want %d", s.what, written, want)
		}
		// Articles whose dates the corpus placed are extracted again by
		// the corpus-year pass: the first reload keeps those extractions,
		// a later one uses them where nothing changed.
		t.Logf("%s: %d extractions kept, %d of them of placed articles", s.what, written+placedWritten, placedWritten)
		switch {
		case placedFirst < 0 && placedWritten == 0:
			t.Fatalf("%s: no placed article's extraction kept: the test does not cover them", s.what)
		case placedFirst < 0:
			placedFirst = placedWritten
		case placedWritten >= placedFirst:
			t.Errorf("%s: %d placed articles extracted again, as many as the first reload's %d", s.what, placedWritten, placedFirst)
		}
		if rows, articles := f.extractedRows(), f.undupedArticles(); rows != articles {
			t.Errorf("%s: %d extractions kept for %d articles", s.what, rows, articles)
		}
		f.expect(s.what+", reopened", f.load(true), fresh, 0, 0)
	}
}

// TestDamagedExtractionIsExtractedAgain changes a byte of every kept
// extraction, cuts another short and gives a third another file's
// content hash: each is extracted again (the damaged ones with a
// warning), and the reload is still a fresh load.
func TestDamagedExtractionIsExtractedAgain(t *testing.T) {
	const n = 30
	f := newCacheFixture(t, n)
	f.load(true)
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	f.rewrite(filepath.Base(names[2]), " date 2024-03-15 Xi Jinping and Vladimir Putin met in Astana on Friday.\n", 40*time.Minute)
	f.load(true) // keeps every article's extraction
	db := f.openDB()
	for _, q := range []string{
		// Every kept value changed in its middle byte; the CRC then fails.
		`UPDATE extracted SET value = substr(value, 1, length(value)/2) || x'ff' || substr(value, length(value)/2 + 2) WHERE length(value) > 4`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	f.rewrite(filepath.Base(names[3]), " date 2024-03-16 The president of Kazakhstan visited Atyrau on Saturday after the floods.\n", 30*time.Minute)
	fresh := f.load(false)
	if got := f.load(true); got != fresh {
		t.Errorf("damaged extractions: the reload differs from a fresh load")
	}
	f.expectWarning("damaged extractions", "damaged extractions")

	// Values that pass their CRC but are not an extraction (cut short,
	// or another format) are extracted again too, without a warning.
	db = f.openDB()
	if _, err := db.Exec(`UPDATE extracted SET value = substr(value, 1, length(value) - 1)`); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT path, value FROM extracted`)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		path  string
		value []byte
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.path, &r.value); err != nil {
			t.Fatal(err)
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		if _, err := db.Exec(`UPDATE extracted SET crc = ? WHERE path = ?`, int64(crc32.Checksum(r.value, crcTable)), r.path); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	f.rewrite(filepath.Base(names[5]), " date 2024-03-17 Elections were held in Kazakhstan on Sunday.\n", 20*time.Minute)
	fresh = f.load(false)
	if got := f.load(true); got != fresh {
		t.Errorf("extractions cut short: the reload differs from a fresh load")
	}
	f.expectNoWarning("extractions cut short")
}

// extractedRows counts the extractions the cache keeps.
func (f *cacheFixture) extractedRows() int {
	f.t.Helper()
	db := f.openDB()
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM extracted`).Scan(&n); err != nil {
		f.t.Fatal(err)
	}
	return n
}

// undupedArticles counts the last load's articles that are no copy of
// another (a copy has no extraction of its own).
func (f *cacheFixture) undupedArticles() int {
	n := 0
	for _, a := range f.last.Articles {
		if a.DuplicateOf == "" {
			n++
		}
	}
	return n
}

// openDB opens the fixture's cache database.
func (f *cacheFixture) openDB() *sql.DB {
	f.t.Helper()
	paths, _ := filepath.Glob(filepath.Join(f.cacheDir, "corpora", "*.sqlite"))
	if len(paths) != 1 {
		f.t.Fatalf("cache databases: %q", paths)
	}
	db, err := sql.Open("sqlite", "file:"+paths[0])
	if err != nil {
		f.t.Fatal(err)
	}
	return db
}

// extractionCrashEnv names the folders of TestExtractionCrashMidWrite's
// child process.
const extractionCrashEnv = "CARAVAN_TEST_EXTRACTION_CRASH"

// TestExtractionCrashMidWrite kills a process in the middle of writing
// the articles' extractions (the first reload after a change writes them
// all) and reloads: the reload is a fresh load, and so is the next one,
// which uses what the reload kept.
func TestExtractionCrashMidWrite(t *testing.T) {
	if dirs := os.Getenv(extractionCrashEnv); dirs != "" {
		extractedHook = func(written int, _ bool) {
			if written == 5 {
				os.Exit(crashExitCode)
			}
		}
		crashWhileLoading(t, dirs)
		return
	}
	const n = 40
	f := newCacheFixture(t, n)
	f.load(true)
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	f.rewrite(filepath.Base(names[3]), " date 2024-03-15 Xi Jinping and Vladimir Putin met in Astana on Friday.\n", 30*time.Minute)
	cmd := exec.Command(os.Args[0], "-test.run=^TestExtractionCrashMidWrite$")
	cmd.Env = append(os.Environ(), extractionCrashEnv+"="+f.dir+string(filepath.ListSeparator)+f.cacheDir)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errorsAs(err, &exit) || exit.ExitCode() != crashExitCode {
		t.Fatalf("the child did not crash as planned: %v\n%s", err, out)
	}
	if kept := f.extractedRows(); kept != 0 {
		t.Errorf("%d extractions kept by a transaction that did not end", kept)
	}
	fresh := f.load(false)
	if got := f.load(true); got != fresh {
		t.Errorf("after a crash mid-write: the reload differs from a fresh load")
	}
	f.expectNoWarning("after a crash mid-write")
	f.rewrite(filepath.Base(names[4]), " date 2024-03-16 The president of Kazakhstan visited Atyrau on Saturday after the floods.\n", 20*time.Minute)
	fresh = f.load(false)
	if got := f.load(true); got != fresh {
		t.Errorf("the reload after: it differs from a fresh load")
	}
}
