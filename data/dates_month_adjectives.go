package data

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// This file reads the month adjectives of Russian, Ukrainian and Polish:
// "январские события" (the January unrest), "травневі протести",
// "czerwcowe wybory". An adjective is a month only in lower case and
// before a noun of something that happens (monthAdjectiveLanguage.nouns):
// a month adjective also names one event of its own year, written with a
// capital ("Октябрьская революция", "Powstanie Listopadowe") or with a
// noun the lists do not hold ("августовский путч", "майские указы"), and
// the article's year is not that year. The adjective is then a month
// written without its year, placed by the tense of its sentence as "в
// январе" is.

// monthAdjectiveLanguage is one language's month adjectives.
type monthAdjectiveLanguage struct {
	stems   [12]string // the adjective of each month without its ending
	endings []string   // every ending of the adjective, in every gender and case
	nouns   []string   // the nouns of happenings an adjective may qualify
}

// monthAdjectiveLanguages are the month adjectives by language code.
var monthAdjectiveLanguages = map[string]monthAdjectiveLanguage{
	"ru": {
		stems: [12]string{"январск", "февральск", "мартовск", "апрельск", "майск", "июньск",
			"июльск", "августовск", "сентябрьск", "октябрьск", "ноябрьск", "декабрьск"},
		endings: []string{"ий", "ая", "ое", "ие", "их", "им", "ими", "ого", "ому", "ой", "ую", "ом"},
		nouns: []string{"события", "событий", "событиях", "событиям", "событиями", "беспорядки", "беспорядков", "беспорядках",
			"протесты", "протестов", "протестах", "выборы", "выборов", "выборах", "волнения", "волнений", "волнениях",
			"столкновения", "столкновений", "переговоры", "переговоров", "переговорах", "праздники", "праздников", "праздниках",
			"саммит", "саммита", "саммите", "визит", "визита", "визите", "референдум", "референдума", "референдуме",
			"встреча", "встречи", "встрече", "встречу", "заседание", "заседания", "заседании", "наступление", "наступления",
			"теракт", "теракта", "нападение", "нападения", "учения", "учений", "указ", "указа"},
	},
	"uk": {
		stems: [12]string{"січнев", "лютнев", "березнев", "квітнев", "травнев", "червнев",
			"липнев", "серпнев", "вереснев", "жовтнев", "листопадов", "груднев"},
		endings: []string{"ий", "а", "е", "і", "их", "им", "ими", "ого", "ому", "ій", "у", "ою"},
		nouns: []string{"події", "подій", "подіях", "протести", "протестів", "протестах", "вибори", "виборів", "виборах",
			"заворушення", "заворушень", "переговори", "переговорів", "саміт", "саміту", "саміті", "візит", "візиту", "візиті",
			"референдум", "референдуму", "зустріч", "зустрічі", "засідання", "наступ", "наступу", "теракт", "теракту", "свята", "свят"},
	},
	"pl": {
		stems: [12]string{"styczniow", "lutow", "marcow", "kwietniow", "majow", "czerwcow",
			"lipcow", "sierpniow", "wrześniow", "październikow", "listopadow", "grudniow"},
		endings: []string{"y", "a", "e", "ego", "ej", "ym", "ych", "ymi", "ą"},
		nouns: []string{"wydarzenia", "wydarzeń", "protesty", "protestów", "protestach", "wybory", "wyborów", "wyborach",
			"zamieszki", "zamieszek", "rozmowy", "rozmów", "szczyt", "szczytu", "szczycie", "wizyta", "wizyty", "wizycie",
			"referendum", "spotkanie", "spotkania", "spotkaniu", "posiedzenie", "posiedzenia", "ofensywa", "ofensywy", "zamach", "zamachu"},
	},
}

// addMonthAdjectives adds language code's month adjectives (see
// monthAdjectiveLanguages) as months read only before one of its nouns.
func (l *dateLexicon) addMonthAdjectives(code string) {
	forms, ok := monthAdjectiveLanguages[code]
	if !ok {
		return
	}
	for i, stem := range forms.stems {
		m := time.Month(i + 1)
		for _, end := range forms.endings {
			l.add(stem+end, roleMonth|roleUnparsed|roleMonthAdjective, func(e *dateEntry) { e.month = m })
		}
	}
	if l.adjectiveNouns == nil {
		l.adjectiveNouns = map[string]bool{}
	}
	for _, n := range forms.nouns {
		l.adjectiveNouns[string(normaliseDateWord(nil, n))] = true
	}
}

// monthInName reports whether the month word at token i names something
// rather than dating it: a month adjective not written in lower case
// before a noun of a happening (see above), or an English month between
// "the" and a capitalised word ("the October Revolution"; "the January
// unrest" is a month), or a capitalised month joined to a capitalised
// word by a hyphen (see hyphenedName).
func (s *dateScanner) monthInName(i int) bool {
	t := s.tok(i)
	if t.is(roleMonthAdjective) {
		next := s.tok(i + 1)
		if s.notLowerCase(i) || next.kind != tokWord {
			return true
		}
		// The scanner joins the words that are no date words into one
		// token: the noun is its first word.
		word := s.text[next.start:next.end]
		if end := strings.IndexFunc(word, func(r rune) bool { return !isWord(r) }); end > 0 {
			word = word[:end]
		}
		var buf [64]byte
		return !s.lex.adjectiveNouns[string(normaliseDateWord(buf[:0], word))]
	}
	if s.hyphenedName(i) {
		return true
	}
	if i == 0 || !s.capitalisedPair(i) {
		return false
	}
	prev := s.tok(i - 1)
	if prev.kind != tokWord {
		return false
	}
	before := s.text[prev.start:prev.end]
	return strings.EqualFold(before[strings.LastIndexFunc(before, func(r rune) bool { return !isWord(r) })+1:], "the")
}

// monthPrefixes are the words a month is joined to by a hyphen as a part
// of it: "mid-September", "mi-juin", "Anfang-Mai", "fin-mars".
var monthPrefixes = map[string]bool{
	"mid": true, "early": true, "late": true, "pre": true, "post": true,
	"mi": true, "fin": true, "début": true, "anfang": true, "mitte": true, "ende": true,
}

// hyphenedName reports whether the month word at token i is the end of
// a name of capitalised words joined by hyphens, not at the start of a
// sentence: "place du Quatre-Septembre", "rue du Onze-Novembre". A month
// after a number ("1-may", "23-октябрь") is a date.
func (s *dateScanner) hyphenedName(i int) bool {
	t := s.tok(i)
	if t.start < 2 || s.text[t.start-1] != '-' || !s.notLowerCase(i) {
		return false
	}
	before := s.text[:t.start-1]
	k := lastWordStart(before)
	word := before[k:]
	r, _ := utf8.DecodeRuneInString(word)
	if word == "" || !unicode.IsUpper(r) || monthPrefixes[textnorm.Lower(word)] {
		return false
	}
	// A capital at the start of a sentence says nothing of a name.
	rest := strings.TrimRightFunc(before[:k], unicode.IsSpace)
	return rest != "" && !strings.ContainsRune(sentenceMarks, lastRune(rest))
}
