package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// The whole corpus as a load left it (events found across articles and
// storylines included) is kept next to the per-file entries, without the
// articles' texts: reopening an unchanged folder then reads that compact
// form and not every article, nor redoes discovery. Each article's text,
// paragraphs and date mentions stay in the texts table, read when first
// needed (data.Article.LoadText).
//
// It is valid for one listing of the folder: every file's name and stamp
// (size, modification time, inode, change time) and the problems the
// listing found. A folder whose listing differs in anything is read as
// before, file by file, and the corpus kept again.

// folderListing is the folder as listed before a load.
type folderListing struct {
	sum   [sha256.Size]byte
	names [sha256.Size]byte // of the files' names and the problems alone, without the stamps
	files []data.ListedFile
	ok    bool // the folder could be listed
}

func listFolder(fsys fs.FS) *folderListing {
	files, problems, err := data.ListArticleFiles(fsys)
	l := &folderListing{files: files, ok: err == nil}
	if err != nil {
		return l
	}
	h, names := sha256.New(), sha256.New()
	var buf []byte
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	for _, f := range files {
		buf = buf[:0]
		str(f.Name)
		names.Write(buf)
		buf = binary.AppendVarint(buf, f.Stamp.Size)
		buf = binary.AppendVarint(buf, f.Stamp.ModTime)
		buf = binary.AppendUvarint(buf, f.Stamp.Inode)
		buf = binary.AppendVarint(buf, f.Stamp.Change)
		h.Write(buf)
	}
	buf = append(buf[:0], 0xff) // no file name starts so
	h.Write(buf)
	names.Write(buf)
	for _, p := range problems {
		buf = buf[:0]
		str(p.File)
		str(p.Error)
		h.Write(buf)
		names.Write(buf)
	}
	h.Sum(l.sum[:0])
	names.Sum(l.names[:0])
	return l
}

// usable reports whether a corpus loaded after the listing may be kept
// for it: no file changed so recently, as of now, that a change within
// the same tick of the file system's clock could keep its stamp.
func (l *folderListing) usable(now time.Time) bool {
	if l == nil || !l.ok {
		return false
	}
	for _, f := range l.files {
		if racy(f.Stamp, now) {
			return false
		}
	}
	return true
}

// computedHead is part 0 of a kept corpus.
type computedHead struct {
	Listing    []byte // folderListing.sum
	Names      []byte // folderListing.names
	Parts      int    // parts of articles that follow, numbered from 1
	Articles   int
	Events     []*data.Event // their excerpts without ArticleRef
	Storylines []data.Storyline
	Problems   []data.Problem
}

// computedArticle is an article kept without its text.
type computedArticle struct {
	Article  *data.Article // without Text, its paragraphs' Text, Mentions
	Headline string
	Sum      data.ContentSum // of its file: the text read later must be of it
	// SharedEvidence is set when every link's evidence is its excerpt's
	// (as Build and discovery make them): the links are kept without it
	// and given the excerpt's back, which halves what a warm load reads.
	SharedEvidence bool
}

// excerptKey names the excerpt of a link: its event, article, paragraph.
type excerptKey struct {
	event, article string
	paragraph      int
}

// excerptEvidence maps each excerpt of events to its evidence; a key
// found twice maps to nil with ok set in ambiguous.
func excerptEvidence(events []*data.Event) (evidence map[excerptKey][]data.Match, ambiguous map[excerptKey]bool) {
	evidence, ambiguous = map[excerptKey][]data.Match{}, map[excerptKey]bool{}
	for _, e := range events {
		for _, x := range e.Excerpts {
			k := excerptKey{e.ID, x.Article, x.Paragraph}
			if _, seen := evidence[k]; seen {
				ambiguous[k] = true
			}
			evidence[k] = x.Evidence
		}
	}
	return evidence, ambiguous
}

// sharesEvidence reports whether every link of a has its excerpt's
// evidence, so that it can be given back from there.
func sharesEvidence(a *data.Article, evidence map[excerptKey][]data.Match, ambiguous map[excerptKey]bool) bool {
	for _, l := range a.Links {
		k := excerptKey{l.Event, a.ID, l.Paragraph}
		ev, ok := evidence[k]
		if !ok || ambiguous[k] || !reflect.DeepEqual(ev, l.Evidence) {
			return false
		}
	}
	return true
}

// computedPart is a run of articles, decoded on its own.
type computedPart struct {
	Articles []computedArticle
}

// computedPartSize is how many articles a part holds: parts are decoded
// in parallel, and written one at a time. (A variable so that tests can
// keep small corpora in many parts.)
var computedPartSize = 2048

// keepComputed keeps c, as the load that listed the folder left it, in a
// transaction of its own: a crash before its end leaves no corpus kept,
// and the next load reads the folder file by file.
func (d *cacheDB) keepComputed(ctx context.Context, c *data.Corpus, listing *folderListing) error {
	if d.lost {
		return nil // an article's text is not in the cache
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	if err := d.putComputed(tx, c, listing); err != nil {
		return err
	}
	// The search index the window builds later is kept for this
	// generation of the kept corpus (search.go).
	g := newGeneration()
	if err := putGeneration(tx, g); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if k := keeperFor(d, g); k != nil {
		c.SearchKeeper = k
	}
	return nil
}

// putComputed writes c, as the load that listed the folder left it.
func (d *cacheDB) putComputed(tx *sql.Tx, c *data.Corpus, listing *folderListing) error {
	sums := d.sums
	put, err := tx.Prepare(`INSERT INTO computed (part, crc, value) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer put.Close()
	write := func(part int, v any) error {
		buf := encodeBuffers.Get().(*[]byte)
		defer encodeBuffers.Put(buf)
		var err error
		if *buf, err = encodeShared((*buf)[:0], v); err != nil {
			return err
		}
		_, err = put.Exec(part, int64(crc32.Checksum(*buf, crcTable)), *buf)
		return err
	}
	head := computedHead{
		Listing: listing.sum[:], Names: listing.names[:], Parts: (len(c.Articles) + computedPartSize - 1) / computedPartSize,
		Articles: len(c.Articles), Storylines: c.Storylines, Problems: c.Problems,
		Events: make([]*data.Event, len(c.Events)),
	}
	for i, e := range c.Events {
		kept := *e
		kept.Excerpts = slices.Clone(e.Excerpts)
		for j := range kept.Excerpts {
			kept.Excerpts[j].ArticleRef = nil
		}
		head.Events[i] = &kept
	}
	if err := write(0, &head); err != nil {
		return err
	}
	evidence, ambiguous := excerptEvidence(c.Events)
	next, stop := encodeInOrder(head.Parts, func(part int) (any, error) {
		from := part * computedPartSize
		articles := c.Articles[from:min(from+computedPartSize, len(c.Articles))]
		p := computedPart{Articles: make([]computedArticle, len(articles))}
		for i, a := range articles {
			sum, ok := sums[a.File]
			if !ok {
				return nil, fmt.Errorf("%s has no entry", a.File)
			}
			k := computedArticle{Article: withoutText(a), Headline: a.Headline(), Sum: sum,
				SharedEvidence: sharesEvidence(a, evidence, ambiguous)}
			if k.SharedEvidence {
				k.Article.Links = slices.Clone(a.Links)
				for j := range k.Article.Links {
					k.Article.Links[j].Evidence = nil
				}
			}
			p.Articles[i] = k
		}
		return &p, nil
	})
	defer stop()
	for part := range head.Parts {
		buf, err := next()
		if err != nil {
			return err
		}
		_, err = put.Exec(part+1, int64(crc32.Checksum(*buf, crcTable)), *buf)
		encodeBuffers.Put(buf)
		if err != nil {
			return err
		}
	}
	return nil
}

// encodeInOrder encodes n values (value(i) makes the i-th, a pointer to
// a struct) with encodeShared, on every core, and next gives them in
// order, each in a buffer of encodeBuffers to put back once written.
// Encoding the kept corpus of 100,000 articles is several CPU-seconds
// that the load waits for, while writing it is little: the encoders work
// at most two values per core ahead of the one next gives, so that few
// encoded values are held at once. stop, called once next is no longer
// called, ends the encoders.
func encodeInOrder(n int, value func(i int) (any, error)) (next func() (*[]byte, error), stop func()) {
	type encoded struct {
		buf *[]byte
		err error
	}
	results := make([]chan encoded, n)
	for i := range results {
		results[i] = make(chan encoded, 1)
	}
	workers := runtime.GOMAXPROCS(0)
	ahead := make(chan struct{}, 2*workers) // one token per value encoded and not yet given
	quit := make(chan struct{})
	var (
		claimed atomic.Int64
		wg      sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for {
				// Values are claimed in order, each once a token is
				// held: the one next waits for is always claimed and
				// being encoded, so next cannot wait forever.
				select {
				case <-quit:
					return
				default:
				}
				select {
				case <-quit:
					return
				case ahead <- struct{}{}:
				}
				i := int(claimed.Add(1)) - 1
				if i >= n {
					<-ahead
					return
				}
				v, err := value(i)
				var buf *[]byte
				if err == nil {
					buf = encodeBuffers.Get().(*[]byte)
					if *buf, err = encodeShared((*buf)[:0], v); err != nil {
						encodeBuffers.Put(buf)
						buf = nil
					}
				}
				results[i] <- encoded{buf, err}
			}
		})
	}
	given := 0
	next = func() (*[]byte, error) {
		r := <-results[given]
		given++
		<-ahead
		return r.buf, r.err
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			close(quit)
			wg.Wait()
		})
	}
	return next, stop
}

// withoutText is a copy of a without what LoadText reads back. Mentions
// that discovery placed from the rest of the corpus stay: the texts table
// has them as reading the file alone left them.
func withoutText(a *data.Article) *data.Article {
	kept := *a
	kept.Text = ""
	if !a.MentionsPlacedByCorpus() {
		kept.Mentions = nil
	}
	kept.Paragraphs = make([]data.Paragraph, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		p.Text = ""
		kept.Paragraphs[i] = p
	}
	return &kept
}

// errNotKept is loadComputed's answer when the kept corpus is not for
// this listing (or there is none).
var errNotKept = errors.New("no corpus kept for this listing")

// loadComputed returns the corpus kept for the folder's listing, its
// articles reading their text from the cache when asked, or nil when none
// is kept for it. An error means a kept corpus that cannot be read
// (damaged). The listing is waited for only once the kept corpus is
// decoded.
func (d *cacheDB) loadComputed(ctx context.Context, listing func() *folderListing, folder Folder, cur data.Curated, progress func(data.Progress)) (*data.Corpus, error) {
	var head computedHead
	switch err := d.readComputed(0, &head); {
	case errors.Is(err, errNotKept):
		return nil, nil
	case err != nil:
		return nil, err
	}
	progress(data.Progress{Stage: "reading", Done: 0, Total: head.Articles})
	// Parts are decoded on every core as they are read, each then
	// dropped: the encoded corpus is never held whole. The collector
	// waits meanwhile (see collector.go).
	resume := pauseCollector()
	defer resume()
	parts := make([]computedPart, head.Parts)
	errs := make([]error, head.Parts)
	evidence, _ := excerptEvidence(head.Events)
	var wg sync.WaitGroup
	next := make(chan numberedValue, runtime.GOMAXPROCS(0))
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			dec := newDecoder()
			for v := range next {
				i := v.part - 1
				errs[i] = v.decode(dec, &parts[i])
				// Nothing decoded points into the encoded bytes.
				partBuffers.Put(&v.value)
				for _, k := range parts[i].Articles {
					if k.SharedEvidence && k.Article != nil {
						for j := range k.Article.Links {
							l := &k.Article.Links[j]
							l.Evidence = evidence[excerptKey{l.Event, k.Article.ID, l.Paragraph}]
						}
					}
				}
			}
		})
	}
	// The listing is compared as soon as it comes: when it is not the
	// one the corpus was kept for, the parts stop being read, and the
	// rest are read only if the files prove to have their content still
	// (see sameContent, which needs the database the parts are read
	// from). A changed folder at 100,000 articles decoded the whole kept
	// corpus for nothing before (about 3 CPU-s, the collector paused).
	var l *folderListing
	listed, differs := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(listed)
		if l = listing(); !l.ok || !bytes.Equal(head.Listing, l.sum[:]) {
			close(differs)
		}
	}()
	read, err := d.readParts(0, head.Parts, next, differs)
	var (
		touched []data.ListedFile
		same    bool
		decided bool // whether sameContent was asked
	)
	if err == nil && read < head.Parts {
		<-listed
		if l.ok {
			touched, same = d.sameContent(folder.FS, l, head.Names)
		}
		decided = true
		if same {
			_, err = d.readParts(read, head.Parts, next, nil)
		}
	}
	close(next)
	wg.Wait()
	<-listed
	if err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if decided && !same {
		return nil, nil // the folder changed since
	}
	resume()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !l.ok {
		return nil, nil
	}
	var newHead []byte // the head for the new listing, encoded
	if !bytes.Equal(head.Listing, l.sum[:]) {
		// Files were touched, replaced or changed since: the kept corpus
		// still holds when every one of them has the content it had.
		if !decided {
			touched, same = d.sameContent(folder.FS, l, head.Names)
		}
		if !same {
			return nil, nil // the folder changed since
		}
		if l.usable(time.Now()) {
			// Encoded before the excerpts point at their articles.
			head.Listing = l.sum[:]
			newHead, _ = encodeShared(nil, &head)
		}
	}
	src := &cachedTexts{d: d, sums: make(map[string]data.ContentSum, head.Articles)}
	articles := make([]*data.Article, 0, head.Articles)
	byID := make(map[string]*data.Article, head.Articles)
	for _, p := range parts {
		for _, k := range p.Articles {
			if k.Article == nil {
				return nil, errors.New("an article is missing")
			}
			k.Article.DeferText(src, k.Headline)
			src.sums[k.Article.File] = k.Sum
			byID[k.Article.ID] = k.Article
			articles = append(articles, k.Article)
		}
	}
	if len(articles) != head.Articles {
		return nil, fmt.Errorf("%d articles kept of %d", len(articles), head.Articles)
	}
	for _, e := range head.Events {
		for i := range e.Excerpts {
			x := &e.Excerpts[i]
			if x.ArticleRef = byID[x.Article]; x.ArticleRef == nil {
				return nil, fmt.Errorf("event %s cites an article that is not there", e.ID)
			}
		}
	}
	progress(data.Progress{Stage: "reading", Done: head.Articles, Total: head.Articles})
	if newHead != nil {
		// Kept for the new listing, so that the next reopening reads no
		// file. Not doing so (a failed write) only costs that next one
		// the same hashing again.
		_ = d.restamp(ctx, touched, newHead)
	}
	// Only now: a load that goes on to read the folder uses the database.
	src.keepOpen()
	c := &data.Corpus{
		Root: folder.Root, Articles: articles, Events: head.Events, Storylines: head.Storylines,
		Names: cur.Names, Problems: head.Problems,
	}
	if k := keeperFor(d, readGeneration(d.db)); k != nil {
		c.SearchKeeper = k
	}
	return c, nil
}

// storedValue is a row of the computed table, still encoded.
type storedValue struct {
	crc   uint32
	value []byte
}

// decode checks the value and reads it into v.
func (s storedValue) decode(dec *decoder, v any) error {
	if crc32.Checksum(s.value, crcTable) != s.crc {
		return errCorrupt
	}
	return dec.decodeWithBase(s.value, v)
}

// readComputed reads part into v; errNotKept when there is no such part.
func (d *cacheDB) readComputed(part int, v any) error {
	var s storedValue
	var crc int64
	err := d.db.QueryRow(`SELECT crc, value FROM computed WHERE part = ?`, part).Scan(&crc, &s.value)
	if errors.Is(err, sql.ErrNoRows) {
		return errNotKept
	}
	if err != nil {
		return err
	}
	s.crc = uint32(crc)
	return s.decode(newDecoder(), v)
}

// partBuffers holds the buffers of encoded parts, for readParts.
var partBuffers = sync.Pool{New: func() any { return new([]byte) }}

// numberedValue is a part of articles, still encoded.
type numberedValue struct {
	storedValue
	part int // from 1
}

// readParts sends the parts of articles after the first from, to n, still
// encoded, to out, and returns the number of the last sent. It stops
// before the next part once stop (which may be nil) is closed.
func (d *cacheDB) readParts(from, n int, out chan<- numberedValue, stop <-chan struct{}) (int, error) {
	rows, err := d.db.Query(`SELECT part, crc, value FROM computed WHERE part > ? ORDER BY part`, from)
	if err != nil {
		return from, err
	}
	defer rows.Close()
	read := from
	for rows.Next() {
		select {
		case <-stop:
			return read, nil
		default:
		}
		var (
			v   numberedValue
			crc int64
			raw sql.RawBytes
		)
		if err := rows.Scan(&v.part, &crc, &raw); err != nil {
			return read, err
		}
		// The bytes are copied out (raw is only good until the next
		// row) into a buffer used again once the part is decoded: with
		// the collector paused, a new buffer per part would leave the
		// whole encoded corpus behind as garbage.
		buf := partBuffers.Get().(*[]byte)
		v.value = append((*buf)[:0], raw...)
		if v.part != read+1 || v.part > n {
			return read, fmt.Errorf("part %d where part %d was expected", v.part, read+1)
		}
		v.crc = uint32(crc)
		read++
		out <- v
	}
	if err := rows.Err(); err != nil {
		return read, err
	}
	if read != n {
		return read, fmt.Errorf("%d parts of %d", read, n)
	}
	return read, nil
}
