package discover

import (
	"slices"
	"testing"
)

// kindsOf returns the kinds the lexicon finds in a sentence of language
// lang, most specific first.
func kindsOf(lang, sentence string) []Kind {
	return kindsOfHits(hitsOf(lang, sentence))
}

// hitsOf returns the lexicon's phrases found in a sentence of language
// lang.
func hitsOf(lang, sentence string) []hit {
	return theLexicon().find(&firstWords{}, splitSentenceWords(sentence, 0, nil), sentence, 0, lang, nil)
}

// checkFirstKinds checks that each case's sentence is of its kind: the
// first of its kinds, the one its title is made from.
func checkFirstKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tt := range cases {
		if got := kindsOf(tt.lang, tt.sentence); len(got) == 0 || got[0] != tt.want {
			t.Errorf("%s %q: kinds %v, want %s first", tt.lang, tt.sentence, got, tt.want)
		}
	}
}

// checkNoKind checks that no case's sentence names its kind (want is the
// kind it must not name).
func checkNoKind(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tt := range cases {
		if got := kindsOf(tt.lang, tt.sentence); slices.Contains(got, tt.want) {
			t.Errorf("%s %q: kinds %v, want no %s", tt.lang, tt.sentence, got, tt.want)
		}
	}
}

// kindsOfHits returns the kinds of hits, most specific first.
func kindsOfHits(hits []hit) []Kind {
	l := theLexicon()
	var kinds []Kind
	for _, h := range hits {
		if k := l.list[h.phrase].kind; k != "" && !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	slices.SortFunc(kinds, func(a, b Kind) int { return rank(a) - rank(b) })
	return kinds
}

func TestKindsPerLanguage(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "Leaders gathered for the summit of the organisation in the capital.", Summit},
		{"en", "Voters went to the polls in the presidential election.", Election},
		{"en", "The president arrived in the capital on a state visit.", Visit},
		{"fr", "Le sommet des chefs d'État s'est ouvert dans la capitale.", Summit},
		{"fr", "Les électeurs ont voté lors de l'élection présidentielle anticipée.", Election},
		{"de", "Der Gipfel der Staatschefs begann am Morgen.", Summit},
		{"de", "Bei der Volksabstimmung stimmte eine Mehrheit zu.", Referendum},
		{"nl", "De top van de regeringsleiders vond plaats in de hoofdstad.", Summit},
		{"nl", "De wapenstilstand ging om middernacht in.", Ceasefire},
		{"ru", "Саммит глав государств прошёл в столице.", Summit},
		{"ru", "Президенты подписали договор о границе.", Agreement},
		{"ru", "Протесты вспыхнули после ареста активиста.", Protest},
		{"uk", "Сторони погодилися на перемир'я.", Ceasefire},
		{"ar", "انعقدت القمة في العاصمة بحضور القادة.", Summit},
		{"ar", "وأعلن الرئيس حالة الطوارئ في الإقليم.", Emergency},
		{"es", "La cumbre de los presidentes se celebró en la capital.", Summit},
		{"es", "El ejército lanzó una ofensiva contra la región.", Attack},
		{"pt", "O referendo sobre a central nuclear foi realizado no domingo.", Referendum},
		{"pt", "A enchente atingiu a cidade depois das chuvas.", Disaster},
		{"it", "Il vertice dei leader si è tenuto nella capitale.", Summit},
		{"it", "Il cessate il fuoco è entrato in vigore a mezzogiorno.", Ceasefire},
		{"tr", "Zirve başkentte düzenlendi.", Summit},
		{"tr", "İki lider sınır anlaşmasını imzaladı.", Agreement},
		{"pl", "Szczyt przywódców odbył się w stolicy.", Summit},
		{"pl", "W nocy trwały walki na linii frontu.", Clash},
		{"it", "Il conflitto fra i due paesi si è infiammato di nuovo.", Clash},
		{"es", "El conflicto se reavivó en la frontera.", Clash},
		{"ru", "Конфликт на границе вспыхнул снова.", Clash},
		{"uk", "Національний банк вирішив збільшити облікову ставку.", Decision},
		{"ru", "Центробанк решил снизить ключевую ставку.", Decision},
		{"fa", "انتخابات ریاست جمهوری در این کشور برگزار شد.", Election},
		{"zh", "两国元首在首都举行会谈。", Talks},
		{"zh", "上合组织峰会在首都开幕。", Summit},
		{"zh", "全民公投于周日举行。", Referendum},
		{"kk", "Елде президент сайлауы өтті.", Election},
		{"uz", "Prezident saylovi bo'lib o'tdi.", Election},
		{"uz", "Президент давлат ташрифи билан келди.", Visit},
	})
}

// A word listed for one language only does not fire in another: Dutch
// "top" is a summit, English "top" is not.
func TestOwnLanguageWords(t *testing.T) {
	if got := kindsOf("en", "The top of the list."); len(got) != 0 {
		t.Errorf("English 'top' gave %v", got)
	}
	if got := kindsOf("nl", "De top in de hoofdstad."); !slices.Contains(got, Summit) {
		t.Errorf("Dutch 'top' gave %v", got)
	}
	// German "war" is "was".
	if got := kindsOf("de", "Xi war in Astana."); slices.Contains(got, Clash) {
		t.Errorf("German 'war' gave %v", got)
	}
}

// Words of one language that begin like event words of another are no
// events: "Tuesday" is not French "tué", "according" not "accord",
// "NATO" not Italian "nato" (born), a "firm" not Spanish "firmó".
func TestFalseFriends(t *testing.T) {
	for _, s := range []string{
		"On Tuesday, according to the firm, NATO officials spoke in March.",
		"The brand of the ramp was on the top shelf.",
	} {
		if got := kindsOf("en", s); len(got) != 0 {
			t.Errorf("%q: kinds %v", s, got)
		}
	}
}

// Stems match the words they begin, and nothing shorter.
func TestStemsAndArabicProclitics(t *testing.T) {
	if got := kindsOf("en", "The summits ended."); !slices.Contains(got, Summit) {
		t.Errorf("summits: %v", got)
	}
	if got := kindsOf("en", "The sum of it."); slices.Contains(got, Summit) {
		t.Errorf("sum: %v", got)
	}
	if got := kindsOf("ar", "وبالقمة"); !slices.Contains(got, Summit) {
		t.Errorf("Arabic with proclitics: %v", got)
	}
}

func TestTitles(t *testing.T) {
	tests := []struct {
		parts TitleParts
		want  string
	}{
		{TitleParts{Kind: Summit, Orgs: []string{"SCO"}, Place: "Astana"}, "SCO summit in Astana"},
		{TitleParts{Kind: Summit, Place: "Samarkand"}, "Summit in Samarkand"},
		{TitleParts{Kind: Election, quals: []qualifier{qPresidential}, Place: "Kazakhstan"}, "Kazakhstan presidential election"},
		{TitleParts{Kind: Election, quals: []qualifier{qParliamentary}, Place: "Uzbekistan"}, "Uzbekistan parliamentary election"},
		{TitleParts{Kind: Election}, "Election"},
		{TitleParts{Kind: Visit, quals: []qualifier{qArrival}, People: []string{"Xi Jinping"}, Place: "Kazakhstan"}, "Xi Jinping arrives in Kazakhstan"},
		{TitleParts{Kind: Visit, People: []string{"Vladimir Putin"}, Place: "Astana"}, "Vladimir Putin visits Astana"},
		{TitleParts{Kind: Referendum, Place: "Kazakhstan"}, "Referendum in Kazakhstan"},
		{TitleParts{Kind: Talks, People: []string{"Xi Jinping", "Vladimir Putin"}, Place: "Samarkand"}, "Xi Jinping and Vladimir Putin hold talks in Samarkand"},
		{TitleParts{Kind: Agreement, People: []string{"Sadyr Japarov", "Emomali Rahmon"}, quals: []qualifier{qTreaty}}, "Sadyr Japarov and Emomali Rahmon sign a treaty"},
		{TitleParts{Kind: Protest, Place: "Nukus"}, "Protests in Nukus"},
		{TitleParts{Kind: Disaster, quals: []qualifier{qFlood}, Place: "Porto Alegre"}, "Flood in Porto Alegre"},
		{TitleParts{Kind: Ceasefire, Place: "Nagorno-Karabakh"}, "Ceasefire in Nagorno-Karabakh"},
		{TitleParts{Kind: Attack, quals: []qualifier{qOffensive}, Place: "Nagorno-Karabakh"}, "Offensive in Nagorno-Karabakh"},
		{TitleParts{Kind: Emergency, Place: "Karakalpakstan"}, "State of emergency in Karakalpakstan"},
		{TitleParts{Kind: Happening}, "Event"},
		{TitleParts{Kind: Election, quals: []qualifier{qPresidential}, Place: "Ashgabat", Local: true}, "Presidential election in Ashgabat"},
		{TitleParts{Kind: Election, People: []string{"Shavkat Mirziyoyev"}}, "Election involving Shavkat Mirziyoyev"},
		{TitleParts{Kind: Inauguration, People: []string{"Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov"}}, "Inauguration of Serdar Berdimuhamedov"},
		{TitleParts{Kind: Visit, Orgs: []string{"EU"}}, "EU visit"},
		{TitleParts{Kind: Visit, Orgs: []string{"EU"}, Place: "Bishkek", Local: true}, "EU visit to Bishkek"},
		{TitleParts{Kind: Visit, People: []string{"Vladimir Putin"}, Orgs: []string{"CSTO"}}, "Visit of Vladimir Putin"},
		{TitleParts{Kind: Opening, Orgs: []string{"C5"}}, "Launch of C5"},
		{TitleParts{Kind: Visit, People: []string{"Sadyr Japarov", "Emomali Rahmon"}, Place: "Kyrgyzstan"}, "Sadyr Japarov and Emomali Rahmon meet in Kyrgyzstan"},
		{TitleParts{Kind: Visit, quals: []qualifier{qArrival}, People: []string{"Xi Jinping", "Ebrahim Raisi"}}, "Xi Jinping and Ebrahim Raisi meet"},
		{TitleParts{Kind: Opening, People: []string{"Ilham Aliyev"}, Place: "Baku", Local: true}, "Launch by Ilham Aliyev in Baku"},
		{TitleParts{Kind: Agreement, People: []string{"Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev"}, quals: []qualifier{qTreaty}, Place: "Khujand", Local: true}, "Sadyr Japarov, Emomali Rahmon and Shavkat Mirziyoyev sign a treaty in Khujand"},
		{TitleParts{Kind: Summit, Orgs: []string{"C5"}, Place: "United States"}, "C5 summit in the United States"},
		{TitleParts{Kind: Election, quals: []qualifier{qPresidential}, Place: "United States"}, "United States presidential election"},
		{TitleParts{Kind: Result, People: []string{"Shavkat Mirziyoyev"}, Place: "Dushanbe", Local: true}, "Shavkat Mirziyoyev wins"},
		{TitleParts{Kind: Contest, People: []string{"Iga Świątek"}}, "Contest involving Iga Świątek"},
		{TitleParts{Kind: Ceasefire, People: []string{"Ilham Aliyev"}}, "Ceasefire involving Ilham Aliyev"},
		// The guest and the host, from the countries of the people and
		// of the place.
		{TitleParts{Kind: Visit, People: []string{"Kassym-Jomart Tokayev", "Xi Jinping"}, Homes: []string{"Kazakhstan", "China"}, Place: "Astana", Local: true, Host: "Kazakhstan"}, "Xi Jinping and Kassym-Jomart Tokayev meet in Astana"},
		{TitleParts{Kind: Visit, People: []string{"Kassym-Jomart Tokayev", "Xi Jinping"}, Homes: []string{"Kazakhstan", "China"}, Place: "Kazakhstan", Host: "Kazakhstan"}, "Xi Jinping visits Kazakhstan"},
		{TitleParts{Kind: Visit, quals: []qualifier{qArrival}, People: []string{"Kassym-Jomart Tokayev", "Xi Jinping"}, Homes: []string{"Kazakhstan", "China"}, Place: "Astana", Local: true, Host: "Kazakhstan"}, "Xi Jinping arrives in Astana"},
		{TitleParts{Kind: Visit, People: []string{"Vladimir Putin", "Joe Biden"}, Homes: []string{"Russia", "United States"}, Place: "Geneva", Local: true, Host: "Switzerland"}, "Vladimir Putin and Joe Biden meet in Geneva"},
		{TitleParts{Kind: Visit, People: []string{"Vladimir Putin"}, Homes: []string{"Russia"}, Place: "Kazakhstan", Host: "Kazakhstan"}, "Vladimir Putin visits Kazakhstan"},
		{TitleParts{Kind: Visit, People: []string{"Kassym-Jomart Tokayev"}, Homes: []string{"Kazakhstan"}, Place: "Kazakhstan", Host: "Kazakhstan"}, "Kassym-Jomart Tokayev hosts a visit"},
		{TitleParts{Kind: Visit, People: []string{"Kassym-Jomart Tokayev"}, Homes: []string{"Kazakhstan"}, Place: "Atyrau", Local: true, Host: "Kazakhstan"}, "Kassym-Jomart Tokayev visits Atyrau"},
		{TitleParts{Kind: Meeting, People: []string{"Vladimir Putin", "Kassym-Jomart Tokayev"}, Homes: []string{"Russia", "Kazakhstan"}, Orgs: []string{"CSTO"}, Place: "Astana", Local: true, Host: "Kazakhstan"}, "Vladimir Putin and Kassym-Jomart Tokayev meet in Astana"},
		{TitleParts{Kind: Meeting, People: []string{"Vladimir Putin", "Kassym-Jomart Tokayev"}, Orgs: []string{"CSTO"}, OrgFirst: true, Place: "Astana", Local: true}, "CSTO meeting in Astana"},
	}
	for _, tt := range tests {
		if got := Title(tt.parts); got != tt.want {
			t.Errorf("Title(%+v) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}
