package discover

// kyrgyz14Words are the Kyrgyz nouns for a meeting (session 14): the
// Meeting kind had no Kyrgyz word at all, so "Борбор Азия мамлекет
// башчыларынын консультативдик жолугушуусу … өттү" (the consultative
// meeting of the Central Asian heads of state took place) and "Жамааттык
// коопсуздук кеңешинин жыйынына катышты" (took part in the session of the
// Collective Security Council) told of no event, and a summit told by its
// body (corpus_calendar_names.go) could not be read in Kyrgyz. "Жыйын"
// (gathering, session) is listed in its case forms, whole words: its
// stem begins "жыйынтык" (result, final: "жыйынтыктоочу декларация").
var kyrgyz14Words = map[Kind]map[string][]string{
	Meeting: {
		"ky": {"жолугушуу*", "кеңешме*", "курултай*", "=жыйын", "жыйыны", "жыйынга", "жыйында", "жыйындын",
			"жыйынына", "жыйынында", "жыйынынын", "жыйынын"},
	},
}

// init adds kyrgyz14Words to kindWords before theLexicon compiles them.
func init() {
	for k, byLang := range kyrgyz14Words {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
}
