package app

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// exportFileMode is the permission of exported files: readable by everyone,
// like files written by any other desktop program (os.CreateTemp's 0600 is
// meant for secrets, not for charts handed to colleagues).
const exportFileMode = 0o644

// writeFileAtomic writes path through write, replacing any file already
// there. The bytes go to a temporary file in the same directory (so the
// final rename never crosses a file system) which is renamed over path only
// once write, the flush and the sync have all succeeded: readers see the old
// file or the new one, never half of one, and a failure leaves nothing
// behind. Errors name path.
//
// Callers that must not replace a file without asking first use
// createFileAtomic, and call writeFileAtomic only after the person agreed.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	return commitAtomic(path, write, func(tmp string) error { return os.Rename(tmp, path) })
}

// createFileAtomic is writeFileAtomic for a file that must not exist yet:
// when path exists it fails with an error matching fs.ErrExist and leaves
// the existing file alone. The check and the creation are one step (a hard
// link of the finished temporary file), so a file that appears while the
// export runs is not clobbered either.
func createFileAtomic(path string, write func(io.Writer) error) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s: %w", path, fs.ErrExist)
	}
	return commitAtomic(path, write, func(tmp string) error {
		err := os.Link(tmp, path)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			// Some file systems (FAT on a USB stick, some network shares)
			// have no hard links; there a rename after a fresh check is the
			// best that can be done.
			if _, statErr := os.Lstat(path); statErr == nil {
				return fs.ErrExist
			}
			return os.Rename(tmp, path)
		}
		if err != nil {
			return err
		}
		// The file is in place; a temporary name that will not go away
		// is untidy but not a failed export.
		_ = os.Remove(tmp)
		return nil
	})
}

// commitAtomic writes a temporary file beside path and hands its name to
// commit, which puts it in place. The temporary file is removed whatever
// happens, unless commit consumed it.
func commitAtomic(path string, write func(io.Writer) error, commit func(tmp string) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if base == "" {
		return fmt.Errorf("cannot write %q: it names a folder, not a file", path)
	}
	cleanStaleTemps(dir, base)
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot write %s: the folder %s does not exist: %w", path, filepath.Clean(dir), fs.ErrNotExist)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	tmp := f.Name()
	_ = lockTemp(f) // held while writing: a later export sees the file is not abandoned
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	buf := bufio.NewWriter(f)
	if err := write(buf); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := buf.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// Sync before the rename: otherwise a crash can leave the new name
	// pointing at a file whose data never reached the disk.
	if err := f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Chmod(exportFileMode); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := commit(tmp); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w", path, fs.ErrExist)
		}
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	return nil
}

// unwrapPathError drops the *PathError / *LinkError wrapper, whose message
// repeats the temporary file's name: the person asked for path, so errors
// name path and say only what went wrong ("permission denied").
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
