package data

// This file reads a bare year after a word of "of" (Dutch "van", German
// "von"): "de aardbeving van 1939", "das Erdbeben von 1939 und …". Such
// a number is as often an amount ("een boete van 2000 euro"), so only a
// number with no noun after it is a year.

// yearOfAt reports whether the bare number at token i is a year after a
// word of "of" (see dateLanguage.yearOf): that word right before it, and
// after it punctuation, the end, or a word of yearOfNext, not a noun
// ("van 1939 euro", "von 2000 Menschen").
func (s *dateScanner) yearOfAt(i int) bool {
	if len(s.lex.yearOf) == 0 || i == 0 || s.tok(i-1).kind != tokWord {
		return false
	}
	if !s.lex.yearOf[s.wordBefore(i)] {
		return false
	}
	next := s.wordAfter(i)
	return next == "" || s.lex.yearOfNext[next]
}
