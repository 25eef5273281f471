package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"runtime"
	"sync"

	"github.com/caravan-analytics/caravan/data"
)

// cachedTexts gives the articles of a kept corpus their text, from the
// texts table of the database they were kept in. The database stays open
// while any of those articles is reachable.
type cachedTexts struct {
	d    *cacheDB
	sums map[string]data.ContentSum // file → the content its article was read from
}

// ArticleText implements data.TextSource. The text is the one stored for
// the article's file when its content is the one the article was read
// from: a later load that found the file changed has replaced it, and the
// text is then not the article's.
func (s *cachedTexts) ArticleText(a *data.Article) (*data.Article, error) {
	want, ok := s.sums[a.File]
	if !ok {
		return nil, data.ErrTextChanged
	}
	var (
		crc          int64
		sum, article []byte
	)
	err := s.d.db.QueryRow(`SELECT t.crc, t.article, f.sum FROM texts t JOIN files f ON f.path = t.path WHERE t.path = ?`, a.File).Scan(&crc, &article, &sum)
	if errors.Is(err, sql.ErrNoRows) || err == nil && !bytes.Equal(sum, want[:]) {
		return nil, data.ErrTextChanged
	}
	if err != nil {
		return nil, err
	}
	dec := s.d.decoders.Get().(*decoder)
	defer s.d.decoders.Put(dec)
	full := &data.Article{}
	if err := (storedValue{uint32(crc), article}).decode(dec, full); err != nil {
		return nil, err
	}
	return full, nil
}

// RawText implements data.RawTextSource: the text is the first thing an
// entry holds (see encodeWithBase), so nothing else of it is decoded.
func (s *cachedTexts) RawText(a *data.Article) (string, error) {
	want, ok := s.sums[a.File]
	if !ok {
		return "", data.ErrTextChanged
	}
	var (
		crc          int64
		sum, article []byte
	)
	err := s.d.db.QueryRow(`SELECT t.crc, t.article, f.sum FROM texts t JOIN files f ON f.path = t.path WHERE t.path = ?`, a.File).Scan(&crc, &article, &sum)
	if errors.Is(err, sql.ErrNoRows) || err == nil && !bytes.Equal(sum, want[:]) {
		return "", data.ErrTextChanged
	}
	if err != nil {
		return "", err
	}
	return rawText(crc, article)
}

// rawText checks a stored entry and returns the text it begins with.
func rawText(crc int64, article []byte) (string, error) {
	if crc32.Checksum(article, crcTable) != uint32(crc) {
		return "", errCorrupt
	}
	n, k := binary.Uvarint(article)
	if k <= 0 || n > uint64(len(article)-k) {
		return "", errCorrupt
	}
	return string(article[k : k+int(n)]), nil
}

// EachRawText implements data.BulkRawTextSource: one pass over the texts
// table, nothing decoded but the texts.
func (s *cachedTexts) EachRawText(articles []*data.Article, fill func(a *data.Article, text string, err error)) {
	want := make(map[string]*data.Article, len(articles))
	for _, a := range articles {
		want[a.File] = a
	}
	err := func() error {
		q, err := s.d.db.Query(`SELECT t.path, t.crc, t.article, f.sum FROM texts t JOIN files f ON f.path = t.path`)
		if err != nil {
			return err
		}
		defer q.Close()
		for q.Next() {
			var (
				path         string
				crc          int64
				article, sum sql.RawBytes
			)
			if err := q.Scan(&path, &crc, &article, &sum); err != nil {
				return err
			}
			a := want[path]
			if a == nil {
				continue
			}
			delete(want, path)
			if wantSum, ok := s.sums[path]; !ok || !bytes.Equal(sum, wantSum[:]) {
				fill(a, "", data.ErrTextChanged)
				continue
			}
			text, err := rawText(crc, article)
			fill(a, text, err)
		}
		return q.Err()
	}()
	if err == nil {
		err = data.ErrTextChanged // not in the cache any more
	}
	for _, a := range want {
		fill(a, "", err)
	}
}

// EachArticleText implements data.BulkTextSource: one pass over the texts
// table, the articles decoded on every core while it goes on.
func (s *cachedTexts) EachArticleText(articles []*data.Article, stop func() bool, fill func(a, full *data.Article, err error)) {
	want := make(map[string]*data.Article, len(articles))
	for _, a := range articles {
		want[a.File] = a
	}
	type row struct {
		a        *data.Article
		stored   storedValue
		sum      []byte
		wantSum  data.ContentSum
		knownSum bool
	}
	rows := make(chan row, 64)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			dec := s.d.decoders.Get().(*decoder)
			defer s.d.decoders.Put(dec)
			for r := range rows {
				if !r.knownSum || !bytes.Equal(r.sum, r.wantSum[:]) {
					fill(r.a, nil, data.ErrTextChanged)
					continue
				}
				full := &data.Article{}
				if err := r.stored.decode(dec, full); err != nil {
					fill(r.a, nil, err)
					continue
				}
				fill(r.a, full, nil)
			}
		})
	}
	stopped := false
	err := func() error {
		q, err := s.d.db.Query(`SELECT t.path, t.crc, t.article, f.sum FROM texts t JOIN files f ON f.path = t.path`)
		if err != nil {
			return err
		}
		defer q.Close()
		for q.Next() {
			if stop != nil && stop() {
				stopped = true
				return nil
			}
			var (
				path string
				crc  int64
				r    row
			)
			if err := q.Scan(&path, &crc, &r.stored.value, &r.sum); err != nil {
				return err
			}
			if r.a = want[path]; r.a == nil {
				continue
			}
			delete(want, path)
			r.stored.crc = uint32(crc)
			r.wantSum, r.knownSum = s.sums[path]
			rows <- r
		}
		return q.Err()
	}()
	close(rows)
	wg.Wait()
	if stopped {
		return
	}
	if err == nil {
		err = data.ErrTextChanged // not in the cache any more
	}
	for _, a := range want {
		fill(a, nil, err)
	}
}

// keepOpen leaves the database open for the corpus's texts, and closes it
// once nothing can ask for them.
func (s *cachedTexts) keepOpen() {
	runtime.AddCleanup(s, func(db *sql.DB) { db.Close() }, s.d.db)
}
