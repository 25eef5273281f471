package discover

import (
	"strings"
	"unicode/utf8"
)

// Event words with words in between. News writes a fixed phrase broken by
// what it adds: "совершила мягкую посадку на видимой стороне Луны" (made
// a soft landing on the near side of the Moon), "在月球正面风暴洋北部吕姆克山脉
// 以北地区成功着陆" (landed on the Moon's near side, in the region north of
// Mons Rümker), "أطلق مقاتلو حركة طالبان النار" (Taliban fighters opened
// fire). A lexicon entry may say so with the word "…" (gapMark): "посадк*
// … лун*" matches its words with up to maxGapWords words of the same
// clause between; in Han script, "月球…着陆" with up to maxGapHan
// characters and no clause mark between.

// gapMark stands in a lexicon entry for the words that may come between
// two of its words.
const gapMark = "…"

// maxGapWords is how many words a gap may hold: enough for "on the near
// side of the" between "landed" and "moon", few enough to stay in one
// clause's thought.
const maxGapWords = 6

// maxGapHan is how many Han characters a gap may hold.
const maxGapHan = 24

// gapFollowers matches the patterns ws (the words after a phrase's
// first, gaps among them) against next, the words after the phrase's
// first word, which ended at prevEnd. It returns the index in next of the
// last word matched, or -1. The words of a gap, and the word after it,
// must each follow the one before with one space between: a comma, a
// full stop or a line break ends the clause the gap may span.
func gapFollowers(ws []pattern, next []word, prevEnd int) int {
	if len(ws) == 0 {
		return -1
	}
	if ws[0].gap {
		for skip := 0; skip <= maxGapWords && skip < len(next); skip++ {
			if next[skip].Start-prevEnd != 1 {
				return -1
			}
			if n := gapFollowers(ws[1:], next[skip:], prevEnd); n >= 0 {
				return skip + n
			}
			prevEnd = next[skip].End
		}
		return -1
	}
	if len(next) == 0 || !ws[0].matches(next[0].Norm) {
		return -1
	}
	if len(ws) == 1 {
		return 0
	}
	if n := gapFollowers(ws[1:], next[1:], next[0].End); n >= 0 {
		return n + 1
	}
	return -1
}

// hanGapEnd finds the Han parts ws after a phrase's first part, which
// ends at text[at:], each within maxGapHan characters of the one before
// with no clause mark between, and returns where the last ends, or -1.
func hanGapEnd(text string, at int, ws []pattern) int {
	for _, w := range ws {
		j := strings.Index(text[at:], w.text)
		if j < 0 {
			return -1
		}
		between := text[at : at+j]
		if utf8.RuneCountInString(between) > maxGapHan || strings.ContainsAny(between, "，。；：！？,.;:!?\n、") {
			return -1
		}
		at += j + len(w.text)
	}
	return at
}

// gappedWords are the entries with gaps, by kind and language, added to
// kindWords before theLexicon compiles it. Landings on the Moon
// (Opening, refined as a landing by qLanding): a landing verb or noun,
// then the Moon within the clause. Only where the Moon's word is not also
// a common one: Ukrainian "місяць" and Persian "ماه" are also "month"
// ("посадка наприкінці місяця", a landing at the month's end).
var gappedWords = map[Kind]map[string][]string{
	Opening: {
		"en": {"landed … moon", "touched down … moon", "landing … moon"},
		"fr": {"posé* … lune", "atterri* … lune"},
		"de": {"landete … mond*", "mond* … gelandet", "mond* … aufgesetzt"},
		"nl": {"landde … maan", "maan … geland"},
		"ru": {"посадк* … луны", "посадк* … луне", "посадк* … луну", "сел … луну", "села … луну", "сели … луну"},
		"pl": {"wylądował* … księżyc*", "lądowani* … księżyc*"},
		"es": {"aterriz* … luna", "alunizó … luna"},
		"pt": {"pousou … lua", "pouso … lua", "aterrissou … lua", "alunou … lua"},
		"it": {"atterrat* … luna", "atterraggio … luna"},
		"ar": {"هبطت … القمر", "هبط … القمر", "الهبوط … القمر"},
		"zh": {"月球…着陆", "月面…着陆", "月球…软着陆"},
	},
	// Opening fire with the shooters between the verb and its object:
	// "أطلق مقاتلو حركة طالبان النار" is a shooting, and its "أطلق" no
	// launch.
	Attack: {
		"ar": {"!اطلق … النار", "!اطلقت … النار", "!اطلقوا … النار"},
	},
	// Verbs that split around their object: German "folgt … nach" (Merz
	// folgt Scholz im Amt nach: a succession), verb-first Arabic "تبادل
	// البلدان السجناء" (the two countries exchanged prisoners). Not Dutch
	// "volgt … op", which is as often "follows up" ("volgt het advies op").
	Appointment: {
		"de": {"folgt … nach", "folgte … nach"},
	},
	Exchange: {
		"ar": {"تبادل … الاسرى", "تبادلت … الاسرى", "تبادلا … الاسرى", "تبادل … السجناء", "تبادلت … السجناء", "تبادلا … السجناء", "تبادل … المعتقلين", "تبادلت … المعتقلين"},
	},
}

// gappedLaunchWords: the lift-off of a craft from the Moon is a launch
// ("上升器从月面起飞", the ascent stage lifted off from the Moon's surface).
var gappedLaunchWords = map[string][]string{
	"zh": {"月面起飞", "月面上升"},
}

func init() {
	for k, byLang := range gappedWords {
		if kindWords[k] == nil {
			kindWords[k] = map[string][]string{}
		}
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
	for _, lang := range sortedLangs(gappedWords[Opening]) {
		qualifierWords[qLanding] = append(qualifierWords[qLanding], gappedWords[Opening][lang]...)
	}
	for _, lang := range sortedLangs(gappedLaunchWords) {
		kindWords[Opening][lang] = append(kindWords[Opening][lang], gappedLaunchWords[lang]...)
		qualifierWords[qLaunch] = append(qualifierWords[qLaunch], gappedLaunchWords[lang]...)
	}
}
