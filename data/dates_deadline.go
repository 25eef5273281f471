package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads a deadline: a date without its year that people have
// until, or must act by. "Candidates have until April 4 to register",
// "Kandydaci mają czas do 4 kwietnia", "у кандидатов есть время до 4
// апреля", "Los candidatos tienen hasta el 4 de abril", "the documents must
// be filed by 4 April": a time still open, so the date lies ahead of the
// report whatever the rest of its sentence tells, as a date set for does
// (dates_scheduled_for.go). Without this a January report put such a day
// in the April before it (the year-less default is the past).
//
// Two forms, both in the date's own clause and written in the present:
//   - a phrase of having time until, ending right before the date (at most
//     one short word between: "until the 4th", "hasta el", "zum"): "has
//     until", "tienen hasta", "есть время до". Where "have" is also the
//     perfect's auxiliary (German, Dutch) the phrase is "haben bis" and
//     the noun of time must follow the date ("haben bis zum 4. April
//     Zeit"): "hat bis zum 4. April gewartet" is past.
//   - a present modal of obligation before the date ("must", "müssen",
//     "должны", "deben") with a word of "by" right before it ("by",
//     "bis", "до", "antes del"). A past auxiliary in the clause ("должны
//     были", "had to") keeps it past.
//
// Turkish writes "until" after the date ("4 Nisan'a kadar") and the
// obligation at the end ("başvurması gerekiyor"): see deadlineAfter.

// deadlineLanguage holds one language's words of deadlines, in lower case.
type deadlineLanguage struct {
	// haveUntil are the phrases of having time until; timeAfter, when
	// set, the nouns of time one of which must follow the date within
	// deadlineTimeWords words.
	haveUntil, timeAfter []string
	// modals are present modals of obligation, by the words that must
	// stand right before the date.
	modals, by []string
	// pastAux are the words that make a modal's clause past.
	pastAux []string
	// until are the postpositions of "until" after the date (Turkish),
	// and obliged the words of obligation after it in its clause.
	until, obliged []string
}

// deadlineTimeWords bounds the words between the date and the noun of time
// after it ("bis zum 4. April Zeit", "tot 4 april de tijd").
const deadlineTimeWords = 3

// deadlineModalReach bounds the words between a modal and its date ("must
// be filed with the commission by 4 April").
const deadlineModalReach = 10

var deadlineLanguages = map[string]deadlineLanguage{
	"en": {haveUntil: []string{"have until", "has until", "have till", "has till", "have time until", "has time until", "have up to", "has up to"},
		modals: []string{"must", "have to", "has to", "need to", "needs to", "is required to", "are required to"}, by: []string{"by", "until", "before", "no later than"},
		pastAux: []string{"had", "was", "were", "did"}},
	"de": {haveUntil: []string{"haben bis", "hat bis", "haben noch bis", "hat noch bis"}, timeAfter: []string{"zeit"},
		modals: []string{"müssen", "muss", "soll", "sollen"}, by: []string{"bis", "bis zum", "bis zur", "spätestens am", "vor dem"},
		pastAux: []string{"hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "musste", "mussten"}},
	"nl": {haveUntil: []string{"hebben tot", "heeft tot", "hebben nog tot", "heeft nog tot"}, timeAfter: []string{"tijd"},
		modals: []string{"moeten", "moet"}, by: []string{"voor", "tot", "uiterlijk", "uiterlijk op"},
		pastAux: []string{"had", "hadden", "was", "waren", "werd", "werden", "moest", "moesten"}},
	"fr": {haveUntil: []string{"ont jusqu'au", "a jusqu'au", "ont jusqu’au", "a jusqu’au", "ont jusqu'à", "a jusqu'à", "ont jusqu’à", "a jusqu’à"},
		modals: []string{"doivent", "doit"}, by: []string{"avant le", "d'ici le", "d’ici le", "jusqu'au", "jusqu’au", "au plus tard le"},
		pastAux: []string{"devaient", "devait", "ont dû", "a dû"}},
	"es": {haveUntil: []string{"tienen hasta", "tiene hasta", "tienen de plazo hasta", "tiene de plazo hasta", "tienen plazo hasta", "tiene plazo hasta"},
		modals: []string{"deben", "debe", "tienen que", "tiene que", "hay que"}, by: []string{"antes del", "hasta el", "a más tardar el"},
		pastAux: []string{"debían", "debía", "tuvieron", "tuvo", "tenían", "tenía", "había", "habían"}},
	"it": {haveUntil: []string{"hanno tempo fino", "ha tempo fino", "hanno tempo entro", "ha tempo entro", "hanno fino", "ha fino"},
		modals: []string{"devono", "deve"}, by: []string{"entro il", "entro", "fino al", "prima del"},
		pastAux: []string{"dovevano", "doveva", "hanno dovuto", "ha dovuto"}},
	"pt": {haveUntil: []string{"têm até", "tem até", "têm prazo até", "tem prazo até"},
		modals: []string{"devem", "deve", "têm de", "têm que", "tem de", "tem que", "precisam", "precisa"}, by: []string{"até", "antes de"},
		pastAux: []string{"deviam", "devia", "tiveram", "teve", "tinham", "tinha"}},
	"pl": {haveUntil: []string{"mają czas do", "ma czas do", "mają termin do", "ma termin do"},
		modals: []string{"muszą", "musi", "mają", "ma", "powinni", "powinien", "powinna", "należy"}, by: []string{"do", "przed", "najpóźniej do"},
		pastAux: []string{"musieli", "musiał", "musiała", "mieli", "miał", "miała", "był", "była", "byli"}},
	"ru": {haveUntil: []string{"есть время до", "есть срок до", "имеют время до", "имеет время до", "дано время до"},
		modals: []string{"должны", "должен", "должна", "нужно", "необходимо", "надо", "обязаны", "обязан"}, by: []string{"до", "не позднее"},
		pastAux: []string{"был", "была", "было", "были"}},
	"uk": {haveUntil: []string{"мають час до", "має час до", "є час до"},
		modals: []string{"повинні", "повинен", "повинна", "мають", "має", "треба", "потрібно", "необхідно", "зобов'язані"}, by: []string{"до", "не пізніше"},
		pastAux: []string{"був", "була", "було", "були", "мали", "мав", "мала"}},
	"ar": {haveUntil: []string{"أمامهم حتى", "أمامه حتى", "لديهم حتى", "لديه حتى", "مهلة حتى", "مهلة تنتهي في"},
		modals: []string{"يجب", "ينبغي", "يتعين", "عليهم", "عليه"}, by: []string{"حتى", "قبل", "بحلول"},
		pastAux: []string{"كان", "كانت", "كانوا"}},
	"tr": {until: []string{"kadar", "dek", "değin"},
		obliged: []string{"gerekiyor", "gerekir", "gerekecek", "zorunda", "zorundadır", "zorundalar"}},
}

// deadlineAhead reports whether the year-less date text[start:end] of a
// text in lang is a deadline still open (see above).
func deadlineAhead(lang, text string, start, end int) bool {
	return deadlineAheadIn(lang, &clauseAt{text: text, start: start, end: end})
}

// deadlineAheadIn is deadlineAhead of the mention whose clause is c.
func deadlineAheadIn(lang string, c *clauseAt) bool {
	l, ok := deadlineLanguages[lang]
	if !ok {
		return false
	}
	text, start, end := c.text, c.start, c.end
	from, to := c.bounds()
	if len(l.until) > 0 {
		return deadlineAfter(l, textnorm.Lower(text[end:to]))
	}
	// The clause up to the date's end, in lower case; the date's own
	// words may begin with the word of "until" ("until April 4").
	head := textnorm.Lower(text[from:end])
	at := start - from // where the date begins in head
	for _, p := range l.haveUntil {
		if endsRightBefore(head, p, at) && (len(l.timeAfter) == 0 || followedBy(textnorm.Lower(text[end:to]), l.timeAfter, deadlineTimeWords)) {
			return true
		}
	}
	if hasWordIn(head[:at], l.pastAux) {
		return false
	}
	for _, b := range l.by {
		if !endsRightBefore(head, b, at) {
			continue
		}
		words := strings.Fields(head[:at])
		for i := max(0, len(words)-deadlineModalReach-1); i < len(words); i++ {
			for _, m := range l.modals {
				if phraseAtWords(words[i:], m) {
					return true
				}
			}
		}
	}
	return false
}

// deadlineAfter reports whether the clause after a date (rest, in lower
// case) opens with a postposition of "until" and holds a word of
// obligation: "4 Nisan'a kadar başvuru yapması gerekiyor".
func deadlineAfter(l deadlineLanguage, rest string) bool {
	words := strings.Fields(rest)
	if len(words) == 0 {
		return false
	}
	first := 0
	if !hasWordIn(words[0], l.until) { // "'a kadar": the case ending first
		first = 1
	}
	if first >= len(words) || !hasWordIn(words[first], l.until) {
		return false
	}
	return hasWordIn(strings.Join(words[first+1:], " "), l.obliged)
}

// endsRightBefore reports whether phrase, as whole words, ends in head
// among the date's own first words (which start at at: "until April 4")
// or before them with at most one short word and no punctuation between
// ("hasta el", "until the").
func endsRightBefore(head, phrase string, at int) bool {
	for searchEnd := len(head); searchEnd > 0; {
		i := lastIndex(head[:searchEnd], phrase)
		if i < 0 {
			return false
		}
		searchEnd = i
		e := i + len(phrase)
		if i > 0 && isWord(lastRune(head[:i])) || e < len(head) && isWord(firstRune(head[e:])) {
			continue // inside a longer word
		}
		if e >= len(head) {
			continue // the phrase must come before the date's number
		}
		if e >= at {
			// Inside the date's words: only words may stand between the
			// phrase and the number ("until April 4").
			return !strings.ContainsFunc(head[at:e], unicode.IsDigit)
		}
		gap := strings.Fields(head[e:at])
		if len(gap) > 1 || len(gap) == 1 && (len([]rune(gap[0])) > 4 || strings.ContainsFunc(gap[0], func(r rune) bool { return !isWord(r) })) {
			return false
		}
		return true
	}
	return false
}

// followedBy reports whether one of words stands among the first n words
// of rest.
func followedBy(rest string, words []string, n int) bool {
	ws := strings.Fields(rest)
	for _, w := range ws[:min(len(ws), n+1)] {
		w = strings.TrimFunc(w, func(r rune) bool { return !isWord(r) })
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// hasWordIn reports whether s holds one of words as whole words.
func hasWordIn(s string, words []string) bool {
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			e := i + len(w)
			if (i == 0 || !isWord(lastRune(s[:i]))) && (e == len(s) || !isWord(firstRune(s[e:]))) {
				return true
			}
			from = i + 1
			for from < len(s) && !utf8.RuneStart(s[from]) {
				from++
			}
		}
	}
	return false
}

// phraseAtWords reports whether the words of phrase open words.
func phraseAtWords(words []string, phrase string) bool {
	ps := strings.Fields(phrase)
	if len(ps) > len(words) {
		return false
	}
	for k, p := range ps {
		if strings.TrimFunc(words[k], func(r rune) bool { return !isWord(r) }) != p {
			return false
		}
	}
	return true
}
