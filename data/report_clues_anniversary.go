package data

import (
	"fmt"
	"time"
)

// A clue of rule 23 (report_clues.go): the Nth anniversary of something
// its sentence writes with its year. "Anlass ist der 80. Jahrestag des
// Sieges … am Fluss Chalchin Gol im Jahr 1939" is of 2019 whatever the
// lists know of Khalkhin Gol; "Armenia marked the 103rd anniversary of the
// 1915 killings" of 2018. Rule 21 (anniversaries.go) places such a year
// only for anchors the lists know to the day; here the year written is
// the anchor, so the report is of the anniversary's year, and the clue
// admits the days of that year.
//
// What keeps it honest: the anniversary words and ordinals of rule 21,
// one ordinal in the sentence, exactly one year written in it, a sentence
// that does not announce ("ahead of next year's 80th anniversary of the
// 1945 victory"), and an anniversary's year from knownFrom on (the lists'
// horizon: "the 10th anniversary of its 2000 founding" is history) to
// today: "the parade held in 2015 for the 70th anniversary" writes the
// year it was held, not the one counted from, and is no clue at all (it
// must not void the others).

// yearsOfAnniversaries returns the days of writing that the anniversaries
// of years written beside them admit in article a (see above), with what
// says so; lowered is scratch space.
func (r *dateReader) yearsOfAnniversaries(a *Article) (ranges [][]dayRange, who []string) {
	lex := anniversaryWordsFor(a.Language)
	if lex == nil || !lex.mentionedLower(r.text.plainOf(a.Text)) {
		return nil, nil
	}
	for _, p := range a.Paragraphs {
		if !lex.mentioned(p.Text, &r.lowered) {
			continue
		}
		for from := 0; from < len(p.Text); {
			to := sentenceEnd(p.Text, from)
			sentence := p.Text[from:to]
			from = to + 1
			ords := lex.ordinals(lowerPlain(sentence))
			if len(ords) == 0 {
				continue
			}
			same := true
			for _, o := range ords[1:] {
				same = same && o.n == ords[0].n
			}
			years := appendYears(nil, sentence)
			if !same || len(years) != 1 || r.sc.lex != nil && r.sc.lex.announces(sentence) {
				continue
			}
			y := years[0] + ords[0].n
			if y < knownFrom || y > today().Year() {
				continue
			}
			ranges = append(ranges, []dayRange{{time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)}})
			who = append(who, fmt.Sprintf("the %s anniversary of %d is in %d", ordinalEnglish(ords[0].n), years[0], y))
		}
	}
	return ranges, who
}
