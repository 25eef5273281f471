package discover

import (
	"slices"
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
// coordinated clauses after a comma. Not "after" and "before" (depois de,
// après, после): the clause they open tells what came before the main
// one, whose place is often written there ("… um dia de luto nacional,
// depois de o Elevador da Glória ter descarrilado …, na Baixa de Lisboa").
var clauseJoiners = map[string][]string{
	"en": {"and", "while", "then", "but"},
	"fr": {"et", "puis", "mais", "tandis"},
	"de": {"und", "dann", "danach", "während", "aber"},
	"nl": {"en", "daarna", "terwijl", "maar"},
	"ru": {"а", "и", "затем", "потом", "но"},
	"uk": {"а", "і", "й", "та", "потім", "але"},
	"pl": {"a", "i", "zaś", "potem", "następnie", "ale"},
	"es": {"y", "e", "mientras", "luego", "pero"},
	"pt": {"e", "enquanto", "mas"},
	"it": {"e", "mentre", "poi", "ma"},
	"tr": {"ve", "ardından", "ancak"},
	"kk": {"ал", "содан"},
	"ky": {"ал", "андан"},
	"uz": {"keyin", "кейин"},
	"az": {"və", "ardınca"},
	"tg": {"ва"},
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

// clauseJoin returns where, in text[from:to], the comma or semicolon
// that opens the clause of the date at text[to:] stands, or -1: the last
// such mark before it, followed by a coordinating word (in Arabic script,
// a word beginning with و) and then by at most joinReach words before the
// date (", а на следующий день", ", and on 15 June", ", y asumirá el 10
// de diciembre"). A date further into the clause is often a background
// mention inside it (", e conquistou a terceira Copa do Mundo do país,
// depois das de 1978 e 1986"), and the clause of the first date goes on.
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
		joined := false
		if arabic {
			r, _ := utf8.DecodeRuneInString(word)
			joined = r == 'و' && utf8.RuneCountInString(word) > 1
		} else {
			joined = slices.Contains(joiners, lower(word))
		}
		if !joined || len(strings.Fields(rest[len(word):])) > joinReach {
			return -1
		}
		return i
	}
	return -1
}

// joinReach is how many words may stand between a clause's coordinating
// word and its date.
const joinReach = 3
