package store

import (
	"context"
	"database/sql"
	"hash/crc32"

	"github.com/caravan-analytics/caravan/data"
)

// Extractions keeps what discovery extracted from each article (its
// candidates, package discover's ExtractionCache) from one load of a
// folder to the next, so that a load after a file changed extracts only
// that file's. Finish is given the cache's, or nil when there is none.
type Extractions interface {
	// Extracted returns what KeepExtracted was given for the article of
	// a's file by an earlier load, when the file has not changed since.
	Extracted(a *data.Article) (kept []byte, ok bool)
	// KeepExtracted is given what was extracted from a (called from
	// several goroutines at once); it is written once finish is done.
	KeepExtracted(a *data.Article, kept []byte)
	// DiscardExtracted is told that what Extracted gave for a could not
	// be read; a's were extracted afresh.
	DiscardExtracted(a *data.Article, reason error)
}

// extractedRow is what was extracted from a file, still encoded, and the
// content hash of the file it was extracted from.
type extractedRow struct {
	sum   data.ContentSum
	crc   uint32
	value []byte // nil once handed out
}

// keptExtraction is what this load extracted from a file, to be written.
type keptExtraction struct {
	file  string
	sum   data.ContentSum
	value []byte
}

// extractionsOf is d as Finish's Extractions, or nil (not a nil *cacheDB)
// when there is no cache or its entries could not be saved (the sums
// extractions are kept under are those of the saved entries).
func extractionsOf(d *cacheDB, saved bool) Extractions {
	if d == nil || !saved {
		return nil
	}
	return d
}

// readExtracted reads every file's kept extraction, still encoded, in one
// pass. Rows that cannot be read are left out (their articles are only
// extracted again).
func (d *cacheDB) readExtracted() error {
	rows, err := d.db.Query(`SELECT path, sum, crc, value FROM extracted`)
	if err != nil {
		return err
	}
	defer rows.Close()
	d.extracted = map[string]*extractedRow{}
	for rows.Next() {
		var (
			path       string
			sum, value []byte
			crc        int64
		)
		if err := rows.Scan(&path, &sum, &crc, &value); err != nil {
			return err
		}
		r := &extractedRow{crc: uint32(crc), value: value}
		if len(sum) != len(r.sum) {
			d.damagedExtracted.Add(1)
			continue
		}
		copy(r.sum[:], sum)
		d.extracted[path] = r
	}
	return rows.Err()
}

// Extracted implements Extractions: what was kept for a's file when it
// was extracted from the content the file has now. Each article is asked
// for once, by one goroutine.
func (d *cacheDB) Extracted(a *data.Article) ([]byte, bool) {
	r := d.extracted[a.File]
	sum, ok := d.sums[a.File]
	if r == nil || r.value == nil || !ok || r.sum != sum {
		return nil, false
	}
	value := r.value
	r.value = nil // decoded once: the bytes need not stay
	if crc32.Checksum(value, crcTable) != r.crc {
		d.damagedExtracted.Add(1)
		return nil, false
	}
	return value, true
}

// KeepExtracted implements Extractions.
func (d *cacheDB) KeepExtracted(a *data.Article, kept []byte) {
	sum, ok := d.sums[a.File]
	if !ok {
		return // the article's entry was not saved
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.newExtracted = append(d.newExtracted, keptExtraction{a.File, sum, kept})
}

// DiscardExtracted implements Extractions.
func (d *cacheDB) DiscardExtracted(*data.Article, error) { d.damagedExtracted.Add(1) }

// keepExtracted writes this load's extractions in a transaction of their
// own. An extraction is only used for the content it was kept with, so a
// crash before or after leaves nothing wrong.
func (d *cacheDB) keepExtracted(ctx context.Context) error {
	if len(d.newExtracted) == 0 {
		return nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	if err := d.putExtracted(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// putExtracted writes this load's extractions in tx.
func (d *cacheDB) putExtracted(tx *sql.Tx) error {
	if len(d.newExtracted) == 0 {
		return nil
	}
	put, err := tx.Prepare(`INSERT OR REPLACE INTO extracted (path, sum, crc, value) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer put.Close()
	for _, k := range d.newExtracted {
		if _, err := put.Exec(k.file, k.sum[:], int64(crc32.Checksum(k.value, crcTable)), k.value); err != nil {
			return err
		}
	}
	d.newExtracted = nil
	return nil
}
