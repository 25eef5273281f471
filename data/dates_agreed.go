package data

import "strings"

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

// agreedReach bounds the words between the verb of agreeing and the date:
// the thing agreed on ("a visit by Modi to the Eastern Economic Forum in
// Vladivostok").
const agreedReach = 12

// agreedOn reports whether the date at text[start:end] is in the object of
// a verb of agreeing of its clause: the verb before it, at least one word
// and at most agreedReach words between.
func (l *dateLexicon) agreedOn(text string, start, end int) bool {
	if len(l.agreed) == 0 {
		return false
	}
	from, _ := clauseBounds(text, start, end)
	before := strings.ToLower(text[from:start])
	for _, verb := range l.agreed {
		i := strings.LastIndex(before, verb)
		if i < 0 || i > 0 && isWord(lastRune(before[:i])) {
			continue
		}
		rest := before[i+len(verb):]
		if rest != "" && isWord(firstRune(rest)) {
			continue // a longer word ("agreed tonight")
		}
		if n := len(strings.Fields(rest)); n >= 1 && n <= agreedReach {
			return true
		}
	}
	return false
}
