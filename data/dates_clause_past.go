package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// A sentence may announce in one clause and tell the past in another:
// "The king will speak on Friday, a day after his mother died on
// Thursday", "pronunciará este viernes …, que falleció el jueves", "В мае
// лидеры принимали участие в саммите, а в октябре должен пройти саммит
// СНГ". A date whose own clause, cut at the commas, has a past verb and
// no marker of the future is of that past, whatever another clause
// announces. dates_slavic_clause.go reads the Russian and Ukrainian
// reflexive past so; this file adds, per language, the past forms that
// are verbs in practice and not nouns:
//   - en: common past verbs of news, written out (an "-ed" ending is also
//     the participle of a plan: "the summit, scheduled for Friday");
//   - de: simple pasts, written out (the perfect's participle is also
//     that of a plan: "ist für Freitag geplant");
//   - es: the preterite "-ó"/"-ió" and "-aron"/"-ieron" (the future ends
//     in "-á", "-án");
//   - it: the passato remoto "-ò" and the participle after an auxiliary
//     of the past is left out (too many adjectives);
//   - ru: the plural past "-али", "-или", "-ыли", "-ели" of 8 letters or
//     more, without the nouns of those endings ("магистрали",
//     "автомобили", "параллели").

// clausePastVerbs are the per-language tests of a past verb, on a word in
// lower case.
var clausePastVerbs = map[string]func(word string) bool{
	"en": func(w string) bool { return englishPastVerbs[w] },
	"de": func(w string) bool { return germanPastVerbs[w] },
	"es": func(w string) bool {
		n := utf8.RuneCountInString(w)
		return n >= 5 && (strings.HasSuffix(w, "ó") || strings.HasSuffix(w, "ió")) ||
			n >= 7 && (strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron"))
	},
	"it": func(w string) bool { return utf8.RuneCountInString(w) >= 5 && strings.HasSuffix(w, "ò") },
	"ru": func(w string) bool {
		if utf8.RuneCountInString(w) < 8 || russianNounsLikePlurals[w] {
			return false
		}
		for _, e := range []string{"али", "или", "ыли", "ели"} {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
		return false
	},
}

// planWords say that the clause tells of a plan for the day, not of the
// past, whatever its verb: a plan moved to the day ("was moved to
// Friday"), beside the tense words of a changed plan
// (tenseLanguage.changed), or a plan told in the past ("the talks, which
// were scheduled for Friday"). One list for all languages: no word of it
// is a common word of another (not "due", Italian "two").
var planWords = map[string]bool{"moved": true, "pushed": true, "shifted": true, "brought": true, "trasladado": true, "trasladada": true,
	"spostato": true, "spostata": true, "перенесли": true, "перенесено": true,
	"scheduled": true, "planned": true, "expected": true, "slated": true,
	"previsto": true, "prevista": true, "programado": true, "programada": true, "programmato": true, "programmata": true,
	"geplant": true, "angesetzt": true, "vorgesehen": true,
	"запланирован": true, "запланирована": true, "запланировано": true, "намечен": true, "намечена": true, "намечено": true}

// englishPastVerbs are past forms of the verbs news tells events with.
var englishPastVerbs = map[string]bool{
	"died": true, "was": true, "were": true, "met": true, "held": true, "took": true, "began": true, "won": true,
	"lost": true, "fell": true, "struck": true, "signed": true, "arrived": true, "visited": true, "killed": true,
	"resigned": true, "crashed": true, "exploded": true, "collapsed": true, "attacked": true, "launched": true,
	"elected": true, "ended": true, "started": true, "happened": true, "occurred": true, "erupted": true,
	"passed": true, "left": true, "came": true, "went": true, "broke": true, "hit": true, "shot": true,
}

// germanPastVerbs are simple pasts (Präteritum) of the verbs news tells
// events with. Not "wurde": "das auf Freitag verschoben wurde" moves a
// plan; not the participles of the perfect: "ist für Freitag geplant".
var germanPastVerbs = map[string]bool{
	"starb": true, "starben": true, "fand": true, "fanden": true, "begann": true, "begannen": true, "kam": true, "kamen": true,
	"traf": true, "trafen": true, "war": true, "waren": true, "unterzeichnete": true, "unterzeichneten": true, "stürzte": true,
	"explodierte": true, "brach": true, "endete": true, "endeten": true,
}

// russianNounsLikePlurals are nouns of 8 letters or more that end like a
// plural past.
var russianNounsLikePlurals = map[string]bool{
	"магистрали": true, "автомобили": true, "параллели": true, "вертикали": true, "горизонтали": true,
	"спирали": true, "сандалии": true, "колыбели": true, "мобили": true, "свирели": true, "капители": true,
	"акварели": true, "кафедрали": true, "фестивали": true, "генерали": true, "карнавали": true,
}

// clauseKeepsPast reports whether the mention text[start:end] of the
// sentence text[from:to], announced by its sentence, is told in a clause
// with a past verb of the lexicon's language that no marker announces.
func (l *dateLexicon) clauseKeepsPast(text string, from, start, end, to int) bool {
	if l.pastVerb == nil {
		return false
	}
	cf, ct := from, to
	if i := strings.LastIndexAny(text[from:start], ",;:"); i >= 0 {
		cf = from + i + 1
	}
	if i := strings.IndexAny(text[end:to], ",;:"); i >= 0 {
		ct = end + i
	}
	if cf == from && ct == to {
		return false // one clause: its marker is its own
	}
	clause := text[cf:ct]
	past := false
	var buf [64]byte
	for _, w := range strings.FieldsFunc(textnorm.Lower(clause), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if l.tense != nil && l.tense.changed[string(normaliseDateWord(buf[:0], w))] || planWords[w] {
			// "the vote, which was postponed to Friday": a plan moved
			// to the day, which may be ahead.
			return false
		}
		if l.pastVerb(w) {
			past = true
		}
	}
	return past && !l.announces(clause)
}
