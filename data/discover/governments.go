package discover

// A country named as its government is who speaks, not where something
// happened: in "El Gobierno de Estados Unidos advirtió que responderá tras
// la condena a 27 años del expresidente" the verdict is Brazil's, the
// United States only react to it, yet they stood nearest the verdict's
// words and titled it "Verdict on Jair Bolsonaro in the United States".
// For what happens on the ground (a verdict, an arrest, an attack,
// fighting, protests, a disaster, deaths, a funeral), a country named
// right after a word for a government ("the government of", "el Gobierno
// de", "le gouvernement des") is no place of the event (see notHere).

// governmentBefore are, by language, the words before a country that make
// it its government.
var governmentBefore = map[string][]string{
	"en": {"government of", "government of the", "governments of", "governments of the"},
	"fr": {"gouvernement de", "gouvernement du", "gouvernement des", "gouvernement d'"},
	"es": {"gobierno de", "gobierno del", "gobiernos de"},
	"pt": {"governo de", "governo do", "governo da", "governo dos", "governos de"},
	"it": {"governo di", "governo del", "governo degli", "governo dell'"},
	"de": {"regierung von", "regierung der", "regierung des"},
	"nl": {"regering van"},
	"ru": {"правительство", "правительства", "правительству", "правительством"},
	"uk": {"уряд", "уряду", "урядом"},
	"pl": {"rząd", "rządu", "rządem"},
}

// onTheGround reports whether events of kind k happen at a place, as
// opposed to being decided or said somewhere.
func onTheGround(k Kind) bool {
	switch k {
	case Verdict, Arrest, Attack, Clash, Protest, Disaster, Death, Funeral:
		return true
	}
	return false
}

// asGovernment reports whether the place id at text[start:end] of c's
// article is a country named as its government. A city so named is the
// seat of one ("O Governo de Tbilissi … recuou depois de dois dias de
// manifestações"), often where the protests were: it stays.
func asGovernment(c *Candidate, id string, start, end int) bool {
	return onTheGround(c.Kind()) && countries()[id] && outside(c.Article, start, end, governmentBefore, nil)
}
