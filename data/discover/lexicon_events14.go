package discover

// events14Words are forms added to kindWords before theLexicon compiles
// them: the word "battle" where the lists had only fighting, clashes and
// war (de "Schlacht", fr "bataille", es "batalla", pt "batalha", it
// "battaglia", ru/uk "битва", pl "bitwa", nl "veldslag", tr "muharebe",
// zh "战役"). The battle an anniversary recalls ("le 85e anniversaire de
// la bataille de Khalkhin Gol, remportée en 1939") had no word of its kind
// left once the visit's words were taken from its year
// (anniversary_dates.go).
var events14Words = map[Kind]map[string][]string{
	Clash: {
		"de": {"schlacht"},
		"fr": {"bataille*"},
		"es": {"batalla*"},
		"pt": {"batalha*"},
		"it": {"battaglia", "battaglie"},
		"ru": {"битв*"},
		"uk": {"битв*"},
		"pl": {"bitw*"},
		"nl": {"veldslag*"},
		"tr": {"muharebe*"},
		"zh": {"战役"},
	},
}

func init() {
	for k, byLang := range events14Words {
		for _, lang := range sortedLangs(byLang) {
			kindWords[k][lang] = append(kindWords[k][lang], byLang[lang]...)
		}
	}
}
