package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/caravan-analytics/caravan/data"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, so the command line needs no cgo

	"github.com/caravan-analytics/caravan/data/filestamp"
)

// Cached is a Folder read through a cache of what was computed from it: an
// SQLite database under the user's cache folder, one per corpus folder.
//
// Reopened unchanged (the same files with the same stamps: size,
// modification time, inode, change time), the folder's whole corpus comes
// from the cache as the last load left it, events discovered, its
// articles without their text (read when first needed; see
// data.Article.LoadText), and nothing is read, analysed or discovered
// again (LoadFinished; see computed.go). Otherwise each file is looked at:
// a file whose stamp is the one recorded is not read at all; one whose
// stamp changed is read and, when its content hash is the recorded one,
// not analysed again; a changed or new file is read and analysed, and a
// removed one forgotten. Entries are keyed by the file's content hash,
// Caravan's own build (a hash of the program) and the curated knowledge
// used (a hash of the catalogue and name lists), so that nothing computed
// by another program or with other knowledge is ever used.
//
// A cache that cannot be read, is not Caravan's, or holds a damaged entry
// or a damaged corpus is discarded with a warning among the corpus's
// problems, and the folder read afresh. Writes are transactions (SQLite's
// rollback journal): the entries in one, the whole corpus after discovery
// in another, so that a crash while writing leaves a cache that is right
// (at worst without a whole corpus, and then read file by file).
type Cached struct {
	Folder Folder
	// Dir is the folder the cache databases live in; "" means
	// DefaultCacheDir.
	Dir string
}

// DefaultCacheDir is the caravan folder in the user's cache folder
// (~/.cache/caravan on Linux).
func DefaultCacheDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "caravan"), nil
}

// cacheFormat changes whenever the tables change.
const cacheFormat = "caravan-cache-2"

// Load builds the corpus, taking from the cache whatever is still valid and
// leaving in it what was computed. A folder not on disk (the shipped
// seeds) is read directly.
func (c Cached) Load(ctx context.Context, cur data.Curated, progress func(data.Progress)) (*data.Corpus, error) {
	return c.LoadFinished(ctx, cur, nil, progress)
}

// LoadFinished implements Computing. When finish is nil it is Load, and
// keeps no whole corpus.
func (c Cached) LoadFinished(ctx context.Context, cur data.Curated, finish Finish, progress func(data.Progress)) (*data.Corpus, error) {
	if progress == nil {
		progress = func(data.Progress) {}
	}
	if c.Folder.Dir == "" {
		corpus, err := c.Folder.Load(ctx, cur, progress)
		if err == nil && finish != nil {
			err = finish(ctx, corpus, progress)
		}
		if err != nil {
			return nil, err
		}
		return corpus, nil
	}
	var warnings []data.Problem
	warn := func(file string, err error) {
		warnings = append(warnings, data.Problem{File: file, Error: err.Error()})
	}
	// Listing the folder (a status call per file) waits on the system
	// while opening the cache and decoding the corpus kept use the cores:
	// both go on at once.
	var listed chan *folderListing
	if finish != nil {
		listed = make(chan *folderListing, 1)
		go func() { listed <- listFolder(c.Folder.FS) }()
	}
	db, err := c.open(cur)
	if err != nil {
		warn(c.pathOrDir(), fmt.Errorf("cache not used: %w; the folder is read afresh", err))
		db = nil
	} else if db.discarded != "" {
		warn(db.path, fmt.Errorf("cache discarded: %s; the folder is read afresh", db.discarded))
	}
	var (
		cache   data.ArticleCache
		listing *folderListing
		keepDB  bool // the corpus reads its articles' text from the database
	)
	if db != nil {
		defer func() {
			if !keepDB && db != nil {
				db.close()
			}
		}()
		cache = db
		if finish != nil {
			corpus, err := db.loadComputed(ctx, func() *folderListing {
				if listing == nil {
					listing = <-listed
				}
				return listing
			}, c.Folder, cur, progress)
			switch {
			case err != nil && ctx.Err() != nil:
				return nil, ctx.Err()
			case err != nil:
				warn(db.path, fmt.Errorf("cache of the whole corpus discarded: %w; the folder is read afresh", err))
			case corpus != nil:
				keepDB = true
				corpus.Problems = append(corpus.Problems, warnings...)
				return corpus, nil
			}
		}
		if err := db.readEntries(); err != nil {
			// Damaged where only a load that reads the folder looks:
			// start again with an empty cache.
			warn(db.path, fmt.Errorf("cache discarded: damaged: %w; the folder is read afresh", err))
			db.close()
			removeDB(db.path)
			if db, err = c.open(cur); err != nil {
				db, cache = nil, nil
			} else {
				cache = db
			}
		}
	}
	// Whether the cache held files before this load: a first load keeps
	// no extraction (extracted.go).
	heldFiles := db != nil && len(db.rows) > 0
	corpus, err := data.BuildCached(ctx, c.Folder.FS, c.Folder.Root, cur, cache, progress)
	if err != nil {
		return nil, err
	}
	// The entries are written before finish runs: they share slices with
	// the corpus's articles (see data.ArticleCache.Store), which finish
	// changes (discovery adds links).
	saved := false
	if cache != nil {
		if db.damaged.Load() > 0 {
			warn(db.path, fmt.Errorf("cache held %d damaged entries: discarded, those files were read afresh", db.damaged.Load()))
		}
		if err := db.commit(ctx); err != nil {
			warn(db.path, fmt.Errorf("cache not saved: %w", err))
		} else {
			saved = true
		}
	}
	if finish != nil {
		if listing == nil {
			listing = <-listed
		}
		// A reload after a change extracts only what changed (extracted.go).
		var extractions *keptExtractions
		if saved {
			extractions = db.extractionKeeper(heldFiles)
		}
		if extractions != nil {
			corpus.Extractions = extractions
		}
		err := finish(ctx, corpus, progress)
		corpus.Extractions = nil
		if extractions != nil {
			// What was extracted is right even when the load stops
			// (each row is of one file's content): it is kept.
			if err := extractions.keep(); err != nil {
				warn(db.path, fmt.Errorf("cache of the articles' extraction not saved: %w", err))
			}
			if extractions.damaged > 0 {
				warn(db.path, fmt.Errorf("cache held %d damaged extractions: discarded, those articles were read again", extractions.damaged))
			}
		}
		if err != nil {
			return nil, err
		}
		if saved && listing.usable(time.Now()) {
			if err := db.keepComputed(ctx, corpus, listing); err != nil {
				warn(db.path, fmt.Errorf("cache of the whole corpus not saved: %w", err))
			}
		}
	}
	corpus.Problems = append(corpus.Problems, warnings...)
	return corpus, nil
}

// pathOrDir names where the cache would be, for a warning.
func (c Cached) pathOrDir() string {
	if p, err := c.path(); err == nil {
		return p
	}
	return "cache"
}

// path is the database for the folder: one per corpus folder, named by a
// hash of its absolute path.
func (c Cached) path() (string, error) {
	dir := c.Dir
	if dir == "" {
		var err error
		if dir, err = DefaultCacheDir(); err != nil {
			return "", err
		}
	}
	sum := sha256.Sum256([]byte(c.Folder.Dir))
	return filepath.Join(dir, "corpora", hex.EncodeToString(sum[:12])+".sqlite"), nil
}

// cacheKey is what the entries of a database are valid for.
type cacheKey struct {
	format, folder, program, knowledge, layout string
}

func (k cacheKey) fields() map[string]string {
	return map[string]string{"format": k.format, "folder": k.folder, "program": k.program, "knowledge": k.knowledge, "layout": k.layout}
}

// keyFor is the key of this program, this folder and cur.
func (c Cached) keyFor(cur data.Curated) (cacheKey, error) {
	program, err := programHash()
	if err != nil {
		return cacheKey{}, err
	}
	knowledge, err := json.Marshal(cur)
	if err != nil {
		return cacheKey{}, err
	}
	ks := sha256.Sum256(knowledge)
	return cacheKey{
		format:    cacheFormat,
		folder:    c.Folder.Dir,
		program:   program,
		knowledge: hex.EncodeToString(ks[:]),
		layout:    strconv.FormatUint(typeSignature(reflect.TypeFor[data.Article]())^typeSignature(reflect.TypeFor[computedHead]())<<1^typeSignature(reflect.TypeFor[computedPart]())<<2, 16),
	}, nil
}

var (
	programOnce sync.Once
	programSum  string
	programErr  error
)

// programHash is the hash of the running program's file: any change to
// Caravan's code, however it was built, makes a different program whose
// results are not the old ones.
func programHash() (string, error) {
	programOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			programErr = err
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			programErr = err
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			programErr = err
			return
		}
		programSum = hex.EncodeToString(h.Sum(nil))
	})
	return programSum, programErr
}

// cacheDB is an open cache database: what it held when opened, and what
// this load adds. It is the data.ArticleCache Build uses.
type cacheDB struct {
	db   *sql.DB
	path string
	// discarded says why what the file held was thrown away, or "".
	discarded string

	rows map[string]*cacheRow // file → what was stored, read once at open
	// rowsRead is set once rows hold the whole table (see readRows): a
	// reopening that compared the files' stamps (sameContent) and found
	// the folder changed reads the folder next, with the same rows.
	rowsRead bool
	damaged  atomic.Int64
	// sums are the content hashes of the files the entries were made
	// from, once they are written (see commit).
	sums map[string]data.ContentSum
	// lost is set when an article of this load could not be kept, so
	// that the whole corpus is not kept either (its text would be
	// missing).
	lost bool

	mu       sync.Mutex
	seen     map[string]bool // files of this load: the others are forgotten
	pending  []pendingEntry
	decoders sync.Pool
}

// cacheRow is one stored entry, still encoded.
type cacheRow struct {
	stamp    filestamp.Stamp
	sum      data.ContentSum
	body     [sha256.Size]byte
	analysed bool
	crc      uint32
	article  []byte // read by readTexts; nil until then, and once decoded
}

type pendingEntry struct {
	file  string
	stamp filestamp.Stamp
	c     data.Cached
}

// The tables: what each file was (files, small, read whole at every
// open), what was computed from it (texts: the whole article, text
// included, read only when the folder changed or an article's text is
// asked for), the whole corpus as last computed, without the
// articles' texts (computed, in parts decoded in parallel; see
// computed.go), and discovery's extraction of each article, kept by
// reloads after a change (extracted; see extracted.go).
const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
	path     TEXT PRIMARY KEY,
	size     INTEGER NOT NULL,
	mtime    INTEGER NOT NULL,
	inode    INTEGER NOT NULL,
	ctime    INTEGER NOT NULL,
	sum      BLOB NOT NULL,
	body     BLOB NOT NULL,
	analysed INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS texts (
	path    TEXT PRIMARY KEY,
	crc     INTEGER NOT NULL,
	article BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS computed (
	part  INTEGER PRIMARY KEY,
	crc   INTEGER NOT NULL,
	value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS extracted (
	path  TEXT PRIMARY KEY,
	sum   BLOB NOT NULL,
	crc   INTEGER NOT NULL,
	value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS extracted_placed (
	path  TEXT PRIMARY KEY,
	sum   BLOB NOT NULL,
	state BLOB NOT NULL,
	crc   INTEGER NOT NULL,
	value BLOB NOT NULL
);`

// open opens (or makes) the folder's cache database and reads its entries.
// A file that is not a database, or not this program's, is replaced by an
// empty one and the reason kept in discarded.
func (c Cached) open(cur data.Curated) (*cacheDB, error) {
	path, err := c.path()
	if err != nil {
		return nil, err
	}
	key, err := c.keyFor(cur)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	d, reason, err := openChecked(path, key)
	if err != nil && reason == "" {
		return nil, err
	}
	if err != nil {
		// Whatever is there cannot be trusted: start again.
		removeDB(path)
		if d, _, err = openChecked(path, key); err != nil {
			return nil, err
		}
		d.discarded = reason
	}
	return d, nil
}

// openChecked opens path and reads it when its key is key. The reason is
// set when the file is there but not usable (damaged, or not a Caravan
// cache); an outdated cache (another build or other knowledge) is emptied
// without a reason, since that is expected.
func openChecked(path string, key cacheKey) (d *cacheDB, reason string, err error) {
	// The classic rollback journal: commits are atomic across a crash, and
	// a load's bulk of new entries is written once, where a write-ahead
	// log writes it twice (2.5 times the CPU, measured). Pages of 32 KB
	// hold an entry (about 10 KB) without a chain of overflow pages.
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=page_size(32768)&_pragma=journal_mode(DELETE)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return nil, "", err
	}
	db.SetMaxOpenConns(1)
	fail := func(why string, err error) (*cacheDB, string, error) {
		db.Close()
		return nil, why + ": " + err.Error(), err
	}
	if _, err := db.Exec(schema); err != nil {
		return fail("not a readable database", err)
	}
	stored := map[string]string{}
	rows, err := db.Query(`SELECT key, value FROM meta`)
	if err != nil {
		return fail("not a readable database", err)
	}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			rows.Close()
			return fail("not a readable database", err)
		}
		stored[k] = v
	}
	if err := rows.Close(); err != nil {
		return fail("not a readable database", err)
	}
	d = &cacheDB{db: db, path: path, rows: map[string]*cacheRow{}, seen: map[string]bool{}}
	d.decoders.New = func() any { return newDecoder() }
	switch {
	case len(stored) == 0:
		// New, or emptied.
	case stored["format"] != key.format || stored["folder"] != key.folder:
		return fail("not a Caravan cache of this folder", fmt.Errorf("format %q, folder %q", stored["format"], stored["folder"]))
	case stored["program"] != key.program || stored["knowledge"] != key.knowledge || stored["layout"] != key.layout:
		// Written by another build of Caravan or with other knowledge:
		// its entries are not valid here, and are dropped.
		if _, err := db.Exec(`DELETE FROM files; DELETE FROM texts; DELETE FROM computed; DELETE FROM extracted; DELETE FROM extracted_placed`); err != nil {
			return fail("not a writable database", err)
		}
	default:
		// The entries are read by a load that reads the folder
		// (readEntries); reopening an unchanged one needs none of them.
	}
	if sameKey(stored, key) {
		// A reopening writes nothing.
		return d, "", nil
	}
	tx, err := db.Begin()
	if err != nil {
		return fail("not a writable database", err)
	}
	for k, v := range key.fields() {
		if _, err := tx.Exec(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, k, v); err != nil {
			tx.Rollback()
			return fail("not a writable database", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fail("not a writable database", err)
	}
	return d, "", nil
}

// sameKey reports whether the stored meta are key's.
func sameKey(stored map[string]string, key cacheKey) bool {
	fields := key.fields()
	if len(stored) != len(fields) {
		return false
	}
	for k, v := range fields {
		if stored[k] != v {
			return false
		}
	}
	return true
}

// removeDB removes a database file and its journals.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

// readEntries reads what the cache holds of each file, for a load that
// reads the folder.
func (d *cacheDB) readEntries() error {
	if err := d.readRows(); err != nil {
		return err
	}
	return d.readTexts()
}

// readRows reads what every file was: a small table, read in one pass.
func (d *cacheDB) readRows() error {
	if d.rowsRead {
		return nil
	}
	rows, err := d.db.Query(`SELECT path, size, mtime, inode, ctime, sum, body, analysed FROM files`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			path      string
			r         cacheRow
			sum, body []byte
			inode     int64
		)
		if err := rows.Scan(&path, &r.stamp.Size, &r.stamp.ModTime, &inode, &r.stamp.Change, &sum, &body, &r.analysed); err != nil {
			return err
		}
		if len(sum) != len(r.sum) || len(body) != len(r.body) {
			return errors.New("an entry has a hash of the wrong size")
		}
		r.stamp.Inode = uint64(inode)
		copy(r.sum[:], sum)
		copy(r.body[:], body)
		d.rows[path] = &r
	}
	if err := rows.Err(); err != nil {
		return err
	}
	d.rowsRead = true
	return nil
}

// readTexts reads every file's stored article, still encoded, for a load
// that reads the folder: one pass over the table is much quicker than a
// query per file. A text without its file's entry is left out.
func (d *cacheDB) readTexts() error {
	rows, err := d.db.Query(`SELECT path, crc, article FROM texts`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			path    string
			crc     int64
			article []byte
		)
		if err := rows.Scan(&path, &crc, &article); err != nil {
			return err
		}
		if r := d.rows[path]; r != nil {
			r.crc, r.article = uint32(crc), article
		}
	}
	return rows.Err()
}

// Lookup implements data.ArticleCache.
func (d *cacheDB) Lookup(file string, stamp filestamp.Stamp) (data.Cached, bool) {
	d.see(file)
	r := d.rows[file]
	if r == nil || r.stamp != stamp {
		return data.Cached{}, false
	}
	c, ok := d.decode(r)
	if ok {
		// Each file is looked up once, by one goroutine: once decoded,
		// the stored bytes are garbage, and on a big corpus they are as
		// big as the corpus.
		r.article = nil
	}
	return c, ok
}

// LookupSum implements data.ArticleCache.
func (d *cacheDB) LookupSum(file string, sum data.ContentSum) (data.Cached, bool) {
	r := d.rows[file]
	if r == nil || r.sum != sum {
		return data.Cached{}, false
	}
	return d.decode(r)
}

func (d *cacheDB) see(file string) {
	d.mu.Lock()
	d.seen[file] = true
	d.mu.Unlock()
}

// decode reads an entry back, checking it first: a damaged entry is
// counted and treated as absent.
func (d *cacheDB) decode(r *cacheRow) (data.Cached, bool) {
	if r.article == nil {
		return data.Cached{}, false
	}
	if crc32.Checksum(r.article, crcTable) != r.crc {
		d.damaged.Add(1)
		return data.Cached{}, false
	}
	dec := d.decoders.Get().(*decoder)
	defer d.decoders.Put(dec)
	a := &data.Article{}
	if err := dec.decodeWithBase(r.article, a); err != nil {
		d.damaged.Add(1)
		return data.Cached{}, false
	}
	return data.Cached{Article: a, Body: r.body, Sum: r.sum, Analysed: r.analysed}, true
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Store implements data.ArticleCache. Entries are encoded and written by
// commit.
//
// A file changed in the last moments may change again within the same tick
// of the file system's clock, keeping its stamp: its entry is stored
// without one, so that next time the file is read and its content hash
// compared instead.
func (d *cacheDB) Store(file string, stamp filestamp.Stamp, c data.Cached) {
	if racy(stamp, time.Now()) {
		stamp.ModTime = -1
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.seen[file] = true
	d.pending = append(d.pending, pendingEntry{file, stamp, c})
}

// racyWindow is how recent a change must be for its stamp not to be
// trusted: coarser than any file system's clock tick (FAT's is 2 s).
const racyWindow = 3 * time.Second

// racy reports whether a file of the stamp changed too recently, as of
// now, for its stamp to be trusted.
func racy(stamp filestamp.Stamp, now time.Time) bool {
	return now.UnixNano()-stamp.ModTime < int64(racyWindow)
}

// commitHook, when set (by tests), is called before each entry is written,
// with the number already written in the transaction.
var commitHook func(written int)

// commit writes this load's entries, forgets the files that are gone and
// the whole corpus kept before, in one transaction: a crash before its end
// leaves the cache as it was.
//
// Entries are encoded a batch at a time, on every core, and written while
// the next batch is encoded, so that no more than two batches of encoded
// articles are held at once.
func (d *cacheDB) commit(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	put, err := tx.Prepare(`INSERT OR REPLACE INTO files (path, size, mtime, inode, ctime, sum, body, analysed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer put.Close()
	putText, err := tx.Prepare(`INSERT OR REPLACE INTO texts (path, crc, article) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer putText.Close()
	batches := encodeBatches(d.pending)
	defer func() {
		for range batches { // let the encoder finish when writing failed
		}
	}()
	i := 0
	for b := range batches {
		for k, p := range d.pending[b.from : b.from+len(b.encoded)] {
			if err := d.put(tx, put, putText, i, p, b.encoded[k], b.errs[k]); err != nil {
				return err
			}
			// The driver has copied the bytes: the buffer serves again.
			encodeBuffers.Put(b.buffers[k])
			i++
		}
	}
	for file := range d.rows {
		if !d.seen[file] {
			if err := forget(tx, file); err != nil {
				return err
			}
		}
	}
	if _, err := tx.Exec(`DELETE FROM computed`); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// What the whole corpus kept next needs of the entries is their
	// content hashes; the entries themselves (copies of every article read
	// now) need not live through discovery.
	d.sums = make(map[string]data.ContentSum, len(d.rows)+len(d.pending))
	for file, r := range d.rows {
		d.sums[file] = r.sum
	}
	for _, p := range d.pending {
		d.sums[p.file] = p.c.Sum
	}
	d.pending = nil
	return nil
}

// encodedBatch is pending[from:from+len(encoded)] encoded.
type encodedBatch struct {
	from    int
	encoded [][]byte
	errs    []error
	// buffers[k] holds encoded[k], to go back to encodeBuffers once it is
	// written.
	buffers []*[]byte
}

// encodeBuffers holds the buffers entries are encoded into (*[]byte, so
// that putting one back allocates nothing), reused once written: encoding
// 100,000 articles into fresh buffers made gigabytes of garbage while the
// corpus itself was in memory.
var encodeBuffers = sync.Pool{New: func() any { return new([]byte) }}

// commitBatch is how many entries are encoded at once.
const commitBatch = 512

// encodeBatches encodes pending a batch at a time in the background.
func encodeBatches(pending []pendingEntry) <-chan encodedBatch {
	out := make(chan encodedBatch, 1)
	go func() {
		defer close(out)
		workers := runtime.GOMAXPROCS(0)
		for from := 0; from < len(pending); from += commitBatch {
			batch := pending[from:min(from+commitBatch, len(pending))]
			b := encodedBatch{from: from, encoded: make([][]byte, len(batch)), errs: make([]error, len(batch)), buffers: make([]*[]byte, len(batch))}
			var wg sync.WaitGroup
			for w := range workers {
				wg.Go(func() {
					for i := w; i < len(batch); i += workers {
						a := batch[i].c.Article
						buf := encodeBuffers.Get().(*[]byte)
						*buf, b.errs[i] = encodeWithBase((*buf)[:0], a, a.Text)
						b.encoded[i], b.buffers[i] = *buf, buf
					}
				})
			}
			wg.Wait()
			out <- b
		}
	}()
	return out
}

// put writes the i-th entry of the transaction, or removes the file's
// entry when it could not be encoded.
func (d *cacheDB) put(tx *sql.Tx, put, putText *sql.Stmt, i int, p pendingEntry, encoded []byte, encodeErr error) error {
	if encodeErr != nil {
		// An article the codec cannot keep is left out, and read afresh
		// next time.
		d.lost = true
		return forget(tx, p.file)
	}
	if commitHook != nil {
		commitHook(i)
	}
	crc := crc32.Checksum(encoded, crcTable)
	if _, err := put.Exec(p.file, p.stamp.Size, p.stamp.ModTime, int64(p.stamp.Inode), p.stamp.Change, p.c.Sum[:], p.c.Body[:], p.c.Analysed); err != nil {
		return err
	}
	_, err := putText.Exec(p.file, int64(crc), encoded)
	return err
}

// forget removes what the cache holds of file.
func forget(tx *sql.Tx, file string) error {
	if _, err := tx.Exec(`DELETE FROM files WHERE path = ?`, file); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM texts WHERE path = ?`, file); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM extracted WHERE path = ?`, file); err != nil {
		return err
	}
	_, err := tx.Exec(`DELETE FROM extracted_placed WHERE path = ?`, file)
	return err
}

func (d *cacheDB) close() { d.db.Close() }
