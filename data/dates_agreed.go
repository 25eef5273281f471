package data

import (
	"strings"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads a date without its year in the object of a verb of
// agreeing: "the two sides agreed on a visit by Modi to Vladivostok in
// September", "договорились о визите … в сентябре", "acordaron reunirse de
// nuevo en marzo". What is agreed on is still to come: the date is
// announced, placed on or after the article, whatever the tense of the
// agreeing. A date right after the verb ("agreed in September to …",
// "vereinbarten im Mai ein Treffen") is the day of the agreement, and is
// left to the tense.

// agreedLanguages are the verbs of agreeing by language, in lower case:
// the past forms news tells agreements in, with the preposition that
// introduces the thing agreed where the language has one.
var agreedLanguages = map[string][]string{
	"en": {"agreed to", "agreed on", "agreed upon", "agreed a", "agreed an"},
	"ru": {"договорились", "договорился", "договорилась", "условились"},
	"uk": {"домовилися", "домовились", "домовився", "домовилася"},
	"de": {"vereinbarten", "verabredeten", "einigten sich auf", "einigten sich darauf"},
	"nl": {"spraken af", "kwamen overeen", "spraken met elkaar af"},
	"fr": {"se sont mis d'accord", "se sont mis d’accord", "sont convenus", "ont convenu", "se sont entendus sur"},
	"es": {"acordaron", "pactaron", "convinieron"},
	"it": {"hanno concordato", "concordarono", "si sono accordati", "hanno convenuto", "hanno deciso di comune accordo"},
	"pt": {"acordaram", "combinaram", "concordaram em"},
	"pl": {"uzgodnili", "umówili się", "porozumieli się"},
	// With and without the joined "and" ("واتفق").
	"ar": {"اتفقا على", "اتفقوا على", "اتفق الجانبان على", "اتفقت على", "اتفق على",
		"واتفقا على", "واتفقوا على", "واتفق الجانبان على", "واتفقت على", "واتفق على"},
}

// agreedThings are the stems of what is agreed on that lies ahead by its
// nature — a meeting, a visit, talks, a round, a summit, or the verbs of
// holding and meeting — by language, in lower case. One of them must open
// the thing agreed (within agreedThingWords words of the verb): "agreed to
// send the protocol to parliament at the summit in Vilnius in July" tells
// of July's agreement, not of a plan for July.
var agreedThings = map[string][]string{
	"en": {"meet", "meeting", "visit", "talks", "summit", "round", "hold", "resume", "convene", "session", "conference"},
	"ru": {"визит", "встреч", "переговор", "саммит", "раунд", "провести", "проведени", "посет", "заседани", "консультаци"},
	"uk": {"візит", "зустр", "переговор", "саміт", "раунд", "провести", "проведенн", "відвіда", "засідан", "консультаці"},
	"de": {"treffen", "besuch", "gespräch", "gipfel", "runde", "verhandlung", "sitzung", "konferenz", "abzuhalten"},
	"nl": {"ontmoeting", "bezoek", "overleg", "top", "gesprek", "ronde", "vergadering", "conferentie"},
	"fr": {"rencontr", "visite", "sommet", "réunion", "réunir", "retrouver", "pourparlers", "tenir", "round", "conférence"},
	"es": {"reuni", "visita", "cumbre", "ronda", "encuentro", "celebrar", "conferencia", "negociaci"},
	"it": {"incontr", "visita", "vertice", "riunion", "riunir", "tenere", "conferenza", "colloqui"},
	"pt": {"reuni", "visita", "cúpula", "cimeira", "encontr", "realizar", "conferência", "rodada"},
	"pl": {"spotkan", "spotka", "wizyt", "rozmow", "szczyt", "rund", "zorganizowa", "posiedzeni", "konferencj"},
	"ar": {"عقد", "زيارة", "اجتماع", "قمة", "جولة", "لقاء", "مؤتمر", "محادثات"},
}

// agreedThingWords is how many words after the verb of agreeing may open
// the thing agreed ("agreed on a further round", "договорились о новой
// встрече").
const agreedThingWords = 3

// agreedReach bounds the words between the verb of agreeing and the date:
// the thing agreed on ("a visit by Modi to the Eastern Economic Forum in
// Vladivostok").
const agreedReach = 12

// agreedOn reports whether the date at text[start:end] of a text in lang is
// in the object of a verb of agreeing of its clause: the verb before it, at
// least one word and at most agreedReach words between, the first of them
// naming a thing to come (agreedThings).
func (l *dateLexicon) agreedOn(lang, text string, start, end int) bool {
	return l.agreedOnIn(lang, &clauseAt{text: text, start: start, end: end})
}

// agreedOnIn is agreedOn of the mention whose clause is c.
func (l *dateLexicon) agreedOnIn(lang string, c *clauseAt) bool {
	if len(l.agreed) == 0 {
		return false
	}
	text, start := c.text, c.start
	from, _ := c.bounds()
	before := textnorm.Lower(text[from:start])
	for _, verb := range l.agreed {
		i := lastIndex(before, verb)
		if i < 0 || i > 0 && isWord(lastRune(before[:i])) {
			continue
		}
		rest := before[i+len(verb):]
		if rest != "" && isWord(firstRune(rest)) {
			continue // a longer word ("agreed tonight")
		}
		words := strings.Fields(rest)
		if len(words) < 1 || len(words) > agreedReach {
			continue
		}
		for _, w := range words[:min(len(words), agreedThingWords)] {
			for _, thing := range agreedThings[lang] {
				if strings.HasPrefix(w, thing) {
					return true
				}
			}
		}
	}
	return false
}
