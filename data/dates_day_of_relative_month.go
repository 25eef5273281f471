package data

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// This file reads a day of a month written relative to the article's:
// "13 من الشهر الجاري" (the 13th of the current month), "13-го числа
// этого месяца", "le 13 de ce mois", "el 13 de este mes", "am 13. dieses
// Monats", "the 13th of last month", "13. dnia bieżącego miesiąca", and,
// the day after the month in the Turkic languages, "bu ayın 13'ünde",
// "geçen ayın 25'inde", "shu oyning 13-sanasida", "joriy oyning 13-kuni",
// "осы айдың 13-інде", "ушул айдын 13үндө". Read apart, the relative
// month was a month and the day nothing (the blind v14_uz: "shu oyning
// 13-sanasida" was March 2025, its day lost). The day lies in the month
// the words name from the article's: a month header is enough to place it.
// Not Persian "۱۳ ماه جاری": there the current month is a Solar one.

// relMonthLinks are the words that may stand between the day and the
// relative month ("of", "числа", "dnia", "de"), as normal forms; words of
// the lexicon that are prepositions or joins ("de", "من") pass anyway.
var relMonthLinks = map[string]bool{
	"of": true, "the": true, "числа": true, "го": true, "dnia": true, "de": true, "du": true, "del": true,
	"di": true, "del mese": true, "do": true, "da": true, "des": true, "van": true, "na": true,
}

// relMonthDayAfter are the languages that write the day after the month,
// with a case ending joined to it ("ayın 13'ünde").
var relMonthDayAfter = map[string]bool{"tr": true, "az": true, "kk": true, "ky": true, "uz": true}

// dayOfRelativeMonth widens a relative month (w: "этого месяца", "الشهر
// الجاري", "bu ayın") to the day of the month written before it, or right
// after it with a case ending in the Turkic languages: an explicit date of
// that day, in the month shift months from the article's (relMonth). The
// day must be a number of one or two digits that no earlier phrase took
// (consumed); a day after the month must carry its case ending with no
// space ("13'ünde", "13-інде", "13үндө"), which a count ("bu ayın 13
// milyarlık") does not.
func (s *dateScanner) dayOfRelativeMonth(w dateWords, consumed int) dateWords {
	if w.kind != MentionRelative || w.unit != unitMonth || w.nWeekdays != 0 || s.lex.solarMonths {
		return w
	}
	if j, ok := s.relMonthDayBefore(w.first-1, consumed); ok {
		return dateWords{kind: MentionExplicit, first: j, last: w.last, from: partialDate{day: int(s.tok(j).value)}, relMonth: true, shift: w.shift}
	}
	if s.lex.hanClauses {
		// "上月13日", "本月13日": Chinese writes the day after the month,
		// with 日 (read apart, "13日" was a day of the page's month).
		n, d := s.tok(w.last+1), s.tok(w.last+2)
		if n.dayNumber() && n.start == s.tok(w.last).end && d.is(roleCJKDay) && d.start == n.end {
			return dateWords{kind: MentionExplicit, first: w.first, last: w.last + 2, from: partialDate{day: int(n.value)}, relMonth: true, shift: w.shift}
		}
	}
	if s.lex.relMonthDayAfter {
		n := s.tok(w.last + 1)
		if n.dayNumber() && s.relMonthEnding(w.last+1) {
			return dateWords{kind: MentionExplicit, first: w.first, last: w.last + 1, from: partialDate{day: int(n.value)}, relMonth: true, shift: w.shift}
		}
	}
	return w
}

// relMonthDayBefore finds the day written before token k (the relative
// month's first): at most two links (a preposition or join of the
// lexicon, a word of relMonthLinks, a full stop or dash) between, and the
// day's number at or after consumed. It returns the number's index.
func (s *dateScanner) relMonthDayBefore(k, consumed int) (int, bool) {
	for n := 0; n < 3 && k >= consumed; n, k = n+1, k-1 {
		t := s.tok(k)
		switch {
		case t.kind == tokNumber:
			if !t.dayNumber() {
				return 0, false
			}
			// "2025 13 числа" or "3.13": a number before it is another date's.
			if p := s.tok(k - 1); k-1 >= consumed && (p.kind == tokNumber || p.punct == '.' || p.punct == '/') && s.tok(k-2).kind == tokNumber {
				return 0, false
			}
			return k, true
		case t.kind == tokPunct && (t.punct == '.' || t.punct == '-'):
		case t.kind == tokWord && t.entry != nil && t.is(rolePrep|roleJoin|roleRangeFrom) && !t.is(roleMonth|roleUnit):
		case t.kind == tokWord && !t.is(roleMonth|roleUnit|roleWeekday) && s.linkWords(t):
		default:
			return 0, false
		}
	}
	return 0, false
}

// linkWords reports whether every word of the unknown-word token t is a
// word of relMonthLinks ("го числа" is one token of two words).
func (s *dateScanner) linkWords(t *dateToken) bool {
	any := false
	for w := range strings.FieldsFuncSeq(s.text[t.start:t.end], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !relMonthLinks[strings.ToLower(w)] {
			return false
		}
		any = true
	}
	return any
}

// relMonthEnding reports whether the number at token i has a case ending
// joined to it: the next token starts with no space between ("13'ünde",
// "13-інде", "13үндө"), and is a word or a dash before one. (caseEndingAfter
// asks for a short ending token; the tokenizer runs an unknown ending into
// the unknown words after it: "ünde anlaşmayı".)
func (s *dateScanner) relMonthEnding(i int) bool {
	n := s.tok(i + 1)
	if n.kind == tokPunct && n.punct == '-' && n.start == s.tok(i).end {
		n = s.tok(i + 2)
	}
	if n.kind != tokWord {
		return false
	}
	gap := s.text[s.tok(i).end:n.start]
	return len(gap) <= 3 && !strings.ContainsAny(gap, " \t\n\u00a0")
}

// placeDayOfRelativeMonth places a day of a month written relative to the
// article's ("13 من الشهر الجاري", "the 13th of last month"): the month
// shift months from ref's month, which a month header gives.
func (w dateWords) placeDayOfRelativeMonth(ref Date, why string) (Span, string) {
	if ref.Precision < Month {
		return Span{}, "a day of a month relative to the article's: needs the article's month"
	}
	month := time.Date(ref.Year, ref.Month, 1, 0, 0, 0, 0, time.UTC).AddDate(0, w.shift, 0)
	if w.from.day > daysIn(month.Year(), month.Month()) {
		return Span{}, fmt.Sprintf("day %d does not exist in %s", w.from.day, month.Format("2006-01"))
	}
	day := DayDate(month.Year(), month.Month(), w.from.day)
	return Span{Start: day}, fmt.Sprintf("the day %d of %s (%s), from %s", w.from.day, month.Format("2006-01"), monthShiftWords(w.shift), why)
}

// monthShiftWords names a month's shift from the article's.
func monthShiftWords(shift int) string {
	switch shift {
	case 0:
		return "this month"
	case -1:
		return "last month"
	case 1:
		return "next month"
	}
	return fmt.Sprintf("%+d months", shift)
}
