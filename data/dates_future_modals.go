package data

// The present of "to be to / must" before an infinitive announces, as
// French "doit", German "soll" and Russian "должен" already do: "la cumbre
// debe abrirse el jueves", "il vertice deve aprirsi giovedì", "a cúpula
// deve abrir na quinta-feira", "de top moet donderdag beginnen", "szczyt ma
// się rozpocząć w czwartek" (the Thursday to come, not the one before:
// eval13 W3). The past of the same verbs ("debía", "doveva", "devia",
// "moest", "miał") is a plan told as past, and stays out.
var futureModals = map[string][]string{
	"es": {"debe", "deben"},
	"it": {"deve", "devono"},
	"pt": {"deve", "devem"},
	"nl": {"moet", "moeten"},
	"pl": {"ma się", "mają się"},
}

// init adds futureModals to the languages' future markers before the
// lexicons are built (on first use, after every init).
func init() {
	for _, d := range dateLanguages {
		d.futureMarkers = append(d.futureMarkers, futureModals[d.code]...)
	}
}
