package data

// AnniversaryWords returns language lang's words for an anniversary, lower
// case ("anniversary", "годовщин", "周年"; rule 21's, anniversaries_words.go);
// every language's when lang has none (a text too short to name its
// language). Discovery reads with them which words of a sentence tell of the
// happening an anniversary recalls. The slice is shared: not to be changed.
func AnniversaryWords(lang string) []string {
	if lex := anniversaryWordsFor(lang); lex != nil {
		return lex.anniversary
	}
	return allAnniversaryWords
}

var allAnniversaryWords = func() []string {
	var out []string
	for _, w := range anniversaryLanguages {
		out = append(out, w.anniversary...)
	}
	return out
}()

// AnniversaryOrdinal reads the ordinal of the anniversary word at
// lower[at:end] (lower case text), in figures or in language lang's words
// ("85th", "80.", "30-летию", "zeventigste", Arabic "الذكرى الـ80" after
// it), or 0; every language's words are tried when lang has none.
func AnniversaryOrdinal(lang, lower string, at, end int) int {
	read := func(lex *anniversaryTerms) int {
		if n := lex.numberBefore(lower, at); n > 0 || !lex.after {
			return n
		}
		return lex.numberAfter(lower, end)
	}
	if lex := anniversaryWordsFor(lang); lex != nil {
		return read(lex)
	}
	for _, lex := range anniversaryLanguages {
		if n := read(lex); n > 0 {
			return n
		}
	}
	return 0
}
