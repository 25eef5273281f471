package data

import (
	"slices"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// Portuguese and Spanish news write a day of the current or last month
// with the word for day and no month: "O Brasil caiu diante da Croácia no
// dia 9", "el día 9 se reunió el consejo". It is a day of the month alone,
// placed as a Chinese "9日" is (see dateWords.placeDayOfMonth): in the month
// of the article's day, or the month before when the day is past it.
// Followed by a month ("dia 9 de dezembro") it is the full date dayFirst
// reads; followed by "de"/"del" and anything else ("día 9 de huelga"), a
// time, or another number, it is left alone.

// dayNounDay reads "dia 9"/"día 9" at token i: the word for day, a day
// number, and no month, join word, time or number after it.
func (s *dateScanner) dayNounDay(i int) (dateWords, bool) {
	t := s.tok(i)
	// The day number is asked for first: most date words have none after
	// them, and lowering each of them cost 0.2 CPU-s at 100,000 articles.
	if t.kind != tokWord || s.tok(i+1).kind != tokNumber || !slices.Contains(dayNounsBeforeNumber, textnorm.Lower(s.text[t.start:t.end])) {
		return dateWords{}, false
	}
	d, after, ok := s.day(i + 1)
	if !ok || s.tok(i+1).ordinal {
		return dateWords{}, false
	}
	nx := s.tok(after)
	if nx.kind == tokNumber || nx.punct == ':' || nx.punct == '.' && s.tok(after+1).kind == tokNumber || nx.is(roleJoin) || nx.is(roleUnit) {
		return dateWords{}, false
	}
	if _, _, _, isMonth := s.month(after); isMonth {
		return dateWords{}, false
	}
	return dateWords{kind: MentionExplicit, first: i, last: after - 1, from: partialDate{day: d}}, true
}
