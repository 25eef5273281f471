package data

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/internal/utf8bytes"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// linkWord is one word of a text: where its normalised form lies in the
// scanner's buffer, and its exact span in the original.
type linkWord struct {
	from, to   int // the normalised word is wordScanner.norm[from:to]
	Start, End int // span in the original text, plus the offset the caller gave
}

// wordScanner splits texts into words and folds each with Normalize for
// matching. Words are found in the original text and normalised one by
// one, so each word's span is exact by construction: no offset map from
// normalised text back to the original is needed. The scanner keeps its
// buffers from one text to the next, so that scanning the paragraphs of a
// corpus allocates next to nothing.
type wordScanner struct {
	norm  []byte // the normalised words, one after the other
	words []linkWord
	// splitCJK makes each Han character a word of its own, and each run
	// of katakana or of hiragana a word. Chinese and Japanese write no
	// spaces, so a sentence is one run of letters; split into characters,
	// a name of three characters is a phrase of three words, found
	// wherever it stands in the run ("习近平" in "习近平出席峰会"). Katakana
	// spells foreign names and loanwords as runs, so a katakana name is a
	// whole run ("プーチン" in "プーチン大統領は"), and "タイ" (Thailand) is
	// not found inside "タイトル" (title). The linker and the name finder
	// split so; WordScanner, for the event lexicon, keeps runs.
	splitCJK bool
}

// scan returns the words of text: runs of letters, digits and combining
// marks, so punctuation, apostrophes and hyphens separate them ("Xi’an" is
// xi + an, "Nur-Sultan" is nur + sultan). Invisible format characters
// (soft hyphens, zero-width joiners) inside a word do not split it;
// Normalize drops them. Spans are shifted by base, so that
// text[Start-base:End-base] is the word as written, diacritics, vowel marks
// and tatweel included. The result is valid until the next call.
func (s *wordScanner) scan(text string, base int) []linkWord {
	s.norm, s.words = s.norm[:0], s.words[:0]
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			if two, ok := utf8bytes.TwoByteRune(text, i); ok {
				r, size = two, 2 // without utf8's call
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		start, end := i, i+size
		if r < utf8.RuneSelf {
			// Most words are ASCII to their end: lower-cased as they are
			// read. A word that goes on in another script is read again
			// below, as any other.
			// (In a local slice: the compiler keeps it in registers,
			// not s.norm, which it writes back at every letter.)
			from := len(s.norm)
			norm := append(s.norm, textnorm.FoldASCIILower[r])
			j := end
			for j < len(text) {
				c := text[j]
				if c >= utf8.RuneSelf || !wordRunes[c] {
					break
				}
				norm = append(norm, textnorm.FoldASCIILower[c])
				j++
			}
			s.norm = norm
			if j == len(text) || text[j] < utf8.RuneSelf {
				s.words = append(s.words, linkWord{from: from, to: len(s.norm), Start: base + start, End: base + j})
				i = j
				continue
			}
			s.norm = s.norm[:from]
		}
		ascii := r < utf8.RuneSelf
		class := cjkNone
		if s.splitCJK {
			class = cjkClass(r)
		}
		for j := end; j < len(text); {
			if c := text[j]; c < utf8.RuneSelf {
				if !wordRunes[c] || class != cjkNone {
					break
				}
				j++
				end = j
				continue
			}
			r, size := rune(0), 2
			if two, ok := utf8bytes.TwoByteRune(text, j); ok {
				r = two
			} else {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
			ascii = false
			// A combining mark (the kana voicing mark, a variation
			// selector) belongs to the letter before it, in any script.
			// (IsMark last: it searches the Unicode tables, and most runes
			// already pass on their class.)
			if s.splitCJK && (class == cjkHan || cjkClassOf(r) != class) && !unicode.IsMark(r) {
				break
			} else if isWordRune(r) {
				j += size
				end = j
			} else if unicode.Is(unicode.Cf, r) {
				j += size
			} else {
				break
			}
		}
		from := len(s.norm)
		if ascii {
			// ASCII letters and digits: Normalize only lowers the case,
			// written in place once the buffer has room.
			s.norm = slices.Grow(s.norm, end-start)
			word := s.norm[from : from+end-start]
			for k := range word {
				word[k] = textnorm.FoldASCIILower[text[start+k]]
			}
			s.norm = s.norm[:from+end-start]
		} else if out, ok := textnorm.AppendFoldedWord(s.norm, text[start:end]); ok {
			s.norm = out
		} else {
			s.norm = textnorm.Append(s.norm, text[start:end])
		}
		if len(s.norm) > from { // a lone tatweel normalises to nothing
			s.words = append(s.words, linkWord{from: from, to: len(s.norm), Start: base + start, End: base + end})
		}
		i = end
	}
	return s.words
}

// word returns the normalised form of w.
func (s *wordScanner) word(w linkWord) []byte { return s.norm[w.from:w.to] }

// isWordRune reports whether r is part of a word: a letter, digit or
// combining mark.
func isWordRune(r rune) bool {
	if r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordRunes caches isWordRune for Latin, Greek, Cyrillic, Hebrew and Arabic,
// the scripts nearly every paragraph is written in; the unicode tables
// are searched for each character otherwise, which costs more than the
// rest of word splitting.
var wordRunes = func() (t [0x800]bool) {
	for r := range rune(len(t)) {
		t[r] = isWordRuneSlow(r)
	}
	return t
}()

// The classes of letters that wordScanner.splitCJK cuts text at.
const (
	cjkNone     = iota // any other letter, digit or mark
	cjkHan             // one character, one word
	cjkHiragana        // a run, one word
	cjkKatakana        // a run, one word; with the length mark ー
)

// cjkClassOf is cjkClass, with its first case inlined: nearly every
// letter the scanner reads comes before the CJK blocks.
func cjkClassOf(r rune) int {
	if r < 0x2E80 {
		return cjkNone
	}
	return cjkClass(r)
}

// cjkClass returns the class of r among Han, hiragana and katakana, the
// scripts written without spaces. Hangul is not among them: Korean writes
// spaces between words.
func cjkClass(r rune) int {
	switch {
	case r < 0x2E80:
		return cjkNone
	case r == 0x30FC || unicode.Is(unicode.Katakana, r):
		return cjkKatakana
	case unicode.Is(unicode.Hiragana, r):
		return cjkHiragana
	case unicode.Is(unicode.Han, r):
		return cjkHan
	}
	return cjkNone
}

// splitWords returns the normalised words of a name or term, Han and kana
// one character a word, as the linker reads text.
func splitWords(text string) []string {
	s := wordScanner{splitCJK: true}
	words := s.scan(text, 0)
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = string(s.word(w))
	}
	return out
}

// Word endings tolerated when matching, so that curated spellings need not
// list every inflected form. Each list is short on purpose: more endings
// would let unrelated words meet.
var (
	// germanicEndings are the Dutch, German and English plural, case and
	// genitive endings: Kasachstans, Russische troepen/Truppen, Staatsbesuche.
	germanicEndings = []string{"s", "e", "en", "n", "es", "er", "ern", "em", "ens"}
	// russianEndings are the noun and adjective case endings, added to the
	// word without its final vowel or soft sign: Путин → Путина, Путиным;
	// Кремль → Кремля; Азия → Азии. An adjective's two-letter ending
	// gives way to its own (russianAdjectiveEndings).
	russianEndings = []string{"а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ым", "им",
		"ов", "ев", "ам", "ям", "ах", "ях", "ами", "ями", "ую", "ая", "ое", "ее", "ого", "его", "ому", "ему", "ых", "их"}
	// russianStemEnds are the final letters dropped before a case ending
	// (normalised: й is и once its breve is gone).
	russianStemEnds = "аяоеыиь"
	// arabicProclitics are the conjunctions and prepositions written
	// joined to the next word: و (and), ف (so), ب (with), ل (for), ك (like),
	// alone or stacked (وب, فل…).
	arabicProclitics = []string{"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
	// arabicBeforeArticle are the proclitics that can precede ال; ل is not
	// among them because ل + ال is written لل.
	arabicBeforeArticle = []string{"", "و", "ف", "ب", "ك", "وب", "فب", "وك"}
)

// minInflected is the length, in letters, from which a word may take the
// endings above; shorter Latin words only take -s ("Xis", "EU's" is two
// words anyway), shorter Russian words none ("ШОС" does not decline).
const minInflected = 4

// ukrainianCaseEndings are the Russian endings that Ukrainian shares
// (Путіна, Путіну, Путіним, Україну): Ukrainian has no ы, and its
// instrumental and genitive plural are -ою and -ів (see ukrainianEndings),
// not the Russian -ой and -ов.
var ukrainianCaseEndings = []string{"а", "я", "у", "ю", "е", "и", "о", "ом", "ем", "им",
	"ам", "ям", "ах", "ях", "ами", "ями", "ого", "ому", "их"}

// endings is a set of families of word endings. A curated word takes the
// endings of the languages it is listed in, and a text takes the endings
// of its own language: Russian case endings on Russian text, none on
// Kazakh text, whose suffixes are written out in the lists (see
// addInflections). Given to every Cyrillic word, the 32 Russian endings
// made every Kazakh, Uzbek or Ukrainian spelling match Russian forms that
// these languages never write, and some of them are words of their own.
type endings uint8

const (
	// endingsBare is the word itself, with -s on Latin words and the
	// joined proclitics on Arabic words: every language.
	endingsBare      endings = 1 << iota
	endingsGermanic          // Dutch, German, English (germanicEndings)
	endingsRussian           // Russian, Belarusian (russianEndings)
	endingsUkrainian         // Ukrainian (ukrainianCaseEndings)

	endingsAll = endingsBare | endingsGermanic | endingsRussian | endingsUkrainian
)

// languageEndings returns the endings of language lang (ISO 639-1): those
// a spelling listed in it takes, and those a text in it may use. A term
// for any language ("*") and a text of unknown language ("") take all.
func languageEndings(lang string) endings {
	switch lang {
	case "", "*":
		return endingsAll
	case "nl", "de", "en", "af", "fy", "lb", "da", "sv", "no", "nb", "nn":
		return endingsBare | endingsGermanic
	case "ru", "be":
		return endingsBare | endingsRussian
	case "uk":
		return endingsBare | endingsUkrainian
	}
	return endingsBare
}

// wordForms returns the forms in which a curated word may appear in text
// with the endings of families e: the word itself, plus Dutch/German/English
// endings for Latin words, Russian or Ukrainian case endings for Cyrillic
// words, and the joined proclitics and article for Arabic words.
func wordForms(w string, e endings) []string {
	first, _ := utf8.DecodeRuneInString(w)
	n := utf8.RuneCountInString(w)
	var forms []string
	switch {
	case unicode.Is(unicode.Latin, first):
		if e&endingsBare != 0 {
			forms = append(forms, w, w+"s")
		}
		if e&endingsGermanic != 0 && n >= minInflected {
			for _, x := range germanicEndings[1:] {
				forms = append(forms, w+x)
			}
		}
		return forms
	case unicode.Is(unicode.Cyrillic, first):
		if e&endingsBare != 0 {
			forms = append(forms, w)
		}
		if n < minInflected || e&(endingsRussian|endingsUkrainian) == 0 {
			return forms
		}
		stem := w
		if last, size := utf8.DecodeLastRuneInString(w); strings.ContainsRune(russianStemEnds, last) {
			stem = w[:len(w)-size]
		}
		if e&endingsRussian != 0 {
			forms = append(forms, suffixed(stem, russianEndings)...)
			if adj, ok := russianAdjectiveStem(w); ok {
				forms = append(forms, suffixed(adj, russianAdjectiveEndings)...)
			}
		}
		if e&endingsUkrainian != 0 {
			forms = append(forms, suffixed(stem, ukrainianCaseEndings)...)
		}
		return forms
	case e&endingsBare == 0:
		return nil
	case unicode.Is(unicode.Arabic, first) && n >= 2:
		return arabicForms(w)
	}
	return []string{w}
}

// arabicForms returns w with the proclitics Arabic writes joined to it.
// A word with the article (الصين) also appears as للصين, والصين, بالصين;
// one without it (بوتين) as وبوتين, لبوتين. The article is not added to a
// word that lacks it: شي (Xi) is not الشي (the thing).
func arabicForms(w string) []string {
	var forms []string
	if base, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(base) >= 2 {
		for _, p := range arabicBeforeArticle {
			forms = append(forms, p+w)
		}
		for _, p := range []string{"", "و", "ف"} {
			forms = append(forms, p+"لل"+base)
		}
		return forms
	}
	for _, p := range arabicProclitics {
		forms = append(forms, p+w)
	}
	return forms
}

// russianAdjectiveEndings are the case endings of a Russian adjective
// (normalised: й is и), added to its stem without its two-letter
// ending: Центральная Азия → Центральной Азии, Южная Корея → Южной
// Кореи, Саудовская Аравия → Саудовской Аравии, Зеленский → Зеленского.
// With the final letter alone dropped (russianEndings), "Центральная"
// gave "Центральнаой": the region, the country, the surname in -ский of
// every Russian sentence in an oblique case went unnamed.
var russianAdjectiveEndings = []string{"ая", "яя", "ои", "еи", "ую", "юю", "ое", "ее", "ого", "его", "ому", "ему",
	"ым", "им", "ом", "ем", "ые", "ие", "ых", "их", "ыми", "ими", "ыи", "ии"}

// russianAdjectiveStem returns w without its adjective ending (-ая, -яя,
// -ое, -ее, -ый, -ий, -ой; й normalised to и), for words of five letters
// or more ("Южная"; a stem of two letters would meet too many words).
func russianAdjectiveStem(w string) (string, bool) {
	if utf8.RuneCountInString(w) < 5 {
		return "", false
	}
	for _, end := range []string{"ая", "яя", "ое", "ее", "ыи", "ии", "ои", "ый", "ий", "ой"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			return stem, true
		}
	}
	return "", false
}
