package store

import (
	"context"
	"hash/crc32"
	"sync"

	"github.com/caravan-analytics/caravan/data"
)

// This file keeps discovery's extraction of each article (table
// extracted: one row per file, with the content hash of the file it was
// extracted from), so that a reload after a change extracts again only
// the articles whose file changed (data.ExtractionKeeper). Only reloads
// of a folder the cache already holds keep them: a first load is the
// load a corpus's size is judged by, and writing every article's
// extraction cost it 10–20 % when it was tried (README, "Decisions" →
// Discovery). The first reload after a change writes them all; later
// ones only the changed files'.

// keptExtractions is the data.ExtractionKeeper of one load: the rows read
// before discovery, and the extractions discovery made anew.
type keptExtractions struct {
	d *cacheDB
	// sums are the content hashes of this load's files (cacheDB.sums).
	sums map[string]data.ContentSum

	mu   sync.Mutex
	rows map[string]extractedRow // let go of as discovery takes them
	// damaged counts rows whose CRC did not match (extracted again).
	damaged int
	fresh   []freshExtraction
}

type extractedRow struct {
	sum   data.ContentSum
	crc   uint32
	value []byte
}

type freshExtraction struct {
	file  string
	sum   data.ContentSum
	value []byte
}

// extractionKeeper reads what the cache keeps of the articles'
// extraction, for the discovery of a load that read the folder after a
// change; nil for a first load (the cache held no file) or when the table
// cannot be read (everything is then extracted, and nothing kept).
func (d *cacheDB) extractionKeeper(heldFiles bool) *keptExtractions {
	if !heldFiles || d.sums == nil || d.lost {
		return nil
	}
	rows, err := d.db.Query(`SELECT path, sum, crc, value FROM extracted`)
	if err != nil {
		return nil
	}
	defer rows.Close()
	k := &keptExtractions{d: d, sums: d.sums, rows: map[string]extractedRow{}}
	for rows.Next() {
		var (
			path       string
			sum, value []byte
			crc        int64
			r          extractedRow
		)
		if err := rows.Scan(&path, &sum, &crc, &value); err != nil {
			return nil
		}
		if len(sum) != len(r.sum) {
			continue // not of this format: extracted again, and replaced
		}
		copy(r.sum[:], sum)
		r.crc, r.value = uint32(crc), value
		// Rows of files changed since are of no use.
		if k.sums[path] == r.sum {
			k.rows[path] = r
		}
	}
	if rows.Err() != nil {
		return nil
	}
	return k
}

// Extracted implements data.ExtractionKeeper.
func (k *keptExtractions) Extracted(a *data.Article) []byte {
	k.mu.Lock()
	r, ok := k.rows[a.File]
	delete(k.rows, a.File)
	k.mu.Unlock()
	if !ok {
		return nil
	}
	if crc32.Checksum(r.value, crcTable) != r.crc {
		k.mu.Lock()
		k.damaged++
		k.mu.Unlock()
		return nil
	}
	return r.value
}

// KeepExtracted implements data.ExtractionKeeper.
func (k *keptExtractions) KeepExtracted(a *data.Article, encoded []byte) {
	sum, ok := k.sums[a.File]
	if !ok {
		return // not an entry of this load: nothing to key it by
	}
	k.mu.Lock()
	k.fresh = append(k.fresh, freshExtraction{a.File, sum, encoded})
	k.mu.Unlock()
}

// keep writes the extractions made anew, in a transaction of its own: a
// crash before its end leaves the rows as they were, and a row is used
// only for the content it was made from.
func (k *keptExtractions) keep(ctx context.Context) error {
	if len(k.fresh) == 0 {
		return nil
	}
	tx, err := k.d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	put, err := tx.Prepare(`INSERT OR REPLACE INTO extracted (path, sum, crc, value) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer put.Close()
	for i, f := range k.fresh {
		if extractedHook != nil {
			extractedHook(i)
		}
		if _, err := put.Exec(f.file, f.sum[:], int64(crc32.Checksum(f.value, crcTable)), f.value); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	k.fresh = nil
	return nil
}

// extractedHook, when set (by tests), is called before each extraction is
// written, with the number already written in the transaction.
var extractedHook func(written int)
