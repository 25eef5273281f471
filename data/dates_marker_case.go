package data

import (
	"unicode"
	"unicode/utf8"
)

// A future marker's capitalised form is kept for the sentence it opens
// ("Irão participar…", "Will the summit…"); in the middle of a sentence a
// capital marks a name: European Portuguese writes Iran "Irão", which is
// also "irão", they will go, and English has "Will" for a person.

// opensSentence reports whether the word at text[i:] opens a sentence: it
// stands at the start of text, or after a sentence mark (. ! ? … ; : or a
// line break, and their Arabic and CJK forms) or a dateline's dash, with
// only spaces, quotes and opening brackets between.
func opensSentence(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n' || r == '\r':
			return true
		case unicode.IsSpace(r), r == '"', r == '\'', r == '«', r == '»', r == '“', r == '”', r == '„', r == '‘', r == '’', r == '(', r == '[':
			i -= size
		default:
			switch r {
			case '.', '!', '?', '…', ';', ':', '-', '–', '—', '؟', '؛', '。', '！', '？', '；', '：':
				return true
			}
			return false
		}
	}
	return true
}

// capitalised reports whether word starts with an upper-case letter.
func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}
