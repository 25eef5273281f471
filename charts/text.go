package charts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// measurer measures label widths in pixels at one font size.
type measurer struct {
	size float64
	fn   func(text string, size float64) float64 // nil: estimate
}

// estimateCharWidth is the average advance of a Latin character relative to
// the font size, for laying out without a font at hand.
const estimateCharWidth = 0.6

func (m measurer) width(s string) float64 {
	if s == "" {
		return 0
	}
	if m.fn != nil {
		return m.fn(s, m.size)
	}
	return estimateCharWidth * m.size * float64(utf8.RuneCountInString(s))
}

// ellipsis ends a shortened label.
const ellipsis = "…"

// minLabelRunes is the shortest a label is cut to before it is dropped:
// fewer letters say nothing.
const minLabelRunes = 3

// minWorthRunes is the shortest label worth cutting another label for:
// rather than a row of "Eve…", events merge into a cluster.
const minWorthRunes = 7

// fit returns s, or s cut at a letter and ended with an ellipsis, so that
// it is at most maxW wide; "" when not even minLabelRunes letters fit.
func (m measurer) fit(s string, maxW float64) string { return m.fitWidth(s, m.width(s), maxW) }

// labelTrim is what a cut label loses at its end before the ellipsis.
const labelTrim = " ,;:-–"

// fitWidth is fit for s whose width w is known. The cut is first guessed
// from the share of the width that fits, then moved a letter at a time,
// so a label costs a few measurements, not one per letter.
func (m measurer) fitWidth(s string, w, maxW float64) string {
	if w <= maxW {
		return s
	}
	runes := []rune(s)
	cut := func(n int) string { return strings.TrimRight(string(runes[:n]), labelTrim) + ellipsis }
	n := min(max(int(float64(len(runes))*maxW/w), minLabelRunes), len(runes)-1)
	for n >= minLabelRunes && m.width(cut(n)) > maxW {
		n--
	}
	if n < minLabelRunes {
		return ""
	}
	for n+1 < len(runes) && m.width(cut(n+1)) <= maxW {
		n++
	}
	return cut(n)
}

// minLabelWidth is the width of the shortest label worth making room for.
func (m measurer) minLabelWidth() float64 {
	return m.width(strings.Repeat("n", minWorthRunes) + ellipsis)
}

// Transliterations of the alphabets a chart may meet in names. Arabic is
// not transliterated: written without vowels, a letter-by-letter Latin
// rendering would be unreadable, so Arabic words are dropped instead.
var transliteration = map[rune]string{
	// Cyrillic (Russian, Kazakh and Ukrainian letters)
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ә': "a", 'ғ': "gh", 'қ': "q",
	'ң': "ng", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h",
	// Greek
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps",
	'ω': "o",
	// Punctuation of the Arabic script, which has Latin equivalents.
	'،': ",", '؛': ";", '؟': "?", '٪': "%", '٫': ".", '٬': ",",
}

// latinText returns s fit for a go-chart label, which has no shaping and
// no bidi: Latin letters, digits and punctuation stay; Cyrillic and Greek
// are transliterated; Arabic-Indic digits become ASCII digits; letters of
// other scripts (Arabic above all, which would come out as loose letters
// drawn left to right) are dropped, and so are invisible format characters
// such as direction marks. Spaces are collapsed. The result may be empty.
func latinText(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩': // Arabic-Indic digits
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹': // Eastern Arabic-Indic (Persian) digits
			r = '0' + (r - '۰')
		}
		if t, ok := transliteration[unicode.ToLower(r)]; ok {
			if unicode.IsUpper(r) && t != "" {
				t = strings.ToUpper(t[:1]) + t[1:]
			}
			if t != "" {
				b.WriteString(t)
				space = false
			}
			continue
		}
		if unicode.Is(unicode.Cf, r) || unicode.IsControl(r) && !unicode.IsSpace(r) {
			continue // direction marks, joiners, soft hyphens, control codes
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		if !isLatinScript(r) {
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// isPlainASCII reports whether s is printable ASCII with single spaces
// between words: most English titles, which latinText returns as they are.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// isLatinScript reports whether r is a Latin letter or a character shared
// by all scripts (digits, punctuation, symbols, combining accents) — but
// not one from a right-to-left block, whose shared characters only appear
// in right-to-left text.
func isLatinScript(r rune) bool {
	if r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF {
		return false
	}
	if unicode.IsLetter(r) {
		// Letters shared by scripts are mostly East Asian marks (々, ー)
		// that a Latin font lacks; the spacing modifiers (ʼ, ˈ) are Latin's.
		return unicode.Is(unicode.Latin, r) || r >= 0x02B0 && r <= 0x02FF
	}
	return unicode.In(r, unicode.Common, unicode.Inherited)
}

// scriptNames name the scripts whose words latinText drops, for labels
// that say what was left out.
var scriptNames = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Chinese", unicode.Han},
	{"Japanese", unicode.Hiragana}, {"Japanese", unicode.Katakana}, {"Korean", unicode.Hangul},
	{"Devanagari", unicode.Devanagari}, {"Thai", unicode.Thai}, {"Georgian", unicode.Georgian},
	{"Armenian", unicode.Armenian},
}

// eventLabel is the chart label of an event: its title in Latin script
// (see latinText). When over two thirds of its letters are in a script a
// chart cannot show — a text event quoting an Arabic sentence — the
// remains would read like "Mentioned: … 2019 , …", so the label becomes
// the Latin words before the quote, the event's date and the script left
// out: "Mentioned: 2019 (Arabic)".
//
// With sc.all the title is kept whole, for painters that shape and
// order every script (see labelText) — when the fonts have its letters.
func eventLabel(e *data.Event, sc scripts) string {
	if isPlainASCII(e.Title) && e.Title != "" {
		return e.Title
	}
	if sc.keep(e.Title) {
		if t := labelText(e.Title, sc); t != "" {
			return t
		}
		return labelText(e.ID, sc)
	}
	latin := latinText(e.Title)
	kept, total := 0, 0
	firstDropped, script := -1, "non-Latin"
	for i, r := range e.Title {
		if !unicode.IsLetter(r) {
			continue
		}
		total++
		if isLatinScript(r) || transliteration[unicode.ToLower(r)] != "" {
			kept++
			continue
		}
		if firstDropped < 0 {
			firstDropped = i
			for _, s := range scriptNames {
				if unicode.Is(s.table, r) {
					script = s.name
					break
				}
			}
		}
	}
	if total == 0 || 3*kept >= total {
		if latin == "" {
			return latinText(e.ID)
		}
		return latin
	}
	lead := strings.TrimRight(latinText(e.Title[:firstDropped]), " :;,.-–—…\"'“‘«(")
	parts := []string{}
	if lead != "" {
		parts = append(parts, lead+":")
	}
	if d := e.Span.Start.Human(); !e.Span.Start.IsZero() {
		parts = append(parts, d)
	}
	return strings.Join(append(parts, "("+script+")"), " ")
}

// scripts says which labels keep their own script: with all, those whose
// letters the fonts have (has; nil: notInFonts decides); without, none.
type scripts struct {
	all bool
	has func(string) bool
}

// allScriptsOf is scripts for Options.AllScripts and Options.HasGlyphs.
func allScriptsOf(all bool, has func(string) bool) scripts { return scripts{all: all, has: has} }

// keep reports whether s keeps its script.
func (sc scripts) keep(s string) bool {
	switch {
	case !sc.all:
		return false
	case sc.has != nil:
		return sc.has(s)
	}
	return !strings.ContainsFunc(s, notInFonts)
}

// labelText is s as a label: when sc keeps it, every script is kept, only
// control and invisible formatting characters are dropped (the bidi
// layout has no use for explicit marks in a one-line label) and spaces
// collapsed; otherwise latinText.
func labelText(s string, sc scripts) string {
	if !sc.keep(s) {
		return latinText(s)
	}
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	space := true
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case r == 0x200C || r == 0x200D: // joiners shape Arabic: keep them
			b.WriteRune(r)
		case unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
		default:
			b.WriteRune(r)
			space = false
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// notInFonts reports whether r is a letter of a script that the images'
// Latin and Arabic fonts lack: Noto Sans has Latin, Greek and Cyrillic,
// Noto Sans Arabic the Arabic script. A title with such letters keeps the
// Latin label, with the script named, rather than empty boxes — unless
// the CJK font has them (typeface.hasGlyphs).
func notInFonts(r rune) bool {
	return unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic, unicode.Common, unicode.Inherited)
}
