package data

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// articleFile is a file ReadArticles will read: the path it is listed
// under (a link's own path, for a link) and the path of the regular file
// that holds its bytes, with no link left in it.
type articleFile struct {
	name, target string
	info         fs.FileInfo // the target's
}

// maxLinkHops is how many links one path may go through before it is
// taken for a loop, as the operating systems do (Linux allows 40).
const maxLinkHops = 40

// listArticleFiles walks fsys for article files, sorted by path. It never
// leaves the folder and never opens anything but regular files:
//
//   - a link to a file inside the folder is read as that file (an article
//     under the link's name), through at most maxLinkHops links;
//   - a link that leaves the folder (an absolute target, or "..") is not
//     followed, and is named as a problem, as is a broken link or a loop;
//   - a link to a folder is not followed, and is named: the folder it
//     points to is read where it lies when it is inside the corpus, and is
//     not part of it when it is outside;
//   - named pipes, devices and sockets are refused without being opened,
//     since opening them can block forever or read without end;
//   - names that are not valid UTF-8 are named, with their bytes escaped.
//
// Folders that cannot be read and files too big to be articles are
// problems too; only a root that cannot be read is an error.
func listArticleFiles(fsys fs.FS) ([]articleFile, []Problem, error) {
	// entry is a file with an article's name, found by the walk.
	type entry struct {
		p string
		d fs.DirEntry
	}
	var (
		files    []articleFile
		problems []Problem
		plain    []entry // the files that are no links
	)
	problem := func(p, format string, args ...any) {
		problems = append(problems, Problem{File: readableName(p), Error: fmt.Sprintf(format, args...)})
	}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return fmt.Errorf("reading the corpus folder: %w", err)
			}
			problem(p, "cannot read: %v", plainError(err))
			return nil
		}
		if p == "." {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			// Hidden folders hold version control and editor state; hidden
			// files like macOS "._x.txt" are binary metadata, not articles.
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !utf8.ValidString(d.Name()) {
			what := "file"
			if d.IsDir() {
				what = "folder"
			}
			problem(p, "the %s name is not valid UTF-8 (the bytes shown as \\x.. are not letters in any encoding Caravan can tell); rename it to load it", what)
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			f, reason := followLink(fsys, p)
			switch {
			case reason != "":
				// Links to other kinds of files are passed over like those
				// files; a link to a folder, wherever it points, is named.
				if isArticleName(d.Name()) || linksToFolder(fsys, p) {
					problem(p, "%s", reason)
				}
			case f.info.IsDir():
				problem(p, "link to the folder %s: not followed; the articles there are read where they lie", f.target)
			case isArticleName(d.Name()):
				if why := notRegular(f.info); why != "" {
					problem(p, "link to %s, which is %s: not read", f.target, why)
				} else if f.info.Size() > maxArticleSize {
					problem(p, "%s", tooLarge(f.info.Size()))
				} else {
					files = append(files, f)
				}
			}
			return nil
		}
		if isArticleName(d.Name()) {
			plain = append(plain, entry{p, d})
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	// The files' sizes and kinds, asked for on every core: one system
	// call per file, ten thousand in a row otherwise.
	infos := make([]fs.FileInfo, len(plain))
	errs := make([]error, len(plain))
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), max(len(plain)/256, 1)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(plain); i = int(next.Add(1)) - 1 {
				infos[i], errs[i] = plain[i].d.Info()
			}
		})
	}
	wg.Wait()
	for i, e := range plain {
		info, err := infos[i], errs[i]
		switch {
		case err != nil:
			problem(e.p, "cannot read: %v", plainError(err))
		case notRegular(info) != "":
			problem(e.p, "%s, not a file: not read", capitalizeFirst(notRegular(info)))
		case info.Size() > maxArticleSize:
			problem(e.p, "%s", tooLarge(info.Size()))
		default:
			files = append(files, articleFile{name: e.p, target: e.p, info: info})
		}
	}
	// WalkDir sorts each folder's entries, which is not the order of whole
	// paths ("a-b.txt" comes after the folder "a" there, before "a/x.txt"
	// here); articles are promised in path order.
	slices.SortFunc(files, func(a, b articleFile) int { return strings.Compare(a.name, b.name) })
	return files, problems, nil
}

// followLink resolves the link at name inside fsys without leaving it:
// every component of every target is looked at, so that a link into a
// linked folder cannot step outside either. It returns the file the link
// comes to, or the reason it was not followed, in words for people.
func followLink(fsys fs.FS, name string) (articleFile, string) {
	// rest holds the components still to resolve; done is the resolved,
	// link-free path so far.
	rest := strings.Split(name, "/")
	done := "."
	hops := 0
	for len(rest) > 0 {
		c := rest[0]
		rest = rest[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			if done == "." {
				return articleFile{}, fmt.Sprintf("link leads out of the corpus folder (through %q): not followed", "..")
			}
			done = path.Dir(done)
			continue
		}
		next := path.Join(done, c)
		info, err := fs.Lstat(fsys, next)
		if err != nil {
			return articleFile{}, fmt.Sprintf("broken link: %s does not exist in the corpus folder", readableName(next))
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		hops++
		if hops > maxLinkHops {
			return articleFile{}, fmt.Sprintf("links loop (more than %d links in a row): not followed", maxLinkHops)
		}
		target, err := fs.ReadLink(fsys, next)
		if err != nil {
			return articleFile{}, fmt.Sprintf("cannot read the link: %v", plainError(err))
		}
		if path.IsAbs(target) || strings.HasPrefix(target, `\`) || len(target) > 1 && target[1] == ':' {
			// The folder's own place on disk is not known through fsys, so
			// an absolute target is taken to lead out, which it usually does.
			return articleFile{}, fmt.Sprintf("link to %s, outside the corpus folder: not followed", readableName(target))
		}
		rest = append(strings.Split(target, "/"), rest...)
	}
	info, err := fs.Stat(fsys, done)
	if err != nil {
		return articleFile{}, fmt.Sprintf("broken link: %v", plainError(err))
	}
	return articleFile{name: name, target: done, info: info}, ""
}

// linksToFolder reports whether the link at name comes, by the system's
// own resolution, to a folder. Only the kind of the target is looked at,
// never its contents, so that a link leaving the corpus folder can be
// named for what it is.
func linksToFolder(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && info.IsDir()
}

// notRegular says what kind of thing info describes when it is neither a
// regular file nor a folder ("a named pipe"), or "".
func notRegular(info fs.FileInfo) string {
	m := info.Mode()
	switch {
	case m.IsRegular(), m.IsDir():
		return ""
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeSymlink != 0:
		return "a link"
	}
	return "not a regular file"
}

func capitalizeFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func tooLarge(size int64) string {
	return fmt.Sprintf("file too large for an article (%d MB; the limit is %d MB)", size>>20, maxArticleSize>>20)
}

// readableName is a path as people can read it: valid UTF-8 as it is,
// other bytes escaped as \xNN.
func readableName(p string) string {
	if utf8.ValidString(p) {
		return p
	}
	q := strconv.QuoteToGraphic(p)
	return q[1 : len(q)-1]
}

// plainError is err without the operation and path that fs errors lead
// with, which the problem already names.
func plainError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readChunk is how much readLimited reads between looks at ctx.
const readChunk = 1 << 20

// readLimited reads the regular file f.target of fsys, at most limit
// bytes, checking ctx between chunks so that a cancelled load stops
// inside a big file too. It checks again, on the open file, that it is a
// regular file: the folder may have changed since it was listed.
func readLimited(ctx context.Context, fsys fs.FS, f articleFile, limit int64) ([]byte, error) {
	file, err := fsys.Open(f.target)
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %w", plainError(err))
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %w", plainError(err))
	}
	if why := notRegular(info); why != "" || info.IsDir() {
		if why == "" {
			why = "a folder"
		}
		return nil, fmt.Errorf("%s, not a file: not read", capitalizeFirst(why))
	}
	buf := make([]byte, 0, min(info.Size(), limit)+1)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if int64(len(buf)) > limit {
			return nil, errors.New(tooLarge(int64(len(buf))))
		}
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, int(min(limit+1-int64(len(buf)), readChunk)))
		}
		end := min(cap(buf), len(buf)+readChunk)
		n, err := file.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read the file: %w", plainError(err))
		}
	}
}
