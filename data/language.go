package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DetectLanguage names the language of text as an ISO 639-1 code, or ""
// when the text is too short or too mixed to say.
//
// The script decides first: Arabic-script text is Arabic unless letters
// only Persian (پ چ ژ گ ک ی) or Urdu (ٹ ڈ ڑ ں ے) write outnumber Arabic's
// own (ي ك ة); Cyrillic is Ukrainian with і ї є ґ, Russian with ы э ё;
// Han is Chinese unless kana make it Japanese; Hangul is Korean, Hebrew
// Hebrew, Greek Greek. Latin-script text is scored by its function words
// (nl, de, en, fr, es, it, pt, tr), each word weighing less the more of those
// languages share it, plus a few letters only one of them uses. The winner
// must have enough evidence and clearly beat the runner-up.
//
// Only the first languageSample bytes are read: a few kilobytes tell the
// language as well as a whole book does, and corpora are large.
func DetectLanguage(text string) string {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) { // not half a character
			cut--
		}
		text = text[:cut]
	}
	var s languageScan
	s.scan(text)
	switch s.dominantScript() {
	case scriptArabic:
		return s.arabicLanguage()
	case scriptCyrillic:
		return s.cyrillicLanguage()
	case scriptHan:
		if s.script[scriptKana]*10 >= s.script[scriptHan] {
			return "ja"
		}
		return "zh"
	case scriptKana:
		return "ja"
	case scriptHangul:
		return "ko"
	case scriptHebrew:
		return "he"
	case scriptGreek:
		return "el"
	case scriptLatin:
		return s.latinLanguage()
	}
	return ""
}

// languageSample is how much of a text DetectLanguage reads.
const languageSample = 16 << 10

// Thresholds below which DetectLanguage does not guess. They were set on
// the samples in testdata/langs: two-word titles and lone names stay
// unknown, a two-sentence news item does not.
const (
	minScriptLetters = 12  // letters of a non-Latin script needed to name its language
	minLatinEvidence = 2.0 // weighted function-word hits needed for a Latin language
	latinMargin      = 1.5 // how many times the runner-up's score the winner needs
)

type script int

const (
	scriptOther script = iota
	scriptLatin
	scriptArabic
	scriptCyrillic
	scriptHan
	scriptKana
	scriptHangul
	scriptHebrew
	scriptGreek
	numScripts
)

// languageScan gathers the counts DetectLanguage decides on, in one pass.
type languageScan struct {
	script [numScripts]int   // letters per script
	latin  [numLatin]float64 // function-word and letter evidence per Latin language

	// Counts of each letter of the Arabic and Cyrillic blocks, some of which
	// tell the languages of one script apart.
	arabicCounts, cyrillicCounts [0x100]int
}

// Where the Arabic and Cyrillic blocks begin.
const (
	arabicBlockStart   = 0x600
	cyrillicBlockStart = 0x400
)

// unicodeBlock says which of the 256 characters of a block, all of one
// script, are letters or the marks written on them.
type unicodeBlock struct {
	start  rune
	script script
	letter [0x100]bool
}

func newUnicodeBlock(start rune, sc script) *unicodeBlock {
	b := &unicodeBlock{start: start, script: sc}
	for i := range b.letter {
		r := start + rune(i)
		b.letter[i] = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return b
}

var (
	arabicLetters   = newUnicodeBlock(arabicBlockStart, scriptArabic)
	cyrillicLetters = newUnicodeBlock(cyrillicBlockStart, scriptCyrillic)
)

// countBlockLetter reports whether r is in block b and, if it is a letter
// there, counts it for the block's script and in counts.
func (s *languageScan) countBlockLetter(r rune, b *unicodeBlock, counts *[0x100]int) bool {
	i := r - b.start
	if i < 0 || i >= 0x100 {
		return false
	}
	if b.letter[i] {
		s.script[b.script]++
		counts[i]++
	}
	return true
}

// scan counts the letters of text by script, and scores its Latin words.
// Most text is ASCII or one other script, so those take the short ways.
func (s *languageScan) scan(text string) {
	var word [64]byte // the current Latin word, lower-cased
	n := 0            // its length; -1 while the word is too long to be a function word
	endWord := func() {
		// Content words are mostly longer than function words, and the
		// length test is cheaper than the map.
		if n > 0 && n <= longestFunctionWord {
			// Indexing with string(bytes) does not allocate.
			if e, ok := functionWords[string(word[:n])]; ok {
				for _, l := range e.languages {
					s.latin[l] += e.weight
				}
			}
		}
		n = 0
	}
	for _, r := range text {
		if r < utf8.RuneSelf {
			if lower := r | 0x20; lower >= 'a' && lower <= 'z' {
				s.script[scriptLatin]++
				if n >= 0 && n < len(word) {
					word[n] = byte(lower)
					n++
				} else {
					n = -1
				}
				continue
			}
			endWord()
			continue
		}
		// Arabic and Cyrillic letters are counted by table: the Unicode
		// category lookups are the slowest part of the scan otherwise.
		if s.countBlockLetter(r, arabicLetters, &s.arabicCounts) ||
			s.countBlockLetter(r, cyrillicLetters, &s.cyrillicCounts) {
			endWord()
			continue
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			endWord()
			continue
		}
		sc := scriptOf(r)
		s.script[sc]++
		switch sc {
		case scriptLatin:
			s.addLatinLetter(r)
			lower := unicode.ToLower(r)
			if n < 0 || n+utf8.RuneLen(lower) > len(word) {
				n = -1
				continue
			}
			n += utf8.EncodeRune(word[n:], lower)
			continue
		}
		endWord()
	}
	endWord()
}

// scriptOf names the script of a letter outside ASCII and the Arabic and
// Cyrillic blocks, which scan counts by itself.
func scriptOf(r rune) script {
	switch {
	case r < 0x250 || unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		return scriptKana
	case unicode.Is(unicode.Hangul, r):
		return scriptHangul
	case unicode.Is(unicode.Hebrew, r):
		return scriptHebrew
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	}
	return scriptOther
}

// dominantScript is the script most letters are in, or scriptOther when
// there are too few letters of it. Latin text needs its words scored, so
// its letter count is left to latinLanguage.
func (s *languageScan) dominantScript() script {
	best := scriptOther
	for sc := scriptLatin; sc < numScripts; sc++ {
		if s.script[sc] > s.script[best] {
			best = sc
		}
	}
	if best != scriptLatin && s.script[best] < minScriptLetters {
		return scriptOther
	}
	return best
}

// count adds up how often the letters occur; they must be of the Arabic
// or Cyrillic block.
func (s *languageScan) count(letters string) int {
	total := 0
	for _, r := range letters {
		switch {
		case r-arabicBlockStart >= 0 && r-arabicBlockStart < 0x100:
			total += s.arabicCounts[r-arabicBlockStart]
		case r-cyrillicBlockStart >= 0 && r-cyrillicBlockStart < 0x100:
			total += s.cyrillicCounts[r-cyrillicBlockStart]
		}
	}
	return total
}

func (s *languageScan) arabicLanguage() string {
	arabic := s.count("يكة")
	persian := s.count("پچژگکی")
	urdu := s.count("ٹڈڑںے")
	switch {
	case urdu > 0 && urdu*4 >= persian && urdu > arabic:
		return "ur"
	case persian > arabic:
		return "fa"
	case arabic > 0:
		return "ar"
	}
	// None of the telling letters: too short to say which language.
	return ""
}

func (s *languageScan) cyrillicLanguage() string {
	ukrainian := s.count("іїєґ")
	russian := s.count("ыэё")
	switch {
	case ukrainian > russian:
		return "uk"
	case russian > 0:
		return "ru"
	case s.count("ъ") > 0:
		// ъ is frequent in Bulgarian, rare in Russian, which would also
		// show ы or э in any sentence.
		return "bg"
	}
	return ""
}

// The Latin-script languages DetectLanguage scores.
type latinLanguage int

const (
	langNL latinLanguage = iota
	langDE
	langEN
	langFR
	langES
	langIT
	langPT
	langTR
	numLatin
)

var latinCodes = [numLatin]string{"nl", "de", "en", "fr", "es", "it", "pt", "tr"}

func (s *languageScan) latinLanguage() string {
	best, second := langNL, langDE
	if s.latin[second] > s.latin[best] {
		best, second = second, best
	}
	for l := langEN; l < numLatin; l++ {
		switch {
		case s.latin[l] > s.latin[best]:
			best, second = l, best
		case s.latin[l] > s.latin[second]:
			second = l
		}
	}
	if s.latin[best] < minLatinEvidence || s.latin[best] < latinMargin*s.latin[second] {
		return ""
	}
	return latinCodes[best]
}

// addLatinLetter counts the letters that one of the scored languages
// writes and the others (nearly) never do. They weigh little, because
// names travel: Erdoğan appears in Dutch news.
func (s *languageScan) addLatinLetter(r rune) {
	if l, ok := telltaleLanguage(r); ok {
		s.latin[l] += telltaleWeight
	}
}

const telltaleWeight = 0.25

func telltaleLanguage(r rune) (latinLanguage, bool) {
	switch r {
	case 'ß':
		return langDE, true
	case 'ñ', '¿', '¡':
		return langES, true
	case 'ã', 'õ':
		return langPT, true
	case 'ı', 'ğ', 'ş', 'İ':
		return langTR, true
	case 'œ', 'ù', 'û', 'ê':
		return langFR, true
	case 'ì', 'ò':
		return langIT, true
	}
	return 0, false
}

// functionWordLists are the most frequent short words of each language's
// news prose, chosen by hand. A word in several lists counts for each of
// them, with less weight.
var functionWordLists = [numLatin]string{
	langNL: "de het een en van in is dat op te met voor zijn niet die aan er ook als bij door om maar hij " +
		"wordt worden werd heeft hebben naar uit nog over tot dan zich deze wel meer geen volgens tegen haar kan moet zal " +
		"na werden was waren zij wij ze al",
	langDE: "der die das und den dem des ist nicht ein eine einen einem einer zu mit von auf für im sich auch es " +
		"als bei nach wird werden wurde hat haben sind war aus über oder sie er noch dass vom zum zur nur aber um wie man",
	langEN: "the and of to in is that for on with as was by at from his her it this be are have has had which " +
		"will not but they their said were an or who been would its after also than about",
	langFR: "le la les de des du un une et est en que qui dans pour pas sur au aux avec par ce cette il elle ils " +
		"ont sont été mais plus son sa ses leur ne se selon contre après l d qu a doit",
	langES: "el la los las de del y en un una que es por con para se no su sus al lo como más pero ha han fue " +
		"sido este esta entre sobre también según tras desde durante muy ya o",
	langIT: "il lo la i gli le di del della dei delle e è un una che in per con non si da al alla sono ha hanno " +
		"anche come più ma nel nella questo questa dopo stato stata tra fra secondo l dell all",
	langPT: "o a os as de do da dos das e é em no na nos nas um uma que para por com não se seu sua mais foi são " +
		"ao aos pelo pela mas como também entre já ainda sobre segundo até está",
	langTR: "ve bir bu da de için ile olarak olan çok daha gibi ama sonra kadar her şu o ne mi değil var yok " +
		"ise göre karşı tarafından yeni ilk büyük üzerinde arasında ki veya ayrıca bunun dedi etti oldu en",
}

// functionWord says which languages use a word and what each use weighs.
type functionWord struct {
	languages []latinLanguage
	weight    float64
}

var functionWords = buildFunctionWords()

// longestFunctionWord is the length in bytes of the longest function word.
var longestFunctionWord = func() int {
	longest := 0
	for w := range functionWords {
		longest = max(longest, len(w))
	}
	return longest
}()

func buildFunctionWords() map[string]functionWord {
	words := map[string]functionWord{}
	for l, list := range functionWordLists {
		for _, w := range strings.Fields(list) {
			e := words[w]
			e.languages = append(e.languages, latinLanguage(l))
			words[w] = e
		}
	}
	for w, e := range words {
		e.weight = 1 / float64(len(e.languages))
		words[w] = e
	}
	return words
}
