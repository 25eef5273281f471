package discover

import (
	"slices"
	"testing"
)

// lexiconCases has, for every language Caravan reads, a sentence written
// for the test for each of the kinds of events news reports most, with
// the words inflected as news writes them ("clashed", "élections",
// "выборах", "zaatakowali", "saldırdı"). The kind must be the first the
// lexicon finds: no other, more specific kind may fire.
var lexiconCases = map[string]map[Kind]string{
	"en": {
		Summit:       "The summit ended with a joint communiqué.",
		Election:     "Voters cast ballots in Sunday's parliamentary elections.",
		Referendum:   "The constitutional referendum passed with a large majority.",
		Visit:        "The president arrived in Beijing on Tuesday.",
		Talks:        "The two ministers held talks behind closed doors.",
		Protest:      "Thousands of protesters rallied outside parliament.",
		Clash:        "Border guards clashed near the disputed village.",
		Ceasefire:    "A truce took hold along the front line.",
		Agreement:    "The neighbours signed a border treaty.",
		Attack:       "Militants attacked a police checkpoint.",
		Disaster:     "Floods swept through three provinces.",
		Announcement: "The ministry announced new rules.",
	},
	"fr": {
		Summit:       "Les dirigeants se sont retrouvés au sommet de l'organisation.",
		Election:     "Les électeurs ont voté lors des élections législatives.",
		Referendum:   "Le référendum constitutionnel a été approuvé.",
		Visit:        "Le président est arrivé mardi à Pékin.",
		Talks:        "Les deux ministres ont mené des pourparlers à huis clos.",
		Protest:      "Des milliers de manifestants ont défilé dans la capitale.",
		Clash:        "De violents affrontements ont éclaté à la frontière.",
		Ceasefire:    "Un cessez-le-feu est entré en vigueur à minuit.",
		Agreement:    "Les deux pays ont signé un accord frontalier.",
		Attack:       "Un attentat a frappé un poste de police.",
		Disaster:     "Un séisme a secoué la région.",
		Announcement: "Le ministère a annoncé de nouvelles mesures.",
	},
	"de": {
		Summit:       "Die Staatschefs trafen sich zum Gipfeltreffen.",
		Election:     "Bei der Präsidentschaftswahl gewann der Amtsinhaber.",
		Referendum:   "In der Volksabstimmung stimmten die Bürger der Reform zu.",
		Visit:        "Der Präsident ist am Dienstag in Peking eingetroffen.",
		Talks:        "Die Außenminister führten Gespräche in Genf.",
		Protest:      "Tausende Demonstranten zogen durch die Hauptstadt.",
		Clash:        "An der Grenze kam es zu schweren Gefechten.",
		Ceasefire:    "Eine Waffenruhe trat um Mitternacht in Kraft.",
		Agreement:    "Beide Länder unterzeichneten ein Grenzabkommen.",
		Attack:       "Bei einem Anschlag auf eine Polizeiwache starben zwei Menschen.",
		Disaster:     "Ein schweres Erdbeben erschütterte die Region.",
		Announcement: "Das Ministerium kündigte neue Regeln an.",
	},
	"nl": {
		Summit:       "De regeringsleiders kwamen bijeen op de top in Astana.",
		Election:     "De kiezers brachten hun stem uit bij de presidentsverkiezingen.",
		Referendum:   "Het referendum over de grondwet werd aangenomen.",
		Visit:        "De president is dinsdag in Peking aangekomen.",
		Talks:        "De ministers voerden gesprekken achter gesloten deuren.",
		Protest:      "Duizenden betogers trokken door de hoofdstad.",
		Clash:        "Bij de grens braken zware gevechten uit.",
		Ceasefire:    "Het staakt-het-vuren ging om middernacht in.",
		Agreement:    "De buurlanden ondertekenden een grensverdrag.",
		Attack:       "Bij een aanslag op een politiepost vielen twee doden.",
		Disaster:     "Een zware aardbeving trof de regio.",
		Announcement: "Het ministerie kondigde nieuwe regels aan.",
	},
	"ru": {
		Summit:       "Лидеры собрались на саммите в Астане.",
		Election:     "Избиратели проголосовали на президентских выборах.",
		Referendum:   "Референдум по поправкам к конституции прошёл в воскресенье.",
		Visit:        "Президент прибыл в Пекин во вторник.",
		Talks:        "Министры провели переговоры за закрытыми дверями.",
		Protest:      "Тысячи демонстрантов вышли на улицы столицы.",
		Clash:        "На границе произошли столкновения.",
		Ceasefire:    "Стороны договорились о перемирии.",
		Agreement:    "Страны подписали соглашение о границе.",
		Attack:       "Боевики напали на полицейский пост.",
		Disaster:     "Землетрясение магнитудой шесть произошло в регионе.",
		Announcement: "Министерство объявило о новых правилах.",
	},
	"uk": {
		Summit:       "Лідери зібралися на саміті в Астані.",
		Election:     "Виборці проголосували на президентських виборах.",
		Referendum:   "Референдум щодо конституції відбувся в неділю.",
		Visit:        "Президент прибув до Пекіна у вівторок.",
		Talks:        "Міністри провели переговори за зачиненими дверима.",
		Protest:      "Тисячі протестувальників вийшли на вулиці.",
		Clash:        "На кордоні спалахнули зіткнення.",
		Ceasefire:    "Перемир'я набуло чинності опівночі.",
		Agreement:    "Країни підписали угоду про кордон.",
		Attack:       "Бойовики атакували блокпост поліції.",
		Disaster:     "Сильний землетрус сколихнув регіон.",
		Announcement: "Міністерство оголосило нові правила.",
	},
	"kk": {
		Summit:       "Көшбасшылар Астанадағы саммитке жиналды.",
		Election:     "Сайлаушылар парламент сайлауында дауыс берді.",
		Referendum:   "Конституция бойынша референдум жексенбіде өтті.",
		Visit:        "Президент мемлекеттік сапармен Астанаға келді.",
		Talks:        "Екі елдің министрлері келіссөздер жүргізді.",
		Protest:      "Мыңдаған адам наразылық акциясына шықты.",
		Clash:        "Шекарада қақтығыс болды.",
		Ceasefire:    "Тараптар бітімге келді.",
		Agreement:    "Екі ел шекара туралы келісімге қол қойды.",
		Attack:       "Содырлар полиция бекетіне шабуыл жасады.",
		Disaster:     "Су тасқыны үш облысты шарпыды.",
		Announcement: "Министрлік жаңа ережелерді жариялады.",
	},
	"uz": {
		Summit:       "Yetakchilar Samarqanddagi sammitda to'planishdi.",
		Election:     "Saylovchilar prezident saylovida ovoz berdi.",
		Referendum:   "Konstitutsiyaviy referendum yakshanba kuni boʻlib oʻtdi.",
		Visit:        "Prezident davlat tashrifi bilan Pekinga keldi.",
		Talks:        "Vazirlar yopiq eshiklar ortida muzokaralar olib borishdi.",
		Protest:      "Minglab odamlar namoyishga chiqdi.",
		Clash:        "Chegarada toʻqnashuv yuz berdi.",
		Ceasefire:    "Tomonlar sulh tuzdi.",
		Agreement:    "Ikki davlat chegara toʻgʻrisidagi shartnomani imzoladi.",
		Attack:       "Jangarilar politsiya postiga hujum qildi.",
		Disaster:     "Kuchli zilzila viloyatni larzaga soldi.",
		Announcement: "Vazirlik yangi qoidalarni eʼlon qildi.",
	},
	"es": {
		Summit:       "Los líderes participaron en la cumbre de Astaná.",
		Election:     "Los votantes acudieron a las urnas en las elecciones presidenciales.",
		Referendum:   "El referéndum constitucional fue aprobado.",
		Visit:        "El presidente llegó el martes a Pekín.",
		Talks:        "Los ministros mantuvieron conversaciones a puerta cerrada.",
		Protest:      "Miles de manifestantes marcharon por la capital.",
		Clash:        "Se produjeron enfrentamientos en la frontera.",
		Ceasefire:    "Un alto el fuego entró en vigor a medianoche.",
		Agreement:    "Los dos países firmaron un tratado fronterizo.",
		Attack:       "Un atentado sacudió una comisaría.",
		Disaster:     "Las inundaciones afectaron a tres provincias.",
		Announcement: "El ministerio anunció nuevas normas.",
	},
	"pt": {
		Summit:       "Os líderes estiveram na cimeira de Astana.",
		Election:     "Os eleitores foram às urnas nas eleições presidenciais.",
		Referendum:   "O referendo constitucional foi aprovado.",
		Visit:        "O presidente chegou a Pequim na terça-feira.",
		Talks:        "Os ministros mantiveram conversações à porta fechada.",
		Protest:      "Milhares de manifestantes marcharam pela capital.",
		Clash:        "Houve confrontos na fronteira.",
		Ceasefire:    "Um cessar-fogo entrou em vigor à meia-noite.",
		Agreement:    "Os dois países assinaram um tratado de fronteira.",
		Attack:       "Um atentado atingiu uma esquadra da polícia.",
		Disaster:     "Um terremoto atingiu a região.",
		Announcement: "O ministério anunciou novas regras.",
	},
	"it": {
		Summit:       "I leader hanno partecipato al vertice di Astana.",
		Election:     "Gli elettori si sono recati alle urne per le elezioni presidenziali.",
		Referendum:   "Il referendum costituzionale è stato approvato.",
		Visit:        "Il presidente è arrivato martedì a Pechino.",
		Talks:        "I ministri hanno avuto colloqui a porte chiuse.",
		Protest:      "Migliaia di manifestanti hanno sfilato nella capitale.",
		Clash:        "Ci sono stati scontri al confine.",
		Ceasefire:    "Il cessate il fuoco è entrato in vigore a mezzanotte.",
		Agreement:    "I due paesi hanno firmato un trattato sul confine.",
		Attack:       "Un attentato ha colpito una caserma.",
		Disaster:     "Un terremoto ha colpito la regione.",
		Announcement: "Il ministero ha annunciato nuove regole.",
	},
	"tr": {
		Summit:       "Liderler Astana'daki zirvede bir araya geldi.",
		Election:     "Seçmenler cumhurbaşkanlığı seçimi için sandık başına gitti.",
		Referendum:   "Anayasa referandumu pazar günü yapıldı.",
		Visit:        "Cumhurbaşkanı salı günü Pekin'e geldi.",
		Talks:        "Bakanlar kapalı kapılar ardında görüştü.",
		Protest:      "Binlerce kişi başkentte protesto gösterisi düzenledi.",
		Clash:        "Sınırda çatışmalar yaşandı.",
		Ceasefire:    "Ateşkes gece yarısı yürürlüğe girdi.",
		Agreement:    "İki ülke sınır anlaşması imzaladı.",
		Attack:       "Militanlar bir polis karakoluna saldırdı.",
		Disaster:     "Şiddetli bir deprem bölgeyi sarstı.",
		Announcement: "Bakanlık yeni kuralları açıkladı.",
	},
	"pl": {
		Summit:       "Przywódcy spotkali się na szczycie w Astanie.",
		Election:     "Wyborcy poszli do urn w wyborach prezydenckich.",
		Referendum:   "Referendum konstytucyjne odbyło się w niedzielę.",
		Visit:        "Prezydent przybył we wtorek do Pekinu.",
		Talks:        "Ministrowie prowadzili rozmowy za zamkniętymi drzwiami.",
		Protest:      "Tysiące demonstrantów przeszły ulicami stolicy.",
		Clash:        "Na granicy doszło do starć.",
		Ceasefire:    "Rozejm wszedł w życie o północy.",
		Agreement:    "Oba kraje podpisały traktat graniczny.",
		Attack:       "Bojownicy zaatakowali posterunek policji.",
		Disaster:     "Silne trzęsienie ziemi nawiedziło region.",
		Announcement: "Ministerstwo ogłosiło nowe przepisy.",
	},
	"ar": {
		Summit:       "اجتمع القادة في القمة التي عقدت في أستانا.",
		Election:     "توجه الناخبون إلى صناديق الاقتراع في الانتخابات الرئاسية.",
		Referendum:   "أجري الاستفتاء على الدستور يوم الأحد.",
		Visit:        "وصل الرئيس إلى بكين يوم الثلاثاء.",
		Talks:        "أجرى الوزيران محادثات مغلقة.",
		Protest:      "خرج آلاف المتظاهرين إلى الشوارع.",
		Clash:        "اندلعت اشتباكات على الحدود.",
		Ceasefire:    "دخلت الهدنة حيز التنفيذ عند منتصف الليل.",
		Agreement:    "وقع البلدان اتفاقية حدودية.",
		Attack:       "استهدف هجوم مركزا للشرطة.",
		Disaster:     "ضرب زلزال قوي المنطقة.",
		Announcement: "أعلنت الوزارة قواعد جديدة.",
	},
	"fa": {
		Summit:       "رهبران در اجلاس آستانه گرد هم آمدند.",
		Election:     "رأی‌دهندگان در انتخابات ریاست جمهوری شرکت کردند.",
		Referendum:   "همه‌پرسی قانون اساسی روز یکشنبه برگزار شد.",
		Visit:        "رئیس‌جمهور روز سه‌شنبه وارد پکن شد.",
		Talks:        "دو وزیر پشت درهای بسته مذاکره کردند.",
		Protest:      "هزاران نفر در پایتخت تظاهرات کردند.",
		Clash:        "در مرز درگیری رخ داد.",
		Ceasefire:    "آتش‌بس از نیمه‌شب اجرایی شد.",
		Agreement:    "دو کشور قرارداد مرزی امضا کردند.",
		Attack:       "شبه‌نظامیان به یک پاسگاه پلیس حمله کردند.",
		Disaster:     "زلزله‌ای شدید منطقه را لرزاند.",
		Announcement: "وزارت قوانین جدید را اعلام کرد.",
	},
	"zh": {
		Summit:       "各国领导人出席了在阿斯塔纳举行的峰会。",
		Election:     "选民在总统选举中投票。",
		Referendum:   "修宪公投于周日举行。",
		Visit:        "总统周二抵达北京。",
		Talks:        "两国外长举行了闭门会谈。",
		Protest:      "数千人在首都举行抗议。",
		Clash:        "边境地区爆发冲突。",
		Ceasefire:    "停火协议于午夜生效。",
		Agreement:    "两国签署了边界条约。",
		Attack:       "武装分子袭击了一个警察哨所。",
		Disaster:     "该地区发生强烈地震。",
		Announcement: "外交部宣布了新规定。",
	},
}

// The kinds of events a timeline of the region needs are found in every
// language Caravan reads (lexiconCases).
func TestLexiconCoversEveryLanguage(t *testing.T) {
	kinds := []Kind{Summit, Election, Referendum, Visit, Talks, Protest, Clash, Ceasefire, Agreement, Attack, Disaster, Announcement}
	for _, lang := range []string{"en", "fr", "de", "nl", "ru", "uk", "kk", "uz", "es", "pt", "it", "tr", "pl", "ar", "fa", "zh"} {
		cases := lexiconCases[lang]
		for _, k := range kinds {
			s, ok := cases[k]
			if !ok {
				t.Errorf("%s: no sentence for %s", lang, k)
				continue
			}
			got := kindsOf(lang, s)
			if len(got) == 0 || got[0] != k {
				t.Errorf("%s %s: %q gives %v, want %s first", lang, k, s, got, k)
			}
		}
	}
}

// An arrival is a visit that titles read "arrives in": the word for it
// is found in every language (the Visit sentences of lexiconCases say
// that someone arrived).
func TestArrivalInEveryLanguage(t *testing.T) {
	l := theLexicon()
	for lang, cases := range lexiconCases {
		s := cases[Visit]
		found := false
		for _, h := range l.find(&firstWords{}, splitSentenceWords(s, 0, nil), s, 0, lang, nil) {
			found = found || l.list[h.phrase].qual == qArrival
		}
		if !found {
			t.Errorf("%s: %q has no word for an arrival", lang, s)
		}
	}
}

// "The president-elect" is a title: the election word in it makes no
// election of the day the sentence tells.
func TestPresidentElectIsNoElection(t *testing.T) {
	for _, tt := range []struct{ lang, s string }{
		{"fr", "Le président élu a prêté serment au cours d'une cérémonie."},
		{"es", "El presidente electo juró el cargo en una ceremonia."},
		{"en", "The president-elect was sworn in at a ceremony."},
		{"ru", "Избранный президент принес присягу на церемонии."},
	} {
		got := kindsOf(tt.lang, tt.s)
		if len(got) == 0 || got[0] != Inauguration || slices.Contains(got, Election) {
			t.Errorf("%s %q: kinds %v, want inauguration and no election", tt.lang, tt.s, got)
		}
	}
	if got := kindsOf("fr", "Il a été élu président dimanche."); !slices.Contains(got, Election) {
		t.Errorf("élu alone: kinds %v, want an election", got)
	}
}
