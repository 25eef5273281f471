package data

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/caravan-analytics/caravan/data/decode"
	"github.com/caravan-analytics/caravan/data/filestamp"
)

// maxArticleSize is the largest file ReadArticles reads. News articles are
// a few kilobytes; a file this big is a mistake, and reading it whole would
// cost the analyst their memory.
const maxArticleSize = 64 << 20

// ReadArticles reads every article under fsys: the files whose names end in
// .txt or .md (in any case), in all folders except hidden ones, sorted by
// path. Each is parsed with ParseArticle, on as many cores as there are.
// Only regular files are opened, and never more than the size limit of
// them; links are followed only inside the folder (see listArticleFiles).
//
// A file that cannot be an article becomes a Problem naming it and the
// reason, and the rest still loads. Articles whose bodies are the same text
// (white space aside) are kept, but each after the first gets DuplicateOf and
// a warning. IDs are file names without extension, or the path without
// extension when two files share a name.
//
// progress, which may be nil, is called with the number of files done out of
// the total, one call at a time. The error is non-nil only when the root
// cannot be read or ctx is cancelled; a cancelled load stops inside the file
// it is reading, not only between files.
func ReadArticles(ctx context.Context, fsys fs.FS, progress func(done, total int)) ([]*Article, []Problem, error) {
	loaded, problems, err := readArticles(ctx, fsys, nil, nil, progress)
	if err != nil {
		return nil, nil, err
	}
	articles := make([]*Article, len(loaded))
	for i, l := range loaded {
		articles[i] = l.Article
	}
	return articles, problems, nil
}

// loadedArticle is an article as readArticles gives it to Build: read and
// parsed now, or taken from the cache, and what the cache needs to know.
type loadedArticle struct {
	*Article
	body     bodyFingerprint
	analysed bool // dated and linked already (it came so from the cache)
	// store is set when the cache should be told about this article:
	// it was read now, or its file was touched without changing.
	store bool
	file  articleFile
	stamp filestamp.Stamp
	sum   ContentSum
}

// readArticles is ReadArticles taking what it can from cache, which may
// be nil. parsed, which may be nil, is called (from any goroutine) each
// time a file is parsed rather than taken from the cache.
func readArticles(ctx context.Context, fsys fs.FS, cache ArticleCache, parsed func(), progress func(done, total int)) ([]loadedArticle, []Problem, error) {
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
				results[i] = readArticleFile(ctx, fsys, files[i], cache)
				if parsed != nil && !results[i].loaded.analysed && results[i].problem == nil {
					parsed()
				}
				finished()
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading articles: %w", err)
	}

	loaded := make([]loadedArticle, 0, len(files))
	articles := make([]*Article, 0, len(files))
	bodies := make([]bodyFingerprint, 0, len(files))
	for i, r := range results {
		if r.problem != nil {
			problems = append(problems, *r.problem)
			continue
		}
		r.loaded.file = files[i]
		loaded = append(loaded, r.loaded)
		articles = append(articles, r.loaded.Article)
		bodies = append(bodies, r.loaded.body)
	}
	slices.SortStableFunc(problems, func(a, b Problem) int { return strings.Compare(a.File, b.File) })
	assignUniqueIDs(articles)
	markDuplicates(articles, bodies)
	// A duplicate is not dated nor linked; one that the cache has
	// analysed (it was the original then) is read again from its file.
	for i := range loaded {
		l := &loaded[i]
		if l.DuplicateOf == "" || !l.analysed {
			continue
		}
		r := readArticleFile(ctx, fsys, l.file, nil)
		if r.problem != nil {
			return nil, nil, fmt.Errorf("reading %s again: %s", l.File, r.problem.Error)
		}
		r.loaded.ID, r.loaded.DuplicateOf = l.ID, l.DuplicateOf
		r.loaded.Warnings = append(r.loaded.Warnings, l.Warnings[len(l.Warnings)-1])
		*l = r.loaded
	}
	return loaded, problems, nil
}

// fileResult is what reading one file gave: an article and the fingerprint
// of its body, or a problem. Bodies are compared by fingerprint so that the
// texts need not be compared pairwise.
type fileResult struct {
	loaded  loadedArticle
	problem *Problem
}

// readArticleFile reads and parses one file, or takes it from cache when
// the file is unchanged (same size and time, or else same content).
func readArticleFile(ctx context.Context, fsys fs.FS, f articleFile, cache ArticleCache) fileResult {
	fail := func(reason string) fileResult { return fileResult{problem: &Problem{File: f.name, Error: reason}} }
	stamp := filestamp.Of(f.info)
	if cache != nil {
		if c, ok := cache.Lookup(f.name, stamp); ok {
			l := fromCache(f.name, c)
			l.stamp = stamp
			return fileResult{loaded: l}
		}
	}
	raw, err := readLimited(ctx, fsys, f, maxArticleSize)
	if err != nil {
		return fail(err.Error())
	}
	if len(raw) == 0 {
		return fail(decode.ErrEmptyFile.Error())
	}
	// The content's sum is for the cache only: a load without one spares
	// the hash.
	var sum ContentSum
	if cache != nil {
		sum = ContentSum(sha256.Sum256(raw))
		if c, ok := cache.LookupSum(f.name, sum); ok {
			l := fromCache(f.name, c)
			l.store, l.stamp = true, stamp
			return fileResult{loaded: l}
		}
	}
	// raw is ours to hand over: nothing else holds it.
	a, body, err := parseArticle(f.name, raw, true)
	if err != nil {
		return fail(err.Error())
	}
	return fileResult{loaded: loadedArticle{Article: a, body: body, store: true, stamp: stamp, sum: sum}}
}

// fromCache is a cached article as readArticles hands it on: with its ID
// as its file gives it, before IDs are made unique for this corpus.
func fromCache(file string, c Cached) loadedArticle {
	a := c.Article
	a.File, a.ID, a.DuplicateOf = file, fileStem(file), ""
	return loadedArticle{Article: a, body: c.Body, sum: c.Sum, analysed: c.Analysed}
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
