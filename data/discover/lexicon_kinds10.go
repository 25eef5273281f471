package discover

// kinds10Words are event words that the misses of dated reports showed
// missing (session 10), in their own small table as blind9Words are:
//
//   - meetings told in the future or the infinitive: "the delegations will
//     meet again next Saturday", "se reunirán", "si rivedranno",
//     "uchrashishga kelishib oldi" (agreed to meet). Only past forms ("met",
//     "se reunió" was not read either) and nouns were listed, so a meeting
//     announced for a day made no event;
//   - Tajik "ҷаласа" (session, sitting) and "вохӯрӣ" (meeting), the words of
//     Khovar's reports of a council of heads of state;
//   - a second round of a vote where the word for round is the vote's own
//     ("второй тур", "druga tura", "ballottaggio", "herstemming"): the
//     words for a round of talks ("раунд", "runda", "round", "ronde",
//     Turkish "tur" of talks) are another word, so a runoff does not
//     take talks for an election;
//   - heading a government: "үкіметті басқарды" (headed the government,
//     j28_kk), "возглавил правительство", "became prime minister". Only
//     the phrase with the government counts: "басқарды" alone is to run
//     anything, a company or a meeting.
var kinds10Words = map[Kind]map[string][]string{
	Talks: {
		"en": {"will meet", "to meet again", "meet again", "will hold talks", "to hold talks"},
		"fr": {"se réuni*", "se reverr*", "se retrouver*", "se revoir"},
		"es": {"se reuni*", "reunirse", "volverán a reunirse", "volverá a reunirse"},
		"pt": {"se reuni*", "reunir-se", "reuniu-se", "reuniram-se", "voltarão a se reunir", "voltarão a reunir-se"},
		"it": {"si rivedr*", "rivedersi", "si riuni*", "riunirsi"},
		"uz": {"uchrashish*", "uchrashadi*", "uchrashmoqchi*", "учрашиш*", "учрашади*", "учрашмоқчи*"},
		"tg": {"вохӯр*"},
	},
	Meeting: {
		"tg": {"ҷаласа*"},
	},
	Election: {
		"ru": {"второй тур", "второго тура", "втором туре", "второму туру"},
		"uk": {"другий тур", "другого туру", "другому турі"},
		"pl": {"druga tura", "drugiej tury", "drugiej turze", "drugą turę"},
		"it": {"ballottaggi*", "secondo turno"},
		"nl": {"herstemming*", "tweede verkiezingsronde", "tweede stemronde"},
		"kk": {"екінші тур*"},
		"uz": {"ikkinchi tur*", "иккинчи тур*"},
	},
	Appointment: {
		"en": {"headed the government", "has led the government", "became prime minister", "has headed the government"},
		"fr": {"a dirigé le gouvernement", "dirige le gouvernement depuis", "devenu premier ministre", "devenue première ministre"},
		"de": {"führte die regierung", "an der spitze der regierung", "regierungschef wurde", "wurde regierungschef*"},
		"nl": {"leidde de regering", "werd premier"},
		"ru": {"возглавил* правительств*", "возглавля* правительств*", "стал* премьер-министр*", "стал* главой правительства"},
		"uk": {"очолив уряд", "очолила уряд", "очолюва* уряд", "став прем'єр-міністр*", "стала прем'єр-міністр*"},
		"kk": {"үкіметті басқар*", "үкіметті бас*", "премьер-министр болды", "үкімет басшысы болды"},
		"uz": {"hukumatni boshqar*", "hukumatga boshchilik*", "bosh vazir bo'ldi", "ҳукуматни бошқар*"},
		"tr": {"hükümeti yönet*", "başbakan oldu", "hükümetin başına geç*"},
		"es": {"encabezó el gobierno", "dirigió el gobierno", "encabeza el gobierno desde", "se convirtió en primer ministro"},
		"pt": {"chefiou o governo", "chefia o governo desde", "tornou-se primeiro-ministro"},
		"it": {"guidato il governo", "guida il governo dal", "diventato premier", "diventato primo ministro"},
		"pl": {"stanął na czele rządu", "kierował rządem", "kieruje rządem od", "został premierem"},
		"ar": {"ترأس الحكومة", "يرأس الحكومة منذ", "تولى رئاسة الحكومة"},
		"fa": {"ریاست دولت را بر عهده", "نخست‌وزیر شد"},
		"zh": {"担任总理", "出任总理", "领导政府"},
		"ky": {"өкмөттү башкар*"},
		"az": {"hökumətə rəhbərlik*", "baş nazir oldu"},
		"tg": {"ҳукуматро роҳбарӣ*"},
	},
}

// init adds kinds10Words to kindWords before theLexicon compiles them.
func init() {
	for k, byLang := range kinds10Words {
		if kindWords[k] == nil {
			kindWords[k] = map[string][]string{}
		}
		for lang, words := range byLang {
			kindWords[k][lang] = append(kindWords[k][lang], words...)
		}
	}
}
