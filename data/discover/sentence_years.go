package discover

import (
	"unicode"
	"unicode/utf8"
)

// yearEndsSentence reports whether the full stop at text[i], which follows
// a figure, ends a sentence: it does after a year — four digits, 1000 to
// 2999, as a word of its own — when the next word does not begin with a
// small letter ("launched in Samarkand in 2015. The first meeting …",
// "… in December 2015. Work in Afghanistan stalled …"). A stop after a
// shorter figure is an ordinal's ("3. Juli", "85. yıl dönümü", "zum 100.
// Geburtstag") and ends nothing; a year's ordinal is followed by a small
// letter where languages write one (Turkish "2015. yılında"). Without
// this, the next sentence's names and words were the year's: C5+1's
// launch of 2015 was "by Joe Biden", who met its leaders in 2023.
func yearEndsSentence(text string, pEnd, i int) bool {
	if i < 4 || (text[i-4] != '1' && text[i-4] != '2') {
		return false
	}
	for j := i - 3; j < i; j++ {
		if text[j] < '0' || text[j] > '9' {
			return false
		}
	}
	if i >= 5 {
		if r, _ := utf8.DecodeLastRuneInString(text[:i-4]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' {
			return false
		}
	}
	// The stop is followed by a space (sentenceEndsAt's first test); the
	// next word's first letter decides.
	j := i + 1
	for j < pEnd && (text[j] == ' ' || text[j] == '\n') {
		j++
	}
	if j >= pEnd {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !unicode.IsLower(r)
}
