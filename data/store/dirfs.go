package store

import (
	"io/fs"
	"os"
	"path/filepath"
)

// dirFS is os.DirFS whose Open does not block: opening a named pipe for
// reading waits for a writer, forever if none comes, so every file is
// opened with O_NONBLOCK where the system has it. data.ReadArticles never
// opens what it has not seen to be a regular file; this closes the gap
// between its look and its open.
type dirFS struct {
	fs.FS // os.DirFS of root, for everything but Open
	root  string
}

func nonBlockingDirFS(root string) dirFS { return dirFS{FS: os.DirFS(root), root: root} }

// Open opens name, a slash-separated path inside the folder, for reading.
func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := os.OpenFile(filepath.Join(d.root, filepath.FromSlash(name)), os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		// The full path would show the analyst's home folder in problems.
		if pe, ok := err.(*fs.PathError); ok {
			pe.Path = name
		}
		return nil, err
	}
	return f, nil
}

// ReadDir, Stat, Lstat and ReadLink are os.DirFS's.
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.FS, name) }
func (d dirFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(d.FS, name) }
func (d dirFS) ReadLink(name string) (string, error)       { return fs.ReadLink(d.FS, name) }
