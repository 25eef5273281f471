package store

import (
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
	damaged int
	// fresh are the extractions made anew and not yet handed to the
	// writer, freshBytes their size: they go in batches of about
	// freshBatch bytes, written while discovery goes on, since the
	// first reload after a change makes every article's (160 MB at
	// 100,000 articles: held to the end, they pushed the load past its
	// memory limit, where the collector runs without pause).
	fresh      []extractedRow
	freshBytes int
	batches    chan []extractedRow
	written    chan error // the writer's outcome, once batches is closed
}

// freshBatch is the size of a batch of extractions written at once (a
// variable for the tests, which write many small batches).
var freshBatch = 8 << 20

// extractedRow is a kept extraction of the file path.
type extractedRow struct {
	path   string
	placed bool // a row of extracted_placed
	sum    data.ContentSum
	state  [sha256.Size]byte // of the article, for extracted_placed
	crc    uint32
	value  []byte
}

// extractionKeeper reads what the cache keeps of the articles'
// extraction, for the discovery of a load that read the folder after a
// change; nil for a first load (the cache held no file) or when the tables
// cannot be read (everything is then extracted, and nothing kept).
func (d *cacheDB) extractionKeeper(heldFiles bool) *keptExtractions {
	if !heldFiles || d.sums == nil || d.lost {
		return nil
	}
	k := &keptExtractions{d: d, sums: d.sums}
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
	r.placed = placed
	k.mu.Lock()
	defer k.mu.Unlock()
	k.fresh = append(k.fresh, r)
	k.freshBytes += len(encoded) + len(r.path) + 100
	if k.freshBytes >= freshBatch {
		k.handOver()
	}
}

// handOver gives the fresh extractions to the writer, starting it the
// first time. k.mu is held.
func (k *keptExtractions) handOver() {
	if len(k.fresh) == 0 {
		return
	}
	if k.batches == nil {
		k.batches, k.written = make(chan []extractedRow, 1), make(chan error, 1)
		go k.write()
	}
	k.batches <- k.fresh
	k.fresh, k.freshBytes = nil, 0
}

// write writes the batches, each in a transaction of its own, until
// batches is closed, and then sends the first error met (later batches
// are dropped after one). A crash keeps the batches written before it:
// each row is used only for the content and state it names, so any set
// of them is valid. Rows of an article extracted again in a later round
// of the corpus-year pass come in a later batch and replace the earlier:
// the row kept is the state the pass left the article in.
func (k *keptExtractions) write() {
	var err error
	n := 0
	for batch := range k.batches {
		if err == nil {
			err = k.writeBatch(batch, &n)
		}
	}
	k.written <- err
}

// writeBatch writes one batch; n counts the rows written so far.
func (k *keptExtractions) writeBatch(batch []extractedRow, n *int) error {
	tx, err := k.d.db.Begin()
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
	for _, r := range batch {
		if extractedHook != nil {
			extractedHook(*n, r.placed)
		}
		crc := int64(crc32.Checksum(r.value, crcTable))
		if r.placed {
			_, err = putPlaced.Exec(r.path, r.sum[:], r.state[:], crc, r.value)
		} else {
			_, err = put.Exec(r.path, r.sum[:], crc, r.value)
		}
		if err != nil {
			return err
		}
		*n++
	}
	return tx.Commit()
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

// keep writes the extractions made anew that are not written yet, and
// waits for the writer.
func (k *keptExtractions) keep() error {
	k.mu.Lock()
	k.handOver()
	k.mu.Unlock()
	if k.batches == nil {
		return nil
	}
	close(k.batches)
	return <-k.written
}

// extractedHook, when set (by tests), is called before each extraction is
// written, with the number already written in the transaction and
// whether it is of an article as the corpus placed its dates.
var extractedHook func(written int, placed bool)
