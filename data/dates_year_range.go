package data

// This file reads a range of years written with a hyphen or a dash:
// "2020–2022 годов", "2020-2022 yılları", "the 2020-2022 drought", "в
// 2014—2016 гг.". Read as two numbers, the first was no date and the
// second a year alone, which told the story's end as its whole. Like a
// bare year, a range is a date only where the words around it make it
// one: a year context before it ("in", "в"), a year word after it, the
// plural year words below, or a noun of a happening after it.

// yearRangeWords are the plural year words written after a range of years
// ("2020–2022 годов"), in their normal form (see init).
var yearRangeWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"годов", "годы", "годах", "років", "роки", "роках", "lat", "latach",
		"yılları", "yıllarında", "yıllar", "yıllarda", "жылдары", "жылдардағы", "жылдар", "жылдарда",
		"yillar", "yillarda", "yillari", "йиллар", "йилларда", "illər", "illərdə", "illəri", "жылдардагы", "солҳои",
		"jahre", "jahren", "jaren", "années", "años", "anni", "anos", "years",
	} {
		yearRangeWords[string(normaliseDateWord(nil, w))] = true
	}
}

// maxYearRange is the widest range of years read: "1941–1945", "2014–2016";
// two numbers further apart are more often something else.
const maxYearRange = 30

// yearRange widens w, a bare year read at its first token (and no year
// word after it), to the range of years after a hyphen or dash when the
// words around it make it one (see the file's comment).
func (s *dateScanner) yearRange(w dateWords, lead *dateToken) (dateWords, bool) {
	i := w.first
	if w.last != i {
		return w, false
	}
	dash := s.tok(i + 1)
	if dash.kind != tokPunct {
		return w, false
	}
	switch s.text[dash.start:dash.end] {
	case "-", "–", "—":
	default:
		return w, false
	}
	y2, last2, ok := s.yearAt(i+2, minBareYear, maxBareYear)
	if !ok || y2 <= w.from.year || y2-w.from.year > maxYearRange {
		return w, false
	}
	if !lead.is(roleYearContext|roleRangeFrom) && last2 == i+2 && !yearRangeWords[s.wordAfter(i+2)] && !s.yearOfHappening(i+2) {
		return w, false
	}
	w.to, w.hasTo, w.last = partialDate{year: y2}, true, last2
	return w, true
}
