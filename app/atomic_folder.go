package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// This file puts whole folders in place the way atomic.go puts files: a
// slide folder is written beside its destination under a temporary name
// and swapped in when complete, so the destination holds the earlier deck
// or the new one, never a mix; and every export first clears away the
// temporaries that killed exports left behind.

// errExchangeUnsupported says the file system cannot swap two folders in
// one step (see exchange).
var errExchangeUnsupported = errors.New("folder exchange not supported")

// isTempName reports whether name is a temporary that an export of base
// makes: "." + base + "." + random digits + ".tmp" (os.CreateTemp and
// os.MkdirTemp put digits where the pattern has "*"). Nothing else is
// ever taken for one.
func isTempName(name, base string) bool {
	mid, ok := strings.CutPrefix(name, "."+base+".")
	if !ok {
		return false
	}
	digits, ok := strings.CutSuffix(mid, ".tmp")
	if !ok || digits == "" {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// cleanStaleTemps removes the temporaries of exports of base in dir that
// no running export holds any more: what an export killed mid-way (power
// cut, kill -9) left. A temporary folder loses only what is safe to lose
// (see removeLeftovers). Failures are ignored: tidying up must never stop
// the export asked for.
func cleanStaleTemps(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !isTempName(e.Name(), base) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		f, abandoned := isAbandoned(path)
		if !abandoned {
			continue
		}
		if e.IsDir() {
			removeLeftovers(path, filepath.Join(dir, base))
		} else {
			os.Remove(path)
		}
		f.Close()
	}
}

// removeLeftovers empties and removes a temporary slide folder: its slide
// files, and entries that are also in target (see carriedOver). Anything else is a person's file caught by an interruption and is
// kept, with the folder.
func removeLeftovers(tmp, target string) {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		path := filepath.Join(tmp, e.Name())
		if e.Type().IsRegular() && slideFilePattern.MatchString(e.Name()) {
			os.Remove(path)
			continue
		}
		if carriedOver(path, filepath.Join(target, e.Name())) {
			os.Remove(path)
		}
	}
	os.Remove(tmp) // fails, and keeps the folder, when something was kept
}

// carriedOver reports whether the entry at path is also at twin: the same
// file (a hard link), or a symbolic link to the same place.
func carriedOver(path, twin string) bool {
	a, errA := os.Lstat(path)
	b, errB := os.Lstat(twin)
	if errA != nil || errB != nil {
		return false
	}
	if a.Mode()&fs.ModeSymlink != 0 && b.Mode()&fs.ModeSymlink != 0 {
		ta, errA := os.Readlink(path)
		tb, errB := os.Readlink(twin)
		return errA == nil && errB == nil && ta == tb
	}
	return os.SameFile(a, b)
}

// writeFolderAtomic fills a new folder through fill and puts it at dir:
// created there when dir does not exist, otherwise swapped with it, the
// earlier folder's other files (not slide files) carried over. A failure
// or cancellation leaves dir as it was and no temporary behind.
func writeFolderAtomic(ctx context.Context, dir string, fill func(tmp string) error) (err error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("cannot create the slide folder %s: %w", dir, unwrapPathError(err))
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("cannot write the slide folder %s: a file of that name is in the way", dir)
	}
	cleanStaleTemps(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot create the slide folder %s: %w", dir, unwrapPathError(err))
	}
	lock, err := os.Open(tmp)
	if err == nil {
		defer lock.Close()
		_ = lockTemp(lock) // best effort: without it, cleanStaleTemps judges by age
	}
	swapped := false
	defer func() {
		if !swapped {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it private
		return fmt.Errorf("writing the slide folder %s: %w", dir, unwrapPathError(err))
	}
	if err := fill(tmp); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := syncDir(tmp); err != nil {
		return fmt.Errorf("writing the slide folder %s: %w", dir, err)
	}
	old, err := swapFolder(tmp, dir)
	if err != nil {
		return fmt.Errorf("cannot put the slide folder %s in place: %w", dir, unwrapPathError(err))
	}
	swapped = true
	if old != "" {
		removeLeftovers(old, dir)
	}
	return nil
}

// swapFolder puts the complete folder tmp at dir. When dir exists, its
// entries that are not slide files are first linked into tmp (hard links:
// the same files, nothing copied), then the two folders are exchanged in
// one step; entries that cannot be linked (subfolders, file systems
// without links) are moved across after the exchange. It returns the path
// now holding the earlier folder, "" when there was none.
func swapFolder(tmp, dir string) (string, error) {
	info, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return "", os.Rename(tmp, dir)
	}
	if err != nil {
		return "", err
	}
	if !info.IsDir() {
		return "", fmt.Errorf("%s is not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var later []string
	for _, e := range entries {
		name := e.Name()
		if e.Type().IsRegular() && slideFilePattern.MatchString(name) {
			continue // the earlier deck's slides: replaced
		}
		if _, err := os.Lstat(filepath.Join(tmp, name)); err == nil {
			continue // a name the new deck took
		}
		src, dst := filepath.Join(dir, name), filepath.Join(tmp, name)
		switch {
		case e.Type().IsRegular() && os.Link(src, dst) == nil:
		case e.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(src)
			if err != nil || os.Symlink(target, dst) != nil {
				later = append(later, name)
			}
		default:
			later = append(later, name)
		}
	}
	old := tmp
	switch err := exchange(tmp, dir); {
	case errors.Is(err, errExchangeUnsupported):
		// Two renames: for a moment dir is missing, but never mixed.
		parent, base := filepath.Split(dir)
		aside, err := os.MkdirTemp(parent, "."+base+".*.tmp")
		if err != nil {
			return "", err
		}
		os.Remove(aside)
		if err := os.Rename(dir, aside); err != nil {
			return "", err
		}
		if err := os.Rename(tmp, dir); err != nil {
			_ = os.Rename(aside, dir) // put the earlier folder back
			return "", err
		}
		old = aside
	case err != nil:
		return "", err
	}
	for _, name := range later {
		_ = os.Rename(filepath.Join(old, name), filepath.Join(dir, name)) // what fails stays, and is kept
	}
	return old, nil
}

// syncDir flushes a folder's entries to disk, so that the files in it
// survive a crash right after the swap.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, fs.ErrInvalid) {
		return err
	}
	return nil
}

// writeNewFile writes a file that nobody else sees yet (inside a
// temporary folder), synced so the swap never publishes an empty file.
func writeNewFile(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, exportFileMode)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
