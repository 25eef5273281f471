package store

import (
	"bytes"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// The search index of a kept corpus is kept with it, in rows of the
// computed table below zero, so that whatever drops the kept corpus
// (every load that writes entries: DELETE FROM computed) drops its index
// too:
//
//   - part -1: the kept corpus's generation, 8 random bytes written with
//     the corpus (putComputed); restamping a touched folder keeps it;
//   - part -2: the index's head: the generation it was built for, how
//     many rows of it follow and their total length;
//   - parts -3, -4, …: the encoded index (search.Index), in rows of
//     searchRowSize bytes, each with its CRC-32C.
//
// An index is used only when its generation is the kept corpus's, read
// when the corpus was loaded or kept: one kept for another corpus, or
// damaged, is not used, and the window builds the index afresh.
const (
	generationPart = -1
	searchHeadPart = -2
)

// searchRowSize is how many bytes of the index a row holds (a variable
// for the tests, which write many rows of a small index).
var searchRowSize = 32 << 20

// newGeneration returns a generation for a corpus about to be kept.
func newGeneration() []byte {
	g := make([]byte, 8)
	_, _ = rand.Read(g) // never fails (crypto/rand)
	return g
}

// putGeneration writes the kept corpus's generation in tx.
func putGeneration(tx *sql.Tx, g []byte) error {
	_, err := tx.Exec(`INSERT OR REPLACE INTO computed (part, crc, value) VALUES (?, ?, ?)`,
		generationPart, int64(crc32.Checksum(g, crcTable)), g)
	return err
}

// readGeneration returns the kept corpus's generation, nil when it has
// none (then its index is never kept).
func readGeneration(db *sql.DB) []byte {
	var (
		crc int64
		g   []byte
	)
	if err := db.QueryRow(`SELECT crc, value FROM computed WHERE part = ?`, generationPart).Scan(&crc, &g); err != nil ||
		len(g) != 8 || crc32.Checksum(g, crcTable) != uint32(crc) {
		return nil
	}
	return g
}

// searchKeeper keeps the search index of one kept corpus (the
// generation) in the cache database at path: it is the corpus's
// data.SearchKeeper. It opens the database for each call, since the
// window keeps it far longer than the load that made it.
type searchKeeper struct {
	path       string
	generation []byte
}

// keeperFor returns the keeper of the corpus kept in d with generation g,
// nil when there is none.
func keeperFor(d *cacheDB, g []byte) *searchKeeper {
	if g == nil {
		return nil
	}
	return &searchKeeper{path: d.path, generation: g}
}

// open opens the database, as openChecked does but without checking or
// writing its key: the generation ties the rows to the corpus.
func (k *searchKeeper) open() (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+k.path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(DELETE)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// errSearchNotKept is a kept index of another corpus, or none.
var errSearchNotKept = errors.New("no search index kept for this corpus")

// KeptSearchIndex implements data.SearchKeeper: the index kept for the
// corpus, nil when there is none (or it is of another corpus), an error
// when it is damaged.
func (k *searchKeeper) KeptSearchIndex() ([]byte, error) {
	db, err := k.open()
	if err != nil {
		return nil, err
	}
	defer db.Close()
	b, err := readSearch(db, k.generation)
	if errors.Is(err, errSearchNotKept) {
		return nil, nil
	}
	return b, err
}

// readSearch reads the index kept for generation g.
func readSearch(db *sql.DB, g []byte) ([]byte, error) {
	var (
		crc  int64
		head []byte
	)
	err := db.QueryRow(`SELECT crc, value FROM computed WHERE part = ?`, searchHeadPart).Scan(&crc, &head)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, errSearchNotKept
	case err != nil:
		return nil, err
	case len(head) != 24 || crc32.Checksum(head, crcTable) != uint32(crc):
		return nil, errCorrupt
	case !bytes.Equal(head[:8], g) || !bytes.Equal(readGeneration(db), g):
		return nil, errSearchNotKept
	}
	n, size := binary.LittleEndian.Uint64(head[8:]), binary.LittleEndian.Uint64(head[16:])
	if size > n*uint64(searchRowSize) || n > 1<<20 {
		return nil, errCorrupt
	}
	rows, err := db.Query(`SELECT part, crc, value FROM computed WHERE part < ? ORDER BY part DESC`, searchHeadPart)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]byte, 0, size)
	read := uint64(0)
	for rows.Next() {
		var (
			part int64
			raw  sql.RawBytes
		)
		if err := rows.Scan(&part, &crc, &raw); err != nil {
			return nil, err
		}
		if part != searchHeadPart-1-int64(read) || read >= n || crc32.Checksum(raw, crcTable) != uint32(crc) ||
			uint64(len(out)+len(raw)) > size {
			return nil, errCorrupt
		}
		out = append(out, raw...)
		read++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if read != n || uint64(len(out)) != size {
		return nil, fmt.Errorf("%w: %d rows of %d", errCorrupt, read, n)
	}
	return out, nil
}

// KeepSearchIndex implements data.SearchKeeper: it keeps the encoded
// index, in one transaction, when the corpus kept is still the one it
// was built for (another load may have kept another since). The encoding
// is written a row at a time, as it comes.
func (k *searchKeeper) KeepSearchIndex(encode func(w io.Writer) error) error {
	db, err := k.open()
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	var g []byte
	if err := tx.QueryRow(`SELECT value FROM computed WHERE part = ?`, generationPart).Scan(&g); err != nil || !bytes.Equal(g, k.generation) {
		return errSearchNotKept
	}
	if _, err := tx.Exec(`DELETE FROM computed WHERE part <= ?`, searchHeadPart); err != nil {
		return err
	}
	put, err := tx.Prepare(`INSERT INTO computed (part, crc, value) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer put.Close()
	w := &rowWriter{put: put, next: searchHeadPart - 1}
	if err := encode(w); err != nil {
		return err
	}
	if err := w.flush(); err != nil {
		return err
	}
	head := make([]byte, 0, 24)
	head = append(head, k.generation...)
	head = binary.LittleEndian.AppendUint64(head, uint64(w.rows))
	head = binary.LittleEndian.AppendUint64(head, uint64(w.size))
	if _, err := put.Exec(searchHeadPart, int64(crc32.Checksum(head, crcTable)), head); err != nil {
		return err
	}
	return tx.Commit()
}

// rowWriter writes what is written to it in rows of searchRowSize bytes,
// each with its CRC, numbered down from next.
type rowWriter struct {
	put  *sql.Stmt
	buf  []byte
	next int
	rows int
	size int64
}

func (w *rowWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if w.buf == nil {
			w.buf = make([]byte, 0, searchRowSize)
		}
		k := min(len(p), searchRowSize-len(w.buf))
		w.buf = append(w.buf, p[:k]...)
		p = p[k:]
		if len(w.buf) == searchRowSize {
			if err := w.flush(); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

// flush writes the row gathered so far, if any.
func (w *rowWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	if _, err := w.put.Exec(w.next, int64(crc32.Checksum(w.buf, crcTable)), w.buf); err != nil {
		return err
	}
	w.next--
	w.rows++
	w.size += int64(len(w.buf))
	w.buf = w.buf[:0]
	return nil
}
