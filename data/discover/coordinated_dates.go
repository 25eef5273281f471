package discover

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// Two dates in one sentence joined as two clauses — "X on the first
// date, and Y on the second" — each take the names and event words of
// their own clause: "Уже 14 июня Токаев примет участие в саммите ШОС в
// Бишкеке, а на следующий день – в саммите СВМДА в Душанбе" put the CICA
// summit and Dushanbe on 14 June too, and the SCO summit in Bishkek of
// that day became "CICA summit in Dushanbe". The clauses are parted where a
// comma or a semicolon between the two dates is followed by a coordinating
// word of the language (", а", ", and", ", et", ", und", "، و…"). Only
// then: a date set off by a comma alone is as often an apposition of the
// clause before it ("the announcement of his death, on 2 September").
// A clause that names nothing, or no kind, takes the sentence's; two
// words for the same date ("ROMA, 19 APR - …, e … oggi") part nothing.

// clauseJoiners lists, by language, the words that open the second of two
// coordinated clauses after a comma.
var clauseJoiners = map[string][]string{
	"en": {"and", "while", "then", "but", "before", "after"},
	"fr": {"et", "puis", "mais", "tandis", "avant", "après"},
	"de": {"und", "dann", "danach", "während", "aber", "bevor"},
	"nl": {"en", "daarna", "terwijl", "maar", "voordat"},
	"ru": {"а", "и", "затем", "потом", "но", "после"},
	"uk": {"а", "і", "й", "та", "потім", "але", "після"},
	"pl": {"a", "i", "zaś", "potem", "następnie", "ale"},
	"es": {"y", "e", "mientras", "luego", "pero", "antes", "después"},
	"pt": {"e", "enquanto", "depois", "mas", "antes"},
	"it": {"e", "mentre", "poi", "ma", "prima", "dopo"},
	"tr": {"ve", "ardından", "sonra", "ancak"},
	"kk": {"ал", "кейін", "содан"},
	"ky": {"ал", "андан", "кийин"},
	"uz": {"keyin", "so'ng", "кейин", "сўнг"},
	"az": {"və", "sonra", "ardınca"},
	"tg": {"ва", "баъд"},
}

// clauseOf returns the part [from, to) of the sentence text[start:end]
// that is the clause of date mention m: the whole sentence unless another
// date of it is coordinated with m (see above).
func clauseOf(a *data.Article, start, end int, m data.DateMention) (from, to int) {
	from, to = start, end
	joiners := clauseJoiners[a.Language]
	arabic := a.Language == "ar" || a.Language == "fa"
	if len(joiners) == 0 && !arabic {
		return
	}
	for _, o := range a.Mentions {
		// Two words for one day ("ROMA, 19 APR - … e … oggi") are one
		// event's date, however the sentence runs.
		if o.Start == m.Start || o.Start < start || o.End > end || !o.Resolved() || o.Span.Span() == m.Span.Span() {
			continue
		}
		switch {
		case o.Start >= m.End:
			if at := clauseJoin(a.Text, m.End, o.Start, joiners, arabic); at >= 0 && at < to {
				to = at
			}
		case o.End <= m.Start:
			if at := clauseJoin(a.Text, o.End, m.Start, joiners, arabic); at >= 0 && at > from {
				from = at
			}
		}
	}
	return from, to
}

// clauseJoin returns where, in text[from:to], the last comma or semicolon
// followed by a coordinating word (in Arabic script, a word beginning with
// و) stands, or -1.
func clauseJoin(text string, from, to int, joiners []string, arabic bool) int {
	for i := to - 1; i >= from; i-- {
		mark := 1
		switch {
		case text[i] == ',' || text[i] == ';':
		case strings.HasPrefix(text[i:], "،"):
			mark = len("،")
		default:
			continue
		}
		rest := strings.TrimLeft(text[i+mark:to], " ")
		word := rest
		if j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }); j >= 0 {
			word = rest[:j]
		}
		if arabic {
			if r, _ := utf8.DecodeRuneInString(word); r == 'و' && utf8.RuneCountInString(word) > 1 {
				return i
			}
			continue
		}
		w := lower(word)
		for _, j := range joiners {
			if w == j {
				return i
			}
		}
	}
	return -1
}
