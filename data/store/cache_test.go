package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/discover"
	"github.com/caravan-analytics/caravan/data/export"
	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// cacheFixture is a generated corpus folder and a cache folder, with the
// files' times set an hour back so that none is "just changed".
type cacheFixture struct {
	t             *testing.T
	dir, cacheDir string
	cur           data.Curated
	opens         atomic.Int64 // files opened by the last load
	lastAnalysed  int          // articles dated and linked by the last load
	lastDiscovery bool         // whether the last load discovered events
	lastProblems  []data.Problem
	last          *data.Corpus // the last load's corpus
}

// discoverAll is the stage on the whole corpus, as package pipeline runs
// it (pipeline imports this package, so it cannot be used here).
func discoverAll(ctx context.Context, c *data.Corpus, progress func(data.Progress)) error {
	return discover.Discover(ctx, c, func(done, total int) {
		progress(data.Progress{Stage: "discovering events", Done: done, Total: total})
	})
}

func newCacheFixture(t *testing.T, n int) *cacheFixture {
	t.Helper()
	f := &cacheFixture{t: t, dir: filepath.Join(t.TempDir(), "corpus"), cacheDir: t.TempDir()}
	if err := synthetic.GenerateCorpus(f.dir, n, 5, false); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(f.dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		f.age(e.Name(), time.Hour)
	}
	if f.cur, err = data.LoadCurated(seeds.FS); err != nil {
		t.Fatal(err)
	}
	return f
}

// rewrite writes text as the folder's file name, its time ago before now.
func (f *cacheFixture) rewrite(name, text string, ago time.Duration) {
	if err := os.WriteFile(filepath.Join(f.dir, name), []byte(text), 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.age(name, ago)
}

// age sets a file's time to ago before now.
func (f *cacheFixture) age(name string, ago time.Duration) {
	when := time.Now().Add(-ago)
	if err := os.Chtimes(filepath.Join(f.dir, name), when, when); err != nil {
		f.t.Fatal(err)
	}
}

// openCountingFS counts the files opened through it.
type openCountingFS struct {
	dirFS
	opens *atomic.Int64
}

func (c openCountingFS) Open(name string) (fs.File, error) {
	f, err := c.dirFS.Open(name)
	if err == nil {
		if info, statErr := f.Stat(); statErr == nil && !info.IsDir() {
			c.opens.Add(1)
		}
	}
	return f, err
}

// load loads the folder through the cache (or not), and returns the
// articles and events as the command line writes them. Both loads discover
// events, as package pipeline does.
func (f *cacheFixture) load(cached bool) string {
	f.t.Helper()
	folder, err := NewFolder(f.dir)
	if err != nil {
		f.t.Fatal(err)
	}
	f.opens.Store(0)
	folder.FS = openCountingFS{folder.FS.(dirFS), &f.opens}
	analysed, discovered := 0, false
	progress := func(p data.Progress) {
		switch p.Stage {
		case "dating and linking":
			analysed++
		case "discovering events":
			discovered = true
		}
	}
	var c *data.Corpus
	if cached {
		c, err = Cached{Folder: folder, Dir: f.cacheDir}.LoadFinished(context.Background(), f.cur, discoverAll, progress)
	} else if c, err = folder.Load(context.Background(), f.cur, progress); err == nil {
		err = discoverAll(context.Background(), c, progress)
	}
	if err != nil {
		f.t.Fatalf("Load: %v", err)
	}
	f.lastAnalysed, f.lastDiscovery, f.lastProblems, f.last = analysed, discovered, nil, c
	var cacheProblems []data.Problem
	for _, p := range c.Problems {
		if strings.HasSuffix(p.File, ".sqlite") {
			cacheProblems = append(cacheProblems, p)
		}
	}
	f.lastProblems = cacheProblems
	c.Problems = withoutCacheProblems(c.Problems)
	var out bytes.Buffer
	if err := export.WriteArticles(&out, c, "json"); err != nil {
		f.t.Fatal(err)
	}
	if err := export.WriteEvents(&out, c, "json"); err != nil {
		f.t.Fatal(err)
	}
	return out.String()
}

func withoutCacheProblems(ps []data.Problem) []data.Problem {
	var kept []data.Problem
	for _, p := range ps {
		if !strings.HasSuffix(p.File, ".sqlite") {
			kept = append(kept, p)
		}
	}
	return kept
}

// expect checks the last load: what it opened and analysed, and that it
// gave what a fresh read gives.
func (f *cacheFixture) expect(what, got, fresh string, opens, analysed int) {
	f.t.Helper()
	if got != fresh {
		f.t.Errorf("%s: the corpus differs from a fresh read", what)
	}
	if int(f.opens.Load()) != opens || f.lastAnalysed != analysed {
		f.t.Errorf("%s: %d files opened, %d analysed; want %d and %d", what, f.opens.Load(), f.lastAnalysed, opens, analysed)
	}
}

func (f *cacheFixture) expectWarning(what, part string) {
	f.t.Helper()
	for _, p := range f.lastProblems {
		if strings.Contains(p.Error, part) {
			return
		}
	}
	f.t.Errorf("%s: cache warnings %q, want one saying %q", what, f.lastProblems, part)
}

func (f *cacheFixture) expectNoWarning(what string) {
	f.t.Helper()
	if len(f.lastProblems) > 0 {
		f.t.Errorf("%s: cache warnings %q, want none", what, f.lastProblems)
	}
}

func TestCacheReadsOnlyWhatChanged(t *testing.T) {
	const n = 60
	f := newCacheFixture(t, n)
	fresh := f.load(false)
	f.expect("cold", f.load(true), fresh, n, f.lastAnalysed)
	if f.lastAnalysed < n*9/10 {
		t.Fatalf("cold load analysed %d of %d", f.lastAnalysed, n)
	}
	f.expectNoWarning("cold")
	f.expect("warm", f.load(true), fresh, 0, 0)
	f.expectNoWarning("warm")

	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	f.rewrite(filepath.Base(names[7]), " date 2022-09-15 De Chinese president Xi Jinping is donderdag in Samarkand aangekomen voor de top van de SCO.\n", 50*time.Minute)
	fresh = f.load(false)
	f.expect("one file changed", f.load(true), fresh, 1, 1)

	// Touched without a change: read to compare its hash, not analysed.
	f.age(filepath.Base(names[3]), 40*time.Minute)
	f.expect("one file touched", f.load(true), fresh, 1, 0)
	if f.lastDiscovery {
		t.Errorf("one file touched: events discovered again (its content is the same)")
	}
	f.expect("warm after the touch", f.load(true), fresh, 0, 0)

	added := filepath.Join(f.dir, "added.txt")
	if err := os.WriteFile(added, []byte("Der kasachische Präsident hat am Dienstag in Astana eine neue Regierung ernannt, meldete die Agentur.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.age("added.txt", 30*time.Minute)
	fresh = f.load(false)
	f.expect("one file added", f.load(true), fresh, 1, 1)

	if err := os.Remove(names[11]); err != nil {
		t.Fatal(err)
	}
	fresh = f.load(false)
	f.expect("one file removed", f.load(true), fresh, 0, 0)
	f.expect("warm again", f.load(true), fresh, 0, 0)
}

func TestCacheOtherKnowledge(t *testing.T) {
	f := newCacheFixture(t, 20)
	f.load(true)
	f.cur.Catalogue.Events = f.cur.Catalogue.Events[1:]
	fresh := f.load(false)
	f.expect("other catalogue", f.load(true), fresh, 20, f.lastAnalysed)
	if f.lastAnalysed == 0 {
		t.Errorf("nothing analysed again with another catalogue")
	}
}

// cachePath is the one database in the fixture's cache folder.
func (f *cacheFixture) cachePath() string {
	f.t.Helper()
	paths, _ := filepath.Glob(filepath.Join(f.cacheDir, "corpora", "*.sqlite"))
	if len(paths) != 1 {
		f.t.Fatalf("cache databases: %q", paths)
	}
	return paths[0]
}

func TestCacheCorruptFileDiscarded(t *testing.T) {
	const n = 30
	f := newCacheFixture(t, n)
	fresh := f.load(false)
	f.load(true)
	path := f.cachePath()
	// Keep the first half of the file and scribble over the rest.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(raw) / 2; i < len(raw); i++ {
		raw[i] = byte(i * 7)
	}
	removeDB(path)
	if err := os.WriteFile(path, raw[:len(raw)*3/4], 0o600); err != nil {
		t.Fatal(err)
	}
	got := f.load(true)
	if got != fresh {
		t.Errorf("after a corrupt cache: the corpus differs from a fresh read")
	}
	f.expectWarning("corrupt", "cache")
	f.expect("after the corrupt cache was replaced", f.load(true), fresh, 0, 0)
	f.expectNoWarning("after the corrupt cache was replaced")

	if err := os.WriteFile(path, []byte("this is not a database at all, only words"), 0o600); err != nil {
		t.Fatal(err)
	}
	removeJournals(path)
	if got := f.load(true); got != fresh {
		t.Errorf("after a cache that is no database: the corpus differs")
	}
	f.expectWarning("not a database", "discarded")
}

func removeJournals(path string) {
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		os.Remove(path + s)
	}
}

func TestCacheDamagedEntryDiscarded(t *testing.T) {
	f := newCacheFixture(t, 20)
	fresh := f.load(false)
	f.load(true)
	db, err := sql.Open("sqlite", f.cachePath())
	if err != nil {
		t.Fatal(err)
	}
	// Change one byte of one entry's text, keeping its checksum.
	var damaged string
	if err := db.QueryRow(`SELECT path FROM texts WHERE rowid = (SELECT min(rowid) FROM texts)`).Scan(&damaged); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE texts SET article = CAST(substr(article, 1, 10) || 'X' || substr(article, 12) AS BLOB) WHERE path = ?`, damaged); err != nil {
		t.Fatal(err)
	}
	// Reopened unchanged, the folder's corpus comes whole from the
	// cache; the damage shows when that article's text is asked for.
	f.expect("reopened with a damaged text", f.load(true), fresh, 0, 0)
	for _, a := range f.last.Articles {
		if err := a.LoadText(); (err != nil) != (a.File == damaged) {
			t.Errorf("the text of %s: %v", a.File, err)
		}
	}
	// Read file by file, the damaged entry is discarded.
	if _, err := db.Exec(`DELETE FROM computed`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	f.expect("a damaged entry", f.load(true), fresh, 1, f.lastAnalysed)
	f.expectWarning("a damaged entry", "damaged")
	f.expect("after it", f.load(true), fresh, 0, 0)
}

func TestCacheForeignDiscarded(t *testing.T) {
	f := newCacheFixture(t, 10)
	fresh := f.load(false)
	f.load(true)
	db, err := sql.Open("sqlite", f.cachePath())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE meta SET value = 'someone-else' WHERE key = 'format'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if got := f.load(true); got != fresh {
		t.Errorf("after a foreign cache: the corpus differs")
	}
	f.expectWarning("foreign", "not a Caravan cache")
}

// crashEnv names the folders of TestCacheCrashMidWrite's child process.
const crashEnv = "CARAVAN_TEST_CACHE_CRASH"

// TestCacheCrashMidWrite kills a process in the middle of writing the
// cache (after some entries of its transaction are written) and loads
// again: the cache must be usable or discarded, and the corpus right.
func TestCacheCrashMidWrite(t *testing.T) {
	if dirs := os.Getenv(crashEnv); dirs != "" {
		crashWhileWriting(t, dirs)
		return
	}
	const n = 40
	f := newCacheFixture(t, n)
	// The first cached load fills the cache the child will write over.
	if fresh, filled := f.load(false), f.load(true); filled != fresh {
		t.Fatalf("the load that fills the cache differs from a fresh read")
	}
	// Change half of the files, so that the child has much to write.
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	for i, name := range names[:n/2] {
		if err := os.WriteFile(name, []byte(" date 2022-01-1"+string(rune('0'+i%9))+" De president sprak in Astana over nummer "+filepath.Base(name)+".\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		f.age(filepath.Base(name), 20*time.Minute)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCacheCrashMidWrite$")
	cmd.Env = append(os.Environ(), crashEnv+"="+f.dir+string(filepath.ListSeparator)+f.cacheDir)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errorsAs(err, &exit) || exit.ExitCode() != crashExitCode {
		t.Fatalf("the child did not crash as planned: %v\n%s", err, out)
	}
	fresh := f.load(false)
	if got := f.load(true); got != fresh {
		t.Errorf("after a crash mid-write: the corpus differs from a fresh read")
	}
	f.expect("after the crash, loaded again", f.load(true), fresh, 0, 0)
}

const crashExitCode = 3

// crashWhileWriting is the child: it loads the folder through the cache
// and dies after writing a few entries.
func crashWhileWriting(t *testing.T, dirs string) {
	commitHook = func(written int) {
		if written == 5 {
			os.Exit(crashExitCode)
		}
	}
	crashWhileLoading(t, dirs)
}

// crashWhileLoading loads the folder of dirs (the corpus, then the cache,
// as crashEnv gives them) through the cache, in a child process whose
// hooks end it during the load.
func crashWhileLoading(t *testing.T, dirs string) {
	dir, cacheDir, _ := strings.Cut(dirs, string(filepath.ListSeparator))
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	folder, err := NewFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Cached{Folder: folder, Dir: cacheDir}.LoadFinished(context.Background(), cur, discoverAll, nil)
	t.Fatalf("the load finished (%v) without reaching the crash", err)
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// TestCacheDuplicatesChangeRoles checks the articles whose role depends on
// other files: a copy of another article is not analysed, and becomes the
// original when that one goes; an original becomes a copy when an earlier
// file with its text appears.
func TestCacheDuplicatesChangeRoles(t *testing.T) {
	f := newCacheFixture(t, 10)
	text := []byte(" date 2022-01-11 De Kazachse president heeft dinsdag in Astana een nieuwe regering benoemd, meldde het persbureau.\n")
	for _, name := range []string{"m1.txt", "m2.txt"} {
		if err := os.WriteFile(filepath.Join(f.dir, name), text, 0o644); err != nil {
			t.Fatal(err)
		}
		f.age(name, 50*time.Minute)
	}
	fresh := f.load(false)
	f.load(true)
	f.expect("warm with a copy", f.load(true), fresh, 0, 0)

	// The original goes: the copy is now analysed, once.
	if err := os.Remove(filepath.Join(f.dir, "m1.txt")); err != nil {
		t.Fatal(err)
	}
	fresh = f.load(false)
	f.expect("original removed", f.load(true), fresh, 0, 1)
	f.expect("original removed, warm", f.load(true), fresh, 0, 0)

	// An earlier file with the same text: the analysed m2 becomes a copy,
	// read again to be kept without its analysis.
	if err := os.WriteFile(filepath.Join(f.dir, "m0.txt"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	f.age("m0.txt", 40*time.Minute)
	fresh = f.load(false)
	f.expect("earlier copy added", f.load(true), fresh, 2, 1)
	f.expect("earlier copy added, warm", f.load(true), fresh, 0, 0)
}
