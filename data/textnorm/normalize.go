package textnorm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/caravan-analytics/caravan/data/internal/utf8bytes"
)

// Normalize folds s for search, so that spellings an analyst would call the
// same compare equal:
//
//   - case is folded the language-neutral way (golang.org/x/text/cases.Fold,
//     so "Straße" and "STRASSE" meet at "strasse" and Greek final ς is σ);
//   - diacritics are removed from Latin, Greek and Cyrillic letters (NFD,
//     drop the nonspacing marks, NFC: "Oekraïne" → "oekraine", "ё" → "е");
//   - Arabic is normalised: the alef forms أ إ آ ٱ become ا, ى becomes ي,
//     ؤ becomes و, ئ becomes ي, ة becomes ه, tatweel and the vowel marks
//     (harakat U+064B–U+065F, superscript alef U+0670) are removed, and the
//     Arabic-Indic digits ٠–٩ and ۰–۹ become 0–9;
//   - typographic quotes and dashes become ASCII ' " and -;
//   - invisible format characters (zero-width spaces and joiners, bidi marks,
//     soft hyphens) are removed, and runs of white space become one space,
//     with none at either end.
//
// Text in other scripts is case-folded and put in NFC, its marks kept.
func Normalize(s string) string {
	// Short strings (queries, titles) are built on the stack, so the result
	// string is the only allocation; a string already normalised is returned
	// as it is.
	var small [256]byte
	buf := small[:0]
	if len(s) > len(small) {
		buf = make([]byte, 0, len(s))
	}
	buf = appendNormalized(buf, s, noOffsets{})
	if string(buf) == s {
		return s
	}
	return string(buf)
}

// NormalizeWithOffsets returns Normalize(s) and, for each byte of it, the
// byte offset in s it came from. A character copied unchanged, or replaced by
// one of the same length, maps byte for byte; the bytes of any other
// replacement ("ß" → "ss", "٣" → "3", "é" → "e") all map to the start of the
// character they replace. The first byte of every character of the result
// therefore maps to the first byte of a character of s, which is what turns a
// hit in normalised text back into an exact span of the original: see
// SourceEnd for the end.
func NormalizeWithOffsets(s string) (string, []int) {
	offsets := make([]int, 0, len(s))
	out := appendNormalized(make([]byte, 0, len(s)), s, byteOffsets{&offsets})
	return string(out), offsets
}

// SourceEnd returns the end of the character of s that starts at offset i,
// together with the combining marks that follow it (which Normalize may have
// dropped): the exclusive end of a span whose last normalised character came
// from i.
func SourceEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	i += size
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsMark(r) {
			break
		}
		i += size
	}
	return i
}

// offsetSink receives, as Normalize writes them, where the output bytes came
// from. It is a type parameter of appendNormalized rather than an interface
// value so that the no-offsets case compiles to nothing.
type offsetSink interface {
	// chunk records that the n output bytes starting at out came from the
	// character (or, when exact, the bytes) of the input starting at src.
	chunk(out, src, n int, exact bool)
}

// noOffsets is the sink of Normalize, which needs no offsets.
type noOffsets struct{}

func (noOffsets) chunk(int, int, int, bool) {}

// byteOffsets records one input offset per output byte.
type byteOffsets struct{ offsets *[]int }

func (b byteOffsets) chunk(_, src, n int, exact bool) {
	offsets := *b.offsets
	for k := range n {
		if exact {
			offsets = append(offsets, src+k)
		} else {
			offsets = append(offsets, src)
		}
	}
	*b.offsets = offsets
}

// foldKind says how a character takes part in normalisation beyond its
// replacement text.
type foldKind uint8

const (
	// foldKeepsMarks: a letter or sign whose combining marks are kept (scripts
	// other than Latin, Greek, Cyrillic and Arabic; punctuation; symbols).
	foldKeepsMarks foldKind = iota
	// foldDropsMarks: a Latin, Greek, Cyrillic or Arabic letter; combining
	// marks that follow it are diacritics and are dropped.
	foldDropsMarks
	// foldMark: a combining mark, dropped after a foldDropsMarks letter.
	foldMark
	// foldSpace: white space, collapsed.
	foldSpace
	// foldDrop: removed wherever it occurs (format characters, tatweel, harakat).
	foldDrop
)

// folding is what Normalize does with one character.
type folding struct {
	out   string // the replacement, already normalised
	kind  foldKind
	exact bool // out has the same length as the input character and is one character
}

// foldTableSize covers, with a directly indexed table, every script whose
// characters need work: Latin (with Latin Extended Additional), Greek (with
// Greek Extended), Cyrillic, Armenian, Hebrew and Arabic all lie below it,
// and so do General Punctuation's quotes, dashes and invisible marks.
const foldTableSize = 0x2070

var (
	foldTableOnce sync.Once
	foldTable     *[foldTableSize]folding

	// rareFoldings caches the folding of the characters above the table
	// met so far. A plain map under a lock, because a sync.Map would box
	// every rune it is asked for.
	rareFoldings struct {
		sync.RWMutex
		m map[rune]rareFolding
	}
)

// rareFolding is a cached folding and whether the character is plain.
type rareFolding struct {
	folding
	plain bool
}

func buildFoldTable() {
	t := new([foldTableSize]folding)
	for r := range rune(foldTableSize) {
		t[r] = computeFolding(r)
	}
	foldTable = t
}

// foldingOf returns the folding of a non-ASCII character. Characters above
// the table with no case, no decomposition and no special role (most CJK,
// Thai, symbols…) are plain: they are copied as they are, so the folding
// returned has no out and the caller takes it from the input.
func foldingOf(r rune) (f folding, plain bool) {
	if r < foldTableSize {
		return foldTable[r], false
	}
	rareFoldings.RLock()
	cached, ok := rareFoldings.m[r]
	rareFoldings.RUnlock()
	if !ok {
		cached.plain = isPlainRune(r)
		if cached.plain {
			cached.folding = folding{kind: foldKeepsMarks, exact: true}
		} else {
			cached.folding = computeFolding(r)
		}
		rareFoldings.Lock()
		if rareFoldings.m == nil {
			rareFoldings.m = map[rune]rareFolding{}
		}
		rareFoldings.m[r] = cached
		rareFoldings.Unlock()
	}
	return cached.folding, cached.plain
}

// isPlainRune reports whether Normalize copies r (at or above foldTableSize) as it is.
func isPlainRune(r rune) bool {
	if _, special := punctuationFolds[r]; special || unicode.IsSpace(r) || unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me) {
		return false
	}
	if unicode.SimpleFold(r) != r || isArabicPresentationForm(r) {
		return false
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return norm.NFD.Properties(buf[:n]).Decomposition() == nil
}

// punctuationFolds are the typographic quotes, dashes and Arabic punctuation
// folded to ASCII, so that a query typed with straight quotes finds text set
// with curly ones.
var punctuationFolds = map[rune]string{
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '‹': "'", '›': "'", 'ʼ': "'",
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-", '﹣': "-", '－': "-",
	'…': "...",
	'،': ",", '؛': ";", '؟': "?", '٪': "%", '٫': ".", '٬': ",",
}

// arabicFolds are the Arabic letter unifications listed on Normalize, plus
// the Persian yeh and keheh, which Arabic text typed on a Persian keyboard
// carries in place of ي and ك.
var arabicFolds = map[rune]string{
	'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", 'ٲ': "ا", 'ٳ': "ا",
	'ى': "ي", 'ی': "ي", 'ئ': "ي",
	'ؤ': "و",
	'ة': "ه",
	'ک': "ك",
}

// isArabicPresentationForm reports whether r is one of the compatibility
// forms (isolated, final, ligature…) that old Arabic encodings produce.
func isArabicPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFC)
}

// isArabicVowelMark reports whether r is one of the harakat or the
// superscript alef, which Normalize removes wherever they stand.
func isArabicVowelMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670
}

// computeFolding works out, slowly and once, what Normalize does with r.
func computeFolding(r rune) folding {
	src := string(r)
	f := folding{kind: foldKeepsMarks}
	switch {
	case r < utf8.RuneSelf && foldASCIISpace[r]:
		f.out, f.kind = " ", foldSpace
	case r < utf8.RuneSelf:
		f.out = string(FoldASCIILower[r])
	case punctuationFolds[r] != "":
		f.out = punctuationFolds[r]
	case r == 'ـ' || isArabicVowelMark(r):
		f.kind = foldDrop
	case r >= '٠' && r <= '٩':
		f.out = string('0' + (r - '٠'))
	case r >= '۰' && r <= '۹':
		f.out = string('0' + (r - '۰'))
	case arabicFolds[r] != "":
		f.out, f.kind = arabicFolds[r], foldDropsMarks
	case isArabicPresentationForm(r):
		// The compatibility decomposition, folded below: ﻻ → لا, ﺃ → ا.
		f.out, f.kind = norm.NFKC.String(src), foldDropsMarks
	case unicode.IsSpace(r):
		f.out, f.kind = " ", foldSpace
	case unicode.Is(unicode.Cf, r):
		f.kind = foldDrop
	case unicode.In(r, unicode.Mn, unicode.Me):
		f.out, f.kind = norm.NFC.String(src), foldMark // a few marks decompose: U+0344 is U+0308 U+0301
	case dropsMarksAfter(r):
		// Marks go before and after folding, so that the precomposed and
		// decomposed forms agree even where folding adds a letter (ᾳ).
		f.out, f.kind = stripMarks(foldCase(stripMarks(src))), foldDropsMarks
	default:
		f.out = norm.NFC.String(foldCase(src))
	}
	if f.out != src && f.kind != foldSpace && f.kind != foldDrop {
		// The replacement may hold characters with rules of their own
		// (ŉ → ʼn → 'n); a lone space left by a decomposition ("\ufe70" is a
		// space and a vowel mark) must not add to the white space around it.
		if f.out = strings.Trim(refold(f.out), " "); f.out == "" {
			f.kind = foldDrop
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(f.out); f.kind == foldKeepsMarks && dropsMarksAfter(last) {
		// What becomes ASCII (a digit, a quote) or a letter of the scripts
		// without diacritics must treat marks as that output would, or
		// normalising twice would not give the same.
		f.kind = foldDropsMarks
	}
	f.exact = len(f.out) == len(src) && utf8.RuneCountInString(f.out) == 1
	return f
}

// refold applies computeFolding to every character of s, a replacement, so
// that what Normalize writes is left as it is by a second Normalize.
func refold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f := computeFolding(r); f.kind != foldDrop {
			b.WriteString(f.out)
		}
	}
	return b.String()
}

// dropsMarksAfter reports whether marks after r are diacritics to drop: r is
// ASCII (as on Normalize's fast path) or a Latin, Greek, Cyrillic or Arabic
// letter.
func dropsMarksAfter(r rune) bool {
	return r < utf8.RuneSelf || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic)
}

// foldCase applies language-neutral case folding. A Caser keeps state, so
// each call takes its own; this runs only while tables are filled, and for
// the rare characters that compose with what follows.
//
// Folding is not always idempotent in x/text (Cherokee goes back and forth
// between its two cases), and search needs one answer: where folding twice
// differs from folding once, the smaller of the two wins, which both cases
// agree on.
func foldCase(s string) string {
	once := cases.Fold().String(s)
	if twice := cases.Fold().String(once); twice != once {
		return min(once, twice)
	}
	return once
}

// stripMarks removes the nonspacing marks of s's canonical decomposition
// and recomposes what is left.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// foldASCIISpace marks the ASCII white-space bytes; foldASCIILower lower-cases ASCII.
var (
	foldASCIISpace [utf8.RuneSelf]bool
	FoldASCIILower [utf8.RuneSelf]byte
)

func init() {
	for _, c := range "\t\n\v\f\r " {
		foldASCIISpace[c] = true
	}
	for c := range byte(utf8.RuneSelf) {
		FoldASCIILower[c] = c
		if 'A' <= c && c <= 'Z' {
			FoldASCIILower[c] = c + 'a' - 'A'
		}
	}
	// The backquote is used as an apostrophe often enough to fold it too.
	FoldASCIILower['`'] = '\''
}

// Append appends Normalize(s) to dst and returns the extended slice.
func Append(dst []byte, s string) []byte { return appendNormalized(dst, s, noOffsets{}) }

// AppendMapped is Append that also records in m where each byte of the
// output came from, as offsets in s; base is where the output starts in
// dst (len(dst) before the call, or where a run of appends began).
func AppendMapped(dst []byte, s string, m *OffsetMap, base int) []byte {
	return appendNormalized(dst, s, anchorSink{m: m, base: base})
}

// appendNormalized appends Normalize(s) to dst, telling sink where each
// output byte came from, and returns the extended slice.
func appendNormalized[S offsetSink](dst []byte, s string, sink S) []byte {
	foldTableOnce.Do(buildFoldTable)
	var (
		start      = len(dst)
		spaceAt    = -1    // input offset of pending white space, or -1
		marksAfter = false // the last letter written drops the marks after it
	)
	// flushSpace writes the pending white space, unless nothing precedes it.
	flushSpace := func() {
		if spaceAt >= 0 && len(dst) > start {
			sink.chunk(len(dst), spaceAt, 1, true)
			dst = append(dst, ' ')
		}
		spaceAt = -1
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if foldASCIISpace[c] {
				if spaceAt < 0 {
					spaceAt = i
				}
				i++
				continue
			}
			flushSpace()
			// Copy the whole run of non-space ASCII in one step.
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && !foldASCIISpace[s[j]] {
				j++
			}
			sink.chunk(len(dst), i, j-i, true)
			for k := i; k < j; k++ {
				dst = append(dst, FoldASCIILower[s[k]])
			}
			marksAfter = true
			i = j
			continue
		}

		r, size := rune(0), 2
		if two, ok := utf8bytes.TwoByteRune(s, i); ok {
			r = two // most letters outside ASCII, decoded without a call
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		f, plain := folding{out: string(utf8.RuneError), kind: foldKeepsMarks}, false
		if r != utf8.RuneError || size != 1 {
			f, plain = foldingOf(r)
		} // else a byte that is not UTF-8: it becomes U+FFFD, so the result is valid UTF-8
		if plain {
			f.out = s[i : i+size] // copied, without allocating
		}
		switch f.kind {
		case foldSpace:
			if spaceAt < 0 {
				spaceAt = i
			}
			i += size
			continue
		case foldDrop:
			i += size
			continue
		case foldDropsMarks:
			marksAfter = true
		case foldMark:
			if marksAfter {
				i += size
				continue
			}
			// A mark with no letter to drop it is kept, composed and ordered
			// with the marks after it like any other character.
			fallthrough
		case foldKeepsMarks:
			marksAfter = false
			if seg := nfcSegment(s, i, size); seg > size {
				// The character combines with what follows (a decomposed
				// syllable, say): fold and compose the segment as a whole.
				flushSpace()
				out := foldSegment(f.out, s[i+size:i+seg])
				sink.chunk(len(dst), i, len(out), false)
				dst = append(dst, out...)
				i += seg
				continue
			}
		}
		flushSpace()
		sink.chunk(len(dst), i, len(f.out), f.exact)
		dst = append(dst, f.out...)
		i += size
	}
	return dst
}

// foldSegment folds and composes a character that is kept with its marks:
// head is the character's own folding, tail the characters that may combine
// with it. Marks the rules remove (harakat) are removed here too.
func foldSegment(head, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	for _, r := range tail {
		if f, plain := foldingOf(r); plain {
			b.WriteRune(r)
		} else if f.kind != foldDrop {
			b.WriteString(f.out)
		}
	}
	return norm.NFC.String(b.String())
}

// nfcSegment returns the length of the NFC segment of s that starts with the
// character at i of the given size: the character and every following one
// that composition could merge into it. Characters Normalize removes (a
// zero-width joiner, say) do not end a segment, since they will not be
// there to keep its parts apart when the result is normalised again.
func nfcSegment(s string, i, size int) int {
	j := i + size
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if f, plain := foldingOf(r); r >= utf8.RuneSelf && !plain && f.kind == foldDrop {
			j += size
			continue
		}
		p := norm.NFC.PropertiesString(s[j:])
		if p.BoundaryBefore() {
			break
		}
		j += p.Size()
	}
	return j - i
}
