package decode

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/caravan-analytics/caravan/data/internal/utf8bytes"
	"github.com/caravan-analytics/caravan/data/language"
)

// The encodings recorded in data.Article.Encoding.
const (
	EncodingUTF8        = "utf-8"
	EncodingUTF16LE     = "utf-16le"
	EncodingUTF16BE     = "utf-16be"
	EncodingWindows1252 = "windows-1252" // also covers ISO-8859-1, of which it is a superset
	EncodingWindows1256 = "windows-1256"
	EncodingWindows1251 = "windows-1251"
	EncodingKOI8R       = "koi8-r"
	EncodingKOI8U       = "koi8-u"
	EncodingIBM866      = "ibm866" // the DOS Cyrillic code page
)

// The reasons a file is refused as an article. They are the data.Problem texts
// people read, so they say what is wrong in plain words.
var (
	ErrEmptyFile   = errors.New("empty file")
	ErrBinaryFile  = errors.New("binary file, not text")
	ErrUndecodable = errors.New("cannot decode: not UTF-8 or UTF-16, and no code page Caravan knows " +
		"(Windows-1252 Latin, Windows-1256 Arabic, Windows-1251, KOI8-R, KOI8-U or IBM866 Cyrillic) gives plausible text")
)

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Text turns the bytes of a file into the text Caravan works on:
// UTF-8 in Unicode normal form C, with "\n" line ends. It returns the name of
// the encoding the bytes were read as, and what was guessed or repaired on
// the way, as warnings for people ("decoded from windows-1251 (guessed …)",
// "1 NUL byte removed …").
//
// Valid UTF-8 is taken as it is (a byte order mark is dropped); UTF-16 is
// recognised by its byte order mark, or without one by the zero bytes that
// Latin letters, digits and spaces leave in every other place. A few NUL
// bytes in otherwise good text are dropped. Anything else is tried as the
// legacy code pages analysts meet: Windows-1252 (Western European, a
// superset of ISO-8859-1), Windows-1256 (Arabic), and the Cyrillic ones
// (Windows-1251, KOI8-R, KOI8-U, IBM866), each kept only when the result
// looks like text in that script. Empty, binary and undecodable files are
// errors (ErrEmptyFile, ErrBinaryFile, ErrUndecodable).
//
// When owned is set, the caller hands raw over: nothing changes it
// afterwards, so valid UTF-8 becomes the text without a copy. data.ReadArticles
// reads a corpus this way, which saves copying every file once more.
func Text(raw []byte, owned bool) (text, encoding string, notes []string, err error) {
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		raw = raw[len(bomUTF8):]
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		// Checked before the binary test: UTF-16 is full of NUL bytes.
		text, encoding, err = decodeUTF16(raw)
		if err != nil {
			return "", "", nil, err
		}
		return finishText(text, encoding, []string{"decoded from " + encoding + " (its byte order mark says so)"})
	}
	if text, encoding, note, ok := guessUTF16(raw); ok {
		return finishText(text, encoding, []string{note})
	}
	raw, note, err := dropStrayNULs(raw)
	if err != nil {
		return "", "", nil, err
	}
	if note != "" {
		notes = append(notes, note)
		owned = true // a copy was made
	}
	if err := checkNotBinary(raw); err != nil {
		return "", "", nil, err
	}
	if valid, nfc := scanUTF8(raw); valid {
		text := ""
		if owned && len(raw) > 0 {
			text = unsafe.String(&raw[0], len(raw))
		} else {
			text = string(raw)
		}
		return finishTextNFC(text, EncodingUTF8, notes, nfc)
	}
	text, encoding, note, err = decodeLegacy(raw)
	if err != nil {
		return "", "", nil, err
	}
	return finishText(text, encoding, append([]string{note}, notes...))
}

// finishText drops NUL characters, normalises line ends and Unicode
// composition, and refuses text with nothing but white space in it.
func finishText(text, encoding string, notes []string) (string, string, []string, error) {
	return finishTextNFC(text, encoding, notes, false)
}

// finishTextNFC is finishText for a text known to be NFC when nfc is set
// (see scanUTF8), which is then not checked again.
func finishTextNFC(text, encoding string, notes []string, nfc bool) (string, string, []string, error) {
	// Only UTF-16 can still hold NUL here: the bytes of other files lost
	// theirs before decoding.
	text, note := dropNULCharacters(text)
	if note != "" {
		notes = append(notes, note)
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	// Most text is already NFC; the check is much cheaper than the rewrite.
	// (Dropping NUL and CR, ASCII characters, changes nothing to it.)
	if !nfc && !isNFC(text) {
		text = norm.NFC.String(text)
	}
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return "", "", nil, ErrEmptyFile
	}
	return text, encoding, notes, nil
}

// isNFC reports whether text is in Unicode normal form C. Most text is made
// only of characters that are NFC on their own and never combine with the
// one before them: ASCII and Latin-1, Cyrillic and Arabic letters, common
// punctuation; Arabic adds its vowel marks, which never combine either and
// are in order when their code points are. Such text is NFC without a look
// at the normalisation tables, which cost more than everything else
// data.ParseArticle does.
func isNFC(text string) bool {
	var mark rune // the Arabic vowel mark just read, or 0 after a starter
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i, mark = i+1, 0
			// The rest of a run of ASCII, eight bytes at a time.
			for i+8 <= len(text) && utf8bytes.Load8(text, i)&utf8bytes.HighBits == 0 {
				i += 8
			}
			continue
		}
		r, size := rune(0), 2
		if two, ok := utf8bytes.TwoByteRune(text, i); ok {
			r = two // Cyrillic, Arabic, accented Latin: decoded without a call
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		var ok bool
		if mark, ok = nfcNext(r, mark); !ok {
			return norm.NFC.IsNormalString(text)
		}
		i += size
	}
	return true
}

// nfcNext is isNFC's test of the character r after the Arabic vowel mark
// mark (0 after any other character): the mark to go on with, and false
// when r is none of the common characters and the normalisation tables
// must decide.
func nfcNext(r, mark rune) (rune, bool) {
	switch {
	case isNFCStarter(r):
		return 0, true
	case isArabicHaraka(r) && r >= mark:
		return r, true
	}
	return mark, false
}

// scanUTF8 reports whether raw is valid UTF-8 (as utf8.Valid), and, when
// it is, whether isNFC's test of the common characters alone finds it in
// normal form C: one pass over the bytes for both, where the two checks
// decoded every character of a Cyrillic or Arabic text each. When nfc is
// false, isNFC must still be asked (it consults the normalisation tables
// for the rest).
func scanUTF8(raw []byte) (valid, nfc bool) {
	nfc = true
	var mark rune // as in isNFC
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i, mark = i+1, 0
			for i+8 <= len(raw) && binary.LittleEndian.Uint64(raw[i:])&utf8bytes.HighBits == 0 {
				i += 8
			}
			continue
		}
		r, size := rune(0), 2
		if c := raw[i]; c >= 0xc2 && c <= 0xdf && i+1 < len(raw) && raw[i+1]&0xc0 == 0x80 {
			r = rune(c&0x1f)<<6 | rune(raw[i+1]&0x3f)
		} else if r, size = utf8.DecodeRune(raw[i:]); r == utf8.RuneError && size == 1 {
			return false, false
		}
		if nfc {
			mark, nfc = nfcNext(r, mark)
		}
		i += size
	}
	return true, nfc
}

// noControlBytes reports whether none of the eight bytes of x is below
// 0x20 or is 0x7F. (Exact, not a filter: the first test is the classic
// "has a byte less than n", the second "has a zero byte" of x^0x7F….)
func noControlBytes(x uint64) bool {
	const ones = 0x0101010101010101
	below := (x - 0x20*ones) &^ x & utf8bytes.HighBits
	del := x ^ 0x7F*ones
	return below == 0 && (del-ones)&^del&utf8bytes.HighBits == 0
}

// isArabicHaraka reports whether r is one of the Arabic harakat (fatha,
// shadda, sukun …) or the dagger alef; their canonical combining classes
// rise with their code points.
func isArabicHaraka(r rune) bool { return (r >= 0x64B && r <= 0x652) || r == 0x670 }

// isNFCStarter reports whether r is one of the common characters that are
// unchanged by NFC and never combine with a character before them. (A test
// checks every one against the normalisation tables.)
func isNFCStarter(r rune) bool {
	switch {
	case r < 0x300: // Latin-1 and Latin Extended; combining accents start at U+0300
		return true
	case r >= 0x400 && r < 0x483, r >= 0x48A && r < 0x530: // Cyrillic letters, not its combining marks
		return true
	case r == 0x60C, r == 0x61B, r == 0x61F: // Arabic comma, semicolon, question mark
		return true
	case r >= 0x620 && r < 0x64B, r >= 0x660 && r < 0x670, r >= 0x671 && r < 0x6D6: // Arabic letters and digits, not harakat
		return true
	case r >= 0x2010 && r < 0x2028: // dashes, quotes, bullets, ellipsis
		return true
	}
	return false
}

func decodeUTF16(raw []byte) (string, string, error) {
	endianness, name := xunicode.LittleEndian, EncodingUTF16LE
	if bytes.HasPrefix(raw, bomUTF16BE) {
		endianness, name = xunicode.BigEndian, EncodingUTF16BE
	}
	// UTF-32LE starts with the same two bytes as UTF-16LE's mark; its
	// text is rare enough not to be worth a guess, so it is refused.
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0, 0}) && len(raw)%4 == 0 {
		return "", "", fmt.Errorf("%w (looks like UTF-32, which Caravan does not read)", ErrUndecodable)
	}
	out, err := xunicode.UTF16(endianness, xunicode.ExpectBOM).NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return string(out), name, nil
}

// checkNotBinary refuses bytes that are not text in any encoding: text
// holds few control characters besides tab, line and page breaks. (Legacy
// code pages put letters, not controls, in the high bytes; NUL bytes were
// dealt with before.) The reason names the kind of file when its first
// bytes say it.
func checkNotBinary(raw []byte) error {
	controls := 0
	for i := 0; i < len(raw); {
		// Eight bytes at a time while none of them is below a space or
		// DEL, as in nearly all text (see noControlBytes).
		if i+8 <= len(raw) && noControlBytes(binary.LittleEndian.Uint64(raw[i:])) {
			i += 8
			continue
		}
		if b := raw[i]; (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') || b == 0x7F {
			controls++
		}
		i++
	}
	// One stray escape in a long text is noise; one control in fifty bytes
	// is not writing.
	if controls > 1 && controls*50 > len(raw) {
		return binaryError(raw, fmt.Sprintf("%d control characters in %d bytes", controls, len(raw)))
	}
	return nil
}

// legacyCodePage is a single-byte encoding Caravan will try on bytes that
// are not UTF-8, with the test that its result looks like real text.
type legacyCodePage struct {
	name      string
	charmap   *charmap.Charmap
	plausible func(scriptCounts) bool
	doubt     func(scriptCounts) string // why the text is not plausible, for people
}

// legacyCodePages are tried in order; the first whose decoding is plausible
// wins. Latin comes first because a Western text read as Windows-1256 keeps
// the French accents that code page also holds, while Arabic read as
// Windows-1252 turns into words made of accented letters only, which the
// Latin test refuses. Cyrillic read as either turns into the same kind of
// words; the Cyrillic code pages, which hold letters in every high byte,
// come last and choose among themselves (see decodeCyrillic).
var legacyCodePages = []legacyCodePage{
	{EncodingWindows1252, charmap.Windows1252, plausibleLatin, func(c scriptCounts) string {
		return fmt.Sprintf("%d%% of its letters would be accented", percent(c.accented, c.letters))
	}},
	{EncodingWindows1256, charmap.Windows1256, plausibleArabic, func(c scriptCounts) string {
		return fmt.Sprintf("%d of its %d Arabic words would have Latin letters inside", c.mixedWords, c.arabicWords)
	}},
}

// legacyScripts names each code page and what its plausible text is, for
// the warning that says what was guessed.
var legacyScripts = map[string][2]string{
	EncodingWindows1252: {"Windows-1252", "Western European text"},
	EncodingWindows1256: {"Windows-1256", "Arabic-script text"},
}

// scriptCounts describes decoded text by the kinds of letters in it.
type scriptCounts struct {
	letters     int // all letters
	accented    int // Latin letters outside ASCII: é, ß, Ç …
	arabic      int // letters of the Arabic script
	latinWords  int // words of Latin letters only
	accentRuns  int // Latin words with three accented letters in a row
	arabicWords int // words with Arabic letters
	mixedWords  int // words with both Latin and Arabic letters, which no language writes
	unassigned  int // bytes the code page leaves undefined, and C1 controls
}

// plausibleLatin accepts Western European text: mostly plain ASCII letters,
// with accented ones here and there inside words ("été", "Präsident"), never
// three in a row as in the "ÇáÑÆíÓ" that Arabic turns into.
func plausibleLatin(c scriptCounts) bool {
	return c.letters > 0 && c.unassigned == 0 && c.arabic == 0 &&
		c.accented*4 <= c.letters && c.accentRuns*50 <= c.latinWords
}

// plausibleArabic accepts text with Arabic words whose letters are all
// Arabic; Latin may appear only in words of its own (SCO, COVID). Other
// scripts read as Windows-1256 mix its Arabic letters with the accented
// Latin ones it also holds, inside words.
func plausibleArabic(c scriptCounts) bool {
	return c.arabicWords > 0 && c.unassigned == 0 && c.mixedWords*50 <= c.arabicWords
}

// decodeLegacy reads bytes that are not UTF-8 with the first plausible
// legacy code page, and says in a warning what was guessed.
func decodeLegacy(raw []byte) (text, encoding, note string, err error) {
	var reasons []string
	for _, cp := range legacyCodePages {
		text, counts := decodeCodePage(raw, cp.charmap)
		if cp.plausible(counts) {
			if cp.name == EncodingWindows1256 {
				// Cyrillic in KOI8 puts its lower-case letters where
				// Windows-1256 has Arabic ones, so it can read as Arabic
				// words too; the reading with more real words wins.
				ctext, cenc, cnote, reason := decodeCyrillic(raw)
				if reason == "" && language.FunctionWordShare(ctext) > language.FunctionWordShare(text) {
					return ctext, cenc, cnote, nil
				}
			}
			title, what := legacyScripts[cp.name][0], legacyScripts[cp.name][1]
			return text, cp.name, fmt.Sprintf("decoded from %s (guessed: the file is not UTF-8 and declares no encoding; read as %s it is %s)",
				cp.name, title, what), nil
		}
		reasons = append(reasons, "read as "+cp.name+", "+cp.doubt(counts))
	}
	text, encoding, note, reason := decodeCyrillic(raw)
	if reason == "" {
		return text, encoding, note, nil
	}
	reasons = append(reasons, reason)
	return "", "", "", fmt.Errorf("%w (%s)", ErrUndecodable, strings.Join(reasons, "; "))
}

func percent(part, whole int) int {
	if whole == 0 {
		return 0
	}
	return part * 100 / whole
}

// wordLetters counts the letters of the word being read.
type wordLetters struct {
	latin, arabic    int
	accentRun        int // accented Latin letters in a row, up to here
	longestAccentRun int
}

// decodeCodePage decodes raw with a single-byte code page and counts the
// letters of the result by script, word by word, in the same pass.
func decodeCodePage(raw []byte, cm *charmap.Charmap) (string, scriptCounts) {
	var (
		b      strings.Builder
		c      scriptCounts
		word   wordLetters
		inWord bool
	)
	b.Grow(len(raw) * 2)
	endWord := func() {
		if !inWord {
			return
		}
		switch {
		case word.latin > 0 && word.arabic > 0:
			c.mixedWords++
			c.arabicWords++
		case word.arabic > 0:
			c.arabicWords++
		case word.latin > 0:
			c.latinWords++
			if word.longestAccentRun >= 3 {
				c.accentRuns++
			}
		}
		word, inWord = wordLetters{}, false
	}
	for _, by := range raw {
		r := rune(by)
		if by >= 0x80 {
			r = cm.DecodeByte(by)
		}
		b.WriteRune(r)
		if r == utf8.RuneError || (r >= 0x80 && r < 0xA0) {
			c.unassigned++
		}
		if !unicode.IsLetter(r) {
			endWord()
			continue
		}
		inWord = true
		c.letters++
		switch {
		case unicode.Is(unicode.Arabic, r):
			c.arabic++
			word.arabic++
		case r < 0x80:
			word.latin++
			word.accentRun = 0
		default:
			c.accented++
			word.latin++
			word.accentRun++
			word.longestAccentRun = max(word.longestAccentRun, word.accentRun)
		}
	}
	endWord()
	return b.String(), c
}
