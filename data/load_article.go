package data

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/decode"
	"github.com/caravan-analytics/caravan/data/internal/utf8bytes"
	"github.com/caravan-analytics/caravan/data/language"
)

// ParseArticle reads one file of the corpus: it decodes the bytes (see
// decode.Text), takes the optional date header off the first line, splits the
// body into paragraphs with repeats collapsed, and identifies the language.
// file is the slash-separated path relative to the corpus root; the ID is
// its name without extension. The error, when there is one, is the reason
// the file cannot be an article, in words for people.
//
// The header is " date YYYY-MM" or " date YYYY-MM-DD" (the leading space is
// optional, "date 2022" is read as a year), and the body may continue on the
// same line. A header with an impossible date is still removed from the body,
// because it is metadata and not prose, and leaves a warning instead of a
// Header.
func ParseArticle(file string, raw []byte) (*Article, error) {
	a, _, err := parseArticle(file, raw, false)
	return a, err
}

// bodyFingerprint identifies an article's body by its words: bodies that
// differ only in white space have the same fingerprint.
type bodyFingerprint [sha256.Size]byte

// parseArticle is ParseArticle, also returning the body's fingerprint for
// finding duplicates, which comes cheap while the paragraphs are compared.
// owned says raw is handed over (see decode.Text).
func parseArticle(file string, raw []byte, owned bool) (*Article, bodyFingerprint, error) {
	text, encoding, notes, err := decode.Text(raw, owned)
	if err != nil {
		return nil, bodyFingerprint{}, err
	}
	a := &Article{ID: fileStem(file), File: file, Text: text, Encoding: encoding, Warnings: notes}
	a.Header, a.Title, a.BodyStart, a.Warnings = readMetadata(file, text, a.Warnings)
	var fingerprint bodyFingerprint
	a.Paragraphs, a.RepeatedParagraphs, fingerprint = collapseRepeats(text, splitParagraphs(text, a.BodyStart))
	if len(a.Paragraphs) == 0 {
		return nil, bodyFingerprint{}, errNoBody
	}
	if a.RepeatedParagraphs > 0 {
		a.Warnings = append(a.Warnings, plural(a.RepeatedParagraphs, "repeated paragraph")+" collapsed")
	}
	a.Language = language.Detect(a.Body())
	if a.Language == "" {
		a.Warnings = append(a.Warnings, "language not recognised")
	}
	return a, fingerprint, nil
}

// fileStem is the file's name without folder and extension.
func fileStem(file string) string {
	base := path.Base(file)
	return strings.TrimSuffix(base, path.Ext(base))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// skipBlanks returns the offset of the first byte at or after i that is not
// a space or tab (nor a line break, when newlines is set).
func skipBlanks(text string, i int, newlines bool) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || (newlines && text[i] == '\n')) {
		i++
	}
	return i
}

func isBlankByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' }

// span is a half-open range of byte offsets into an article's text.
type span struct{ start, end int }

// splitParagraphs finds the paragraphs of text[from:], as spans into text
// trimmed of white space.
//
// Paragraphs are separated by blank lines. A block of several lines without
// blank lines between them is one paragraph per line when its lines end like
// sentences do (articles pasted from the web often come that way), and one
// paragraph otherwise, because then the lines were wrapped for width.
func splitParagraphs(text string, from int) []span {
	var (
		paragraphs []span
		block      []span // the non-blank lines of the current block
	)
	flush := func() {
		if len(block) == 0 {
			return
		}
		if linesAreParagraphs(text, block) {
			paragraphs = append(paragraphs, block...)
		} else {
			paragraphs = append(paragraphs, span{block[0].start, block[len(block)-1].end})
		}
		block = block[:0]
	}
	for lineStart := from; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		next := len(text)
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
			next = lineEnd + 1
		}
		if line := trimSpan(text, span{lineStart, lineEnd}); line.start < line.end {
			block = append(block, line)
		} else {
			flush()
		}
		lineStart = next
	}
	flush()
	return paragraphs
}

// linesAreParagraphs reports whether most lines of a block (the last one
// aside, which ends the block anyway) end with a sentence's final mark.
func linesAreParagraphs(text string, lines []span) bool {
	if len(lines) < 2 {
		return true
	}
	sentenceEnds := 0
	for _, l := range lines[:len(lines)-1] {
		r, _ := utf8.DecodeLastRuneInString(text[l.start:l.end])
		if strings.ContainsRune(sentenceFinalMarks, r) {
			sentenceEnds++
		}
	}
	return sentenceEnds*2 >= len(lines)-1
}

// sentenceFinalMarks are the characters a line ends with when it ends a
// sentence or a heading-like quotation: Latin, Arabic and CJK stops, and the
// closing quotes and brackets that follow them.
const sentenceFinalMarks = ".!?…:;\"'”“»«’‘)]؟۔。！？"

// trimSpan shrinks s until it neither starts nor ends with white space.
func trimSpan(text string, s span) span {
	for s.start < s.end {
		r, size := utf8.DecodeRuneInString(text[s.start:s.end])
		if !isSpace(r) {
			break
		}
		s.start += size
	}
	for s.start < s.end {
		r, size := utf8.DecodeLastRuneInString(text[s.start:s.end])
		if !isSpace(r) {
			break
		}
		s.end -= size
	}
	return s
}

// collapseRepeats turns paragraph spans into Paragraphs, keeping the first
// occurrence of each passage and counting the others. Passages are compared
// with their white space normalised, so a repeat wrapped differently is
// still a repeat. It returns the number of occurrences collapsed, and the
// fingerprint of all the passages in order: since paragraphs hold every
// word of the body, that is the fingerprint of the body's words.
func collapseRepeats(text string, spans []span) ([]Paragraph, int, bodyFingerprint) {
	paragraphs := make([]Paragraph, 0, len(spans))
	// The passages kept so far, by their normal form. An article has a few
	// dozen: they are compared in a list on the stack (most differ in
	// length), and only a longer article gets a map.
	var (
		small [smallArticleParagraphs]string
		keys  = small[:0]
		index map[string]int
	)
	if len(spans) > smallArticleParagraphs {
		index = make(map[string]int, len(spans))
	}
	repeats := 0
	// The passages, joined by spaces, are hashed one by one rather than
	// gathered into a buffer as long as the text first.
	words := sha256.New()
	var passage []byte
	for n, s := range spans {
		key := normalizeSpace(text[s.start:s.end])
		passage = passage[:0]
		if n > 0 {
			passage = append(passage, ' ')
		}
		passage = append(passage, key...)
		words.Write(passage)
		if i := keptIndex(keys, index, key); i >= 0 {
			paragraphs[i].Count++
			repeats++
			continue
		}
		if index != nil {
			index[key] = len(paragraphs)
		} else {
			keys = append(keys, key)
		}
		paragraphs = append(paragraphs, Paragraph{Start: s.start, End: s.end, Text: text[s.start:s.end], Count: 1})
	}
	var fingerprint bodyFingerprint
	words.Sum(fingerprint[:0])
	return paragraphs, repeats, fingerprint
}

// smallArticleParagraphs is how many paragraphs collapseRepeats compares
// in a list rather than a map.
const smallArticleParagraphs = 48

// keptIndex returns the index of key in index, or in keys when index is
// nil, or -1.
func keptIndex(keys []string, index map[string]int, key string) int {
	if index != nil {
		if i, ok := index[key]; ok {
			return i
		}
		return -1
	}
	for i, k := range keys {
		if len(k) == len(key) && k == key {
			return i
		}
	}
	return -1
}

// normalizeSpace replaces every run of white space in s by one space and
// trims both ends. It returns s itself when there is nothing to change,
// which is the common case.
func normalizeSpace(s string) string {
	if isSpaceNormal(s) {
		return s
	}
	return string(appendNormalizedSpace(make([]byte, 0, len(s)), s))
}

// appendNormalizedSpace appends s to dst with its white space normalised as
// normalizeSpace does, without building a list of its words.
func appendNormalizedSpace(dst []byte, s string) []byte {
	first := true
	for i := 0; i < len(s); {
		for i < len(s) {
			size := spaceAt(s, i)
			if size == 0 {
				break
			}
			i += size
		}
		start := i
		for i < len(s) && (spaceClassOfByte[s[i]] == spaceClassNone || spaceAt(s, i) == 0) {
			i++
		}
		if start == i {
			break
		}
		if !first {
			dst = append(dst, ' ')
		}
		dst = append(dst, s[start:i]...)
		first = false
	}
	return dst
}

// isSpaceNormal reports whether s has no white space but single ASCII
// spaces between words. Eight bytes at a time where they hold no control
// character and no lead byte of a wider space (see plainSpaces).
func isSpaceNormal(s string) bool {
	prevSpace := true // a leading space is not normal
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if spaces, ok := plainSpaces(utf8bytes.Load8(s, i)); ok {
				if prevSpace && spaces&0x80 != 0 || spaces&(spaces<<8) != 0 {
					return false // a space after a space, or leading
				}
				prevSpace = spaces>>63 != 0
				i += 8
				continue
			}
		}
		switch spaceClassOfByte[s[i]] {
		case spaceClassNone:
			prevSpace = false
			i++
			continue
		case spaceClassMaybe:
			if spaceAt(s, i) == 0 {
				prevSpace = false
				i++
				continue
			}
			return false
		}
		if s[i] != ' ' || prevSpace {
			return false
		}
		prevSpace = true
		i++
	}
	return !prevSpace || len(s) == 0
}

// plainSpaces looks at eight bytes of text (little-endian in x). ok is
// set when none of them is below 0x20 nor a lead byte of a white-space
// character wider than a byte (0xC2, 0xE1–0xE3; 0xE0 is turned away too):
// then their only white space is the ASCII space, and spaces has the high
// bit of each byte that is one. The tests are the exact "has a zero byte"
// and "has a byte below n" of two's-complement arithmetic.
func plainSpaces(x uint64) (spaces uint64, ok bool) {
	const ones = 0x0101010101010101
	if (x-0x20*ones)&^x&utf8bytes.HighBits != 0 {
		return 0, false // a control character
	}
	if c2 := x ^ 0xC2*ones; (c2-ones)&^c2&utf8bytes.HighBits != 0 {
		return 0, false
	}
	if e := x ^ 0xE0*ones; (e-4*ones)&^e&utf8bytes.HighBits != 0 {
		return 0, false // 0xE0–0xE3
	}
	// Each byte's high bit set exactly when the byte is a space: the
	// sum cannot carry from one byte into the next.
	const low7 = 0x7F7F7F7F7F7F7F7F
	t := x ^ 0x20*ones
	spaces = ^((t&low7 + low7) | t) & utf8bytes.HighBits
	return spaces, true
}

// spaceAt returns the length of the white-space character at s[i], or 0
// when there is none.
func spaceAt(s string, i int) int {
	switch spaceClassOfByte[s[i]] {
	case spaceClassASCII:
		return 1
	case spaceClassMaybe:
		if r, size := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
			return size
		}
	}
	return 0
}

// What a byte of UTF-8 says about white space. Every multi-byte white-space
// character starts with one of four lead bytes, and no other byte (lead or
// continuation) belongs to one, so text can be stepped through byte by byte
// without decoding it.
const (
	spaceClassNone  = iota
	spaceClassASCII // tab, line feed, vertical tab, form feed, carriage return, space
	spaceClassMaybe // the lead byte of U+0085, U+00A0, U+1680, U+2000–U+205F or U+3000
)

var spaceClassOfByte = func() (table [256]uint8) {
	for _, c := range []byte(" \t\n\v\f\r") {
		table[c] = spaceClassASCII
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		table[c] = spaceClassMaybe
	}
	return table
}()

// isSpace is unicode.IsSpace, quicker on the letters of non-Latin scripts,
// which it would otherwise look up in a table one by one.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || (r >= '\t' && r <= '\r')
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	}
	return unicode.IsSpace(r)
}

// errNoBody is the reason a file holding only a date header is refused.
var errNoBody = errors.New("no text besides the date header")
