package discover

import (
	"slices"
	"testing"
)

// Meetings to come, Tajik sessions, runoffs in the vote's own words and
// heading a government are events in every language that writes them so
// (kinds10Words). Sentences written for the test.
func TestLexiconKinds10Words(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		// A meeting told in the future or the infinitive.
		{"en", "The two foreign ministers will meet in Geneva on Thursday.", Talks},
		{"en", "Both sides agreed to meet again after the holidays.", Talks},
		{"fr", "Les deux ministres se réuniront jeudi à Genève.", Talks},
		{"fr", "Les négociateurs se reverront la semaine prochaine.", Talks},
		{"es", "Los cancilleres se reunirán el jueves en Ginebra.", Talks},
		{"es", "Ambas partes acordaron volver a reunirse tras las fiestas.", Talks},
		{"pt", "Os dois chanceleres vão se reunir na quinta-feira em Genebra.", Talks},
		{"pt", "As partes voltarão a reunir-se depois das festas.", Talks},
		{"it", "I due ministri si riuniranno giovedì a Ginevra.", Talks},
		{"it", "Le parti si rivedranno dopo le feste.", Talks},
		{"uz", "Ikki vazir payshanba kuni Jenevada uchrashadi.", Talks},
		{"uz", "Tomonlar bayramdan keyin yana uchrashishga kelishdi.", Talks},
		{"uz", "Икки вазир пайшанба куни Женевада учрашади.", Talks},
		{"tg", "Ду вазир рӯзи панҷшанбе дар Женева вохӯрӣ мекунанд.", Talks},
		// A Tajik session.
		{"tg", "Рӯзи панҷшанбе ҷаласаи Шӯрои вазирони корҳои хориҷӣ баргузор мегардад.", Meeting},
		// A runoff in the vote's own words.
		{"ru", "Второй тур назначен на воскресенье.", Election},
		{"uk", "Другий тур відбудеться в неділю.", Election},
		{"pl", "Druga tura odbędzie się w niedzielę.", Election},
		{"it", "Il ballottaggio si terrà domenica.", Election},
		{"it", "Il secondo turno si terrà domenica.", Election},
		{"nl", "In drie districten volgt zondag een herstemming.", Election},
		{"kk", "Екінші тур жексенбіде өтеді.", Election},
		{"uz", "Ikkinchi tur yakshanba kuni o'tkaziladi.", Election},
		{"pl", "Do starć na granicy dochodziło już wcześniej.", Clash},
		// A military or anti-terror operation.
		{"az", "Səhər saatlarında bölgədə antiterror tədbirlərinə başlanılıb.", Clash},
		{"ru", "Утром в регионе начата контртеррористическая операция.", Clash},
		{"uk", "Зранку в регіоні розпочато антитерористичну операцію.", Clash},
		{"en", "The army began a counter-terrorism operation in the region at dawn.", Clash},
		{"fr", "L'armée a engagé une opération antiterroriste dans la région.", Clash},
		{"de", "Die Armee begann im Morgengrauen eine Militäroperation in der Region.", Clash},
		{"nl", "Het leger begon bij zonsopgang een militaire operatie in de regio.", Clash},
		{"es", "El ejército inició una operación militar en la región.", Clash},
		{"pt", "O exército iniciou uma operação militar na região.", Clash},
		{"it", "L'esercito ha avviato un'operazione militare nella regione.", Clash},
		{"tr", "Ordu bölgede askeri operasyon başlattı.", Clash},
		{"pl", "Armia rozpoczęła w regionie operację wojskową.", Clash},
		{"kk", "Әскер өңірде әскери операция бастады.", Clash},
		{"uz", "Armiya hududda harbiy operatsiya boshladi.", Clash},
		{"ar", "بدأ الجيش عملية عسكرية في المنطقة فجرا.", Clash},
		{"fa", "ارتش در منطقه عملیات نظامی آغاز کرد.", Clash},
		{"zh", "军队当天在该地区展开军事行动。", Clash},
		// A monarch's accession and coronation.
		{"en", "Her father was crowned at Westminster in May 1937.", Inauguration},
		{"fr", "Son père fut couronné à Westminster en mai 1937.", Inauguration},
		{"de", "Ihr Vater wurde im Mai 1937 in Westminster gekrönt.", Inauguration},
		{"nl", "Haar vader werd in mei 1937 in Westminster gekroond.", Inauguration},
		{"ru", "Её отец был коронован в Вестминстере в мае 1937 года.", Inauguration},
		{"uk", "Її батька коронували у Вестмінстері; коронація відбулася у травні 1937 року.", Inauguration},
		{"es", "Su padre fue coronado en Westminster en mayo de 1937.", Inauguration},
		{"pt", "O pai dela foi coroado em Westminster em maio de 1937.", Inauguration},
		{"it", "Suo padre fu incoronato a Westminster nel maggio 1937.", Inauguration},
		{"pl", "Jej ojciec został koronowany w Westminsterze w maju 1937 roku.", Inauguration},
		{"tr", "Babası Mayıs 1937'de Westminster'da taç giydi.", Inauguration},
		{"ar", "جرى تتويج والدها في وستمنستر في مايو 1937.", Inauguration},
		{"zh", "她的父亲于1937年5月在威斯敏斯特加冕。", Inauguration},
		// Leaving a post, in the Turkic languages.
		{"ky", "Министр 3-мартта кызматтан кетти.", Appointment},
		{"kk", "Министр 3 наурызда қызметінен кетті.", Appointment},
		{"uz", "Vazir 3-mart kuni iste'foga chiqdi.", Appointment},
		{"az", "Nazir martın 3-də istefa verdi.", Appointment},
		// A law or a constitution adopted (the passive).
		{"kk", "Жаңа заң 3 наурызда қабылданды.", Decision},
		{"uz", "Yangi qonun 3-mart kuni qabul qilindi.", Decision},
		{"ky", "Жаңы мыйзам 3-мартта кабыл алынды.", Decision},
		{"az", "Yeni qanun martın 3-də qəbul edildi.", Decision},
		// A day of mourning.
		{"ky", "Эртең өлкөдө аза күнү болот.", Commemoration},
		{"tg", "Фардо дар кишвар рӯзи мотам эълон шуд.", Commemoration},
		// Lying in state.
		{"en", "The former president is lying in state at the Capitol.", Funeral},
		{"nl", "De oud-president ligt opgebaard in het parlement.", Funeral},
		{"de", "Der frühere Präsident ist im Parlament aufgebahrt.", Funeral},
		{"it", "La camera ardente è stata allestita in Campidoglio.", Funeral},
		// A sentence inflicted or handed down.
		{"it", "La pena di sei anni inflittagli in primo grado è stata confermata.", Verdict},
		{"fr", "La peine de six ans infligée en première instance a été confirmée.", Verdict},
		{"en", "The six-year term handed down in March was upheld.", Verdict},
		// A river out of its banks.
		{"en", "The Ural burst its banks overnight near Orsk.", Disaster},
		{"fr", "La Garonne est sortie de son lit dans la nuit.", Disaster},
		{"de", "Die Oder ist in der Nacht über die Ufer getreten.", Disaster},
		{"nl", "De Maas trad vannacht buiten haar oevers.", Disaster},
		{"ru", "Ночью река Урал вышла из берегов у Орска.", Disaster},
		{"uk", "Уночі Дністер вийшов з берегів.", Disaster},
		{"es", "El Ebro se desbordó durante la noche.", Disaster},
		{"pt", "O rio Taquari saiu do leito durante a madrugada.", Disaster},
		{"it", "Nella notte il Po è esondato a Piacenza.", Disaster},
		{"tr", "Gece saatlerinde dere yatağından taştı.", Disaster},
		{"pl", "W nocy Odra wystąpiła z brzegów.", Disaster},
		{"kk", "Түнде Жайық өзені арнасынан асып кетті.", Disaster},
		{"uz", "Kechasi daryo o'zanidan toshdi.", Disaster},
		{"ar", "فاض النهر ليلا وغمر القرى.", Disaster},
		{"zh", "夜间河水决堤，淹没村庄。", Disaster},
		// Heading a government.
		{"kk", "Ол 2019 жылдың наурызынан бері үкіметті басқарды.", Appointment},
		{"ru", "С марта 2019 года он возглавлял правительство.", Appointment},
		{"uk", "З березня 2019 року він очолював уряд.", Appointment},
		{"en", "She has headed the government since March 2019.", Appointment},
		{"en", "He became prime minister in March 2019.", Appointment},
		{"fr", "Il a dirigé le gouvernement de mars 2019 à mai 2022.", Appointment},
		{"de", "Sie führte die Regierung seit März 2019.", Appointment},
		{"tr", "Mart 2019'dan beri hükümeti yönetiyordu.", Appointment},
		{"es", "Encabezó el gobierno desde marzo de 2019.", Appointment},
		{"pt", "Ele chefiou o governo desde março de 2019.", Appointment},
		{"it", "Ha guidato il governo dal marzo 2019.", Appointment},
		{"pl", "Kierował rządem od marca 2019 roku.", Appointment},
		{"uz", "U 2019-yil martidan beri hukumatni boshqargan.", Appointment},
		{"ar", "ترأس الحكومة منذ مارس 2019.", Appointment},
		{"zh", "他自2019年3月起担任总理。", Appointment},
	})
	// Look-alikes: a round of talks is no vote, to run a meeting or a
	// firm is no government, and "meet" of a target is no meeting.
	for _, tt := range []struct {
		lang, sentence string
		not            Kind
	}{
		{"ru", "Второй раунд переговоров прошёл в Стамбуле.", Election},
		{"uk", "Другий раунд переговорів пройшов у Стамбулі.", Election},
		{"pl", "Druga runda rozmów odbyła się w Stambule.", Election},
		{"kk", "Ол кеше жиналысты басқарды.", Appointment},
		{"ru", "Он десять лет возглавлял компанию.", Appointment},
		{"en", "The plant failed to meet its targets in March.", Talks},
		{"uz", "Prezident mehmonlarni qabul qildi.", Decision},
		{"kk", "Президент елшілерді қабылдады.", Decision},
	} {
		if got := kindsOf(tt.lang, tt.sentence); slices.Contains(got, tt.not) {
			t.Errorf("%s %q: kinds %v, want no %s", tt.lang, tt.sentence, got, tt.not)
		}
	}
}
