package data

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// maxArticleSize is the largest file ReadArticles reads. News articles are
// a few kilobytes; a file this big is a mistake, and reading it whole would
// cost the analyst their memory.
const maxArticleSize = 64 << 20

// ReadArticles reads every article under fsys: the files whose names end in
// .txt or .md (in any case), in all folders except hidden ones, sorted by
// path. Each is parsed with ParseArticle, on as many cores as there are.
//
// A file that cannot be an article becomes a Problem naming it and the
// reason, and the rest still loads. Articles whose bodies are the same text
// (white space aside) are kept, but each after the first gets DuplicateOf and
// a warning. IDs are file names without extension, or the path without
// extension when two files share a name.
//
// progress, which may be nil, is called with the number of files done out of
// the total, one call at a time. The error is non-nil only when the root
// cannot be read or ctx is cancelled.
func ReadArticles(ctx context.Context, fsys fs.FS, progress func(done, total int)) ([]*Article, []Problem, error) {
	files, problems, err := listArticleFiles(fsys)
	if err != nil {
		return nil, nil, err
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	progress(0, len(files))

	results := make([]fileResult, len(files))
	var (
		next     atomic.Int64 // index of the next file to read
		mu       sync.Mutex   // serialises progress calls
		done     int
		wg       sync.WaitGroup
		workers  = min(runtime.GOMAXPROCS(0), max(len(files), 1))
		finished = func() {
			mu.Lock()
			done++
			progress(done, len(files))
			mu.Unlock()
		}
	)
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				results[i] = readArticleFile(fsys, files[i])
				finished()
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading articles: %w", err)
	}

	articles := make([]*Article, 0, len(files))
	bodies := make([]bodyFingerprint, 0, len(files))
	for _, r := range results {
		if r.problem != nil {
			problems = append(problems, *r.problem)
			continue
		}
		articles = append(articles, r.article)
		bodies = append(bodies, r.body)
	}
	slices.SortStableFunc(problems, func(a, b Problem) int { return strings.Compare(a.File, b.File) })
	assignUniqueIDs(articles)
	markDuplicates(articles, bodies)
	return articles, problems, nil
}

// fileResult is what reading one file gave: an article and the fingerprint
// of its body, or a problem. Bodies are compared by fingerprint so that the
// texts need not be compared pairwise.
type fileResult struct {
	article *Article
	body    bodyFingerprint
	problem *Problem
}

func readArticleFile(fsys fs.FS, file string) fileResult {
	fail := func(reason string) fileResult { return fileResult{problem: &Problem{File: file, Error: reason}} }
	raw, err := fs.ReadFile(fsys, file)
	if err != nil {
		return fail(fmt.Sprintf("cannot read the file: %v", err))
	}
	if len(raw) == 0 {
		return fail(ErrEmptyFile.Error())
	}
	// fs.ReadFile's buffer is the caller's to keep, and nothing else holds it.
	a, body, err := parseArticle(file, raw, true)
	if err != nil {
		return fail(err.Error())
	}
	return fileResult{article: a, body: body}
}

// listArticleFiles walks fsys for article files, sorted by path. Folders
// that cannot be read and files too big to be articles are problems; only a
// root that cannot be read is an error.
func listArticleFiles(fsys fs.FS) ([]string, []Problem, error) {
	var (
		files    []string
		problems []Problem
	)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return fmt.Errorf("reading the corpus folder: %w", err)
			}
			problems = append(problems, Problem{File: p, Error: fmt.Sprintf("cannot read: %v", err)})
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			// Hidden folders hold version control and editor state; hidden
			// files like macOS "._x.txt" are binary metadata, not articles.
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticleName(d.Name()) {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Size() > maxArticleSize {
			problems = append(problems, Problem{File: p, Error: fmt.Sprintf(
				"file too large for an article (%d MB; the limit is %d MB)", info.Size()>>20, maxArticleSize>>20)})
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	// WalkDir sorts each folder's entries, which is not the order of whole
	// paths ("a-b.txt" comes after the folder "a" there, before "a/x.txt"
	// here); articles are promised in path order.
	slices.Sort(files)
	return files, problems, nil
}

// isArticleName reports whether a file name has an article's extension.
func isArticleName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".txt" || ext == ".md"
}

// assignUniqueIDs keeps each article's file-name ID unless another article
// shares it, in which case all of those use their path without extension.
// Articles are in path order, so the IDs do not depend on reading order.
func assignUniqueIDs(articles []*Article) {
	byStem := make(map[string]int, len(articles))
	for _, a := range articles {
		byStem[a.ID]++
	}
	taken := make(map[string]bool, len(articles))
	for _, a := range articles {
		if byStem[a.ID] > 1 {
			a.ID = strings.TrimSuffix(a.File, path.Ext(a.File))
		}
		// "a/b.txt" and "a/b.md" still clash; number the later ones.
		id := a.ID
		for n := 2; taken[id]; n++ {
			id = fmt.Sprintf("%s~%d", a.ID, n)
		}
		a.ID = id
		taken[id] = true
	}
}

// markDuplicates points every article whose body is the same as an earlier
// one's at that earlier article.
func markDuplicates(articles []*Article, bodies []bodyFingerprint) {
	first := make(map[bodyFingerprint]*Article, len(articles))
	for i, a := range articles {
		original, seen := first[bodies[i]]
		if !seen {
			first[bodies[i]] = a
			continue
		}
		a.DuplicateOf = original.ID
		a.Warnings = append(a.Warnings, fmt.Sprintf("same text as %s (%s)", original.ID, original.File))
	}
}
