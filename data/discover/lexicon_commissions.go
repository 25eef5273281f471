package discover

// commissionNames are the names of election commissions whose words are
// those of a vote: Kyrgyzstan's "Шайлоо жана референдум өткөрүү боюнча
// борбордук комиссия" (the central commission for elections and holding
// referendums), in Russian "Центральная комиссия по выборам и проведению
// референдумов", Tajikistan's "Комиссияи марказии интихобот ва раъйпурсӣ",
// Belarus's "… по выборам и проведению республиканских референдумов". A
// commission that annuls a vote's results is no referendum: o20_ky's CEC
// statement was titled "Referendum". They are added to notEventWords, so
// the vote words inside them name nothing; the vote the commission speaks
// of is written beside them ("4-октябрда өткөн … шайлоосунун").
var commissionNames = map[string][]string{
	"ru": {"по выборам и проведению референдум*", "по выборам и референдум*", "по выборам и проведению республиканск* референдум*", "комисси* по проведению референдум*"},
	"uk": {"з питань виборів та референдум*", "з виборів та референдум*", "з виборів і референдум*"},
	"ky": {"шайлоо жана референдум өткөрүү боюнча", "шайлоо жана референдумдарды өткөрүү боюнча", "шайлоо жана референдум өткөрүү жагындагы"},
	"kk": {"сайлау және референдум өткізу жөніндегі", "сайлау және референдумдар өткізу жөніндегі"},
	"tg": {"комиссияи марказии интихобот ва раъйпурсӣ", "комиссияи марказии интихоботу раъйпурсӣ"},
	"uz": {"saylov va referendum o'tkazish bo'yicha", "сайлов ва референдум ўтказиш бўйича"},
	"en": {"commission for elections and referend*", "commission on elections and referend*", "commission for elections and holding referend*", "elections and referenda commission"},
	"de": {"kommission für wahlen und referend*", "kommission für wahlen und volksabstimmung*"},
	"fr": {"commission électorale et référendaire", "commission des élections et des référendums", "commission pour les élections et les référendums"},
	"tr": {"seçim ve referandum komisyonu"},
	"az": {"seçki və referendum komissiyası"},
}

func init() {
	for _, lang := range sortedLangs(commissionNames) {
		notEventWords[lang] = append(notEventWords[lang], commissionNames[lang]...)
	}
}
