package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkWord is one word of a text, folded for matching, with its exact span
// in the original.
type linkWord struct {
	norm       string // Normalize'd: lower case, no Latin diacritics, Arabic letters unified
	Start, End int    // span in the original text, plus the offset the caller gave
}

// appendWords appends the words of text to dst. Words are runs of letters,
// digits and combining marks in the normalised text, so punctuation,
// apostrophes and hyphens separate them ("Xi’an" is xi + an, "Nur-Sultan"
// is nur + sultan). The spans come from NormalizeWithOffsets and point into
// text, shifted by base, so that text[Start-base:End-base] is the word as
// written, diacritics and vowel marks included.
func appendWords(dst []linkWord, text string, base int) []linkWord {
	norm, offsets := NormalizeWithOffsets(text)
	start := -1 // byte offset in norm of the word being read, or -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		// The last character's first byte maps to the first byte of the
		// character it came from; SourceEnd adds that character and the
		// marks Normalize dropped after it.
		_, size := utf8.DecodeLastRuneInString(norm[start:end])
		dst = append(dst, linkWord{
			norm:  norm[start:end],
			Start: base + offsets[start],
			End:   base + SourceEnd(text, offsets[end-size]),
		})
		start = -1
	}
	for i, r := range norm {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(norm))
	return dst
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// splitWords returns the normalised words of a name or term.
func splitWords(s string) []string {
	words := appendWords(nil, s, 0)
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w.norm
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
