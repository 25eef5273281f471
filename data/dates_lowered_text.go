package data

import (
	"bytes"
	"unsafe"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// loweredText is the whole text of the article a dateReader reads now, in
// lower case, made once for the rules that search all of it for their
// words: the anniversary words of rule 21 (placeByAnniversary) and of
// rule 23 (yearsOfAnniversaries), and the titles of rule 23
// (titleWords.mentioned). Each lowered the whole text itself, so that an
// undated report with a year-less date was lowered up to three times.
type loweredText struct {
	// valid reports whether lower and plain hold the text of the article
	// read now; find clears it when it starts on an article.
	valid bool
	// lower is textnorm.Lower of the text; plain is lowerPlain of it,
	// which is lower itself unless lower holds a combining dot above.
	lower, plain []byte
	// dotted reports whether plain is a copy of its own.
	dotted bool
}

// forget clears the lowered text, for the next article; a huge file's
// buffers are not kept for the rest of the load.
func (t *loweredText) forget() {
	t.valid = false
	if cap(t.lower) > maxLoweredKept {
		t.lower = nil
	}
	if cap(t.plain) > maxLoweredKept {
		t.plain = nil
	}
}

// of returns textnorm.Lower(text) and lowerPlain(text), text being the
// whole text of the article read now. The strings are views of buffers
// kept for the next article: read only until find starts on another.
func (t *loweredText) of(text string) (lower, plain string) {
	if !t.valid {
		t.lower = textnorm.AppendLower(t.lower[:0], text)
		// lowerPlain drops the dots above that Lower writes for "İ":
		// only a text with one needs a copy of its own.
		t.dotted = bytes.Contains(t.lower, []byte("\u0307"))
		if t.dotted {
			t.plain = appendLowerPlain(t.plain[:0], text)
		}
		t.valid = true
	}
	lower = unsafe.String(unsafe.SliceData(t.lower), len(t.lower))
	if !t.dotted {
		return lower, lower
	}
	return lower, unsafe.String(unsafe.SliceData(t.plain), len(t.plain))
}

// lowerOf returns textnorm.Lower(text) (see of).
func (t *loweredText) lowerOf(text string) string {
	lower, _ := t.of(text)
	return lower
}

// plainOf returns lowerPlain(text) (see of).
func (t *loweredText) plainOf(text string) string {
	_, plain := t.of(text)
	return plain
}
