package data

// This file tells a weekday that is also a city from the weekday: Tajik
// "душанбе" is Monday and Dushanbe. A dateline opens its paragraph with
// the city, capitalised, a comma and the date ("Душанбе, 13 март. …"): read
// as "Monday, 13 March", the weekday and the day disagree in most years,
// and the report's dateline is lost. The weekday of such a language is
// one only after its marker ("рӯзи душанбе", see ambiguousWeekdays), so
// the city needs telling apart only where a date follows it.

// placeDateline reports whether the weekday at token i, ambiguous in its
// language, is the city of a dateline: capitalised, the first word of
// the text scanned (a paragraph), followed by a comma.
func (s *dateScanner) placeDateline(i int) bool {
	t := s.tok(i)
	if !t.is(roleWeekdayAmbiguous) || !capitalised(s.text[t.start:t.end]) || s.tok(i+1).punct != ',' {
		return false
	}
	for _, r := range s.text[:t.start] {
		if !isSpaceRune(r) {
			return false
		}
	}
	return true
}
