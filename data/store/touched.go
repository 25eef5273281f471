package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"hash/crc32"
	"io/fs"

	"github.com/caravan-analytics/caravan/data"
)

// A folder whose files were only touched (saved again unchanged, checked
// out, copied with new times) lists differently from the folder the kept
// corpus was made for, but nothing computed from it changed. Reading it
// file by file would decode every article again and run discovery on the
// whole corpus (most of a cold load's time at 100,000 articles) to end
// with the same corpus. So when the same files are listed with the same
// problems, the files whose stamps differ from those recorded are read
// and hashed; when each has the content it had, the kept corpus is the
// folder's, and is kept again for the new listing. A file of another size
// has changed without reading it; one changed to the same size is read
// here and again by the load file by file.

// sameContent reports whether the folder, as listed, holds the files the
// kept corpus was made from, each with its content then (names is the
// kept listing's names hash), and which files were touched.
func (d *cacheDB) sameContent(fsys fs.FS, l *folderListing, names []byte) (touched []data.ListedFile, same bool) {
	if !bytes.Equal(names, l.names[:]) {
		return nil, false // files added, removed or renamed, or other problems
	}
	if err := d.readRows(); err != nil {
		return nil, false
	}
	for _, f := range l.files {
		r, ok := d.rows[f.Name]
		if !ok {
			return nil, false
		}
		if r.stamp != f.Stamp {
			if r.stamp.Size != f.Stamp.Size {
				return nil, false // changed, known without reading it
			}
			touched = append(touched, f)
		}
	}
	if len(touched) > len(l.files)/4 {
		// Mostly new stamps (a copied folder): reading every file to hash
		// it is most of what the load file by file does anyway.
		return nil, false
	}
	for _, f := range touched {
		b, err := fs.ReadFile(fsys, f.Name)
		if err != nil || data.ContentSum(sha256.Sum256(b)) != d.rows[f.Name].sum {
			return nil, false
		}
	}
	return touched, true
}

// restamp records the touched files' new stamps and the kept corpus's
// head for the new listing (encoded), in one transaction.
func (d *cacheDB) restamp(ctx context.Context, touched []data.ListedFile, head []byte) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op once committed
	for _, f := range touched {
		if _, err := tx.Exec(`UPDATE files SET size = ?, mtime = ?, inode = ?, ctime = ? WHERE path = ?`,
			f.Stamp.Size, f.Stamp.ModTime, int64(f.Stamp.Inode), f.Stamp.Change, f.Name); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(`UPDATE computed SET crc = ?, value = ? WHERE part = 0`, int64(crc32.Checksum(head, crcTable)), head); err != nil {
		return err
	}
	return tx.Commit()
}
