package store

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
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

// An article some of whose dates the corpus placed is extracted again by
// the corpus-year pass. That extraction is kept too (table
// extracted_placed, one row per file: the last state it was extracted in),
// keyed besides the content hash by a hash of the article's whole state
// as the pass left it (every field the cache's codec writes: dates,
// mentions, reasons), so that it is used only for the very same
// placements.

// keptExtractions is the data.ExtractionKeeper of one load: the rows read
// before discovery, and the extractions discovery made anew.
type keptExtractions struct {
	d *cacheDB
	// sums are the content hashes of this load's files (cacheDB.sums).
	sums map[string]data.ContentSum

	mu     sync.Mutex
	rows   map[string]extractedRow // let go of as discovery takes them
	placed map[string]extractedRow // asked once per round that places
	// damaged counts rows whose CRC did not match (extracted again).
	damaged     int
	fresh       []extractedRow
	freshPlaced map[string]extractedRow
}

// extractedRow is a kept extraction of the file path.
type extractedRow struct {
	path  string
	sum   data.ContentSum
	state [sha256.Size]byte // of the article, for extracted_placed
	crc   uint32
	value []byte
}

// extractionKeeper reads what the cache keeps of the articles'
// extraction, for the discovery of a load that read the folder after a
// change; nil for a first load (the cache held no file) or when the tables
// cannot be read (everything is then extracted, and nothing kept).
func (d *cacheDB) extractionKeeper(heldFiles bool) *keptExtractions {
	if !heldFiles || d.sums == nil || d.lost {
		return nil
	}
	k := &keptExtractions{d: d, sums: d.sums, freshPlaced: map[string]extractedRow{}}
	var err error
	if k.rows, err = d.readExtracted(`SELECT path, sum, x'', crc, value FROM extracted`); err != nil {
		return nil
	}
	if k.placed, err = d.readExtracted(`SELECT path, sum, state, crc, value FROM extracted_placed`); err != nil {
		return nil
	}
	return k
}

// readExtracted reads the rows of query (path, sum, state, crc, value)
// that are of the files as they are now.
func (d *cacheDB) readExtracted(query string) (map[string]extractedRow, error) {
	rows, err := d.db.Query(query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	kept := map[string]extractedRow{}
	for rows.Next() {
		var (
			r          extractedRow
			sum, state []byte
			crc        int64
		)
		if err := rows.Scan(&r.path, &sum, &state, &crc, &r.value); err != nil {
			return nil, err
		}
		if len(sum) != len(r.sum) || len(state) != 0 && len(state) != len(r.state) {
			continue // not of this format: extracted again, and replaced
		}
		copy(r.sum[:], sum)
		copy(r.state[:], state)
		r.crc = uint32(crc)
		// Rows of files changed since are of no use.
		if d.sums[r.path] == r.sum {
			kept[r.path] = r
		}
	}
	return kept, rows.Err()
}

// Extracted implements data.ExtractionKeeper.
func (k *keptExtractions) Extracted(a *data.Article, placed bool) []byte {
	k.mu.Lock()
	var (
		r  extractedRow
		ok bool
	)
	if placed {
		r, ok = k.placed[a.File]
	} else {
		r, ok = k.rows[a.File]
		delete(k.rows, a.File)
	}
	k.mu.Unlock()
	if !ok {
		return nil
	}
	if placed {
		if state, ok := articleState(a); !ok || state != r.state {
			return nil
		}
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
func (k *keptExtractions) KeepExtracted(a *data.Article, placed bool, encoded []byte) {
	r := extractedRow{path: a.File, value: encoded}
	var ok bool
	if r.sum, ok = k.sums[a.File]; !ok {
		return // not an entry of this load: nothing to key it by
	}
	if placed {
		if r.state, ok = articleState(a); !ok {
			return
		}
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if placed {
		// The last state wins: the one the pass left the article in.
		k.freshPlaced[a.File] = r
	} else {
		k.fresh = append(k.fresh, r)
	}
}

// articleState is the hash of everything the cache's codec writes of a,
// but its text (the content hash stands for that), and whether the
// corpus placed some of its dates: two states of an article of one
// content with the same hash are the same article to extraction.
func articleState(a *data.Article) ([sha256.Size]byte, bool) {
	buf := encodeBuffers.Get().(*[]byte)
	defer encodeBuffers.Put(buf)
	encoded, err := encodeWithBase((*buf)[:0], a, a.Text)
	*buf = encoded
	if err != nil {
		return [sha256.Size]byte{}, false
	}
	n, k := binary.Uvarint(encoded) // the text, first
	encoded = append(encoded[k+int(n):], 0)
	if a.MentionsPlacedByCorpus() {
		encoded[len(encoded)-1] = 1
	}
	return sha256.Sum256(encoded), true
}

// keep writes the extractions made anew, in a transaction of its own: a
// crash before its end leaves the rows as they were, and a row is used
// only for the content (and state) it was made from.
func (k *keptExtractions) keep(ctx context.Context) error {
	if len(k.fresh) == 0 && len(k.freshPlaced) == 0 {
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
	putPlaced, err := tx.Prepare(`INSERT OR REPLACE INTO extracted_placed (path, sum, state, crc, value) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer putPlaced.Close()
	written := 0
	for _, r := range k.fresh {
		if extractedHook != nil {
			extractedHook(written, false)
		}
		if _, err := put.Exec(r.path, r.sum[:], int64(crc32.Checksum(r.value, crcTable)), r.value); err != nil {
			return err
		}
		written++
	}
	for _, r := range k.freshPlaced {
		if extractedHook != nil {
			extractedHook(written, true)
		}
		if _, err := putPlaced.Exec(r.path, r.sum[:], r.state[:], int64(crc32.Checksum(r.value, crcTable)), r.value); err != nil {
			return err
		}
		written++
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	k.fresh, k.freshPlaced = nil, nil
	return nil
}

// extractedHook, when set (by tests), is called before each extraction is
// written, with the number already written in the transaction and
// whether it is of an article as the corpus placed its dates.
var extractedHook func(written int, placed bool)
