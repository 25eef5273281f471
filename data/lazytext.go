package data

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// An article of a corpus reopened from the cache (an unchanged folder) is
// loaded without its text: reading and decoding every article's text is
// most of what such a reopening would cost, and a timeline, an export of
// the dates or the events' excerpts need none of it. Such an article has
// everything but Text, its paragraphs' Text and Mentions (those that
// discovery placed from the rest of the corpus stay with it); its paragraphs
// keep their spans and counts, its links their evidence, and Headline its
// value. LoadText fills in the rest from the cache when first needed:
// opening the article, searching, counting names in its paragraphs.
//
// Code that reads Text, Paragraph.Text or Mentions of a corpus's articles
// calls LoadText first (Body does so itself).

// TextSource gives back the text of articles loaded without it.
type TextSource interface {
	// ArticleText returns the article whole, as it was read and analysed:
	// at least its Text, its Paragraphs with their texts, and Mentions.
	ArticleText(a *Article) (*Article, error)
}

// BulkTextSource is a TextSource that reads many articles' texts at once
// much faster than one by one (one pass over a table rather than a query
// each).
type BulkTextSource interface {
	TextSource
	// EachArticleText calls fill, from several goroutines at once, with
	// each of articles (all loaded from this source) and what ArticleText
	// would return for it. Once stop (which may be nil) returns true, it
	// leaves the rest.
	EachArticleText(articles []*Article, stop func() bool, fill func(a, full *Article, err error))
}

// lazyText is where an article loaded without its text gets it from.
type lazyText struct {
	src      TextSource
	headline string
	// mentions is set once Mentions were filled in: LoadParagraphText
	// reads the text alone (a search index needs no date mentions, which
	// take more memory than the text).
	mentions bool
	// mu is held while the text is filled in, so that goroutines asking
	// at once (a search index being built, the analyst opening the
	// article) fill it once and each sees it whole.
	mu sync.Mutex
}

// DeferText marks a as loaded without its Text, its paragraphs' texts and
// its Mentions, which LoadText reads from src when first needed. headline
// is a's Headline (it comes from the text).
func (a *Article) DeferText(src TextSource, headline string) {
	a.lazy = &lazyText{src: src, headline: headline}
}

// TextDeferred reports whether a was loaded without its text (whether or
// not LoadText has filled it in since).
func (a *Article) TextDeferred() bool { return a.lazy != nil }

// textLoaded reports whether a, loaded without its text, has it now,
// and its mentions too when mentions is set.
func (a *Article) textLoaded(mentions bool) bool {
	a.lazy.mu.Lock()
	defer a.lazy.mu.Unlock()
	return a.loadedLocked(mentions)
}

// loadedLocked is textLoaded with a.lazy.mu held.
func (a *Article) loadedLocked(mentions bool) bool {
	return a.Text != "" && (a.lazy.mentions || !mentions)
}

// ErrTextChanged is why LoadText fails when what the source gives back is
// not the article that was loaded.
var ErrTextChanged = errors.New("the article in the cache is not the one loaded; reopen the folder")

// LoadText makes sure a's Text, its paragraphs' texts and its Mentions are
// there, reading them from where a was loaded when it was loaded without
// them (see DeferText); for any other article it does nothing. It may be
// called from several goroutines at once. It fails when the text cannot be
// read back (the cache was removed or rewritten since); a stays without it.
func (a *Article) LoadText() error { return a.loadText(true) }

// LoadParagraphText is LoadText without the date mentions: a's Text and
// its paragraphs' texts. A search index, and the passages it finds, need
// no more; LoadText reads the mentions later if they are asked for.
func (a *Article) LoadParagraphText() error { return a.loadText(false) }

func (a *Article) loadText(mentions bool) error {
	l := a.lazy
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if a.loadedLocked(mentions) {
		return nil
	}
	full, err := l.src.ArticleText(a)
	return a.fillText(full, err, mentions)
}

// fillText fills in a's text from full, what its source gave, and its
// mentions when mentions is set; a.lazy.mu is held. A text already there
// stays (the passages found in it point into it).
func (a *Article) fillText(full *Article, err error, mentions bool) error {
	if err != nil {
		return fmt.Errorf("the text of %s: %w", a.File, err)
	}
	if len(full.Paragraphs) != len(a.Paragraphs) {
		return fmt.Errorf("the text of %s: %w", a.File, ErrTextChanged)
	}
	for i, p := range full.Paragraphs {
		if q := a.Paragraphs[i]; p.Start != q.Start || p.End != q.End || p.End > len(full.Text) {
			return fmt.Errorf("the text of %s: %w", a.File, ErrTextChanged)
		}
	}
	if mentions && !a.lazy.mentions {
		if a.Mentions == nil {
			// Mentions kept with the article (placed from the corpus) are
			// the final ones; the source has them as reading left them.
			a.Mentions = full.Mentions
		}
		a.lazy.mentions = true
	}
	if a.Text != "" {
		return nil
	}
	for i, p := range full.Paragraphs {
		a.Paragraphs[i].Text = p.Text
	}
	a.Text = full.Text
	return nil
}

// LoadTexts is LoadText for many articles, several at a time. It goes on
// past an article whose text cannot be read, and returns the first such
// error; it stops early when stop (which may be nil) returns true.
func LoadTexts(articles []*Article, stop func() bool) error {
	return loadTexts(articles, stop, true)
}

// LoadParagraphTexts is LoadTexts without the date mentions (see
// LoadParagraphText).
func LoadParagraphTexts(articles []*Article, stop func() bool) error {
	return loadTexts(articles, stop, false)
}

func loadTexts(articles []*Article, stop func() bool, mentions bool) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  int
	)
	failed := func(err error) {
		mu.Lock()
		if first == nil {
			first = err
		}
		mu.Unlock()
	}
	// Articles of a source that reads many at once are read so.
	bulk := map[BulkTextSource][]*Article{}
	var rest []*Article
	for _, a := range articles {
		if a.lazy == nil || a.textLoaded(mentions) {
			continue // a search index built again reads nothing again
		}
		if b, ok := a.lazy.src.(BulkTextSource); ok {
			bulk[b] = append(bulk[b], a)
		} else {
			rest = append(rest, a)
		}
	}
	for src, some := range bulk {
		if stop != nil && stop() {
			break
		}
		src.EachArticleText(some, stop, func(a, full *Article, err error) {
			l := a.lazy
			l.mu.Lock()
			defer l.mu.Unlock()
			if a.loadedLocked(mentions) {
				return
			}
			if err := a.fillText(full, err, mentions); err != nil {
				failed(err)
			}
		})
	}
	articles = rest
	take := func() (*Article, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next >= len(articles) || stop != nil && stop() {
			return nil, false
		}
		next++
		return articles[next-1], true
	}
	// Reading waits on the database while decoding uses a core: a few
	// more readers than cores keep both busy.
	for range runtime.GOMAXPROCS(0) + 2 {
		wg.Go(func() {
			for a, ok := take(); ok; a, ok = take() {
				if err := a.loadText(mentions); err != nil {
					failed(err)
				}
			}
		})
	}
	wg.Wait()
	return first
}

// RawTextSource is a TextSource that can give an article's Text alone,
// much more cheaply than the article whole (no paragraphs, mentions or
// links decoded).
type RawTextSource interface {
	TextSource
	// RawText returns the Text of a, as ArticleText would.
	RawText(a *Article) (string, error)
}

// ReadText returns a's Text without keeping it in a when a was loaded
// without it (see DeferText): a search that finds a passage of an
// article nobody has opened reads its text for the passage alone.
func (a *Article) ReadText() (string, error) {
	l := a.lazy
	if l == nil {
		return a.Text, nil
	}
	l.mu.Lock()
	text := a.Text
	l.mu.Unlock()
	if text != "" {
		return text, nil
	}
	if r, ok := l.src.(RawTextSource); ok {
		text, err := r.RawText(a)
		if err == nil && len(a.Paragraphs) > 0 && a.Paragraphs[len(a.Paragraphs)-1].End > len(text) {
			err = ErrTextChanged
		}
		if err != nil {
			return "", fmt.Errorf("the text of %s: %w", a.File, err)
		}
		return text, nil
	}
	full, err := l.src.ArticleText(a)
	if err != nil {
		return "", fmt.Errorf("the text of %s: %w", a.File, err)
	}
	return full.Text, nil
}

// EachText calls fn with each of articles (by its index) whole: the
// article itself when its text is there, or, for one loaded without it,
// what its source gives back, which the article does not keep. fn is
// called from several goroutines at once, with err set for an article
// whose text cannot be read. A search index reads every text so,
// without holding all of them at once.
func EachText(articles []*Article, fn func(i int, full *Article, err error)) {
	index := make(map[*Article]int, len(articles))
	bulk := map[BulkTextSource][]*Article{}
	var rest []int
	for i, a := range articles {
		switch {
		case a.lazy == nil || a.textLoaded(false):
			fn(i, a, nil)
		default:
			if b, ok := a.lazy.src.(BulkTextSource); ok {
				index[a] = i
				bulk[b] = append(bulk[b], a)
			} else {
				rest = append(rest, i)
			}
		}
	}
	for src, some := range bulk {
		src.EachArticleText(some, nil, func(a, full *Article, err error) {
			if err == nil && len(full.Paragraphs) != len(a.Paragraphs) {
				err = ErrTextChanged
			}
			if err != nil {
				err = fmt.Errorf("the text of %s: %w", a.File, err)
			}
			fn(index[a], full, err)
		})
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		next int
	)
	for range min(len(rest), runtime.GOMAXPROCS(0)+2) {
		wg.Go(func() {
			for {
				mu.Lock()
				if next >= len(rest) {
					mu.Unlock()
					return
				}
				i := rest[next]
				next++
				mu.Unlock()
				a := articles[i]
				full, err := a.lazy.src.ArticleText(a)
				if err == nil && len(full.Paragraphs) != len(a.Paragraphs) {
					err = ErrTextChanged
				}
				if err != nil {
					err = fmt.Errorf("the text of %s: %w", a.File, err)
				}
				fn(i, full, err)
			}
		})
	}
	wg.Wait()
}

// BulkRawTextSource is a RawTextSource that reads many articles' texts at
// once much faster than one by one.
type BulkRawTextSource interface {
	RawTextSource
	// EachRawText calls fill with each of articles (all loaded from this
	// source) and what RawText would return for it.
	EachRawText(articles []*Article, fill func(a *Article, text string, err error))
}

// BulkRawSource returns the source a's text is still to be read from when
// that source reads many articles' texts at once (BulkRawTextSource): a was
// loaded without its text and has not read it since. Whoever needs many
// texts reads those in one pass.
func (a *Article) BulkRawSource() (BulkRawTextSource, bool) {
	if a.lazy == nil || a.textLoaded(false) {
		return nil, false
	}
	b, ok := a.lazy.src.(BulkRawTextSource)
	return b, ok
}

// ReadTexts is ReadText for many articles: their texts, not kept by them,
// by article; an article whose text cannot be read is left out.
func ReadTexts(articles []*Article) map[*Article]string {
	out := make(map[*Article]string, len(articles))
	bulk := map[BulkRawTextSource][]*Article{}
	for _, a := range articles {
		if b, ok := a.BulkRawSource(); ok {
			bulk[b] = append(bulk[b], a)
			continue
		}
		if t, err := a.ReadText(); err == nil {
			out[a] = t
		}
	}
	for src, some := range bulk {
		src.EachRawText(some, func(a *Article, text string, err error) {
			if err == nil && (len(a.Paragraphs) == 0 || a.Paragraphs[len(a.Paragraphs)-1].End <= len(text)) {
				out[a] = text
			}
		})
	}
	return out
}
