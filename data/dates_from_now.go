package data

// This file reads a time ahead of the article's date, written with a
// count: "in two days", "через три недели", "dans deux jours", "in zwei
// Wochen", "tra due giorni", "over twee dagen", "za tydzień", "in a
// fortnight" — the mirror of "two days ago" (dateScanner.ago), and placed
// as a relative date is. The words are as often a span of time ("in two
// days of talks", "через два дня он умер", two days later in a story of
// the past), so such a phrase is a date only in a sentence that announces
// (resolveMentions) and not before a word that counts it from something
// else ("через два дня после выборов", two days after the election).
// Spanish "dentro de dos días" and Portuguese "daqui a duas semanas" are
// read (session 12). Turkish "iki gün sonra" and Arabic "بعد يومين" are
// not: they are as often counted from another event ("two days later");
// nor Persian "دو روز دیگر" (not written yet).

// fromNowLanguage is one language's words of "in" before a count.
type fromNowLanguage struct {
	// before are the words of "in"; notAfter the words after the unit
	// that count it from something else or make it a span.
	before, notAfter []string
	// bare: a unit without a count is one of it ("через неделю", "za
	// tydzień"); in English "in week 3" is no date.
	bare bool
	// glue are the words written between "in" and the count: "de" of
	// Spanish "dentro de dos días", "a" of Portuguese "daqui a duas
	// semanas".
	glue []string
}

var fromNowLanguages = map[string]fromNowLanguage{
	"en": {before: []string{"in"}, notAfter: []string{"of", "after", "before", "since", "from", "to", "and", "between", "later", "earlier"}},
	"de": {before: []string{"in"}, notAfter: []string{"nach", "vor", "seit", "von", "und", "zwischen", "später", "früher"}},
	"fr": {before: []string{"dans"}, notAfter: []string{"de", "d", "des", "après", "avant", "depuis", "et", "plus"}},
	"it": {before: []string{"tra", "fra"}, notAfter: []string{"di", "dopo", "prima", "da", "dal", "e"}},
	"nl": {before: []string{"over"}, notAfter: []string{"van", "na", "voor", "sinds", "en", "later", "eerder"}},
	"ru": {before: []string{"через"}, notAfter: []string{"после", "до", "с", "со", "и", "спустя"}, bare: true},
	"uk": {before: []string{"через"}, notAfter: []string{"після", "до", "з", "із", "і", "й"}, bare: true},
	"pl": {before: []string{"za"}, notAfter: []string{"po", "od", "przed", "i"}, bare: true},
	// "dentro de" and "daqui a" count from now only (a span is "en dos
	// días", "durante dois dias"): read as the others are, where the
	// sentence announces.
	"es": {before: []string{"dentro"}, glue: []string{"de"}, notAfter: []string{"de", "del", "después", "antes", "desde", "y", "o"}},
	"pt": {before: []string{"daqui", "dentro"}, glue: []string{"a", "de"}, notAfter: []string{"de", "do", "da", "após", "depois", "antes", "desde", "e", "ou"}},
}

// init gives the languages their words of "in" before lexiconFor compiles
// them (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		if l, ok := fromNowLanguages[d.code]; ok {
			d.fromNowBefore, d.fromNowNotAfter, d.fromNowBare = l.before, l.notAfter, l.bare
			d.agoGlue = append(d.agoGlue, l.glue...)
		}
	}
}

// fromNow reads "in" at token i with the count and unit after it: "in two
// days" is the day two days after the article's date, "через три недели"
// the week three weeks after it. The count is written as for "ago" (see
// agoCount); a unit alone is one of it where the language writes it so.
func (s *dateScanner) fromNow(i int) (dateWords, bool) {
	j, count := s.agoCount(i + 1)
	u := s.tok(j)
	if u.is(roleAgoUnit) && u.entry.count > 0 {
		count = max(count, 1) * u.entry.count // "in a fortnight": one of two weeks
	}
	if !u.is(roleUnit|roleAgoUnit) || count == 0 && (u.entry.plural || !s.lex.fromNowBare) {
		return dateWords{}, false
	}
	switch u.entry.unit {
	case unitDay, unitWeek, unitMonth, unitYear:
	default:
		return dateWords{}, false
	}
	if s.lex.fromNowNotAfter[s.wordAfter(j)] || s.tok(j+1).is(roleAgo) {
		return dateWords{}, false
	}
	return dateWords{kind: MentionRelative, first: i, last: j, unit: u.entry.unit, shift: max(count, 1), fromNow: true}, true
}
