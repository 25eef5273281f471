package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the relative days whose words need their neighbours:
// "tomorrow" that is also "morning" (Spanish "mañana", German and Dutch
// "morgen", Azerbaijani "sabah", Kyrgyz "эртең"), and "the day after
// tomorrow", "the day before yesterday", "après-demain", "avant-hier",
// which hold "tomorrow" and "yesterday".

// isMorning reports whether the morning day word at token i is "morning"
// here: a determiner or preposition of the noun stands before it ("esta
// mañana", "por la mañana", "de morgen", "bu sabah"), a word of the
// adverb "in the morning" after it ("эртең менен"), or, where nouns are
// capitalised (German), it is ("heute Morgen"; "morgen" is tomorrow).
func (s *dateScanner) isMorning(i int) bool {
	t := s.tok(i)
	if s.lex.morningCapital {
		if r, _ := utf8.DecodeRuneInString(s.text[t.start:]); unicode.IsUpper(r) {
			return true
		}
	}
	return s.lex.morningBefore[s.wordBefore(i)] || s.lex.morningAfter[s.wordAfter(i)]
}

// dayBeyond widens a "tomorrow" or "yesterday" at w.first to the words of
// the language's dayBeyond written right before it, a day further: "day
// after tomorrow" (+2), "day before yesterday" (-2), "après-demain",
// "avant-hier" (the hyphen is passed over). The words must be tokens of
// their own, so that the mention starts with them.
func (s *dateScanner) dayBeyond(w dateWords) dateWords {
	if len(s.lex.dayBeyond) == 0 || w.unit != unitDay || (w.shift != 1 && w.shift != -1) {
		return w
	}
	// The words are compared in buffers, without allocating: "yesterday"
	// and "tomorrow" are common words.
	var first, pair [64]byte
	j := w.first - 1
	if p := s.tok(j); p.kind == tokPunct && p.punct == '-' && p.end == s.tok(w.first).start {
		j--
	}
	word := func(j int) (string, bool) {
		t := s.tok(j)
		if j < 0 || t.kind != tokWord || strings.ContainsFunc(s.text[t.start:t.end], unicode.IsSpace) {
			return "", false
		}
		return s.text[t.start:t.end], true
	}
	one, ok := word(j)
	if !ok {
		return w
	}
	key := normaliseDateWord(first[:0], one)
	if push, ok := s.lex.dayBeyond[string(key)]; ok && push == w.shift {
		w.first, w.shift = j, w.shift+push
		return w
	}
	two, ok := word(j - 1)
	if !ok {
		return w
	}
	key2 := append(append(normaliseDateWord(pair[:0], two), ' '), key...)
	if push, ok := s.lex.dayBeyond[string(key2)]; ok && push == w.shift {
		w.first, w.shift = j-1, w.shift+push
	}
	return w
}

// boundDay reads the bound relative day at token i (see
// dateLanguage.boundDays): with a weekday after it, the phrase of both
// ("اليوم الأحد"); after a word of boundAfter, the day alone ("صباح
// اليوم"); otherwise it is the noun and no date.
func (s *dateScanner) boundDay(i int) (dateWords, bool) {
	t := s.tok(i)
	w := dateWords{kind: MentionRelative, first: i, last: i, unit: unitDay, shift: t.entry.dayShift}
	if withWeekday := s.weekdayAfterRelativeDay(w); withWeekday.relDay {
		return withWeekday, true
	}
	if t.entry.adverb {
		return w, s.adverbDay(i)
	}
	return w, s.lex.boundAfter[s.wordBefore(i)]
}

// nextPhraseAt returns how many tokens from token j spell one of the
// lexicon's phrases for "next" ("que viene", "que vem"), or 0.
func (s *dateScanner) nextPhraseAt(j int) int {
	var buf [32]byte
phrases:
	for _, p := range s.lex.nextPhrases {
		for k, word := range p {
			t := s.tok(j + k)
			if t.kind != tokWord || t.entry == nil || string(normaliseDateWord(buf[:0], s.text[t.start:t.end])) != word {
				continue phrases
			}
		}
		return len(p)
	}
	return 0
}

// adverbDay reports whether the bound adverb at token i ("накануне") is
// the day before rather than the preposition "on the eve of": punctuation
// or nothing follows it, or a word of boundNext, or a past verb
// ("накануне заявил", "Ушаков накануне рассказывал"); not before a
// date.
func (s *dateScanner) adverbDay(i int) bool {
	if n := s.tok(i + 1); n.kind == tokNumber && s.tok(i+2).is(roleMonth) {
		return false // "накануне 27 ноября": the eve of that date (see eveOf)
	}
	next := s.wordAfter(i)
	if next == "" || s.lex.boundNext[next] {
		return true
	}
	if surnameAfter(s.text[s.tok(i).end:]) {
		return true
	}
	for _, e := range s.lex.boundNotEndings {
		if strings.HasSuffix(next, e) {
			return false
		}
	}
	for _, e := range s.lex.boundVerbEndings {
		if len(next) > len(e)+2 && strings.HasSuffix(next, e) {
			return true
		}
	}
	// A noun or a name that a hard consonant ends is a nominative, the
	// subject of the clause, not the genitive the preposition takes:
	// "Напередодні президент Зеленський прибув до Анкари", "Накануне Путин
	// встретился" are the day before ("накануне визита", "напередодні
	// виборів", "накануне Олимпийских игр" are not: their endings are
	// boundNotEndings or no consonant's).
	return endsInHardConsonant(next)
}

// surnameAfter reports whether the first word of text is a capitalised
// Russian or Ukrainian surname in the nominative ("Накануне Лавров
// встретился", "Напередодні Шмигаль заявив"): "-ов", "-ев", "-ін" end the
// surname as they end a genitive plural ("выборов"), which a capital
// tells apart; its genitive would end in a vowel ("Лаврова",
// "Шмигаля"), so a final soft sign is the nominative too.
func surnameAfter(text string) bool {
	text = strings.TrimLeft(text, " \u00a0")
	k := strings.IndexFunc(text, func(r rune) bool { return !isWord(r) })
	if k < 0 {
		k = len(text)
	}
	word := text[:k]
	first, _ := utf8.DecodeRuneInString(word)
	last, _ := utf8.DecodeLastRuneInString(word)
	return unicode.IsUpper(first) && (endsInHardConsonant(word) || last == 'ь' && utf8.RuneCountInString(word) > 4)
}

// endsInHardConsonant reports whether a Cyrillic word ends in a consonant
// other than "й" (a genitive plural's "-ей", "-ий") and three letters
// come before it.
func endsInHardConsonant(word string) bool {
	last, size := utf8.DecodeLastRuneInString(word)
	if utf8.RuneCountInString(word[:len(word)-size]) < 3 {
		return false
	}
	return strings.ContainsRune("бвгджзклмнпрстфхцчшщґ", last)
}
