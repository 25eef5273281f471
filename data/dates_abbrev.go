package data

// This file reads the month abbreviations that are also common words of
// their language, and that news agencies write in their datelines: French
// "sept" (seven), Italian "SET"/"sett." (a set, of tennis or of a film)
// and "mar" (sea), Spanish "Mar." (sea) and "set". In running text they
// stay words ("vinto in 3 set", "a 200 metri dal mar"); in the dateline
// "CITY, DAY MON (AGENCY)" or "CITY, DAY MON." at the head of a paragraph
// they are the month ("TÉHÉRAN, 19 sept (AFP)", "SOCHI, 04 SET",
// "ESTAMBUL, 23 Mar. (EUROPA PRESS)").

import "time"

// datelineMonths are, by language, the month abbreviations read only in a
// dateline. Portuguese "set" and "mar" are left to the generated table,
// which reads them next to any number: Portuguese news writes them so in
// running text, and neither is a word there that follows a number.
var datelineMonths = map[string]map[string]time.Month{
	"fr": {"sept": time.September},
	"it": {"set": time.September, "sett": time.September, "mar": time.March},
	"es": {"set": time.September, "mar": time.March},
}

// maxDatelineTokens is how far into its paragraph a dateline's month may
// stand: a city of words the lexicon does not know is one token, so
// "SAN JOSÉ, 4 SET" puts the month at token 3 and "MOSCÚ (Rusia), 23
// mar" at token 6.
const maxDatelineTokens = 7

// addDatelineMonths adds the language's dateline-only abbreviations; not
// to the lexicon of all languages, where Portuguese reads "set" and "mar"
// everywhere, nor over a word that is a month of the language already.
func (l *dateLexicon) addDatelineMonths(code string, mixed bool) {
	if mixed {
		return
	}
	for w, m := range datelineMonths[code] {
		if l.getString(w).has(roleMonth) {
			continue
		}
		l.add(w, roleMonth|roleMonthAbbrev, func(e *dateEntry) { e.month, e.datelineOnly = m, true })
	}
}

// inDateline reports whether the month word at token i stands in an
// agency dateline: near the head of its paragraph, after a day written
// after a comma, and followed by its dot, by a mark ("(AFP)", " – ") or
// by nothing, or by a year.
func (s *dateScanner) inDateline(i int) bool {
	if i > maxDatelineTokens {
		return false
	}
	day, comma := s.tok(i-1), s.tok(i-2)
	if day.kind != tokNumber || day.digits > 2 || day.ordinal || comma.kind != tokPunct || comma.punct != ',' {
		return false
	}
	after := s.tok(i + 1)
	return i+1 >= len(s.toks) || after.kind == tokPunct || after.kind == tokNumber && after.digits == 4
}

// readDatelineMention reads a mention's words as the date of a dateline
// ("15 mar", "6 jun" after "Madrid, "): a month abbreviation that is read
// only there (datelineOnly) is no date in the words alone, and the
// corpus passes, which read each mention again, lost Spanish EFE
// datelines so. The words are read after a comma, as they stood.
func readDatelineMention(sc *dateScanner, text string) (dateWords, bool) {
	const lead = ", "
	var got dateWords
	n := 0
	sc.scan(lead+text, func(w dateWords, start, end int) {
		if start == len(lead) && end == len(lead)+len(text) {
			got = w
		}
		n++
	})
	if n != 1 || got.kind == 0 {
		return dateWords{}, false
	}
	// (Its token indexes, first and last, count the lead: the callers
	// read only the date.)
	return got, true
}
