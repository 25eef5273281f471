package decode

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/caravan-analytics/caravan/data/language"
)

// cyrillicCodePages are the single-byte Cyrillic encodings Caravan reads.
// Each maps nearly every high byte to a Cyrillic letter, so any of them
// turns any bytes into Cyrillic letters: the choice is by which reading
// gives words (see readCyrillic). On a tie the first wins: KOI8-R before
// KOI8-U, which reads Russian the same way.
var cyrillicCodePages = []struct {
	name, title string
	charmap     *charmap.Charmap
}{
	{EncodingWindows1251, "Windows-1251", charmap.Windows1251},
	{EncodingKOI8R, "KOI8-R", charmap.KOI8R},
	{EncodingKOI8U, "KOI8-U", charmap.KOI8U},
	{EncodingIBM866, "IBM866", charmap.CodePage866},
}

// cyrillicReading is bytes read with one Cyrillic code page, and how much
// it looks like writing.
type cyrillicReading struct {
	text          string
	words         int // words with Cyrillic letters
	functionWords int // of them, frequent short words of a Cyrillic language
	badCase       int // of them, with capitals inside ("пРЕЗИДЕНТ"), as a wrong code page gives
	oddities      int // box-drawing characters and bytes the code page leaves undefined
}

// plausible reports whether the reading is text: at least one word in
// twenty a function word, hardly any words in odd case or odd characters.
func (r cyrillicReading) plausible() bool {
	return r.words > 0 && r.functionWords*20 >= r.words && r.badCase*10 <= r.words && r.oddities*50 <= r.words
}

func (r cyrillicReading) score() int { return 2*r.functionWords - r.badCase - r.oddities }

// readCyrillic decodes raw with cm and measures the result.
func readCyrillic(raw []byte, cm *charmap.Charmap) cyrillicReading {
	var b strings.Builder
	b.Grow(len(raw) * 2)
	for _, by := range raw {
		if by < utf8.RuneSelf {
			b.WriteByte(by)
			continue
		}
		b.WriteRune(cm.DecodeByte(by))
	}
	out := cyrillicReading{text: b.String()}
	var word []byte // lower-cased
	cyrillic, upper, lowerThenUpper, letters := false, 0, false, 0
	endWord := func() {
		if cyrillic {
			out.words++
			if upper > 1 && upper < letters || lowerThenUpper && upper <= 1 {
				out.badCase++
			}
			if language.IsFunctionWord(word) {
				out.functionWords++
			}
		}
		word, cyrillic, upper, lowerThenUpper, letters = word[:0], false, 0, false, 0
	}
	prevLower := false
	for _, r := range out.text {
		switch {
		case r == utf8.RuneError || (r >= 0x80 && r < 0xA0) || (r >= 0x2500 && r < 0x25A0):
			out.oddities++
			endWord()
		case unicode.IsLetter(r):
			letters++
			if unicode.Is(unicode.Cyrillic, r) {
				cyrillic = true
			}
			if unicode.IsUpper(r) {
				upper++
				lowerThenUpper = lowerThenUpper || prevLower
			}
			prevLower = unicode.IsLower(r)
			word = utf8.AppendRune(word, unicode.ToLower(r))
			continue
		default:
			endWord()
		}
		prevLower = false
	}
	endWord()
	return out
}

// decodeCyrillic reads raw with each Cyrillic code page and keeps the
// reading that looks most like writing, if it is plausible. It returns the
// text, the encoding and a note saying what was guessed; or, when no
// reading is plausible, the reason.
func decodeCyrillic(raw []byte) (text, encoding, note, reason string) {
	best, bestScore := -1, 0
	var readings []cyrillicReading
	for i, cp := range cyrillicCodePages {
		r := readCyrillic(raw, cp.charmap)
		readings = append(readings, r)
		if r.plausible() && (best < 0 || r.score() > bestScore) {
			best, bestScore = i, r.score()
		}
	}
	if best < 0 {
		r := readings[0]
		return "", "", "", fmt.Sprintf("read as a Cyrillic code page (Windows-1251, KOI8-R, KOI8-U, IBM866), no reading gives words: as windows-1251, %d of %d words are common words and %d have capitals inside",
			r.functionWords, r.words, r.badCase)
	}
	cp := cyrillicCodePages[best]
	what := "Cyrillic text"
	if code := language.Detect(readings[best].text); code != "" {
		what = language.Name(code) + " text"
	}
	var others []string
	for i, other := range cyrillicCodePages {
		if i != best {
			others = append(others, other.title)
		}
	}
	note = fmt.Sprintf("decoded from %s (guessed: the file is not UTF-8 and declares no encoding; read as %s it is %s, which %s and %s read less well)",
		cp.name, cp.title, what, strings.Join(others[:len(others)-1], ", "), others[len(others)-1])
	return readings[best].text, cp.name, note, ""
}
