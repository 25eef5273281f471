package data

import "strings"

// A clock time beside a date makes a stamp only where a stamp stands: at
// the head of its line ("16:27 | 14 марта", "20 октября 2023 г. 17:50",
// "ҚазАқпарат, 11:31, 06 10月 2024"). In running text the time belongs to
// the sentence: "режим чрезвычайного положения — с 00:00 3 июля до 00:00 2
// августа" (from midnight on 3 July to midnight on 2 August) is a span of
// the story, and as stamps its days were placed on or before the page's
// date (2 August of the year before).

// stampHeadWords bounds the words a line may hold before a stamp's date
// and its clock time: a site's or an agency's name, a city, a weekday.
const stampHeadWords = 4

// stampHead reports whether before, the line up to a date, is short
// enough for a stamp's head once a clock time at its end is left out.
func stampHead(before string) bool {
	if loc := timeBefore.FindStringIndex(before); loc != nil {
		before = before[:loc[0]]
	}
	return len(strings.Fields(before)) <= stampHeadWords
}

// afterClockTime returns the token after a clock time that opens at token
// i ("00:00", "18:30"), or i when none does: a range's second date may
// follow its time ("с 00:00 3 июля до 00:00 2 августа", "from 18:00 on 5
// May until 06:00 on 6 May" is left: its dates are not next to the time).
func (s *dateScanner) afterClockTime(i int) int {
	h, colon, m := s.tok(i), s.tok(i+1), s.tok(i+2)
	if h.kind == tokNumber && h.digits <= 2 && h.value <= 24 && colon.punct == ':' && colon.start == h.end &&
		m.kind == tokNumber && m.digits == 2 && m.start == colon.end && m.value < 60 {
		return i + 3
	}
	return i
}
