package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A full stop after an initial or a title before a name ends no sentence:
// "Jeudi, M. Poutine doit s'exprimer à Vladivostok", "On Thursday, Mr.
// Putin will speak", "J. Biden". Read as an end, it cut the weekday off
// the future of its own sentence ("Jeudi, M." announces nothing), and the
// Thursday ahead was put in the week before (eval u09_fr).

// nameTitles are the abbreviated titles news writes before a name, in
// the languages Caravan reads, without their full stop.
var nameTitles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Sen": true, "Rep": true, "Gov": true,
	"Lt": true, "Col": true, "Capt": true, "Sgt": true, "St": true, "Mme": true, "Mlle": true, "Mgr": true, "Me": true,
	"Sr": true, "Sra": true, "Srta": true, "Hr": true, "Fr": true, "Dott": true, "Sig": true, "Sig.ra": true, "Ing": true,
}

// titleAbbreviation reports whether before, the text up to a full stop,
// ends with an initial (one capital letter) or an abbreviated title.
func titleAbbreviation(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	word := before[i+1:]
	if word == "" {
		return false
	}
	r, size := utf8.DecodeRuneInString(word)
	if size == len(word) {
		return unicode.IsUpper(r) // "M.", "J."
	}
	return nameTitles[word]
}
