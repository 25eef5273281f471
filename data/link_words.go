package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkWord is one word of a text: where its normalised form lies in the
// scanner's buffer, and its exact span in the original.
type linkWord struct {
	from, to   int // the normalised word is wordScanner.norm[from:to]
	Start, End int // span in the original text, plus the offset the caller gave
}

// wordScanner splits texts into words, folded with Normalize for matching.
// It keeps its buffers from one text to the next, so that scanning the
// paragraphs of a corpus allocates next to nothing.
type wordScanner struct {
	norm    []byte    // Normalize(text)
	offsets offsetMap // where norm's bytes came from in text
	words   []linkWord
}

// scan returns the words of text. Words are runs of letters, digits and
// combining marks in the normalised text, so punctuation, apostrophes and
// hyphens separate them ("Xi’an" is xi + an, "Nur-Sultan" is nur +
// sultan). Spans point into text, shifted by base, so that
// text[Start-base:End-base] is the word as written, diacritics and vowel
// marks included. The result is valid until the next call.
func (s *wordScanner) scan(text string, base int) []linkWord {
	s.offsets.anchors = s.offsets.anchors[:0]
	s.norm = appendNormalized(s.norm[:0], text, anchorSink{m: &s.offsets})
	s.words = s.words[:0]
	start := -1 // offset in norm of the word being read, or -1
	for i := 0; i <= len(s.norm); {
		r, size := rune(' '), 1
		if i < len(s.norm) {
			if r = rune(s.norm[i]); r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(s.norm[i:])
			}
		}
		switch word := isWordRune(r); {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			// The last character's first byte maps to the first byte of
			// the character it came from; SourceEnd adds that character
			// and the marks Normalize dropped after it.
			_, last := utf8.DecodeLastRune(s.norm[start:i])
			s.words = append(s.words, linkWord{
				from: start, to: i,
				Start: base + s.offsets.source(start),
				End:   base + SourceEnd(text, s.offsets.source(i-last)),
			})
			start = -1
		}
		i += size
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

// splitWords returns the normalised words of a name or term.
func splitWords(text string) []string {
	var s wordScanner
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
	// Кремль → Кремля; Центральная Азия → Центральной Азии.
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

// wordForms returns the forms in which a curated word may appear in text:
// the word itself, plus Dutch/German/English endings for Latin words,
// Russian case endings for Cyrillic words, and the joined proclitics and
// article for Arabic words.
func wordForms(w string) []string {
	first, _ := utf8.DecodeRuneInString(w)
	n := utf8.RuneCountInString(w)
	switch {
	case unicode.Is(unicode.Latin, first):
		forms := []string{w, w + "s"}
		if n >= minInflected {
			for _, e := range germanicEndings[1:] {
				forms = append(forms, w+e)
			}
		}
		return forms
	case unicode.Is(unicode.Cyrillic, first) && n >= minInflected:
		stem := w
		if last, size := utf8.DecodeLastRuneInString(w); strings.ContainsRune(russianStemEnds, last) {
			stem = w[:len(w)-size]
		}
		forms := []string{w}
		for _, e := range russianEndings {
			forms = append(forms, stem+e)
		}
		return forms
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
