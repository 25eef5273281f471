package data

import "strings"

// This file keeps a city named for its clock from being a place of the
// story: "北京时间3月28日14时20分，缅甸发生7.7级地震" tells of an earthquake in
// Myanmar at Beijing time, not in Beijing, and the event was titled
// "Earthquake in Beijing". A name right before a word of "time" (zh
// "北京时间", en "Moscow time", tr "Türkiye saatiyle", kk "Астана уақыты",
// uz "Toshkent vaqti", ky "Бишкек убактысы", az "Bakı vaxtı") or right
// after one (fr "heure de Paris", es "hora de Madrid", it "ora di Mosca",
// ru "по времени Астаны", fa "به وقت تهران", ar "بتوقيت موسكو") names a
// time zone.

// timeZoneAfter are the words after a city that make it a time zone,
// lower case, with the space before them where the language writes one.
var timeZoneAfter = []string{"时间", "時間", " time", " saatiyle", " saati ile", " saati", " уақыты", " уақытымен",
	" vaqti", " вақти", " убактысы", " убактысында", " vaxtı", " vaxtilə", " vaxtı ilə"}

// timeZoneBefore are the words before a city that make it a time zone.
var timeZoneBefore = []string{"heure de ", "heure d'", "heure d’", "hora de ", "ora di ", "по времени ", "за часом ",
	"به وقت ", "بتوقيت ", "توقيت "}

// timeZoneName reports whether the name text[start:end] names a time
// zone by the words around it.
func timeZoneName(text string, start, end int) bool {
	after := text[end:min(len(text), end+24)]
	// Asked of every name found: the first two characters after it (and
	// the last two before it) turn most names away before the words are
	// compared one by one.
	if timeZoneAfterStarts.mayHold(firstTwoRunes(after)) {
		if timeZoneAfterWord(after) {
			return true
		}
	}
	before := text[max(0, start-24):start]
	if !timeZoneBeforeEnds.mayHold(lastTwoRunes(before)) {
		return false
	}
	for _, w := range timeZoneBefore {
		if len(before) >= len(w) && strings.EqualFold(before[len(before)-len(w):], w) {
			return true
		}
	}
	return false
}

// timeZoneAfterWord reports whether after starts with a word of
// timeZoneAfter.
func timeZoneAfterWord(after string) bool {
	for _, w := range timeZoneAfter {
		if len(after) >= len(w) && strings.EqualFold(after[:len(w)], w) {
			// "Moscow time" but not "Moscow timed" or "Moscow times".
			rest := after[len(w):]
			if w[0] != ' ' || rest == "" || !isWordStart(rest) {
				return true
			}
		}
	}
	return false
}

// isWordStart reports whether s starts with a letter or digit.
func isWordStart(s string) bool {
	for _, r := range s {
		return !notWordOrDigit(r)
	}
	return false
}
