package language

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kyrgyz written without ң ө ү. A Kyrgyz sentence that writes none of its
// own letters and none of the function words Detect knows — "Шайлоого
// катышуу 35 пайыздын тегерегинде болду", or any text typed on a Russian
// keyboard, which leaves ң ө ү out — was named Russian through its ы, which
// Kyrgyz writes at least as often. Its words tell it apart: Kyrgyz writes
// long vowels doubled (шайлоо, катышуу, маалымат, кечээ), which Russian
// does only in a few loanwords, and suffixes Russian words do not end in —
// the genitive "-нын/-дын/-тын" and "-нун/-дун/-тун", the past plural
// "-шты/-шти/-шту", the locative adjective "-дагы/-деги". The Russian
// genitive-looking surnames in "-ин" (Путин, Ленин) are not among them.
// Kyrgyz names inside Russian text (Ала-Тоо, Жээнбеков) look Kyrgyz too,
// so a text needs minKyrgyzWords such words and no Russian ending at all
// (russianEndings: "-ся", "-ть", "-ого", "-ый" … which Kyrgyz never writes),
// and no ё or щ, which Kyrgyz writes only in unadapted Russian loanwords.

// kyrgyzEndings are word endings Kyrgyz writes and Russian does not.
var kyrgyzEndings = []string{
	"нын", "дын", "тын", "нун", "дун", "тун",
	"шты", "шти", "шту",
	"дагы", "тагы", "деги", "теги",
}

// kyrgyzLongVowels are Kyrgyz's long vowels, written doubled.
var kyrgyzLongVowels = []string{"аа", "оо", "уу", "ээ", "ыы"}

// minKyrgyzWords is how many words with a long vowel or a Kyrgyz ending a
// text needs to be named Kyrgyz by them.
const minKyrgyzWords = 2

// kyrgyzByWords reports whether a Cyrillic text with no letter of any
// language but Russian's (telling, the count of cyrillicGroups) is Kyrgyz
// by its long vowels and endings. Like russianByEndings, it reads the
// words again: few texts get this far.
func (s *languageScan) kyrgyzByWords(text string, telling int) bool {
	if telling != 0 || s.countFold("ёщ") != 0 {
		return false
	}
	kyrgyz := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		w = strings.ToLower(w)
		// The Kyrgyz dative of a word in a long vowel ("шайлоого") ends
		// like the Russian genitive "-ого", after a vowel Russian never
		// writes there.
		if hasAnySuffix(w, russianEndings) && !strings.HasSuffix(w, "оого") {
			return false
		}
		if hasAnySuffix(w, kyrgyzEndings) || containsAny(w, kyrgyzLongVowels) {
			kyrgyz++
		}
	}
	return kyrgyz >= minKyrgyzWords
}

func hasAnySuffix(w string, suffixes []string) bool {
	for _, e := range suffixes {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func containsAny(w string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}
