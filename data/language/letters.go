package language

import "unicode"

// Telling the languages of one script apart by their letters. Cyrillic and
// Arabic script are written by many languages, each adding a few letters
// to the common alphabet; those letters say more than any word list. Latin
// letters with diacritics help too, but weigh little, because names
// travel: Erdoğan and Wałęsa appear in Dutch news.

// letterGroup is a set of letters written by the listed languages only
// (among those Detect tells apart in that script).
type letterGroup struct {
	letters   string // lower case; capitals count too
	languages []scoredLanguage
}

// cyrillicGroups are the letters that Russian does not write.
var cyrillicGroups = []letterGroup{
	{"әұһ", []scoredLanguage{langKK}},
	{"ғқ", []scoredLanguage{langKK, langUZ, langTG}},
	{"ң", []scoredLanguage{langKY, langKK}},
	{"өү", []scoredLanguage{langKY, langKK, langMN}},
	{"і", []scoredLanguage{langUK, langBE, langKK}},
	{"ў", []scoredLanguage{langBE, langUZ}},
	{"ҳ", []scoredLanguage{langUZ, langTG}},
	{"ҷӣӯ", []scoredLanguage{langTG}},
	{"єїґ", []scoredLanguage{langUK}},
	{"јљњџ", []scoredLanguage{langSR, langMK}},
	{"ђћ", []scoredLanguage{langSR}},
	{"ѓќѕ", []scoredLanguage{langMK}},
}

// cyrillicAbsent are letters a language does not write (outside quoted
// Russian or names), which count against it: Ukrainian has no ы э ё ъ, Belarusian no
// и щ ъ, Uzbek and Tajik no ы, Tajik no ц either, Bulgarian no ы э ё,
// Serbian and Macedonian none of ы э ё й щ ъ ь я ю, Mongolian no ң.
var cyrillicAbsent = map[scoredLanguage]string{
	langUK: "ыэёъ",
	langBE: "ищъ",
	langUZ: "ыщ",
	langTG: "ыщц",
	langBG: "ыэё",
	langSR: "ыэёйщъьяю",
	langMK: "ыэёйщъьяю",
	langMN: "ң",
}

// cyrillicLanguages are the Cyrillic languages Detect tells
// apart, in the order that breaks a tie: Ukrainian before Kazakh when і is
// all there is, Kyrgyz before Kazakh when ң ө ү are.
var cyrillicLanguages = []scoredLanguage{langRU, langUK, langBE, langBG, langSR, langMK, langKY, langMN, langKK, langUZ, langTG}

// Weights of the letter evidence against function words, which weigh 1
// (less when shared).
const (
	cyrillicLetterWeight = 0.5
	absentLetterWeight   = 0.5
	// minTellingRate: when at least one letter in this many of the text's
	// Cyrillic letters is a telling one and the scores do not decide, the
	// text is not Russian but no language can be named. A Kazakh,
	// Ukrainian or Uzbek text writes them every twenty letters or more
	// often; a Russian report that quotes "Нұр-Сұлтан" once does not.
	minTellingRate = 100
)

// cyrillicLanguage tells the Cyrillic languages apart by their function
// words and by the letters only some of them write (counting against
// those that do not write them). When that evidence is too thin, the
// letters ы э ё still say Russian and ъ Bulgarian, where it is frequent.
func (s *languageScan) cyrillicLanguage(text string) string {
	var counts [16]int // room for every group of cyrillicGroups
	telling := 0
	for i, g := range cyrillicGroups {
		counts[i] = s.countFold(g.letters)
		telling += counts[i]
	}
	for _, l := range cyrillicLanguages {
		s.score[l] += cyrillicLetterWeight * s.letterScore(l, cyrillicGroups, counts[:len(cyrillicGroups)])
		s.score[l] -= absentLetterWeight * float64(s.countFold(cyrillicAbsent[l]))
	}
	s.ruleOut(cyrillicRequired, s.script[scriptCyrillic], s.countFold)
	best, second := s.best(cyrillicLanguages)
	if s.score[best] >= minCyrillicEvidence && s.score[best] >= scoreMargin*second {
		return scoredCodes[best]
	}
	switch {
	case telling*minTellingRate >= s.script[scriptCyrillic]:
		return ""
	case s.kyrgyzByWords(text, telling):
		return "ky"
	case s.countFold("ыэё") > 0, s.russianByEndings(text, telling):
		return "ru"
	case s.countFold("ъ") > 0:
		// ъ is frequent in Bulgarian, rare in Russian, which would also
		// show ы or э in any sentence.
		return "bg"
	}
	return ""
}

// cyrillicRequired are letters Kazakh writes in any sentence of some
// length (і alone is one letter in twenty-five); Kyrgyz, which shares its
// ң ө ү, writes none of them.
var cyrillicRequired = map[scoredLanguage]string{
	langKK: "әұқғіһ",
}

// minCyrillicEvidence is the score a Cyrillic language needs before it is
// named on its words and letters.
const minCyrillicEvidence = 1.0

// letterScore weighs the letters of the groups for language l: a letter
// only l writes counts 1, one that n languages write 1/n, and a letter l
// never writes counts 1 against it.
func (s *languageScan) letterScore(l scoredLanguage, groups []letterGroup, counts []int) float64 {
	score := 0.0
	for i, g := range groups {
		n := float64(counts[i])
		if n == 0 {
			continue
		}
		mine := false
		for _, gl := range g.languages {
			mine = mine || gl == l
		}
		if mine {
			score += n / float64(len(g.languages))
		} else {
			score -= n
		}
	}
	return score
}

// countFold is count for the letters and their capitals.
func (s *languageScan) countFold(letters string) int {
	total := 0
	for _, r := range letters {
		total += s.countRune(r)
		if u := unicode.ToUpper(r); u != r {
			total += s.countRune(u)
		}
	}
	return total
}

// arabicGroups are the letters that tell Arabic, Persian and Urdu apart:
// Arabic's own forms of yeh and kaf and its teh marbuta; the letters
// Persian adds (which Urdu writes too); Urdu's retroflex letters, its
// nasal noon, bari yeh and heh goal.
var arabicGroups = []letterGroup{
	{"يكة", []scoredLanguage{langAR}},
	{"پچژگکی", []scoredLanguage{langFA, langUR}},
	{"ٹڈڑںےہھ", []scoredLanguage{langUR}},
}

var arabicLanguages = []scoredLanguage{langAR, langFA, langUR}

// arabicLetterWeight is what a telling letter weighs against a function
// word. The letters decide short texts; the words decide where the letters
// mislead, as in Persian typed on an Arabic keyboard (ي and ك for ی and ک).
const arabicLetterWeight = 0.2

// arabicLanguage tells Arabic, Persian and Urdu apart by their letters and
// function words; Persian also by the zero-width non-joiners it writes
// inside words (می‌شود).
func (s *languageScan) arabicLanguage() string {
	var counts [3]int
	for i, g := range arabicGroups {
		counts[i] = s.countFold(g.letters)
	}
	for _, l := range arabicLanguages {
		s.score[l] += arabicLetterWeight * s.letterScore(l, arabicGroups, counts[:len(arabicGroups)])
	}
	s.score[langFA] += arabicLetterWeight * float64(s.zwnj)
	best, second := s.best(arabicLanguages)
	if s.score[best] < minArabicEvidence || s.score[best] < scoreMargin*second {
		return ""
	}
	return scoredCodes[best]
}

// arabicWordForm is the form of an Arabic-script letter in the word lists:
// Arabic and Persian write yeh and kaf differently, and hamza on alef is
// often left out, so one spelling serves all. Vowel marks are dropped (0).
func arabicWordForm(r rune) rune {
	switch r {
	case 'ي', 'ى':
		return 'ی'
	case 'ك':
		return 'ک'
	case 'أ', 'إ', 'آ':
		return 'ا'
	}
	if r >= 0x64B && r <= 0x65F || r == 0x670 { // harakat, the dagger alef and the other marks
		return 0
	}
	return r
}

// cyrillicLower lower-cases the letters of the Cyrillic block, by table.
var cyrillicLower = func() (t [0x100]rune) {
	for i := range t {
		t[i] = unicode.ToLower(cyrillicBlockStart + rune(i))
	}
	return t
}()

// addLatinLetter counts the letters that one or a few of the scored Latin
// languages write and the others (nearly) never do.
func (s *languageScan) addLatinLetter(r rune) {
	if i := r - 0x80; i >= 0 && int(i) < len(s.latinCounts) {
		s.latinCounts[i]++
	}
	if i := r - 0x80; i >= 0 && int(i) < len(latinTelltaleTable) {
		langs := latinTelltaleTable[i]
		for _, l := range langs {
			s.score[l] += telltaleWeight
		}
	}
}

const telltaleWeight = 0.25

// latinTelltales are letters of few Latin-script languages among those
// scored. A letter shared by several counts for each of them: ı and ğ are
// Turkish and Azerbaijani, ş Turkmen too.
var latinTelltales = map[rune][]scoredLanguage{
	'ß': {langDE},
	'ñ': {langES}, '¿': {langES}, '¡': {langES},
	'ã': {langPT}, 'õ': {langPT},
	'œ': {langFR}, 'ù': {langFR}, 'û': {langFR}, 'ê': {langFR},
	'ì': {langIT}, 'ò': {langIT},
	'ı': {langTR, langAZ}, 'İ': {langTR, langAZ}, 'ğ': {langTR, langAZ}, 'ş': {langTR, langAZ, langTK},
	'ə': {langAZ},
	'ň': {langTK, langCS, langSK}, 'ý': {langTK, langCS, langSK, langKK}, 'ž': {langTK, langCS, langSK, langSH},
	'ł': {langPL}, 'ą': {langPL}, 'ę': {langPL}, 'ś': {langPL}, 'ź': {langPL}, 'ż': {langPL}, 'ń': {langPL, langKK}, 'ć': {langPL, langSH},
	'ǵ': {langKK},
	'ř': {langCS}, 'ů': {langCS}, 'ě': {langCS}, 'č': {langCS, langSK, langSH}, 'š': {langCS, langSK, langSH},
	'ľ': {langSK}, 'ĺ': {langSK}, 'ŕ': {langSK}, 'đ': {langSH},
}

// latinTelltaleTable is latinTelltales for both cases, indexed by the
// letter less 0x80: the scan looks up every accented letter.
var latinTelltaleTable = func() (t [0x260 - 0x80][]scoredLanguage) {
	for r, langs := range latinTelltales {
		for _, c := range []rune{r, unicode.ToUpper(r)} {
			if i := c - 0x80; i >= 0 && int(i) < len(t) && t[i] == nil {
				t[i] = langs
			}
		}
	}
	return t
}()

// latinRequired are letters a language writes in any sentence of some
// length: Azerbaijani ə (its most frequent vowel, in "və", "and"),
// Turkmen ý, ň or ä, Kazakh in the Latin alphabet of 2018 ı, ý, ǵ or ń
// (й, у, ғ, ң). Without them Turkish, which shares most function words
// and letters with them, is the better reading.
var latinRequired = map[scoredLanguage]string{
	langAZ: "ə",
	langTK: "ýňä",
	langKK: "ıýǵń",
}

// latinExcluding are letters that rule a language out when a text writes
// them twice or more: Slovak never writes ě ř ů, which nearly every Czech
// sentence has, and Czech never ľ ĺ ŕ. The two share most function words.
var latinExcluding = map[scoredLanguage]string{
	langSK: "ěřů",
	langCS: "ľĺŕ",
}

// minRequiredLetters is how many letters of its script a text needs before
// the absence of a language's required letters rules it out.
const minRequiredLetters = 40

// ruleOut sets to zero the score of every language whose required letters
// the text, of letters letters in their script, does not write.
func (s *languageScan) ruleOut(required map[scoredLanguage]string, letters int, count func(string) int) {
	if letters < minRequiredLetters {
		return
	}
	for l, r := range required {
		if count(r) == 0 {
			s.score[l] = 0
		}
	}
}

// countLatin counts the letters, all of them outside ASCII, and their
// capitals.
func (s *languageScan) countLatin(letters string) int {
	total := 0
	for _, r := range letters {
		for _, c := range []rune{r, unicode.ToUpper(r)} {
			if i := c - 0x80; i >= 0 && int(i) < len(s.latinCounts) {
				total += s.latinCounts[i]
			}
		}
	}
	return total
}
