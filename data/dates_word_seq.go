package data

import "iter"

// dateWordsIn yields the bounds of text's words, in order, as
// nextDateWord finds them one after the other: the loop the sentence
// checks of the date finder (future markers, tense words, phrases of days
// relative to a date) each run over a sentence or clause.
func dateWordsIn(text string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		for from := 0; ; {
			start, end := nextDateWord(text, from)
			if start == end || !yield(start, end) {
				return
			}
			from = end
		}
	}
}
