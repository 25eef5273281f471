package data

// The present of the verbs of expiring announces in Polish, Russian and
// Ukrainian, as "endet"/"läuft" do in German: "Kadencja obecnego prezydenta
// upływa 6 sierpnia" (the president's term expires on 6 August) in a report
// of January is next August, not last year's (eval m09_pl, 2024-08-06).
var expiryPresents = map[string][]string{
	"pl": {"upływa", "upływają", "wygasa", "wygasają"},
	"ru": {"истекает", "истекают"},
	"uk": {"спливає", "спливають", "закінчується", "закінчуються"},
}

// init adds expiryPresents to the languages' present verbs before the
// tense words are compiled (on first use, after every init).
func init() {
	for code, verbs := range expiryPresents {
		t := tenseLanguages[code]
		t.present = append(t.present, verbs...)
		tenseLanguages[code] = t
	}
}
