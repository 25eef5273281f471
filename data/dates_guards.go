package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds guards against words that only look like date words: a
// word read as a date word with a case ending that cannot follow it
// (Turkish "dünya", world, is no "dün", yesterday, + "-ya"), and a weekday
// name that is a city's (Persian "اجلاس دوشنبه در ۲۶ شهریور ۱۴۰۰", the
// Dushanbe summit of a Friday).

// relativeDayHomographs are words that a relative day and one of its
// language's endings spell, but that mean something else. Uzbek "kecha" is
// yesterday and also night: "kechasi" is "at night" ("seshanba kuni
// kechasi", on Tuesday night), never "yesterday's".
var relativeDayHomographs = map[string]bool{
	"kechasi": true, "кечаси": true,
}

// endingFits reports whether word, read as stem + suffix, may be the
// entry e with a case ending. An ending that starts with the Turkish and
// Azerbaijani buffer consonant "y" ("perşembeye", "cumaya", "salıya")
// follows only a vowel: "dünya" (world) is no "dün" (yesterday) + "-ya",
// whose dative is "düne". A relative day spelt with an ending is no
// homograph either.
func endingFits(e *dateEntry, word, stem, suffix []byte) bool {
	if e.has(roleRelativeDay) && relativeDayHomographs[string(word)] {
		return false
	}
	if len(suffix) > 0 && suffix[0] == 'y' {
		r, _ := utf8.DecodeLastRune(stem)
		return strings.ContainsRune("aeiouıöüə", r)
	}
	return true
}

// dropNamedWeekdays removes from the mentions found so far the weekday
// names that are the name of something else: a weekday written just
// before a full date of another weekday (only spaces and punctuation
// between) is not that date's weekday, and no weekday of its own either:
// Persian and Tajik "دوشنبه"/"Душанбе" is Monday and the capital of
// Tajikistan ("اجلاس دوشنبه در ۲۶ شهریور ۱۴۰۰", the Dushanbe summit of
// Friday 17 September 2021). A date without its year is left alone: its
// weekday is not known yet.
func (r *dateReader) dropNamedWeekdays(text string) {
	keep := 0
	for i, m := range r.mentions {
		if !r.namedWeekday(text, i) {
			r.mentions[keep], r.meanings[keep] = m, r.meanings[i]
			keep++
		}
	}
	r.mentions, r.meanings = r.mentions[:keep], r.meanings[:keep]
}

// namedWeekday reports whether mention i is a weekday name followed by a
// full date of another weekday (see dropNamedWeekdays).
func (r *dateReader) namedWeekday(text string, i int) bool {
	m, w := r.mentions[i], r.meanings[i]
	if m.Kind != MentionWeekday || w.nWeekdays != 1 || w.relDay || i+1 >= len(r.mentions) {
		return false
	}
	next := r.mentions[i+1]
	if next.Kind != MentionExplicit || next.Paragraph != m.Paragraph || !next.Resolved() || next.Start < m.End {
		return false
	}
	span := next.Span.Span()
	if span.Start.Precision != Day || (!span.End.IsZero() && span.End != span.Start) {
		return false
	}
	for _, c := range text[m.End:next.Start] {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return span.Start.Start().Weekday() != w.weekdays[0]
}
