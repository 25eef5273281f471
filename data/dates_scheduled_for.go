package data

import (
	"strings"
	"unicode"
)

// Russian, Ukrainian and Polish write the day a thing is set for with "на"
// / "na" and the accusative: "назначил выборы на 18 мая", "призначив вибори
// на 18 травня", "zarządził wybory prezydenckie na 18 maja". Whatever the
// tense of the verb that set it, the date lies ahead of the setting: it is
// announced. Not after a number ("в ночь с 17 на 18 мая", "z 17 na 18
// maja": a night between two days) nor after the words of a night, of
// "as of" ("по состоянию на 1 января", "станом на 1 січня", "stan na 1
// stycznia") or of "fell on" ("пик пришёлся на 3 мая", "przypadł na"),
// where "на" is no "for".

// scheduledPreps are the prepositions of the day set, by language.
var scheduledPreps = map[string]string{"ru": "на ", "uk": "на ", "pl": "na "}

// scheduledNotAfter are the words before the preposition that make it no
// "for", in lower case.
var scheduledNotAfter = map[string][]string{
	"ru": {"состоянию", "ночь", "ночью", "утро", "вечер", "пришелся", "пришёлся", "пришлась", "пришлось", "пришлись", "выпал", "выпала", "выпало"},
	"uk": {"станом", "ніч", "ніччю", "ранок", "вечір", "припав", "припала", "припало", "припали", "випав", "випала", "випало"},
	"pl": {"stan", "stanem", "stanu", "nocy", "noc", "dzień", "przypadł", "przypadła", "przypadło", "przypadły"},
}

// scheduledFor reports whether the mention text[start:end] of an article in
// lang is a day set for ("на 18 мая" after a verb of setting): see above.
func scheduledFor(lang, text string, start, end int) bool {
	prep, ok := scheduledPreps[lang]
	if !ok || !strings.HasPrefix(strings.ToLower(text[start:min(end, start+len(prep))]), prep) {
		return false
	}
	before := strings.TrimRightFunc(text[:start], unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !isWord(r) && !unicode.IsDigit(r) })
	word := strings.ToLower(before[i+1:])
	if word == "" || strings.IndexFunc(word, unicode.IsDigit) >= 0 {
		return false
	}
	for _, w := range scheduledNotAfter[lang] {
		if word == w {
			return false
		}
	}
	return true
}
