package data

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// The word lists dateReader.find reads dates with, one per language: written
// by hand for nl, de, en, fr, ru and ar (below); for the other languages
// (dates_languages.go) the month and weekday words are generated from
// go-dateparser's locale data (dates_words_gen.go, `go generate`) and the
// rest is written by hand. Why not go-dateparser at run time: its Search
// costs about 1 ms per paragraph, reads numeric dates month-first in
// day-first languages and takes German "die" for Tuesday; a Parse of a
// snippet the scan has found costs 50–175 µs; and importing the package at
// all costs every binary that imports data (the app, the CLI, every test)
// 95 MB of allocations and 0.15–0.4 s at start-up, building locale tables for
// ~200 languages (measured with GODEBUG=inittrace=1). The scan needs these
// lists anyway to find the words and their spans, and once it has them the
// day and month are known. So go-dateparser is the oracle in the tests
// instead: TestMonthWordsAgreeWithDateparser and
// TestWeekdayWordsAgreeWithDateparser check every word below against its
// reading, except the ones listed as unparsed, which it does not know.
//
// Every word is written as people write it; the lexicon normalises it the
// same way the scanner normalises text (lower case, diacritics dropped,
// Arabic and Persian letter variants folded).

// dateLanguage holds one language's date words.
type dateLanguage struct {
	code string

	// months[m-1] are the spellings of month m. abbreviations are only read
	// as months next to a number; ambiguous words ("may", "مارس" = "he
	// practised") also after a date preposition.
	months        [12][]string
	abbreviations [12][]string
	ambiguous     []string
	// unparsed are month names go-dateparser does not know (the Russian
	// prepositional "в январе", Levantine Arabic "أيلول"); they are read
	// from this table alone. numberOnly of them are also common words
	// ("آب" = "father") and only months next to a number.
	unparsed   [12][]string
	numberOnly []string
	// twoWordMonths are months written as two words (Levantine Arabic
	// "كانون الثاني"): first word → second word → month.
	twoWordMonths map[string]map[string]time.Month

	// weekdays[d] are the spellings of time.Weekday d. ambiguousWeekdays
	// (ar "الاثنين" = "the two") are only weekdays after a weekday marker.
	weekdays          [7][]string
	ambiguousWeekdays []string
	// weekdayAdjectives are adjectives of the weekdays that name that
	// day after a weekday marker (Polish "w niedzielnych wyborach"); they
	// are ambiguous weekdays (see ambiguousWeekdays).
	weekdayAdjectives [7][]string
	// unparsedWeekdays are weekday forms go-dateparser does not know
	// (Polish genitive "z poniedziałku"), read from this table alone.
	unparsedWeekdays [7][]string
	// weekdayMarkers may stand before a weekday and belong to it: "يوم".
	weekdayMarkers []string
	// ordinalNouns are nouns before which an ambiguous weekday is the
	// ordinal it also is: Portuguese "na segunda vez" (the second time).
	ordinalNouns []string
	// yearOf are words of "of" after which a bare number is a year when
	// no noun follows it: Dutch "de aardbeving van 1939" (the earthquake
	// of 1939), "de crisis van 2008, die …", but not "een boete van 2000
	// euro" (see dateScanner.yearOfAt).
	yearOf []string
	// yearOfNext are words, beside the prepositions and range words, that
	// may follow such a year: "die", "werd".
	yearOfNext []string
	// yearNouns are nouns of happenings that make a bare number next to
	// them a year: English writes the year before ("the 2019 election"),
	// German after ("die Wahl 2021"; yearNounsAfter). yearNounEndings
	// are endings of such nouns in compounds ("Bundestagswahl 2021").
	yearNouns       []string
	yearNounsAfter  bool
	yearNounEndings []string
	// yearNounOf are the words of "of" between such a noun and its year
	// where the year follows the noun with one ("las elecciones de 2019",
	// "le elezioni del 2019").
	yearNounOf []string
	// yearNounStems are stems of such nouns written after the year with
	// an ending, in a language that joins its endings (Turkish "2024
	// seçimleri", "2023 depremi", "2016 darbe girişimi"): the stem alone
	// after a number is a count ("2000 saldırı", 2000 attacks), the
	// ending makes the year's happening.
	yearNounStems []string

	// preps are words that open a date phrase and are shown with it:
	// "op 2 januari", "am Dienstag", "в понедельник".
	preps []string
	// yearContext are words after which a bare number is a year:
	// "in 2019", "في عام 2019". yearSuffixes follow a year: "2019 году".
	yearContext  []string
	yearSuffixes []string
	// yearEndings are case endings written after a year with an
	// apostrophe (Turkish "2023'te", in 2023); yearSince are those that
	// make a year only before one of sinceAfter ("1991'den bu yana",
	// since 1991: "2000'den fazla" is "more than 2000").
	yearEndings, yearSince, sinceAfter []string
	// rangeFrom and rangeTo join two dates into one span:
	// "van 1989 tot 2019", "15 إلى 16 سبتمبر".
	rangeFrom []string
	rangeTo   []string

	// Relative words: single words with a fixed offset, and phrases made of
	// a modifier and a unit ("vorig jaar", "l'année dernière").
	// days: "gisteren" → -1, "demain" → 1. Spanish "mañana", German and
	// Dutch "morgen", Azerbaijani "sabah" are "tomorrow" and "morning"
	// both, and are left out.
	days map[string]int
	// morningDays are relative days whose word is also "morning" (es
	// "mañana", de and nl "morgen", az "sabah", ky "эртең"): the day,
	// unless a word of morningBefore stands right before ("esta mañana",
	// "de morgen", "bu sabah"), one of morningAfter right after ("эртең
	// менен", in the morning, "mañana por la mañana" keeps the first) or,
	// with morningCapital, the word is capitalised (German writes the
	// noun so: "heute Morgen"). They are read as written, never with a
	// case ending taken off ("sabahın", of the morning), and not in the
	// lexicon of all languages, which knows no language's guards.
	morningDays                 map[string]int
	morningBefore, morningAfter []string
	morningCapital              bool
	// dayBeyond are the words written before "tomorrow" or "yesterday"
	// that make it the day after tomorrow or before yesterday: English
	// "day after tomorrow", "day before yesterday" (the words, in order,
	// with the sign they push the day), French "après-demain",
	// "avant-hier". Without them "the day before yesterday" was read as
	// yesterday.
	dayBeyond map[string]int
	// boundDays are relative days whose word is also a noun ("اليوم" is
	// today and "the day": "اليوم الوطني", the national day): a date only
	// with a weekday after it ("اليوم الأحد", today, Sunday) or a word of
	// boundAfter before it ("صباح اليوم", this morning).
	boundDays  map[string]int
	boundAfter []string
	// boundAdverb: Russian "накануне" and Ukrainian "напередодні" are the
	// day before as adverbs and "on the eve of" as prepositions before a
	// genitive ("накануне выборов"). They are the day when the word after
	// them is a word of boundNext (a preposition, a pronoun), ends as a
	// past verb (boundVerbEndings, but not boundNotEndings: Ukrainian
	// "-ів" is a genitive plural), or punctuation follows.
	boundAdverb                                  map[string]int
	boundNext, boundVerbEndings, boundNotEndings []string
	// nextPhrases are "next" written as a clause after the unit: Spanish
	// "el año que viene", Portuguese "no ano que vem" (the year that
	// comes). Their words are tokens of their own (see
	// dateScanner.nextPhraseAt).
	nextPhrases []string
	// nightWords are single words for a night: Dutch "vannacht", Italian
	// "stanotte", Spanish "anoche" (last night). A night is the two days
	// it spans; eitherNight ones are last night in a past sentence and
	// tonight in one that announces (see dateWords.eitherNight).
	nightWords  map[string]int
	eitherNight []string
	// lastNotAfter are words before "last" that make it "final": "the
	// last night of the festival", "the last week of June" are no
	// relative dates.
	lastNotAfter []string
	units        map[string]relUnit
	past         []string // "vorige", "letzten", "dernière"
	this         []string // "deze", "diese", "cette"
	next         []string // "volgende", "nächsten", "prochaine"
	modAfter     bool     // past/next modifiers follow the unit or weekday (fr, ar)

	// futureBefore are weaker markers that announce only the dates written
	// after them in their sentence: English "would" is the future of
	// reported speech ("said it would hold the vote on 9 July") but not
	// of the saying ("said on 12 March that it would …").
	futureBefore []string

	// futureMarkers mark a paragraph as announcing what is still to come
	// ("zal", "wird", "will", "سوف"); dateArticle does not date an article
	// on or after an event it announces.
	futureMarkers []string

	// pastAuxiliaries, right after a future marker, make it past: Russian
	// "должен был принять участие" (was to take part) plans nothing; nor
	// does Ukrainian "наступного дня" (the next day), the day after a
	// date the story told ("вдарила ракетами наступного дня після
	// підписання", i11_uk), where "наступного" alone is "next".
	pastAuxiliaries []string

	// hearsayPerfects are the future markers that, with a past participle
	// after them (participleEnds), tell what reportedly happened, not
	// what will: Portuguese "terão lançado artefactos" (they reportedly
	// threw), Spanish "habrá sido", Italian "avrà firmato". "terá lugar",
	// "habrá elecciones" stay plans.
	hearsayPerfects, participleEnds []string

	// complementizers open a clause of reported speech ("that", "что",
	// "que"): a date written before one is the saying's, and a marker
	// after it announces only its own clause ("said on Tuesday that Putin
	// will visit Astana on 27 November": Tuesday is past).
	complementizers []string

	// joins are words written between the parts of a date and belonging
	// to it: Spanish and Portuguese "3 de julio de 2024".
	joins []string
	// suffixes are case endings joined to month and weekday names and to
	// year and unit words (Turkish "Ağustos'ta"/"ağustosta", Kazakh
	// "шілдеде", Uzbek "iyulda"): a word not in the lexicon is looked up
	// again without them, longest first.
	suffixes []string
	// dayWords are single words for a whole relative unit: "today" is
	// {unitDay, 0}, Chinese "去年" and Kazakh "былтыр" {unitYear, -1}.
	dayWords map[string]relShift
	// modBoth: past/next modifiers stand before or after the unit (es "el
	// pasado sábado", "la semana pasada").
	modBoth bool
	// futureSuffixes are endings of the future tense, matched on words of
	// five letters or more as written: es "-rá", it "-rà", tr "-acak".
	futureSuffixes []string
	// agoBefore and agoAfter are the words of "ago" written before the
	// time ("hace un mes", "vor 3 Tagen", French "il y a": "y") or after it
	// ("a month ago", "месяц назад"); agoGlue are words between agoBefore
	// and the count ("a" of "il y a"); agoOne are the words for one ("a",
	// "un", "einem"); agoUnits are the forms of the units that only "ago"
	// takes: the day and the plural or case forms ("days", "Tagen",
	// "месяцев"), each marked plural when it needs a count before it.
	agoBefore, agoAfter, agoGlue, agoOne []string
	agoUnits                             map[string]agoUnit
	// agoCounts are the number words a count of "ago" may be written
	// with ("sakkiz yil muqaddam", eight years ago; "vor zwei Jahren").
	agoCounts map[string]int
	// agoDuals are unit forms that carry the count two in themselves:
	// Arabic "قبل عامين" (two years ago), "قبل يومين".
	agoDuals map[string]relUnit
	// fromNowBefore, fromNowNotAfter and fromNowBare are fromNowLanguages'
	// (dates_from_now.go), set by its init.
	fromNowBefore, fromNowNotAfter []string
	fromNowBare                    bool
	// weekdayShifts are words written after a weekday that make it
	// another day: Azerbaijani "bazar ertəsi" (the day after Sunday) is
	// Monday, "cümə axşamı" (the eve of Friday) Thursday.
	weekdayShifts map[string]int
	// agoNotAfter are the case endings of a word that make the "ago"
	// after it a "before": Turkish "seçimden bir gün önce" is one day
	// before the election, "bir gün önce" one day ago.
	agoNotAfter []string
	// agoFromNow are the words for "from this/now" that end like such an
	// ablative and still make the time an "ago": Turkish and Uzbek
	// "bundan üç yıl önce", "bundan 3 yil oldin" (three years ago).
	agoFromNow []string
	// agoNotBefore are words that make an "ago" word written after the
	// time a "before" when they follow it: Persian and Tajik "سه روز پیش
	// از انتخابات", "се рӯз пеш аз интихобот" (three days before the
	// election).
	agoNotBefore []string
	// solarHijri are the months of the Solar Hijri calendar (Persian
	// "۱۵ تیر ۱۴۰۳"); dates in them are converted to the Gregorian
	// calendar once their year is known. solarNumberOnly are also
	// common words ("تیر" arrow, "مهر" seal) and are months only next to
	// a number.
	solarHijri      [12][]string
	solarNumberOnly []string
	// weekdayTails are second words a weekday may be written with and
	// that belong to it: Portuguese "segunda-feira".
	weekdayTails []string
	// notMonths are words go-dateparser lists as months that are
	// ordinary words of the language, dropped from its generated table:
	// Italian and Spanish "set" (of tennis, of a film).
	notMonths []string
	// weekdayMarkersAfter are day words written after a weekday that
	// belong to it: Turkish "pazar günü", Kazakh "жексенбі күні".
	weekdayMarkersAfter []string

	// monthFirst allows "July 4" (month before day).
	monthFirst bool
	// rangeFromCases are the endings of "from" on a month name that open
	// a range whose end follows with no word between: Uzbek "11
	// июндан 19 июлгача", Kazakh "11 маусымнан 19 шілдеге дейін".
	rangeFromCases []string
	// monthPossessives are the endings that make a month "the month of"
	// the bare year before it: Turkish "2023 Şubat'ında", "2023
	// Şubatında" (in February of 2023). Without one, a bare number before
	// a month is no year ("2023 Şubat" may be a count, or a day's).
	monthPossessives []string
	// numericOrder is how d/m/y numbers are read: "DMY" or "MDY".
	numericOrder string
	// ordinals may follow a day number: "4th", "1er", "2e".
	ordinals []string
}

// relUnit is the unit of a relative date word.
type relUnit int

const (
	unitDay relUnit = iota + 1
	unitWeek
	unitMonth
	unitYear
	// unitNight is a night: shift -1 is last night (the day before the
	// article's and that day, a span of two days), 0 tonight.
	unitNight
	// unitSpring, unitSummer and unitAutumn are seasons with last, this or
	// next: "last spring", "прошлой весной" (see placeSeason).
	unitSpring
	unitSummer
	unitAutumn
)

// relShift is what a one-word relative date means: its unit and how many
// units from the article's date.
type relShift struct {
	unit  relUnit
	shift int
}

func (u relUnit) String() string {
	return [...]string{"", "day", "week", "month", "year", "night", "spring", "summer", "autumn"}[u]
}

// dateLanguages are the languages Caravan reads dates in: the six below,
// written by hand before the tables were generated, and the ones of
// dates_languages.go, whose month and weekday words come from
// go-dateparser (dates_words_gen.go) with hand-written additions.
var dateLanguages = withGeneratedWords(slices.Concat(handDateLanguages, moreDateLanguages))

// handDateLanguages are the first six languages, every word written by
// hand and checked against go-dateparser by the tests.
var handDateLanguages = []*dateLanguage{
	{
		code:            "nl",
		complementizers: []string{"dat"},
		agoCounts:       map[string]int{"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10},
		agoAfter:        []string{"geleden"}, agoOne: []string{"een"},
		agoUnits: map[string]agoUnit{"dag": {unitDay, false}, "dagen": {unitDay, true}, "weken": {unitWeek, true}, "maanden": {unitMonth, true}},
		months: [12][]string{{"januari"}, {"februari"}, {"maart"}, {"april"}, {"mei"}, {"juni"},
			{"juli"}, {"augustus"}, {"september"}, {"oktober"}, {"november"}, {"december"}},
		abbreviations: [12][]string{{"jan"}, {"feb"}, {"mrt"}, {"apr"}, nil, {"jun"},
			{"jul"}, {"aug"}, {"sep"}, {"okt"}, {"nov"}, {"dec"}},
		unparsed:   [12][]string{8: {"sept"}},
		numberOnly: []string{"sept"},
		weekdays: [7][]string{{"zondag"}, {"maandag"}, {"dinsdag"}, {"woensdag"},
			{"donderdag"}, {"vrijdag"}, {"zaterdag"}},
		yearOf:        []string{"van"},
		yearOfNext:    []string{"die", "dat", "werd", "was", "is", "heeft", "had", "bij", "te", "met", "nog"},
		preps:         []string{"op", "in", "sinds", "vanaf", "tot", "van", "tussen", "voor", "na", "rond", "begin", "eind", "medio", "half"},
		yearContext:   []string{"in", "sinds", "vanaf", "jaar"},
		rangeFrom:     []string{"van", "vanaf", "tussen"},
		rangeTo:       []string{"tot", "en", "of"},
		days:          map[string]int{"gisteren": -1, "eergisteren": -2, "vandaag": 0, "vanavond": 0, "overmorgen": 2},
		morningDays:   map[string]int{"morgen": 1},
		morningBefore: []string{"de", "deze", "die", "dezelfde", "elke", "iedere", "een", "hele"},
		nightWords:    map[string]int{"vannacht": -1},
		eitherNight:   []string{"vannacht"},
		units:         map[string]relUnit{"week": unitWeek, "maand": unitMonth, "jaar": unitYear, "nacht": unitNight},
		past:          []string{"vorige", "vorig", "afgelopen", "verleden"},
		this:          []string{"deze", "dit"},
		next:          []string{"volgende", "volgend", "komende", "aanstaande"},
		futureMarkers: []string{"zal", "zullen", "zult", "komende", "volgende", "aanstaande", "verwacht", "gaat", "gepland", "gepande"},
		numericOrder:  "DMY",
		ordinals:      []string{"e", "ste", "de"},
	},
	{
		code:            "de",
		complementizers: []string{"dass", "daß"},
		agoCounts:       map[string]int{"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10},
		agoBefore:       []string{"vor"}, agoOne: []string{"einem", "einer"},
		agoUnits: map[string]agoUnit{"tag": {unitDay, false}, "tagen": {unitDay, true}, "wochen": {unitWeek, true}, "monaten": {unitMonth, true}, "jahren": {unitYear, true}},
		months: [12][]string{{"januar", "jänner"}, {"februar", "feber"}, {"märz"}, {"april"}, {"mai"}, {"juni"},
			{"juli"}, {"august"}, {"september"}, {"oktober"}, {"november"}, {"dezember"}},
		abbreviations: [12][]string{{"jan"}, {"feb"}, {"mär", "mrz"}, {"apr"}, nil, {"jun"},
			{"jul"}, {"aug"}, {"sep", "sept"}, {"okt"}, {"nov"}, {"dez"}},
		weekdays: [7][]string{{"sonntag"}, {"montag"}, {"dienstag"}, {"mittwoch"},
			{"donnerstag"}, {"freitag"}, {"samstag"}},
		yearNouns: []string{"wahl", "wahlen", "gipfel", "krieg", "erdbeben", "krise", "referendum", "abkommen", "proteste", "unruhen",
			"spiele", "olympia", "putsch", "invasion", "offensive", "revolution", "flut", "hochwasser", "anschlag", "anschläge"},
		yearNounsAfter:  true,
		yearNounEndings: []string{"wahl", "wahlen", "gipfel", "krieg", "beben", "krise", "abkommen"},
		yearOf:          []string{"von"},
		yearOfNext:      []string{"die", "der", "das", "wurde", "war", "ist", "hat", "hatte", "bei", "mit", "noch", "und"},
		preps:           []string{"am", "an", "im", "in", "seit", "ab", "bis", "von", "vom", "zum", "vor", "nach", "anfang", "ende", "mitte"},
		yearContext:     []string{"seit", "jahr", "jahre", "jahres", "anfang", "ende", "mitte"},
		rangeFrom:       []string{"von", "vom", "zwischen"},
		rangeTo:         []string{"bis", "und", "oder"},
		days:            map[string]int{"gestern": -1, "vorgestern": -2, "heute": 0, "übermorgen": 2},
		// "morgen" is tomorrow, "Morgen" the morning; the old spelling
		// wrote "heute morgen" (this morning) in lower case.
		morningDays:    map[string]int{"morgen": 1},
		morningCapital: true,
		morningBefore:  []string{"heute", "gestern", "vorgestern", "am", "jeden", "diesen", "den", "dem", "der", "eines", "einem"},
		units:          map[string]relUnit{"woche": unitWeek, "monat": unitMonth, "monats": unitMonth, "jahr": unitYear, "jahres": unitYear, "nacht": unitNight},
		past:           []string{"letzte", "letzten", "letztes", "letzter", "vergangene", "vergangenen", "vergangenes", "vergangener", "vorige", "vorigen", "voriges", "voriger"},
		this:           []string{"diese", "dieses", "diesen", "diesem", "dieser"},
		next:           []string{"nächste", "nächsten", "nächstes", "nächster", "kommende", "kommenden", "kommendes", "kommender"},
		futureMarkers:  []string{"wird", "werden", "werde", "soll", "sollen", "nächste", "nächsten", "kommende", "kommenden", "bevorstehenden", "bevorstehende", "geplant", "geplanten", "geplante", "angesetzt"},
		numericOrder:   "DMY",
	},
	{
		code:            "en",
		complementizers: []string{"that"},
		agoCounts:       map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
		agoAfter:        []string{"ago"}, agoOne: []string{"a", "an", "one"},
		agoUnits: map[string]agoUnit{"day": {unitDay, false}, "days": {unitDay, true}, "weeks": {unitWeek, true}, "months": {unitMonth, true}, "years": {unitYear, true}},
		// "a fortnight ago", "in a fortnight": two weeks.
		agoDuals: map[string]relUnit{"fortnight": unitWeek},
		months: [12][]string{{"january"}, {"february"}, {"march"}, {"april"}, {"may"}, {"june"},
			{"july"}, {"august"}, {"september"}, {"october"}, {"november"}, {"december"}},
		abbreviations: [12][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"},
			{"jul"}, {"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}},
		ambiguous: []string{"may", "march"},
		weekdays: [7][]string{{"sunday"}, {"monday"}, {"tuesday"}, {"wednesday"},
			{"thursday"}, {"friday"}, {"saturday"}},
		yearNouns: []string{"election", "elections", "vote", "referendum", "summit", "war", "earthquake", "quake", "crisis", "protests",
			"uprising", "unrest", "coup", "invasion", "talks", "agreement", "accord", "treaty", "visit", "attack", "attacks", "olympics",
			"games", "parade", "floods", "flood", "census", "polls", "runoff", "ceasefire", "offensive", "revolution", "riots",
			"massacre", "ballot", "plebiscite", "crash", "explosion", "blast", "drought", "wildfires", "eclipse", "inauguration", "world"},
		preps:         []string{"on", "in", "since", "from", "until", "till", "by", "between", "early", "late", "mid", "before", "after"},
		yearContext:   []string{"in", "since", "until", "year", "early", "late", "mid"},
		rangeFrom:     []string{"from", "between"},
		rangeTo:       []string{"to", "until", "through", "and", "or"},
		days:          map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0},
		dayBeyond:     map[string]int{"day after": 1, "day before": -1},
		lastNotAfter:  []string{"the", "its", "their", "his", "her"},
		units:         map[string]relUnit{"week": unitWeek, "month": unitMonth, "year": unitYear, "night": unitNight},
		past:          []string{"last", "past"},
		this:          []string{"this"},
		next:          []string{"next", "coming"},
		futureBefore:  []string{"would"},
		futureMarkers: []string{"will", "shall", "upcoming", "slated", "next", "scheduled", "expected", "due", "plans to", "planned", "set to", "forthcoming"},
		monthFirst:    true,
		numericOrder:  "MDY",
		ordinals:      []string{"st", "nd", "rd", "th"},
	},
	{
		code:       "fr",
		yearNounOf: []string{"de"},
		yearNouns: []string{"élection", "élections", "scrutin", "vote", "référendum", "sommet", "guerre", "séisme", "crise", "manifestations",
			"invasion", "accord", "traité", "visite", "attentat", "attaque", "jeux", "défilé", "inondations", "recensement", "révolution",
			"massacre", "mondial", "incendie", "explosion", "éclipse", "investiture", "présidentielle", "législatives", "municipales"},
		complementizers: []string{"que", "qu"},
		agoCounts:       map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
		agoBefore:       []string{"y"}, agoGlue: []string{"a"}, agoOne: []string{"un", "une"},
		agoUnits: map[string]agoUnit{"jour": {unitDay, false}, "jours": {unitDay, true}, "semaines": {unitWeek, true}, "ans": {unitYear, true}},
		months: [12][]string{{"janvier"}, {"février", "fevrier"}, {"mars"}, {"avril"}, {"mai"}, {"juin"},
			{"juillet"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"}, {"décembre", "decembre"}},
		// Not "sept": it is also "seven", and go-dateparser reads it so.
		abbreviations: [12][]string{{"janv"}, {"févr", "fevr"}, nil, {"avr"}, nil, nil,
			{"juil"}, nil, nil, {"oct"}, {"nov"}, {"déc", "dec"}},
		ambiguous: []string{"mars"},
		weekdays: [7][]string{{"dimanche"}, {"lundi"}, {"mardi"}, {"mercredi"},
			{"jeudi"}, {"vendredi"}, {"samedi"}},
		preps:       []string{"le", "la", "l", "en", "depuis", "dès", "du", "au", "entre", "début", "fin", "mi", "avant", "après"},
		yearContext: []string{"en", "depuis", "année", "an", "dès"},
		rangeFrom:   []string{"du", "entre", "de"},
		rangeTo:     []string{"au", "à", "et", "ou"},
		days:        map[string]int{"hier": -1, "aujourd'hui": 0, "demain": 1},
		dayBeyond:   map[string]int{"après": 1, "avant": -1},
		// "ce soir" is tonight; "la nuit dernière" last night, "cette
		// nuit" the night of the article's day.
		units:    map[string]relUnit{"semaine": unitWeek, "mois": unitMonth, "année": unitYear, "an": unitYear, "soir": unitDay, "nuit": unitNight},
		past:     []string{"dernière", "dernier", "passée", "passé"},
		this:     []string{"cette", "ce", "cet"},
		next:     []string{"prochaine", "prochain"},
		modAfter: true,
		futureMarkers: []string{"va", "vont", "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "prochain", "prochaine", "prévu", "prévue", "prévus", "prévues", "programmé", "programmée",
			// "Il doit prendre ses fonctions début août": is to, is due to.
			"doit", "doivent", "devrait", "devraient",
			// "L'annonce est attendue lundi", "appelés aux urnes dimanche".
			"est attendu", "est attendue", "sont attendus", "appelés aux urnes", "appelés à voter"},
		futureSuffixes: []string{"era", "eront", "ira", "iront", "dra", "dront",
			// The conditional of reported plans ("a annoncé qu'ils se
			// retrouveraient le 31 mars"); "serait", "auraient" are too
			// short to match (see futureSuffix).
			"erait", "eraient", "irait", "iraient", "drait", "draient"},
		numericOrder: "DMY",
		ordinals:     []string{"er", "re", "e"},
	},
	{
		code:            "ru",
		pastAuxiliaries: []string{"был", "была", "было", "были"},
		complementizers: []string{"что"},
		agoCounts:       map[string]int{"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
		agoAfter:        []string{"назад"},
		agoUnits:        map[string]agoUnit{"день": {unitDay, false}, "дня": {unitDay, true}, "дней": {unitDay, true}, "недели": {unitWeek, true}, "недель": {unitWeek, true}, "месяца": {unitMonth, true}, "месяцев": {unitMonth, true}, "года": {unitYear, true}, "лет": {unitYear, true}},
		months: [12][]string{
			{"январь", "января"}, {"февраль", "февраля"}, {"март", "марта"},
			{"апрель", "апреля"}, {"май", "мая"}, {"июнь", "июня"},
			{"июль", "июля"}, {"август", "августа"}, {"сентябрь", "сентября"},
			{"октябрь", "октября"}, {"ноябрь", "ноября"}, {"декабрь", "декабря"}},
		unparsed: [12][]string{{"январе"}, {"феврале"}, {"марте"}, {"апреле"}, {"мае"}, {"июне"},
			{"июле"}, {"августе"}, {"сентябре"}, {"октябре"}, {"ноябре"}, {"декабре"}},
		// RIA Novosti and TASS datelines abbreviate every month but May to
		// three letters ("МОСКВА, 4 июл — РИА Новости"); dictionaries
		// write "февр", "нояб".
		abbreviations: [12][]string{{"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, nil, {"июн"},
			{"июл"}, {"авг"}, {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}},
		weekdays: [7][]string{{"воскресенье"}, {"понедельник"}, {"вторник"}, {"среда", "среду"},
			{"четверг"}, {"пятница", "пятницу"}, {"суббота", "субботу"}},
		// The genitive, after "с" (since) and "до" (until): "с понедельника
		// до четверга". ("среды" is also "environments": a weekday only
		// after a marker.)
		unparsedWeekdays: [7][]string{{"воскресенья"}, {"понедельника"}, {"вторника"}, {"среды"},
			{"четверга"}, {"пятницы"}, {"субботы"}},
		ambiguousWeekdays: []string{"среда", "среды"},
		weekdayMarkers:    []string{"в", "во"},
		preps:             []string{"в", "во", "с", "со", "до", "к", "по", "на", "после", "перед"},
		yearSuffixes:      []string{"года", "году", "год", "г", "гг"},
		rangeFrom:         []string{"с", "со"},
		rangeTo:           []string{"по", "до", "и", "или"},
		days:              map[string]int{"вчера": -1, "позавчера": -2, "сегодня": 0, "завтра": 1, "послезавтра": 2},
		boundAdverb:       map[string]int{"накануне": -1},
		boundNext:         []string{"в", "во", "на", "с", "со", "по", "у", "из", "он", "она", "они", "мы", "же", "вечером", "утром", "днем"},
		boundVerbEndings:  []string{"л", "ла", "ли", "ло", "лся", "лась", "лись", "лось"},
		// Genitive plurals after "накануне" ("выборов", "переговоров",
		// "Олимпийских игр"): the preposition, not the day before.
		boundNotEndings: []string{"ов", "ев", "ёв", "их", "ых"},
		units:           map[string]relUnit{"неделе": unitWeek, "неделю": unitWeek, "недели": unitWeek, "месяце": unitMonth, "месяц": unitMonth, "месяца": unitMonth, "году": unitYear, "год": unitYear, "года": unitYear, "ночью": unitNight},
		// The genitives are for a month's year ("в январе прошлого года").
		// ("прошлым", "следующим": "прошлым летом", last summer.)
		past: []string{"прошлом", "прошлой", "прошлую", "прошлый", "прошедшем", "прошедшей", "прошлого", "прошедшего", "прошлым"},
		this: []string{"этом", "этой", "эту", "этот", "этого", "текущего"},
		next: []string{"следующем", "следующей", "следующую", "следующий", "будущем", "следующего", "будущего", "следующим"},
		futureMarkers: []string{"будет", "будут", "буду", "предстоящем", "предстоящей", "предстоящий", "предстоящего", "следующем", "следующей", "состоится", "состоятся", "намерен", "намерена", "намерены", "планирует", "планируют", "планируется", "запланирован", "запланировано", "запланирована", "пройдёт", "пройдут", "посетит", "проведёт", "должен", "должна", "должны", "ожидается", "ожидаются", "назначено", "назначен", "назначена", "назначены", "намечено", "намечен", "намечена",
			// Perfective verbs in the future tense that news uses for what is to come
			// ("смогут принять участие 19 или 20 сентября"), and hope or expectation.
			"сможет", "смогут", "примет", "примут", "прибудет", "прибудут", "посетят", "проведут", "подпишет", "подпишут",
			"встретится", "встретятся", "откроется", "начнётся", "завершится", "вступит", "станет", "отправится",
			"надеется", "надежду", "рассчитывает",
			// More perfective futures of the news: to discuss, speak, gather,
			// consider, present, announce, fly, come, vote, elect, approve,
			// launch, last, return. Each form here is a future only (the
			// present of the same verb is another word: "обсуждает").
			"обсудит", "обсудят", "выступит", "выступят", "соберётся", "соберутся", "рассмотрит", "рассмотрят",
			"представит", "представят", "объявит", "объявят", "огласит", "огласят", "вылетит", "вылетят",
			"прилетит", "прилетят", "приедет", "приедут", "поедет", "поедут", "проголосует", "проголосуют",
			"изберёт", "изберут", "утвердит", "утвердят", "запустит", "запустят", "продлится", "продлятся",
			"вернётся", "вернутся", "откроет", "откроют", "начнутся", "завершатся", "вступят", "станут",
			"отправятся", "прибудут", "обратится", "подведёт", "подведут",
			// To start working, start, introduce, continue ("С 10 ноября
			// заработает безвиз").
			"заработает", "заработают", "начнёт", "начнут", "введёт", "введут", "продолжит", "продолжат",
			"возглавит", "совершит", "совершат", "посвятят",
			// "They expect her on 7 May" ("её ожидают 7 мая").
			"ожидают", "ожидает"},
		numericOrder: "DMY",
	},
	{
		code: "ar",
		// A noun before the year: "انتخابات 2024", "زلزال 2023", "ثورة
		// 2011"; a count is written before its noun ("2000 جندي").
		yearNouns: []string{"انتخابات", "الانتخابات", "وانتخابات", "بانتخابات", "قمة", "القمة", "زلزال", "حرب", "استفتاء", "مونديال",
			"أولمبياد", "ثورة", "انقلاب", "احتجاجات", "مظاهرات", "فيضانات", "انتفاضة"},
		yearNounsAfter:  true,
		complementizers: []string{"أن", "بأن", "وأن"},
		// "قبل ثلاثة أيام" (three days ago), "قبل عامين" (two years ago, a
		// dual), "قبل 20 عاما"; never a singular ("قبل عام 2022" is
		// "before the year 2022"), and "قبل يومين من الانتخابات" is two
		// days before the election.
		agoBefore: []string{"قبل"}, agoNotBefore: []string{"من", "على"},
		agoCounts: map[string]int{"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
			"سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10},
		agoUnits: map[string]agoUnit{"أيام": {unitDay, true}, "أسابيع": {unitWeek, true}, "أشهر": {unitMonth, true}, "شهور": {unitMonth, true},
			"سنوات": {unitYear, true}, "أعوام": {unitYear, true},
			// The accusative singular after 11–99: "قبل 20 عاما".
			"يوما": {unitDay, true}, "أسبوعا": {unitWeek, true}, "شهرا": {unitMonth, true}, "عاما": {unitYear, true}},
		agoDuals: map[string]relUnit{"يومين": unitDay, "أسبوعين": unitWeek, "شهرين": unitMonth, "عامين": unitYear, "سنتين": unitYear},
		months: [12][]string{{"يناير"}, {"فبراير"}, {"مارس"}, {"أبريل", "إبريل"}, {"مايو"}, {"يونيو"},
			{"يوليو"}, {"أغسطس"}, {"سبتمبر"}, {"أكتوبر"}, {"نوفمبر"}, {"ديسمبر"}},
		// The Egyptian spellings and the Levantine names.
		unparsed: [12][]string{nil, {"شباط"}, {"آذار"}, {"نيسان"}, {"أيار"}, {"يونيه", "حزيران"},
			{"يوليه", "تموز"}, {"آب"}, {"أيلول"}, nil, nil, nil},
		numberOnly: []string{"آب", "نيسان", "تموز"},
		ambiguous:  []string{"مارس"},
		twoWordMonths: map[string]map[string]time.Month{
			"كانون": {"الثاني": time.January, "الأول": time.December},
			"تشرين": {"الأول": time.October, "الثاني": time.November},
		},
		weekdays: [7][]string{{"الأحد"}, {"الاثنين", "الإثنين", "الأثنين"}, {"الثلاثاء"}, {"الأربعاء"},
			{"الخميس"}, {"الجمعة"}, {"السبت"}},
		ambiguousWeekdays: []string{"الاثنين", "الأحد"},
		weekdayMarkers:    []string{"يوم", "يومي", "صباح", "مساء", "ليلة", "ظهر"},
		preps:             []string{"في", "منذ", "من", "حتى", "بين", "خلال", "قبل", "بعد", "مطلع", "أواخر", "أوائل", "منتصف"},
		yearContext:       []string{"عام", "العام", "سنة", "منذ", "في"},
		rangeFrom:         []string{"من", "بين"},
		rangeTo:           []string{"إلى", "حتى", "و", "أو"},
		days:              map[string]int{"أمس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1},
		// "أول أمس", "أول من أمس": the day before yesterday.
		dayBeyond:  map[string]int{"أول": -1, "أول من": -1},
		boundDays:  map[string]int{"اليوم": 0},
		boundAfter: []string{"صباح", "مساء", "ظهر", "فجر", "عصر"},
		units:      map[string]relUnit{"الأسبوع": unitWeek, "الشهر": unitMonth, "العام": unitYear, "السنة": unitYear},
		past:       []string{"الماضي", "الماضية", "المنصرم", "المنصرمة"},
		this:       []string{"هذا", "هذه"},
		next:       []string{"المقبل", "المقبلة", "القادم", "القادمة"},
		modAfter:   true,
		// "Next" follows what it qualifies ("في 3 يوليو المقبل"): it
		// announces the dates of its whole sentence.
		futureMarkers: []string{"المقبل", "المقبلة", "القادم", "القادمة"},
		// The future verbs, "سوف" and "scheduled" stand before what they
		// announce, and a date before them is most often the day a plan
		// was told ("أعلن يوم الثلاثاء 7 أكتوبر أن البابا سيزور تركيا من
		// 27 إلى 30 نوفمبر"): they announce the dates after them. Most
		// future verbs are read by their prefix (arabicFutureVerb).
		futureBefore: []string{"سوف", "المقرر", "المزمع", "المرتقب", "المرتقبة",
			// The futures the prefix rule leaves out: four letters, or a
			// waw after the prefix.
			"سيتم", "ستتم", "سيصل", "ستصل", "سيوقع", "ستوقع", "سيولي", "ستولي"},
		numericOrder: "DMY",
	},
}

// wordRole is a bit set of what a word can be in a date phrase.
type wordRole uint64

const (
	roleMonth wordRole = 1 << iota
	roleMonthAbbrev
	roleMonthAmbiguous
	roleMonthHead // first word of a two-word month
	roleUnparsed  // a month word go-dateparser does not know
	roleWeekday
	roleWeekdayAmbiguous
	roleWeekdayMarker
	rolePrep
	roleYearContext
	roleYearSuffix
	roleRangeFrom
	roleRangeTo
	roleRelativeDay
	roleUnit
	rolePast
	roleThis
	roleNext
	roleOrdinal
	roleJoin        // "de" in "3 de julio de 2024"
	roleWeekdayTail // "feira" in "segunda-feira"
	roleSolar       // a Solar Hijri month: entry.month is its number
	roleCJKYear     // 年, 년
	roleCJKMonth    // 月, 월
	roleCJKDay      // 日, 号, 일
	roleWeekdayAfter
	roleYearEnding  // Turkish "te" of "2023'te": the year is "in 2023"
	roleYearSince   // Turkish "den" of "1991'den bu yana": a year if "since" follows
	roleSinceAfter  // "beri", "yana", "itibaren": what makes "1991'den" "since 1991"
	roleAgo         // "ago", "назад", "hace": entry.agoBefore says on which side
	roleAgoUnit     // "days", "Tagen", "месяцев": a unit only "ago" takes
	roleAgoCount    // "zwei", "sakkiz": a count of "ago" written as a word (entry.count)
	roleHijri       // a Lunar Hijri month, or the head of one of two words
	roleHijriMarker // "هـ": the era of a Lunar Hijri year
	// roleMonthAdjective: "январских", a month only before a noun of
	// adjectiveNouns (see dates_month_adjectives.go).
	roleMonthAdjective
	// roleFromNow: "in", "через", "dans" before a count and a unit ("in
	// two days"; see dates_from_now.go).
	roleFromNow
	// roleOrdinalDay: Arabic "العاشر", a day written as an ordinal word
	// before "من" and its month (see dates_arabic_ordinal.go); entry.count
	// is its number.
	roleOrdinalDay
)

// agoUnit is a unit form of dateLanguage.agoUnits.
type agoUnit struct {
	unit   relUnit
	plural bool // needs a count: "hace meses" is no date, "hace 3 meses" is
}

// dateEntry is what the lexicon knows about one normalised word.
type dateEntry struct {
	word     string
	roles    wordRole
	month    time.Month
	weekday  time.Weekday
	dayShift int    // for roleRelativeDay
	tail     string // for roleRelativeDay: a second word it is written with ("aujourd'hui")
	// agoBefore: roleAgo written before the time; plural: a roleAgoUnit
	// form that needs a count.
	agoBefore, plural bool
	unit              relUnit // for roleUnit
	// count is the number of a roleAgoCount word, or the count a
	// roleAgoUnit form carries (an Arabic dual is 2).
	count int
	// weekdayShift, on a word written after a weekday, moves it by that
	// many days (see dateLanguage.weekdayShifts).
	weekdayShift int
	// monthTail maps the second word of a two-word month to the month.
	monthTail map[string]time.Month
	// morning: a roleRelativeDay word that is also "morning" (see
	// dateLanguage.morningDays); eitherNight: a night word that is
	// tonight when its sentence announces (see dateLanguage.eitherNight).
	morning, eitherNight bool
	// bound: a relative day that needs a weekday after it or a word of
	// boundAfter before it (see dateLanguage.boundDays); adverb: one that
	// is the day as an adverb (see dateLanguage.boundAdverb).
	bound, adverb bool
	// hijriMonth is a roleHijri word's Lunar Hijri month; hijriTail maps
	// the second word of a two-word one to it.
	hijriMonth time.Month
	hijriTail  map[string]time.Month
	// anchorKey: a key word of the phrases of days relative to another
	// date of the text (see dates_anchored.go).
	anchorKey bool
	// datelineOnly: a month abbreviation read only in an agency dateline
	// (see dates_abbrev.go).
	datelineOnly bool
}

func (e *dateEntry) has(r wordRole) bool { return e != nil && e.roles&r != 0 }

// dateLexicon is the normalised date vocabulary of one language, or of all of
// them for text in an unknown language.
type dateLexicon struct {
	words      map[string]*dateEntry
	table      wordTable[*dateEntry]  // words, for the scanner's lookups (see index)
	bloom      [bloomBits / 64]uint64 // see mayHave
	monthFirst bool
	// monthPossessives and rangeFromCases are dateLanguage's.
	monthPossessives, rangeFromCases []string
	modAfter                         bool // past/next modifiers may follow (fr, ar)
	modBefore                        bool // past/next modifiers may precede (nl, de, en, ru)
	numericOrder                     string
	compounds                        bool // nl/de weekday compounds: "vrijdagavond", "Freitagabend"
	// futureMarkers are the words that announce what is to come, as
	// written in lower case and capitalised, for announces.
	futureMarkers []string
	// futureWords holds the same markers, and for Arabic each with a joined
	// "و" or "ف", as the whole words the scanner meets (see
	// dateScanner.future); futureBloom has the bits of their normal forms,
	// so that other words are turned away without a map lookup.
	futureWords map[string]bool
	futureBloom [futureBloomBits / 64]uint64
	arabic      bool // strip Arabic one-letter prefixes
	hanClauses  bool // Chinese: see hanClauseKeepsPast
	// weekdayFollowsDate: the language writes a weekday right after its
	// date, with nothing between (see dateScanner.weekdayAfterStart).
	weekdayFollowsDate bool
	// fromNowNotAfter and fromNowBare: see dateScanner.fromNow.
	fromNowNotAfter map[string]bool
	fromNowBare     bool
	// lookalikesNever, lookalikesAlone: the language's
	// monthLookalikesNever and monthLookalikesAlone
	// (dates_month_lookalikes.go); nil for the lexicon of all languages.
	lookalikesNever, lookalikesAlone map[string]bool
	slavicClauses                    bool // Russian, Ukrainian: see slavicClauseKeepsPast
	// relMonthDayAfter: the day of a relative month follows it ("bu ayın
	// 13'ünde"); solarMonths: "this month" may be a Solar one (Persian).
	// See dayOfRelativeMonth.
	relMonthDayAfter, solarMonths bool
	// pastVerb tells a past verb of the language (see clauseKeepsPast);
	// nil for the lexicon of all languages.
	pastVerb func(word string) bool
	// suffixes are the case endings lookup strips (see
	// dateLanguage.suffixes), normalised, longest first.
	suffixes [][]byte
	// futureSuffixes are the endings of future verbs (see
	// dateLanguage.futureSuffixes); the lexicon of all languages has none,
	// since "-era" is a Spanish future and an English noun.
	futureSuffixes []string
	// futureSuffixLast marks the last bytes of futureSuffixes: most words
	// end otherwise, and are turned away by one look-up.
	futureSuffixLast [256]bool
	// arabicFuture: the Arabic future prefix is read (see
	// arabicFutureVerb); like the endings, not in the lexicon of all
	// languages.
	arabicFuture bool
	modBoth      bool // past/next modifiers may stand on either side
	// futureBefore are the weaker markers (see dateLanguage.futureBefore),
	// as written in lower case and capitalised; nil when there are none.
	futureBefore []string
	// spacedMarkers reports whether a future marker is more than one
	// word to the scanner ("set to", Uzbek "bo‘ladi"): the scanner's
	// tokens miss those, and only announces finds them.
	spacedMarkers bool
	// searchedMarkers are the markers announces searches the text for:
	// those of several words and the Chinese ones (see announces).
	searchedMarkers []string
	// futureIndex, searchedIndex and futureBeforeIndex file
	// futureMarkers, searchedMarkers and futureBefore for hasMarker.
	futureIndex, searchedIndex, futureBeforeIndex *markerIndex
	// futureBeforeWords holds the Arabic futureBefore markers as whole
	// words, with a joined "و" or "ف", for one pass over a clause.
	futureBeforeWords map[string]bool
	// agoGlue and agoOne are dateLanguage's, normalised: they are no date
	// words of their own, only read between the words of "ago".
	agoGlue, agoOne map[string]bool
	agoNotAfter     []string
	agoFromNow      map[string]bool // see dateLanguage.agoFromNow, normalised
	agoNotBefore    map[string]bool // see dateLanguage.agoNotBefore, normalised
	complementizers map[string]bool // see dateLanguage.complementizers, normalised
	pastAuxiliaries map[string]bool // see dateLanguage.pastAuxiliaries, normalised
	// hearsay holds dateLanguage.hearsayPerfects as written and
	// capitalised; participleEnds is dateLanguage's.
	hearsay        map[string]bool
	participleEnds []string
	// morningBefore and morningAfter are the guards of the morning
	// days (see dateLanguage.morningDays), normalised; morningCapital
	// says that a capitalised one is the noun.
	morningBefore, morningAfter map[string]bool
	morningCapital              bool
	// dayBeyond is dateLanguage.dayBeyond, normalised.
	dayBeyond map[string]int
	// lastNotAfter is dateLanguage's, normalised.
	lastNotAfter map[string]bool
	// boundAfter and boundNext are dateLanguage's, normalised;
	// boundVerbEndings and boundNotEndings too.
	boundAfter, boundNext             map[string]bool
	boundVerbEndings, boundNotEndings []string
	// nextPhrases are dateLanguage.nextPhrases, each as its normalised
	// words.
	nextPhrases [][]string
	// tense are the language's words of tense for weekdays (see
	// tenseLanguage); nil in the lexicon of all languages.
	tense *tenseLexicon
	// adjectiveNouns are the nouns a month adjective is a month before
	// (see dates_month_adjectives.go), normalised.
	adjectiveNouns map[string]bool
	// ordinalNouns is dateLanguage.ordinalNouns, normalised.
	ordinalNouns map[string]bool
	// yearNouns is dateLanguage.yearNouns, normalised, and
	// yearNounEndings its yearNounEndings; yearNounsAfter says the year
	// follows the noun.
	yearNouns       map[string]bool
	yearNounEndings []string
	yearNounsAfter  bool
	yearNounOf      map[string]bool // dateLanguage.yearNounOf, normalised
	yearNounStems   []string        // dateLanguage.yearNounStems, normalised
	// yearOf is dateLanguage.yearOf, normalised; yearOfNext are the words
	// that may follow such a year (the language's prepositions and range
	// words), normalised.
	yearOf, yearOfNext map[string]bool
	// eve are the words of "on the eve of" (see dates_eve.go); nil in the
	// lexicon of all languages.
	eve *eveWords
	// ahead are the words of "ahead of" (see dates_ahead.go); nil in the
	// lexicon of all languages.
	ahead *aheadWords
	// agreed: the language's words of agreeing on a thing to come (see
	// dates_agreed.go); nil for the lexicon of all languages.
	agreed []string
}

// notInMixedLexicon are words that mean a date in one language and something
// else in another; they are only read when the article's language is known.
var notInMixedLexicon = map[string]bool{
	"hier": true, // fr "yesterday", nl "here"
	"en":   true, // fr "in", nl/en "and"
	"de":   true, // fr "from", nl "the"
	"an":   true, // fr "year", de "at"
	"ce":   true, // fr "this", a common syllable elsewhere
	"и":    true, // ru "and"
}

// add adds a word with roles; set fills in what the roles need.
func (l *dateLexicon) add(word string, roles wordRole, set func(*dateEntry)) {
	key := normaliseDateWord(nil, word)
	e := l.words[string(key)]
	if e == nil {
		e = &dateEntry{word: string(key)}
		l.words[e.word] = e
	}
	e.roles |= roles
	if set != nil {
		set(e)
	}
}

func (l *dateLexicon) addAll(words []string, roles wordRole) {
	for _, w := range words {
		l.add(w, roles, nil)
	}
}

func (l *dateLexicon) addLanguage(d *dateLanguage, mixed bool) {
	l.monthFirst = l.monthFirst || d.monthFirst
	l.monthPossessives = append(l.monthPossessives, d.monthPossessives...)
	l.rangeFromCases = append(l.rangeFromCases, d.rangeFromCases...)
	l.modAfter = l.modAfter || d.modAfter
	l.modBefore = l.modBefore || !d.modAfter
	l.compounds = l.compounds || d.code == "nl" || d.code == "de"
	l.arabic = l.arabic || d.code == "ar"
	l.hanClauses = l.hanClauses || d.code == "zh"
	l.slavicClauses = l.slavicClauses || d.code == "ru" || d.code == "uk"
	l.relMonthDayAfter = l.relMonthDayAfter || relMonthDayAfter[d.code]
	l.solarMonths = l.solarMonths || d.code == "fa"
	if !mixed {
		l.addAll(d.fromNowBefore, roleFromNow)
		for _, w := range d.fromNowNotAfter {
			if l.fromNowNotAfter == nil {
				l.fromNowNotAfter = map[string]bool{}
			}
			l.fromNowNotAfter[string(normaliseDateWord(nil, w))] = true
		}
		l.fromNowBare = d.fromNowBare
		l.pastVerb = clausePastVerbs[d.code]
		l.weekdayFollowsDate = weekdayFollowsDateLanguages[d.code]
		l.lookalikesNever, l.lookalikesAlone = monthLookalikesNever[d.code], monthLookalikesAlone[d.code]
	}
	l.modBoth = l.modBoth || d.modBoth
	for _, suf := range d.suffixes {
		n := normaliseDateWord(nil, suf)
		if len(n) > 0 && !slices.ContainsFunc(l.suffixes, func(x []byte) bool { return bytes.Equal(x, n) }) {
			l.suffixes = append(l.suffixes, n)
		}
	}
	slices.SortStableFunc(l.suffixes, func(a, b []byte) int { return len(b) - len(a) })
	if !mixed {
		l.futureSuffixes = append(l.futureSuffixes, d.futureSuffixes...)
		for _, suf := range d.futureSuffixes {
			l.futureSuffixLast[suf[len(suf)-1]] = true
		}
		l.arabicFuture = l.arabicFuture || d.code == "ar"
	}
	l.addAll(d.joins, roleJoin)
	l.addAll(d.weekdayTails, roleWeekdayTail)
	l.addAll(d.weekdayMarkersAfter, roleWeekdayAfter)
	solarNumberOnly := map[string]bool{}
	for _, w := range d.solarNumberOnly {
		solarNumberOnly[string(normaliseDateWord(nil, w))] = true
	}
	for i, spellings := range d.solarHijri {
		m := time.Month(i + 1)
		for _, w := range spellings {
			r := roleMonth | roleSolar | roleUnparsed
			if solarNumberOnly[string(normaliseDateWord(nil, w))] {
				r |= roleMonthAbbrev
			}
			l.add(w, r, func(e *dateEntry) { e.month = m })
			l.addSolarMonthWithNoun(w, m)
		}
	}
	for w, rs := range d.dayWords {
		l.add(w, roleRelativeDay, func(e *dateEntry) { e.unit, e.dayShift = rs.unit, rs.shift })
	}
	if d.code == "ar" || d.code == "fa" {
		l.addHijri()
	}
	if d.code == "zh" {
		// Chinese, Japanese and Korean numeric dates: 2025年6月17日,
		// 2025년 6월 17일.
		l.addAll([]string{"年", "년"}, roleCJKYear)
		l.addAll([]string{"月", "월"}, roleCJKMonth)
		l.addAll([]string{"日", "号", "일"}, roleCJKDay)
	}
	if l.numericOrder == "" {
		l.numericOrder = d.numericOrder
	}
	ambiguous, numberOnly := map[string]bool{}, map[string]bool{}
	for _, w := range d.ambiguous {
		ambiguous[string(normaliseDateWord(nil, w))] = true
	}
	for _, w := range d.numberOnly {
		numberOnly[string(normaliseDateWord(nil, w))] = true
	}
	for i := range 12 {
		m := time.Month(i + 1)
		setMonth := func(e *dateEntry) { e.month = m }
		for _, w := range d.months[i] {
			r := roleMonth
			if ambiguous[string(normaliseDateWord(nil, w))] {
				r |= roleMonthAmbiguous
			}
			l.add(w, r, setMonth)
		}
		for _, w := range d.abbreviations[i] {
			l.add(w, roleMonth|roleMonthAbbrev, setMonth)
		}
		for _, w := range d.unparsed[i] {
			r := roleMonth | roleUnparsed
			if numberOnly[string(normaliseDateWord(nil, w))] {
				r |= roleMonthAbbrev
			}
			l.add(w, r, setMonth)
		}
	}
	l.addMonthAdjectives(d.code)
	l.addDatelineMonths(d.code, mixed)
	if !mixed {
		l.addAnchorKeys(d.code)
		l.eve = eveLanguages[d.code]
		l.ahead = aheadLanguages[d.code]
		l.agreed = agreedLanguages[d.code]
	}
	for head, tails := range d.twoWordMonths {
		l.add(head, roleMonthHead|roleUnparsed, func(e *dateEntry) {
			if e.monthTail == nil {
				e.monthTail = map[string]time.Month{}
			}
			for tail, m := range tails {
				e.monthTail[string(normaliseDateWord(nil, tail))] = m
			}
		})
		for tail := range tails {
			l.add(tail, 0, nil)
		}
	}
	for wd := range 7 {
		for _, w := range slices.Concat(d.weekdays[wd], d.unparsedWeekdays[wd]) {
			l.add(w, roleWeekday, func(e *dateEntry) { e.weekday = time.Weekday(wd) })
		}
	}
	for wd := range 7 {
		for _, w := range d.weekdayAdjectives[wd] {
			l.add(w, roleWeekday|roleWeekdayAmbiguous, func(e *dateEntry) { e.weekday = time.Weekday(wd) })
		}
	}
	l.addAll(d.ambiguousWeekdays, roleWeekdayAmbiguous)
	l.addAll(d.weekdayMarkers, roleWeekdayMarker)
	l.addAll(d.preps, rolePrep)
	l.addAll(d.yearContext, roleYearContext)
	l.addAll(d.yearSuffixes, roleYearSuffix)
	l.addAll(d.yearEndings, roleYearEnding)
	l.addAll(d.yearSince, roleYearSince)
	l.addAll(d.sinceAfter, roleSinceAfter)
	l.addAll(d.rangeFrom, roleRangeFrom)
	l.addAll(d.rangeTo, roleRangeTo)
	for w, shift := range d.days {
		head, tail, _ := strings.Cut(w, "'")
		l.add(head, roleRelativeDay, func(e *dateEntry) {
			e.dayShift, e.tail = shift, string(normaliseDateWord(nil, tail))
		})
		if tail != "" {
			l.add(tail, 0, nil)
		}
	}
	if !mixed {
		for w, shift := range d.morningDays {
			l.add(w, roleRelativeDay, func(e *dateEntry) { e.dayShift, e.morning = shift, true })
		}
		l.morningCapital = l.morningCapital || d.morningCapital
		for w, shift := range d.boundDays {
			l.add(w, roleRelativeDay, func(e *dateEntry) { e.dayShift, e.bound = shift, true })
		}
		for w, shift := range d.boundAdverb {
			l.add(w, roleRelativeDay, func(e *dateEntry) { e.dayShift, e.bound, e.adverb = shift, true, true })
		}
		for _, e := range d.boundVerbEndings {
			l.boundVerbEndings = append(l.boundVerbEndings, string(normaliseDateWord(nil, e)))
		}
		for _, e := range d.boundNotEndings {
			l.boundNotEndings = append(l.boundNotEndings, string(normaliseDateWord(nil, e)))
		}
		for w, push := range d.dayBeyond {
			if l.dayBeyond == nil {
				l.dayBeyond = map[string]int{}
			}
			var key []string
			for part := range strings.FieldsSeq(w) {
				key = append(key, string(normaliseDateWord(nil, part)))
			}
			l.dayBeyond[strings.Join(key, " ")] = push
			for part := range strings.FieldsSeq(w) {
				l.add(part, 0, nil) // a token of its own ("أول")
			}
		}
	}
	for _, p := range d.nextPhrases {
		var words []string
		for part := range strings.FieldsSeq(p) {
			words = append(words, string(normaliseDateWord(nil, part)))
			l.add(part, 0, nil) // a token of its own
		}
		l.nextPhrases = append(l.nextPhrases, words)
	}
	for w, shift := range d.nightWords {
		either := slices.Contains(d.eitherNight, w)
		l.add(w, roleRelativeDay, func(e *dateEntry) { e.unit, e.dayShift, e.eitherNight = unitNight, shift, either })
	}
	for w, u := range d.units {
		l.add(w, roleUnit, func(e *dateEntry) { e.unit = u })
	}
	l.addAll(d.past, rolePast)
	l.addAll(d.this, roleThis)
	l.addAll(d.next, roleNext)
	for _, w := range d.futureBefore {
		capital := []rune(w)
		capital[0] = unicode.ToUpper(capital[0])
		l.futureBefore = append(l.futureBefore, w, string(capital))
	}
	for _, w := range d.hearsayPerfects {
		if l.hearsay == nil {
			l.hearsay = map[string]bool{}
		}
		for _, form := range markerForms(w) {
			l.hearsay[form] = true
		}
	}
	l.participleEnds = append(l.participleEnds, d.participleEnds...)
	for _, w := range d.futureMarkers {
		for _, form := range markerForms(w) {
			if !slices.Contains(l.futureMarkers, form) {
				l.futureMarkers = append(l.futureMarkers, form)
			}
		}
	}
	l.addAll(d.ordinals, roleOrdinal)
	l.addArabicOrdinalDays(d.code)
	l.addAll(d.agoAfter, roleAgo)
	l.agoNotAfter = append(l.agoNotAfter, d.agoNotAfter...)
	for _, w := range d.agoBefore {
		l.add(w, roleAgo, func(e *dateEntry) { e.agoBefore = true })
	}
	for w, u := range d.agoUnits {
		l.add(w, roleAgoUnit, func(e *dateEntry) { e.unit, e.plural = u.unit, u.plural })
	}
	for w, u := range d.agoDuals {
		l.add(w, roleAgoUnit, func(e *dateEntry) { e.unit, e.count = u, 2 })
	}
	for w, n := range d.agoCounts {
		l.add(w, roleAgoCount, func(e *dateEntry) { e.count = n })
	}
	for w, n := range d.weekdayShifts {
		l.add(w, 0, func(e *dateEntry) { e.weekdayShift = n })
	}
	for _, list := range []struct {
		words []string
		set   *map[string]bool
	}{{d.lastNotAfter, &l.lastNotAfter}, {d.boundNext, &l.boundNext}, {d.boundAfter, &l.boundAfter}, {d.morningBefore, &l.morningBefore}, {d.morningAfter, &l.morningAfter}, {d.agoGlue, &l.agoGlue}, {d.agoOne, &l.agoOne}, {d.agoFromNow, &l.agoFromNow}, {d.agoNotBefore, &l.agoNotBefore}, {d.complementizers, &l.complementizers}, {d.pastAuxiliaries, &l.pastAuxiliaries}, {d.ordinalNouns, &l.ordinalNouns}, {d.yearOf, &l.yearOf}, {d.yearNouns, &l.yearNouns}, {d.yearNounOf, &l.yearNounOf}} {
		for _, w := range list.words {
			if *list.set == nil {
				*list.set = map[string]bool{}
			}
			(*list.set)[string(normaliseDateWord(nil, w))] = true
		}
	}
	if !mixed {
		for _, e := range d.yearNounStems {
			l.yearNounStems = append(l.yearNounStems, string(normaliseDateWord(nil, e)))
		}
	}
	if len(d.yearNouns) > 0 && !mixed {
		l.yearNounsAfter = d.yearNounsAfter
		for _, e := range d.yearNounEndings {
			l.yearNounEndings = append(l.yearNounEndings, string(normaliseDateWord(nil, e)))
		}
	}
	if len(d.yearOf) > 0 {
		if l.yearOfNext == nil {
			l.yearOfNext = map[string]bool{}
		}
		for _, w := range slices.Concat(d.preps, d.rangeTo, d.complementizers, d.yearOfNext) {
			l.yearOfNext[string(normaliseDateWord(nil, w))] = true
		}
	}
	if mixed {
		for w := range notInMixedLexicon {
			delete(l.words, w)
		}
	}
}

var (
	lexiconsOnce sync.Once
	lexicons     map[string]*dateLexicon // by language; "" holds every language
)

// lexiconFor returns the date vocabulary for an ISO 639-1 language code,
// or the vocabulary of every known language when the code is "" or not one
// Caravan reads dates in.
func lexiconFor(lang string) *dateLexicon {
	lexiconsOnce.Do(func() {
		lexicons = map[string]*dateLexicon{}
		all := &dateLexicon{words: map[string]*dateEntry{}}
		for _, d := range dateLanguages {
			one := &dateLexicon{words: map[string]*dateEntry{}}
			one.addLanguage(d, false)
			one.tense = newTenseLexicon(d.code)
			one.index()
			lexicons[d.code] = one
			all.addLanguage(d, true)
		}
		all.index()
		lexicons[""] = all
	})
	if l := lexicons[strings.ToLower(lang)]; l != nil {
		return l
	}
	return lexicons[""]
}

// dayparts are the endings of Dutch and German weekday compounds:
// "vrijdagavond", "Dienstagabend".
var dayparts = []string{"avond", "ochtend", "middag", "nacht", "morgen", "abend", "nachmittag", "vormittag", "mittag"}

// arabicPrefixes are the one-letter words Arabic writes joined to the next
// word: "and", "with/in", "for", "so".
var arabicPrefixes = []string{"و", "ب", "ل", "ف"}

// bloomBits is the size of a lexicon's bloom filter.
const bloomBits = 1 << 16

// wordHash is FNV-1a over a normalised word.
func wordHash(w []byte) uint32 {
	h := uint32(wordHashStart)
	for _, c := range w {
		h = wordHashAdd(h, c)
	}
	return h
}

// wordHashStart and wordHashAdd compute wordHash a byte at a time, for the
// scanner, which hashes each word as it normalises it.
const wordHashStart = 2166136261

func wordHashAdd(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// index fills the table and the bloom filters once every word is added.
func (l *dateLexicon) index() {
	l.table = newWordTable(l.words)
	for w := range l.words {
		h := wordHash([]byte(w)) % bloomBits
		l.bloom[h/64] |= 1 << (h % 64)
	}
	if l.arabicFuture {
		l.futureBeforeWords = map[string]bool{}
		for _, m := range l.futureBefore {
			for _, f := range []string{m, "و" + m, "ف" + m} {
				l.futureBeforeWords[f] = true
			}
		}
	}
	l.futureWords = map[string]bool{}
	for _, m := range l.futureMarkers {
		if strings.ContainsFunc(m, func(r rune) bool { return !isWord(r) }) {
			l.spacedMarkers = true
			l.searchedMarkers = append(l.searchedMarkers, m)
		} else if first, _ := utf8.DecodeRuneInString(m); isCJK(first) {
			l.searchedMarkers = append(l.searchedMarkers, m)
		}
		forms := []string{m}
		if l.arabic {
			forms = append(forms, "و"+m, "ف"+m)
		}
		for _, f := range forms {
			l.futureWords[f] = true
			h := wordHash(normaliseDateWord(nil, f)) % futureBloomBits
			l.futureBloom[h/64] |= 1 << (h % 64)
		}
	}
	l.futureIndex = newMarkerIndex(l.futureMarkers)
	l.searchedIndex = newMarkerIndex(l.searchedMarkers)
	l.futureBeforeIndex = newMarkerIndex(l.futureBefore)
}

// futureBloomBits is the size of a lexicon's filter of future markers: a
// few dozen words, so nearly every other word finds its bit clear.
const futureBloomBits = 1 << 12

// isFutureWord reports whether word, as written in the text, is a future
// marker; hash is the wordHash of its normal form. It answers as announces
// does for a marker at that place: markers are whole words, matched as
// written.
func (l *dateLexicon) isFutureWord(hash uint32, word string) bool {
	h := hash % futureBloomBits
	if l.futureBloom[h/64]&(1<<(h%64)) != 0 && l.futureWords[word] {
		return true
	}
	return l.futureSuffix(word)
}

// futureSuffix reports whether word, as written, ends in a future ending
// of the lexicon's language and is long enough to be a verb ("será",
// "visitera", "olacak"; not "era", "front").
func (l *dateLexicon) futureSuffix(word string) bool {
	if len(l.futureSuffixes) == 0 || len(word) < 4 || !l.futureSuffixLast[word[len(word)-1]] {
		return false
	}
	// A capitalised word is a name ("Teherán", "Durán"), not a verb; the
	// futures that open a sentence are the markers' capitalised forms.
	if capitalised(word) {
		return false
	}
	last := word[len(word)-1]
	for _, suf := range l.futureSuffixes {
		// (The last byte first: most words end otherwise.)
		if suf[len(suf)-1] == last && strings.HasSuffix(word, suf) && utf8.RuneCountInString(word) >= utf8.RuneCountInString(suf)+3 {
			return true
		}
	}
	return false
}

// mayHave reports whether the word whose wordHash is hash may be in the
// lexicon. Most words of a text are not date words; a bit in a 64-kbit
// filter (about 1% of them set) turns them away without a map lookup,
// which the profile showed was a third of the scan.
func (l *dateLexicon) mayHave(hash uint32) bool {
	h := hash % bloomBits
	return l.bloom[h/64]&(1<<(h%64)) != 0
}

// wordHashString is wordHash of a string, without copying it.
func wordHashString(w string) uint32 {
	h := uint32(wordHashStart)
	for i := 0; i < len(w); i++ {
		h = wordHashAdd(h, w[i])
	}
	return h
}

// getString is get for a word that is its own normal form (Chinese and
// Japanese characters), without copying it.
func (l *dateLexicon) getString(w string) *dateEntry {
	h := wordHashString(w)
	if !l.mayHave(h) {
		return nil
	}
	e, _ := l.table.getString(w, h)
	return e
}

// get returns the entry of the normalised word w, or nil.
func (l *dateLexicon) get(w []byte) *dateEntry {
	return l.getHashed(w, wordHash(w))
}

// getHashed is get given wordHash(w).
func (l *dateLexicon) getHashed(w []byte, hash uint32) *dateEntry {
	if !l.mayHave(hash) {
		return nil
	}
	e, _ := l.table.get(w, hash)
	return e
}

// lookup finds a normalised word. It also reads Arabic words behind a joined
// prefix ("والأربعاء", "للعام" → "العام") and Dutch/German weekday compounds.
// hash is wordHash(w).
func (l *dateLexicon) lookup(w []byte, hash uint32) *dateEntry {
	if e := l.getHashed(w, hash); e != nil {
		return e
	}
	if l.arabic && len(w) > 4 && w[0] >= 0xd8 && w[0] <= 0xdb {
		for _, p := range arabicPrefixes {
			rest, ok := bytes.CutPrefix(w, []byte(p))
			if !ok {
				continue
			}
			if e := l.get(rest); e.has(roleMonth | roleWeekday | roleUnit | roleRelativeDay | roleYearContext) {
				return e
			}
			// "ل" followed by "ال…" is written "لل…": look "ال…" up.
			if p == "ل" && bytes.HasPrefix(rest, []byte("ل")) {
				var buf [64]byte
				if len(rest)+2 <= len(buf) {
					joined := append(append(buf[:0], "ا"...), rest...)
					if e := l.get(joined); e.has(roleMonth | roleWeekday | roleUnit | roleYearContext) {
						return e
					}
				}
			}
		}
	}
	if len(l.suffixes) > 0 && len(w) >= 5 {
		for _, suf := range l.suffixes {
			stem, ok := bytes.CutSuffix(w, suf)
			if !ok || utf8.RuneCount(stem) < 3 {
				continue
			}
			if e := l.get(stem); e.has(roleMonth|roleWeekday|roleUnit|roleYearSuffix|roleRelativeDay) && !e.morning && endingFits(e, w, stem, suf) {
				return e
			}
		}
	}
	if l.compounds && len(w) > 9 && w[0] < 0x80 {
		last := w[len(w)-1]
		for _, part := range dayparts {
			if part[len(part)-1] != last {
				continue
			}
			if stem, ok := bytes.CutSuffix(w, []byte(part)); ok {
				if e := l.get(stem); e.has(roleWeekday) {
					return e
				}
			}
		}
	}
	return nil
}

// announces reports whether text holds one of the lexicon's future markers
// as a whole word; an Arabic marker may carry a joined "و" or "ف" ("وسوف").
// It searches the raw text for each marker instead of tokenising it: a
// handful of substring searches cost a tenth of a scan.
func (l *dateLexicon) announces(text string) bool {
	// With many markers (Russian lists over a hundred) one pass over the
	// words finds the one-word ones, as the scanner does, and only the
	// markers of several words and the Chinese ones are searched for in
	// the text; with a few, a search for each is cheaper than folding
	// every letter of the sentence.
	many := len(l.futureMarkers) > manyFutureMarkers
	if many || len(l.futureSuffixes) > 0 {
		// A marker counts unless a past auxiliary follows it ("должен был").
		marker := false
		var buf []byte
		for start, end := range dateWordsIn(text) {
			w := text[start:end]
			if marker {
				if buf = normaliseDateWord(buf[:0], w); !l.pastAuxiliaries[string(buf)] {
					return true
				}
				marker = false
			}
			if (many && l.futureWords[w] && (!capitalised(w) || opensSentence(text, start)) || l.futureSuffix(w)) && !l.hearsayPerfect(w, text[end:]) {
				if len(l.pastAuxiliaries) == 0 {
					return true
				}
				marker = true
			}
		}
		if marker {
			return true
		}
	}
	if many {
		return l.hasMarker(text, l.searchedIndex)
	}
	return l.hasMarker(text, l.futureIndex)
}

// manyFutureMarkers is the number of markers (each written twice, lower
// case and capitalised) above which announces looks words up rather than
// searching for each marker.
const manyFutureMarkers = 80

// markerCounts reports whether the marker m found at byte i of text
// counts: as a whole word (Chinese writes no spaces: its markers count
// anywhere), capitalised only where it opens a sentence, and not as the
// auxiliary of a hearsay perfect.
func (l *dateLexicon) markerCounts(text string, i int, m string) bool {
	first, _ := utf8.DecodeRuneInString(m)
	return isCJK(first) || l.startsWord(text, i) && endsWord(text, i+len(m)) && (!unicode.IsUpper(first) || opensSentence(text, i)) && !l.hearsayPerfect(m, text[i+len(m):])
}

// announcesSentence reports whether a sentence tells of something to come:
// its markers, and Arabic's future verbs wherever they stand (a date
// before them is the day the plan was told, but the sentence still tells
// of the plan).
func (l *dateLexicon) announcesSentence(text string) bool {
	return l.announces(text) || l.arabicFuture && l.announcesBefore(text)
}

// complementizerIn returns the byte offset in text of its first
// complementizer word (see dateLanguage.complementizers), or -1.
func (l *dateLexicon) complementizerIn(text string) int {
	if len(l.complementizers) == 0 {
		return -1
	}
	var buf [32]byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			i += size
			continue
		}
		j := i + strings.IndexFunc(text[i:], func(r rune) bool { return !isWord(r) })
		if j < i {
			j = len(text)
		}
		if l.complementizers[string(normaliseDateWord(buf[:0], text[i:j]))] {
			return i
		}
		i = j
	}
	return -1
}

// announcesInClause reports whether the words after a date, up to the
// first "أن" (that), hold an Arabic future verb or marker: a date fronted
// before its verb ("في 3 يوليو سيزور الرئيس أستانا") is announced by it,
// while one before "أن" belongs to the clause that told the plan ("أعلن
// يوم الثلاثاء 7 أكتوبر أن البابا سيزور"). Other languages: false.
func (l *dateLexicon) announcesInClause(text string) bool {
	if !l.arabicFuture {
		return false
	}
	var buf [32]byte
	for start, end := range dateWordsIn(text) {
		w := text[start:end]
		switch string(normaliseDateWord(buf[:0], w)) {
		case "ان", "بان", "وان", "فان":
			return false
		}
		if arabicFutureVerb(w) || l.futureBeforeWords[w] {
			return true
		}
	}
	return false
}

// announcesBefore reports whether text, the part of a sentence before a
// date, holds one of the lexicon's weaker future markers as a whole word.
func (l *dateLexicon) announcesBefore(text string) bool {
	if l.arabicFuture {
		for start, end := range dateWordsIn(text) {
			if w := text[start:end]; arabicFutureVerb(w) || l.futureBeforeWords[w] {
				return true
			}
		}
		return false
	}
	return l.hasMarker(text, l.futureBeforeIndex)
}

// startsWord reports whether a word starts at byte i of text.
func (l *dateLexicon) startsWord(text string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if _, word, _ := foldRune(r); i == 0 || !word {
		return true
	}
	if l.arabic && (r == 'و' || r == 'ف') {
		before, _ := utf8.DecodeLastRuneInString(text[:i-size])
		_, word, _ := foldRune(before)
		return i-size == 0 || !word
	}
	return false
}

// endsWord reports whether a word ends at byte i of text.
func endsWord(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	_, word, _ := foldRune(r)
	return i == len(text) || !word
}

// markerForms returns the spellings of a future marker the text may use:
// as listed and capitalised, and, for a word written with "ё", also with
// "е", as most Russian news writes it ("пройдёт" is printed "пройдет":
// g10_ru's "пройдет в декабре" was no plan and went a year back).
func markerForms(w string) []string {
	forms := []string{w}
	if strings.ContainsRune(w, 'ё') {
		forms = append(forms, strings.ReplaceAll(w, "ё", "е"))
	}
	for _, f := range forms[:len(forms):len(forms)] {
		capital := []rune(f)
		capital[0] = unicode.ToUpper(capital[0])
		forms = append(forms, string(capital))
	}
	return forms
}

// hearsayPerfect reports whether marker, followed in the text by rest, is
// a perfect of hearsay rather than a future: one of the language's
// hearsayPerfects with a past participle as the next word ("terão
// lançado").
func (l *dateLexicon) hearsayPerfect(marker, rest string) bool {
	if !l.hearsay[marker] {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexAny(rest, " ,.;:!?\n")
	if end < 0 {
		end = len(rest)
	}
	next := rest[:end]
	for _, e := range l.participleEnds {
		if len(next) > len(e)+2 && strings.HasSuffix(next, e) {
			return true
		}
	}
	return false
}
