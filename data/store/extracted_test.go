package store

import (
	"database/sql"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// countingExtractions counts the articles whose candidates were extracted
// and kept (not taken from the cache).
type countingExtractions struct {
	Extractions
	kept *atomic.Int64
}

func (c countingExtractions) KeepExtracted(a *data.Article, kept []byte) {
	c.kept.Add(1)
	c.Extractions.KeepExtracted(a, kept)
}

// write writes a file of the fixture's folder, changed a while ago.
func (f *cacheFixture) write(name, text string, ago time.Duration) {
	f.t.Helper()
	if err := os.WriteFile(filepath.Join(f.dir, name), []byte(text), 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.age(name, ago)
}

// expectExtracted checks how many articles the last load extracted.
func (f *cacheFixture) expectExtracted(what string, n int) {
	f.t.Helper()
	if f.lastExtracted != n {
		f.t.Errorf("%s: %d articles extracted, want %d", what, f.lastExtracted, n)
	}
}

func TestCacheExtractsOnlyWhatChanged(t *testing.T) {
	const n = 80
	f := newCacheFixture(t, n)
	fresh := f.load(false)
	f.expect("cold", f.load(true), fresh, n, f.lastAnalysed)
	if f.lastExtracted < n*9/10 {
		t.Fatalf("cold load extracted %d of %d", f.lastExtracted, n)
	}
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))

	before := placements(f.last)
	f.write(filepath.Base(names[5]), " date 2022-09-15 De Chinese president Xi Jinping is donderdag in Samarkand aangekomen voor de top van de SCO.\n", 50*time.Minute)
	fresh = f.load(false)
	// The file replaced may have placed other reports' dates: those are
	// placed anew, and extracted again as placed.
	moved := 0
	for file, dates := range placements(f.last) {
		if file != filepath.Base(names[5]) && dates != before[file] {
			moved++
		}
	}
	f.expect("one file changed", f.load(true), fresh, 1, 1)
	if f.lastExtracted < 1 || f.lastExtracted > 1+moved {
		t.Errorf("one file changed: %d articles extracted; want the file and at most the %d others whose dates moved", f.lastExtracted, moved)
	}
	f.expectNoWarning("one file changed")

	f.write("added.txt", "Der kasachische Präsident Tokajew hat am 3. März 2022 in Astana eine neue Regierung ernannt, meldete die Agentur.\n", 45*time.Minute)
	fresh = f.load(false)
	f.expect("one file added", f.load(true), fresh, 1, 1)
	f.expectExtracted("one file added", 1)

	if err := os.Remove(names[9]); err != nil {
		t.Fatal(err)
	}
	fresh = f.load(false)
	f.expect("one file removed", f.load(true), fresh, 0, 0)
	if !f.lastDiscovery {
		t.Errorf("one file removed: no discovery")
	}
	f.expectExtracted("one file removed", 0)
	f.expect("warm", f.load(true), fresh, 0, 0)
}

// placements returns, by file, what each article's date mentions mean.
func placements(c *data.Corpus) map[string]string {
	out := map[string]string{}
	for _, a := range c.Articles {
		var b strings.Builder
		for _, m := range a.Mentions {
			fmt.Fprintf(&b, "%d %v %s\n", m.Start, m.Span.Span(), m.Reason)
		}
		out[a.File] = b.String()
	}
	return out
}

// An undated report's year-less date is placed by the corpus's dated
// report of the same event. When that report changes year, the undated
// report, unchanged and not extracted again, is placed anew.
func TestCacheUnchangedReportPlacedAnew(t *testing.T) {
	f := newCacheFixture(t, 30)
	f.write("src.txt", " date 2024-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2024.\n", 2*time.Hour)
	f.write("x.txt", "Xi Jinping and Vladimir Putin held talks at the SCO summit in Astana on 4 July.\n", 2*time.Hour)
	fresh := f.load(false)
	f.expect("cold", f.load(true), fresh, 32, f.lastAnalysed)
	placed := func() string {
		for _, a := range f.last.Articles {
			if a.ID == "x" {
				for _, m := range a.Mentions {
					if m.Text == "on 4 July" {
						return m.Span.Span().Start.String()
					}
				}
			}
		}
		return "not found"
	}
	if got := placed(); got != "2024-07-04" {
		t.Fatalf("4 July placed at %s, not 2024-07-04", got)
	}
	f.write("src.txt", " date 2023-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2023.\n", time.Hour)
	fresh = f.load(false)
	// Of the same size, the file is read twice: once to see whether the
	// corpus kept whole still holds (its content changed), once to load.
	f.expect("the source changed year", f.load(true), fresh, 2, 1)
	// The source, and the undated report as the corpus-year pass left it
	// (placed in another year), not as it was read: that is kept.
	f.expectExtracted("the source changed year", 2)
	if got := placed(); got != "2023-07-04" {
		t.Errorf("4 July placed at %s after the source changed, not 2023-07-04", got)
	}
}

func TestCacheDamagedExtractionDiscarded(t *testing.T) {
	f := newCacheFixture(t, 20)
	fresh := f.load(false)
	f.load(true)
	db, err := sql.Open("sqlite", f.cachePath())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// One byte of one extraction changed, its checksum kept; another
	// cut short with a checksum to match (not damage the checksum finds).
	var damaged, cut string
	if err := db.QueryRow(`SELECT path FROM extracted WHERE length(value) > 40 ORDER BY path LIMIT 1`).Scan(&damaged); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE extracted SET value = CAST(substr(value, 1, 30) || 'X' || substr(value, 32) AS BLOB) WHERE path = ?`, damaged); err != nil {
		t.Fatal(err)
	}
	var value []byte
	if err := db.QueryRow(`SELECT path, value FROM extracted WHERE length(value) > 40 AND path != ? ORDER BY path LIMIT 1`, damaged).Scan(&cut, &value); err != nil {
		t.Fatal(err)
	}
	value = value[:len(value)-3]
	if _, err := db.Exec(`UPDATE extracted SET value = ?, crc = ? WHERE path = ?`, value, int64(crc32.Checksum(value, crcTable)), cut); err != nil {
		t.Fatal(err)
	}
	// A change elsewhere makes the load discover again.
	names, _ := filepath.Glob(filepath.Join(f.dir, "*.txt"))
	f.write(filepath.Base(names[len(names)-1]), "Kazakhstan's president Tokayev named a new government in Astana on 3 March 2022.\n", time.Hour)
	fresh = f.load(false)
	f.expect("damaged extractions", f.load(true), fresh, 1, 1)
	f.expectWarning("damaged extractions", "2 damaged entries of what discovery extracted")
	f.expectExtracted("damaged extractions", 3)
	f.expect("after them", f.load(true), fresh, 0, 0)
}
