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

// speechColon returns the byte offset in text of its first colon that
// opens what someone said or an explanation — one followed by a space,
// a line break or a quote, not the colon of a clock time ("10:30") — or
// -1. A future after it tells of the words said, not of a date before it.
func speechColon(text string) int {
	for i := 0; i < len(text); i++ {
		if text[i] != ':' {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(text[i+1:]); i+1 == len(text) || unicode.IsSpace(next) || next == '"' || next == '«' || next == '“' || next == '„' {
			return i
		}
	}
	return -1
}
