package discover

// Kind is what sort of thing an event is: a summit, an election, a visit…
type Kind string

// The kinds of events, from the most specific to the least: when a
// sentence has words of several kinds, the first in kindOrder names it.
const (
	Summit       Kind = "summit"
	Referendum   Kind = "referendum"
	Election     Kind = "election"
	Inauguration Kind = "inauguration"
	Ceasefire    Kind = "ceasefire"
	Attack       Kind = "attack"
	Clash        Kind = "clash"
	Protest      Kind = "protest"
	Disaster     Kind = "disaster"
	Emergency    Kind = "emergency"
	Agreement    Kind = "agreement"
	Arrest       Kind = "arrest"
	Visit        Kind = "visit"
	Talks        Kind = "talks"
	Meeting      Kind = "meeting"
	Contest      Kind = "contest"
	Result       Kind = "result"
	Appointment  Kind = "appointment"
	Death        Kind = "death"
	Decision     Kind = "decision"
	Opening      Kind = "opening"
	Announcement Kind = "announcement"
	// Happening is a sentence that only says that something took place,
	// was held or began.
	Happening Kind = "event"
)

// kindOrder ranks the kinds: a sentence with "summit" and "talks" is a
// summit; one with "election" and "announced" is an election; the
// president-elect sworn in is an inauguration.
var kindOrder = []Kind{
	Summit, Referendum, Inauguration, Election, Ceasefire, Attack, Clash, Protest,
	Disaster, Emergency, Agreement, Arrest, Visit, Talks, Meeting, Contest, Result,
	Appointment, Death, Decision, Opening, Announcement, Happening,
}

// rank returns k's place in kindOrder.
func rank(k Kind) int {
	for i, o := range kindOrder {
		if o == k {
			return i
		}
	}
	return len(kindOrder)
}

// KindSet is a set of kinds, one bit per place in kindOrder.
type KindSet uint32

// With returns the set with k added.
func (s KindSet) With(k Kind) KindSet { return s | 1<<rank(k) }

// Has reports whether k is in the set.
func (s KindSet) Has(k Kind) bool { return s&(1<<rank(k)) != 0 }

// First returns the most specific kind of the set, or "" when it is empty.
func (s KindSet) First() Kind {
	for i, k := range kindOrder {
		if s&(1<<i) != 0 {
			return k
		}
	}
	return ""
}

// Qualifiers refine a kind in a title: a presidential election, an
// arrival rather than a visit, a flood rather than a disaster.
type qualifier string

const (
	qPresidential  qualifier = "presidential"
	qParliamentary qualifier = "parliamentary"
	qArrival       qualifier = "arrival"
	qEarthquake    qualifier = "earthquake"
	qFlood         qualifier = "flood"
	qHeat          qualifier = "heat wave"
	qFire          qualifier = "fire"
	qEclipse       qualifier = "eclipse"
	qOffensive     qualifier = "offensive"
	qTreaty        qualifier = "treaty"
	qInForce       qualifier = "in force"
	// qConclave: the cardinals' vote for a pope, a vote of no country
	// (see Title).
	qConclave qualifier = "conclave"
	// qCommemoration: a parade or an anniversary of a war or a victory,
	// no fighting and no result of its own (see Title).
	qCommemoration qualifier = "commemoration"
	// qElect is a title, not an event: "the president-elect" was elected
	// before; the word for the election in it says nothing happened then
	// (see lexicon.find).
	qElect qualifier = "elect"
)

// kindWords lists, by kind and language (ISO 639-1), the words that say an
// event of the kind happened. Words are matched after data.Normalize
// (case and Latin diacritics folded, Arabic letters unified). A word ending
// in "*" matches every word it begins (a stem: "summit*" is "summits"
// too); others match whole words only. Words in Han script are matched as
// substrings, since Chinese has no spaces. Every word is looked for in
// every language, because an article's language may be unknown; a word
// that means something else in another language carries "=" in front and
// counts only in its own language ("=top" is a summit in Dutch only).
var kindWords = map[Kind]map[string][]string{
	Summit: {
		"en": {"summit*"},
		"fr": {"sommet*"},
		"de": {"gipfel*"},
		"nl": {"=top", "topontmoeting*", "toppen"},
		"ru": {"саммит*"},
		"uk": {"саміт*"},
		"kk": {"саммит*"},
		"uz": {"sammit*", "саммит*"},
		"es": {"cumbre*"},
		"pt": {"cúpula*", "cimeira*"},
		"it": {"vertice", "vertici", "summit"},
		"tr": {"zirve*"},
		"pl": {"szczyt*", "szczycie"},
		"ar": {"قمه", "القمه", "قمة", "القمة"},
		"fa": {"اجلاس", "نشست سران"},
		"zh": {"峰会", "首脑会议"},
	},
	Referendum: {
		"en": {"referendum*", "plebiscite*"},
		"fr": {"référendum*"},
		"de": {"referendum*", "volksabstimmung*", "volksentscheid*"},
		"nl": {"referendum*", "volksraadpleging*"},
		"ru": {"референдум*"},
		"uk": {"референдум*"},
		"kk": {"референдум*"},
		"uz": {"referendum*", "референдум*"},
		"es": {"referéndum*", "plebiscito*"},
		"pt": {"referendo*", "plebiscito*"},
		"it": {"referendum"},
		"tr": {"referandum*"},
		"pl": {"referend*"},
		"ar": {"استفتاء", "الاستفتاء"},
		"fa": {"همه\u200cپرسی", "همه پرسی", "رفراندوم"},
		"zh": {"公投", "全民公决", "公民投票"},
	},
	Election: {
		"en": {"election", "elections", "elected", "re-elected", "reelected", "vote", "voted", "voting", "polls", "ballot", "runoff*", "run-off*"},
		"fr": {"élection*", "élu", "élue", "réélu", "scrutin*", "vote", "voté", "présidentielle*", "législatives"},
		"de": {"wahl", "wahlen", "präsidentenwahl*", "präsidentschaftswahl*", "parlamentswahl*", "gewählt", "wiedergewählt", "abstimmung", "stichwahl*"},
		"nl": {"verkiezing*", "presidentsverkiezing*", "parlementsverkiezing*", "gekozen", "herkozen", "stemming"},
		"ru": {"выбор*", "избран*", "переизбран*", "голосован*"},
		"uk": {"вибор*", "обран*", "голосуван*"},
		"kk": {"сайлау*"},
		"ky": {"шайлоо*"},
		"tg": {"интихобот*"},
		"az": {"seçki*"},
		"uz": {"saylov*", "сайлов*", "saylandi"},
		"es": {"elección*", "elecciones", "elegido", "reelegido", "comicios", "votación", "segunda vuelta"},
		"pt": {"eleição*", "eleições", "eleito", "reeleito", "votação", "segundo turno"},
		"it": {"elezion*", "eletto", "rieletto", "votazion*", "ballottaggi*"},
		"tr": {"seçim*", "seçildi"},
		"pl": {"wybor*", "wybrany", "głosowan*"},
		"ar": {"انتخابات", "الانتخابات", "انتخاب", "اقتراع", "الاقتراع"},
		"fa": {"انتخابات", "انتخاب"},
		"zh": {"选举", "大选", "当选", "投票", "决选"},
	},
	Inauguration: {
		"en": {"inauguration*", "inaugurated", "sworn", "took office", "takes office", "oath of office"},
		"fr": {"investiture*", "intronisation*", "prête serment", "prêté serment", "prestation de serment", "prendra ses fonctions", "a pris ses fonctions"},
		"de": {"amtseinführung*", "vereidigung*", "vereidigt", "amtseid*", "amtsantritt*"},
		"nl": {"inauguratie*", "beëdiging*", "beëdigd", "ingehuldigd", "ingezworen", "eed af"},
		"ru": {"инаугурац*", "вступил* в должность", "вступит в должность", "вступлени* в должность", "присяг*"},
		"uk": {"інавгурац*", "склав присягу", "присяг*", "вступив на посаду", "вступ на посаду"},
		"kk": {"ұлықта*", "инаугурац*", "ант берді", "ант қабылда*"},
		"uz": {"inauguratsiya*", "qasamyod*", "lavozimga kirish*", "қасамёд*"},
		"es": {"investidura*", "toma de posesión", "juramento*", "juró el cargo", "asumió el cargo", "asumirá el cargo", "asume el cargo"},
		"pt": {"posse", "tomada de posse", "tomou posse", "tomará posse"},
		"it": {"insediamento*", "giuramento*", "ha giurato", "giurerà"},
		"tr": {"yemin*", "göreve başla*"},
		"pl": {"zaprzysiężen*", "zaprzysiężony", "inauguracj*", "objął urząd", "obejmie urząd"},
		"ar": {"تنصيب", "اداء اليمين", "أداء اليمين", "اليمين الدستوريه"},
		"fa": {"تحلیف", "مراسم تحلیف", "سوگند"},
		"zh": {"就职", "宣誓就职", "宣誓就任"},
	},
	Ceasefire: {
		"en": {"ceasefire*", "cease-fire*", "truce*", "armistice*"},
		"fr": {"cessez-le-feu", "trêve*", "armistice*"},
		"de": {"waffenstillstand*", "waffenruhe*", "feuerpause*"},
		"nl": {"staakt-het-vuren", "wapenstilstand*", "=bestand"},
		"ru": {"перемири*", "прекращени* огня"},
		"uk": {"перемир*", "припинення вогню"},
		"kk": {"бітім*", "атысты тоқтату"},
		"ky": {"ок атышпоо*"},
		"az": {"atəşkəs*"},
		"uz": {"sulh*", "o'q otishni to'xtatish"},
		"es": {"alto el fuego", "cese el fuego", "tregua*"},
		"pt": {"cessar-fogo", "trégua*"},
		"it": {"cessate il fuoco", "tregua*"},
		"tr": {"ateşkes*"},
		"pl": {"zawieszeni* broni", "rozejm*"},
		"ar": {"وقف اطلاق النار", "هدنه", "الهدنه"},
		"fa": {"آتش\u200cبس", "آتش بس"},
		"zh": {"停火", "休战"},
	},
	Attack: {
		"en": {"attack*", "bombing*", "explosion*", "offensive", "invasion", "invaded", "shelling", "airstrike*", "assault*"},
		"fr": {"attaque*", "attentat*", "explosion*", "offensive*", "invasion*", "bombardement*"},
		"de": {"angriff*", "anschlag*", "anschläge*", "explosion*", "offensive*", "invasion*", "einmarsch*", "beschuss", "luftangriff*", "raketenangriff*", "drohnenangriff*"},
		"nl": {"aanval*", "aanslag*", "explosie*", "offensief*", "invasie*", "beschieting*", "luchtaanval*", "raketaanval*", "droneaanval*"},
		"ru": {"нападени*", "напал*", "атак*", "атаковал*", "теракт*", "взрыв*", "наступлени*", "вторжени*", "обстрел*", "удар*"},
		"uk": {"напад*", "атак*", "теракт*", "вибух*", "наступ*", "вторгнен*", "обстріл*"},
		"kk": {"шабуыл*", "жарылыс*"},
		"uz": {"hujum*", "portlash*", "hujum", "ҳужум*"},
		"es": {"ataque*", "atentado*", "explosión*", "ofensiva*", "invasión*", "bombardeo*"},
		"pt": {"ataque*", "atentado*", "explosão*", "ofensiva*", "invasão*", "bombardeio*"},
		"it": {"attacc*", "attentat*", "esplosion*", "offensiva*", "invasion*", "bombardament*", "blitz"},
		"tr": {"saldır*", "patlama*", "taarruz*", "işgal*", "operasyon*"},
		"pl": {"=atak*", "zaatakowa*", "zamach*", "wybuch*", "ofensyw*", "inwazj*", "ostrzał*"},
		"ar": {"هجوم", "الهجوم", "انفجار", "الانفجار", "غزو", "الغزو", "قصف", "هجوما"},
		"fa": {"حمله*", "حملات", "انفجار*", "تهاجم*"},
		"zh": {"袭击", "爆炸", "进攻", "入侵", "攻势"},
	},
	Clash: {
		"en": {"clash*", "fighting", "battle*", "skirmish*", "hostilities", "=war", "fought", "conflict"},
		"fr": {"affrontement*", "combat*", "heurt*", "guerre", "combattu*", "conflit"},
		"de": {"gefecht*", "kämpfe*", "zusammenstöße*", "zusammenstoß*", "krieg", "kämpft*", "konflikt"},
		"nl": {"gevecht*", "botsing*", "strijd", "oorlog", "vocht*", "conflict"},
		"ru": {"столкновени*", "боевы*", "боев", "боёв", "боях", "войн*", "воевал*", "сражал*", "конфликт"},
		"uk": {"зіткненн*", "бої", "боїв", "війн*", "конфлікт"},
		"kk": {"қақтығыс*", "соғыс*"},
		"ky": {"кагылыш*"},
		"tg": {"задухӯрд*"},
		"az": {"döyüş*"},
		"uz": {"to'qnashuv*", "jang*", "urush*"},
		"es": {"enfrentamiento*", "combate*", "choque*", "guerra", "lucharon", "combatieron", "conflicto"},
		"pt": {"confronto*", "combate*", "guerra", "lutaram", "combateram", "conflito"},
		"it": {"scontr*", "combattiment*", "guerra", "combattut*", "conflitto"},
		"tr": {"çatışma*", "savaş*", "çatıştı"},
		"pl": {"starci*", "starć", "=walk*", "wojn*", "walczył*", "konflikt*"},
		"ar": {"اشتباكات", "معارك", "قتال", "حرب", "الحرب", "مواجهات"},
		"fa": {"درگیری*", "نبرد*", "جنگ"},
		"zh": {"冲突", "交火", "战斗", "战争"},
	},
	Protest: {
		"en": {"protest*", "demonstration*", "demonstrator*", "rally", "rallies", "unrest", "riot*", "uprising*", "marched"},
		"fr": {"manifestation*", "manifestant*", "protestation*", "émeute*", "troubles", "soulèvement*", "rassemblement*"},
		"de": {"protest*", "demonstration*", "demonstrant*", "kundgebung*", "unruhen", "aufstand*"},
		"nl": {"protest*", "demonstratie*", "betoging*", "betoger*", "demonstrant*", "onlusten", "rellen", "opstand*"},
		"ru": {"протест*", "демонстрац*", "митинг*", "беспоряд*", "волнени*", "демонстрант*"},
		"uk": {"протест*", "демонстрац*", "мітинг*", "заворушен*"},
		"kk": {"наразылық*", "митинг*", "шеру*"},
		"uz": {"namoyish*", "norozilik*", "намойиш*"},
		"es": {"protesta*", "manifestación*", "manifestante*", "disturbio*"},
		"pt": {"protesto*", "manifestação*", "manifestações", "manifestante*", "distúrbio*"},
		"it": {"protest*", "manifestazion*", "manifestant*", "disordin*", "rivolt*"},
		"tr": {"protesto*", "gösteri*", "eylem*"},
		"pl": {"protest*", "demonstracj*", "manifestacj*", "zamieszki"},
		"ar": {"احتجاجات", "الاحتجاجات", "احتجاج", "مظاهرات", "المظاهرات", "مظاهره", "تظاهره", "اضطرابات", "المتظاهرين", "متظاهرين"},
		"fa": {"اعتراض*", "تظاهرات*", "اغتشاش*"},
		"zh": {"抗议", "示威", "骚乱", "游行"},
	},
	Disaster: {
		"en": {"earthquake*", "flood*", "flooding", "heatwave*", "heat wave", "wildfire*", "fire", "storm*", "eclipse*", "landslide*", "drought*", "crash*", "disaster*"},
		"fr": {"séisme*", "tremblement de terre", "inondation*", "canicule*", "incendie*", "tempête*", "éclipse*", "catastrophe*", "crue*"},
		"de": {"erdbeben*", "überschwemmung*", "hochwasser*", "hitzewelle*", "=brand", "waldbrand*", "sturm", "finsternis*", "katastrophe*", "absturz*"},
		"nl": {"aardbeving*", "overstroming*", "hittegolf*", "=brand", "bosbrand*", "storm", "eclips*", "verduistering*", "=ramp", "=rampen", "warmterecord*", "hitterecord*", "neergestort*", "warmste", "hitte*"},
		"ru": {"землетрясени*", "наводнени*", "паводок*", "паводк*", "жара", "жары", "жару", "жарой", "пожар*", "шторм*", "затмени*", "катастроф*", "крушени*"},
		"uk": {"землетрус*", "повін*", "спек*", "пожеж*", "затемнен*", "катастроф*"},
		"kk": {"жер сілкініс*", "су тасқын*", "өрт*"},
		"uz": {"zilzila*", "suv toshqini*", "yong'in*"},
		"es": {"terremoto*", "sismo*", "inundación*", "inundaciones", "ola de calor", "incendio*", "tormenta*", "eclipse*", "catástrofe*"},
		"pt": {"terremoto*", "sismo*", "enchente*", "inundação*", "inundações", "cheia*", "onda de calor", "incêndio*", "tempestade*", "eclipse*", "transbord*", "catástrofe*"},
		"it": {"terremoto*", "sisma", "alluvion*", "inondazion*", "ondata di calore", "incendi*", "tempesta*", "eclissi", "catastrof*"},
		"tr": {"deprem*", "=sel", "=seller", "taşkın*", "sıcak hava dalgası", "yangın*", "fırtına*", "tutulma*", "felaket*"},
		"pl": {"trzęsieni* ziemi", "powód*", "upał*", "pożar*", "burz*", "zaćmieni*", "katastrof*"},
		"ar": {"زلزال", "الزلزال", "فيضان", "فيضانات", "الفيضانات", "موجه حر", "موجه حاره", "حريق", "حرائق", "عاصفه", "كسوف", "كارثه", "تحطم", "تحطمت"},
		"fa": {"زلزله*", "سیل", "سیلاب*", "موج گرما", "آتش\u200cسوزی*", "آتش سوزی", "طوفان*", "کسوف*", "سانحه", "سقوط بالگرد", "سقوط هواپیما"},
		"zh": {"地震", "洪水", "洪灾", "热浪", "高温", "火灾", "暴雨", "日食", "灾难", "空难"},
	},
	Emergency: {
		"en": {"state of emergency", "emergency rule", "martial law", "curfew*"},
		"fr": {"état d'urgence", "couvre-feu", "loi martiale"},
		"de": {"ausnahmezustand*", "notstand*", "ausgangssperre*", "kriegsrecht*"},
		"nl": {"noodtoestand*", "uitzonderingstoestand*", "avondklok*", "staat van beleg"},
		"ru": {"чрезвычайн* положени*", "режим чс", "комендантск* час*", "военн* положени*"},
		"uk": {"надзвичайн* стан*", "комендантськ* годин*", "воєнн* стан*"},
		"kk": {"төтенше жағдай*"},
		"uz": {"favqulodda holat*", "фавқулодда ҳолат*"},
		"es": {"estado de emergencia", "estado de excepción", "toque de queda"},
		"pt": {"estado de emergência", "estado de calamidade", "toque de recolher"},
		"it": {"stato di emergenza", "coprifuoco"},
		"tr": {"olağanüstü hal", "sokağa çıkma yasağı"},
		"pl": {"stan wyjątkow*", "stan wojenn*", "godzin* policyjn*"},
		"ar": {"حاله الطوارئ", "الطوارئ", "حظر التجول", "حظر تجول"},
		"fa": {"وضعیت اضطراری", "حکومت نظامی"},
		"zh": {"紧急状态", "宵禁"},
	},
	Agreement: {
		"en": {"agreement*", "treaty", "treaties", "accord", "accords", "signed", "signing", "sign", "deal", "memorandum", "protocol", "declaration", "ratified", "ratification"},
		"fr": {"accord", "accords", "traité*", "signé*", "signature*", "signent", "protocole*", "déclaration*", "ratifi*"},
		"de": {"abkommen*", "vertrag*", "verträge*", "vereinbarung*", "unterzeichn*", "unterschrieben", "protokoll*", "erklärung*", "ratifi*"},
		"nl": {"akkoord*", "verdrag*", "overeenkomst*", "ondertekend*", "ondertekening*", "getekend", "tekenden", "ratifi*"},
		"ru": {"соглашени*", "договор*", "подписа*", "подписани*", "меморандум*", "протокол*", "декларац*", "ратифици*", "подпис*"},
		"uk": {"угод*", "договір*", "договор*", "підписа*", "підписанн*", "меморандум*", "ратифік*"},
		"kk": {"келісім*", "шарт*", "қол қой*"},
		"ky": {"келишим*", "кол кой*", "кол коюш*"},
		"tg": {"созишнома*", "имзо*"},
		"az": {"saziş*", "müqavilə*", "imzala*"},
		"uz": {"kelishuv*", "shartnoma*", "imzola*", "келишув*", "шартнома*", "имзола*"},
		"es": {"acuerdo*", "tratado*", "firmó", "firmaron", "firmado*", "firmada*", "firma", "convenio*", "memorando*", "protocolo*", "declaración*", "ratific*"},
		"pt": {"acordo*", "tratado*", "assinat*", "assinou", "assinaram", "assinado*", "convénio*", "convênio*", "memorando*", "protocolo*", "declaração*", "ratific*"},
		"it": {"accordo", "accordi", "trattat*", "firmato", "firmata", "firmati", "firmate", "firmarono", "firma", "intesa", "memorandum", "protocoll*", "dichiarazion*", "ratific*"},
		"tr": {"anlaşma*", "antlaşma*", "imza*", "mutabakat*", "protokol*", "bildiri*"},
		"pl": {"porozumieni*", "umow*", "traktat*", "podpisa*", "protokół*", "deklaracj*", "ratyfik*"},
		"ar": {"اتفاق", "اتفاقيه", "الاتفاق", "الاتفاقيه", "معاهده", "المعاهده", "وقع", "وقعا", "توقيع", "مذكره تفاهم", "اعلان", "اعلانا"},
		"fa": {"توافق*", "قرارداد*", "پیمان*", "امضا", "امضای"},
		"zh": {"协议", "协定", "条约", "签署", "签订", "宣言", "备忘录", "生效"},
	},
	Arrest: {
		"en": {"arrest*", "detained", "detention", "jailed", "sentenced"},
		"fr": {"arrêté*", "arrestation*", "interpellé*", "condamné*"},
		"de": {"festgenommen", "verhaftet", "festnahme*", "verhaftung*", "verurteilt"},
		"nl": {"gearresteerd", "opgepakt", "arrestatie*", "aangehouden", "veroordeeld"},
		"ru": {"задержа*", "арест*", "осужден*", "приговор*"},
		"uk": {"затрима*", "арешт*", "засуджен*"},
		"kk": {"ұста*", "қамау*"},
		"uz": {"hibsga", "qamoqqa", "ushlan*"},
		"es": {"detenido*", "detención", "arrestado*", "condenado*"},
		"pt": {"preso*", "detido*", "detenção", "condenado*"},
		"it": {"arrestat*", "arresto", "fermat*", "condannat*"},
		"tr": {"tutuklan*", "gözaltı*", "gözaltına"},
		"pl": {"aresztowan*", "zatrzyman*", "skazan*"},
		"ar": {"اعتقال", "اعتقل", "القبض", "احتجاز"},
		"fa": {"بازداشت", "دستگیر", "دستگیری"},
		"zh": {"逮捕", "拘留", "被捕"},
	},
	Visit: {
		"en": {"visit*", "arrive*", "arrival", "trip", "tour", "landed"},
		"fr": {"visite*", "arrivé*", "arrive", "arrivée", "voyage", "tournée", "déplacement"},
		"de": {"besuch*", "staatsbesuch*", "eingetroffen", "traf ein", "ankunft", "reise"},
		"nl": {"bezoek*", "staatsbezoek*", "aangekomen", "arriveerde", "kwam aan", "=reis"},
		"ru": {"визит*", "прибыл*", "посети*", "посещени*", "поездк*", "прилет*", "побывал*", "прибуд*"},
		"uk": {"візит*", "прибу*", "відвіда*", "поїздк*"},
		"kk": {"сапар*", "келді", "барды"},
		"tg": {"сафар*"},
		"az": {"səfər*"},
		"uz": {"tashrif*", "ташриф*", "keldi"},
		"es": {"visita*", "llegó", "llegada", "viaje", "gira"},
		"pt": {"visita*", "chegou", "chegada", "viagem", "deslocação"},
		"it": {"visita*", "arrivat*", "arrivo", "viaggio"},
		"tr": {"ziyaret*", "geldi", "vardı"},
		"pl": {"wizyt*", "przyby*", "przylecia*", "podróż*"},
		"ar": {"زياره", "الزياره", "زار", "يزور", "وصل", "وصول"},
		"fa": {"سفر", "دیدار", "بازدید", "وارد"},
		"zh": {"访问", "国事访问", "抵达", "到访", "出访", "视察"},
	},
	Talks: {
		"en": {"talks", "negotiation*", "=met", "meets", "held talks", "phone call", "discussed"},
		"fr": {"entretien*", "négociation*", "pourparlers", "rencontr*", "s'est entretenu"},
		"de": {"gespräch*", "verhandlung*", "traf", "trafen", "telefonat*"},
		"nl": {"gesprek*", "onderhandeling*", "ontmoet*", "overleg*", "sprak", "spraken", "telefoongesprek*"},
		"ru": {"переговор*", "встрет*", "беседа", "беседу", "телефонн* разговор*"},
		"uk": {"переговор*", "зустрів*", "зустріл*", "зустрін*"},
		"kk": {"келіссөз*", "кездесті*", "кездесіп*", "кездесед*"},
		"ky": {"сүйлөшүү*"},
		"tg": {"музокира*", "гуфтушунид*"},
		"az": {"danışıq*"},
		"uz": {"muzokara*", "uchrashdi*", "uchrashib*", "uchrashgan*", "музокара*", "учрашди*", "учрашиб*", "учрашган*"},
		"es": {"conversaciones", "negociacion*", "reunió", "se reunieron", "encuentro*"},
		"pt": {"conversações", "negociaç*", "reuniu", "reuniram", "encontro*"},
		"it": {"colloqui*", "negoziat*", "incontr*", "trattativ*"},
		"tr": {"görüşme*", "görüştü", "müzakere*", "bir araya"},
		"pl": {"rozmow*", "negocjacj*", "spotka*"},
		"ar": {"محادثات", "مفاوضات", "التقى", "لقاء", "اجتماع", "مباحثات"},
		"fa": {"مذاکره", "مذاکرات", "گفتگو", "ملاقات"},
		"zh": {"会谈", "会晤", "会见", "谈判", "通话"},
	},
	Meeting: {
		"en": {"meeting*", "conference*", "forum*", "session*", "congress*", "convention", "assembly", "gathering*", "attend*"},
		"fr": {"réunion*", "conférence*", "forum*", "session*", "congrès", "assemblée*"},
		"de": {"treffen", "konferenz*", "forum*", "sitzung*", "tagung*", "kongress*", "parteitag*"},
		"nl": {"bijeenkomst*", "vergadering*", "conferentie*", "forum*", "zitting*", "congres*"},
		"ru": {"встреч*", "совещани*", "заседани*", "конференц*", "форум*", "сесси*", "съезд*"},
		"uk": {"зустріч*", "засіданн*", "нарад*", "конференц*", "форум*", "сесі*", "з'їзд*"},
		"kk": {"кездесу*", "жиналыс*", "отырыс*", "форум*", "съез*", "құрылтай*", "конференц*", "сессия*"},
		"tg": {"мулоқот*", "нишаст*", "конференсия*", "иҷлосия*"},
		"az": {"=görüş*", "konfrans*", "iclas*"},
		"uz": {"uchrashuv*", "учрашув*", "yig'ilish*", "majlis*", "forum*", "qurultoy*", "мажлис*", "йиғилиш*", "konferensiya*", "конференция*", "sessiya*", "сессия*", "anjuman*", "анжуман*"},
		"es": {"reunión*", "conferencia*", "foro*", "sesión*", "congreso*", "asamblea*"},
		"pt": {"reunião", "reuniões", "conferência*", "fórum", "sessão", "sessões", "congresso*", "assembleia*"},
		"it": {"riunion*", "conferenz*", "forum", "session*", "congresso*", "assemblea*"},
		"tr": {"toplantı*", "konferans*", "forum*", "oturum*", "kongre*", "kurultay*"},
		"pl": {"posiedzeni*", "konferencj*", "forum", "sesj*", "kongres*", "zjazd*"},
		"ar": {"اجتماع", "الاجتماع", "مؤتمر", "المؤتمر", "منتدى", "المنتدى", "منتدي", "دوره", "جلسه"},
		"fa": {"نشست", "کنفرانس", "همایش", "اجلاس", "جلسه", "کنگره"},
		"zh": {"会议", "论坛", "大会", "全会"},
	},
	Contest: {
		"en": {"final", "finals", "semifinal*", "match", "tournament", "championship*", "race", "olympics", "cup"},
		"fr": {"finale*", "demi-finale*", "match", "tournoi*", "championnat*", "course"},
		"de": {"finale*", "endspiel*", "halbfinale*", "turnier*", "meisterschaft*", "rennen"},
		"nl": {"finale*", "halve finale", "wedstrijd*", "toernooi*", "kampioenschap*"},
		"ru": {"финал*", "полуфинал*", "матч*", "турнир*", "чемпионат*"},
		"uk": {"фінал*", "матч*", "турнір*", "чемпіонат*"},
		"kk": {"финал*", "чемпионат*", "турнир*"},
		"uz": {"=final*", "chempionat*", "turnir*"},
		"es": {"final", "finales", "semifinal*", "partido*", "torneo*", "campeonato*"},
		"pt": {"final", "finais", "semifinal*", "partida*", "torneio*", "campeonato*"},
		"it": {"finale", "finali", "semifinal*", "partita", "torneo", "campionat*"},
		"tr": {"final*", "yarı final*", "maç*", "turnuva*", "şampiyona*"},
		"pl": {"finał*", "półfinał*", "mecz*", "turniej*", "mistrzostw*"},
		"ar": {"نهائي", "النهائي", "مباراه", "بطوله"},
		"fa": {"فینال", "مسابقه", "مسابقات"},
		"zh": {"决赛", "半决赛", "比赛", "锦标赛"},
	},
	Result: {
		"en": {"won", "wins", "win", "victory", "defeated", "beat", "results", "result", "record"},
		"fr": {"remporté*", "victoire*", "battu*", "résultat*", "record*", "gagné"},
		"de": {"gewann", "gewonnen", "sieg*", "besiegt", "ergebnis*", "rekord*"},
		"nl": {"won", "gewonnen", "overwinning*", "versloeg", "uitslag*", "resultaat", "resultaten", "record*"},
		"ru": {"победил*", "побед*", "выиграл*", "итог*", "результат*", "рекорд*"},
		"uk": {"переміг*", "перемог*", "виграл*", "підсумк*", "результат*", "рекорд*"},
		"kk": {"жеңіс*", "жеңді", "нәтиже*"},
		"uz": {"g'alaba*", "yutdi", "natija*", "ғалаба*", "натижа*"},
		"es": {"ganó", "victoria*", "venció", "derrotó", "resultado*", "récord*"},
		"pt": {"venceu", "vitória*", "derrotou", "ganhou", "resultado*", "recorde*"},
		"it": {"vinto", "vince", "vittoria*", "battuto", "sconfitto", "risultat*", "record"},
		"tr": {"kazandı", "zafer*", "galibiyet*", "sonuç*", "rekor*"},
		"pl": {"wygrał*", "zwycięstw*", "pokonał*", "wynik*", "rekord*"},
		"ar": {"فاز", "فوز", "الفوز", "نتائج", "النتائج", "نتيجه", "رقم قياسي"},
		"fa": {"پیروزی", "برنده", "نتایج", "رکورد"},
		"zh": {"获胜", "胜选", "夺冠", "击败", "结果", "纪录"},
	},
	Appointment: {
		"en": {"appointed", "appointment", "named", "nominated", "nomination", "resigned", "resignation", "dismissed"},
		"fr": {"nommé*", "nomination*", "démission*", "limogé*"},
		"de": {"ernannt", "ernennung*", "nominiert", "rücktritt*", "entlassen"},
		"nl": {"benoemd", "benoeming*", "genomineerd", "ontslag", "afgetreden"},
		"ru": {"назначен*", "выдвину*", "отставк*", "уволен*"},
		"uk": {"призначен*", "висуну*", "відставк*"},
		"kk": {"тағайында*"},
		"uz": {"tayinla*", "тайинла*"},
		"es": {"nombrado*", "designado*", "nombramiento*", "dimisión", "renuncia*"},
		"pt": {"nomeado*", "nomeação", "demissão", "renúncia*"},
		"it": {"nominat*", "nomina", "dimission*"},
		"tr": {"atandı", "atama*", "aday gösteril*", "istifa*"},
		"pl": {"mianowan*", "powołan*", "nominacj*", "dymisj*", "rezygnacj*"},
		"ar": {"تعيين", "عين", "استقاله", "ترشيح"},
		"fa": {"منصوب", "انتصاب", "استعفا", "نامزد"},
		"zh": {"任命", "提名", "辞职"},
	},
	Death: {
		"en": {"died", "killed", "dead", "death*"},
		"fr": {"mort", "morts", "morte", "mortes", "décès", "décédé*", "tué", "tués", "tuée", "tuées"},
		"de": {"gestorben", "starb", "getötet", "tote", "toten", "tod"},
		"nl": {"overleden", "overleed", "gedood", "doden", "omgekomen", "kwamen om", "kwam om"},
		"ru": {"погиб*", "скончал*", "убит*", "смерт*", "умер*"},
		"uk": {"загину*", "помер*", "вбит*", "смерт*"},
		"kk": {"қайтыс", "қаза"},
		"uz": {"vafot*", "halok*", "вафот*"},
		"es": {"murió", "muertos", "fallecido*", "falleció", "asesinado*"},
		"pt": {"morreu", "mortos", "morte*", "faleceu"},
		"it": {"morto", "morti", "morta", "morte", "decesso"},
		"tr": {"öldü", "hayatını kaybetti", "ölüm*"},
		"pl": {"zginęł*", "zginął", "zmarł*", "zabit*", "śmier*"},
		"ar": {"مقتل", "قتل", "وفاه", "توفي", "قتلى"},
		"fa": {"کشته", "درگذشت", "جان باخت", "جان باختن", "جان باختند"},
		"zh": {"死亡", "遇难", "去世", "身亡"},
	},
	Decision: {
		"en": {"decree*", "decision*", "decided", "approved", "adopted", "ruling", "passed", "raised", "cut", "lowered", "banned", "imposed", "sanction*", "law"},
		"fr": {"décret*", "décision*", "décidé*", "approuvé*", "adopté*", "relevé*", "abaissé*", "interdit*", "sanction*", "loi"},
		"de": {"dekret*", "erlass*", "beschluss*", "beschlossen", "entscheidung*", "verabschiedet", "angehoben", "gesenkt", "verbot*", "sanktion*", "gesetz*"},
		"nl": {"decreet*", "besluit*", "besloten", "goedgekeurd", "aangenomen", "verhoogd", "verlaagd", "verbod*", "sanctie*", "=wet"},
		"ru": {"указ", "указа", "указом", "решени*", "постановлени*", "утверди*", "одобри*", "принял*", "повысил*", "понизил*", "запрет*", "санкци*", "закон*", "решил*"},
		"uk": {"указ*", "рішенн*", "постанов*", "ухвали*", "схвали*", "підвищ*", "знизи*", "санкці*", "закон*", "виріши*"},
		"kk": {"жарлық*", "шешім*", "заң*", "бекіт*"},
		"uz": {"farmon*", "qaror*", "qonun*", "фармон*", "қарор*", "қонун*"},
		"es": {"decreto*", "decisión*", "decidió", "aprobó", "aprobado*", "adoptó", "subió", "elevó", "bajó", "prohibi*", "sancion*", "ley"},
		"pt": {"decreto*", "decisão", "decidiu", "aprovou", "aprovado*", "elevou", "subiu", "baixou", "proibi*", "sanç*", "lei"},
		"it": {"decreto*", "decision*", "deciso", "approvat*", "adottat*", "alzato", "aumentato", "abbassato", "vietat*", "sanzion*", "legge"},
		"tr": {"kararname*", "karar*", "onayla*", "kabul", "yükseltti", "indirdi", "düşürdü", "yasak*", "yaptırım*", "yasa*", "kanun*"},
		"pl": {"dekret*", "decyzj*", "zdecydowa*", "zatwierdzi*", "przyjęł*", "podniósł", "podwyższ*", "obniży*", "zakaz*", "sankcj*", "ustaw*"},
		"ar": {"مرسوم", "قرار", "القرار", "قررت", "قرر", "وافق", "اقر", "رفع", "خفض", "حظر", "عقوبات", "قانون"},
		"fa": {"فرمان", "تصمیم", "مصوبه", "تصویب", "افزایش", "کاهش", "تحریم", "قانون"},
		"zh": {"法令", "决定", "批准", "通过", "上调", "下调", "禁止", "制裁", "法律"},
	},
	Opening: {
		"en": {"opened", "opening", "launched", "launch", "began", "begins", "started", "entered into force", "took effect", "takes effect", "reopened", "closed", "completed", "founded", "established"},
		"fr": {"ouvert*", "ouverture*", "lancé*", "lancement*", "commencé", "débuté", "entré en vigueur", "entre en vigueur", "fermé*", "fondé*", "créé*", "achevé*"},
		"de": {"eröffnet", "eröffnung*", "gestartet", "start*", "begann", "begonnen", "in kraft", "geschlossen", "gegründet", "gründung*", "abgeschlossen"},
		"nl": {"geopend", "opening*", "gelanceerd", "gestart", "begon", "begonnen", "in werking", "van kracht", "gesloten", "opgericht", "voltooid"},
		"ru": {"открыт*", "открыл*", "запуст*", "запуск*", "начал*", "вступ* в силу", "вступил*", "закрыт*", "основан*", "создан*", "завершен*", "заработа*", "начнет действовать", "начнут действовать"},
		"uk": {"відкри*", "запуст*", "розпоча*", "почал*", "набу* чинності", "закри*", "засн*", "заверш*"},
		"kk": {"ашыл*", "іске қос*", "басталды", "күшіне ен*", "құрылды"},
		"uz": {"ochil*", "ishga tushiril*", "boshlandi", "kuchga kir*", "очил*", "бошланди", "кучга кир*", "tashkil"},
		"es": {"abrió", "abierto*", "inauguró", "inaugurado*", "lanzó", "lanzamiento*", "comenzó", "empezó", "entró en vigor", "entra en vigor", "cerró", "fundado*", "creado*"},
		"pt": {"abriu", "aberto*", "inaugurou", "inaugurado*", "lançou", "lançamento*", "começou", "iniciou", "entrou em vigor", "entra em vigor", "fechou", "fundado*", "criado*"},
		"it": {"aperto", "apertura", "inaugurat*", "lanciat*", "lancio", "iniziat*", "cominciat*", "entrat* in vigore", "entra in vigore", "chius*", "fondat*"},
		"tr": {"açıldı", "açılış*", "başlatıldı", "başladı", "yürürlüğe", "kapatıldı", "kuruldu", "tamamlandı"},
		"pl": {"otwar*", "otworzy*", "uruchomi*", "rozpoczę*", "wszedł w życie", "weszła w życie", "wejdzie w życie", "zamknię*", "założon*"},
		"ar": {"افتتاح", "افتتح", "اطلاق", "اطلق", "بدء", "بدات", "بدا", "دخل حيز التنفيذ", "حيز التنفيذ", "اغلاق", "تاسيس", "تاسست"},
		"fa": {"افتتاح", "راه\u200cاندازی", "آغاز", "اجرا", "لازم\u200cالاجرا", "تأسیس", "تاسیس"},
		"zh": {"开幕", "开通", "启动", "开始", "开放", "关闭", "成立", "建成", "正式实施"},
	},
	Announcement: {
		"en": {"announced", "announces", "announcement", "declared", "declares", "confirmed", "said", "stated", "reported", "proclaimed", "called", "statement", "independence"},
		"fr": {"annoncé*", "annonce", "déclaré*", "confirmé*", "a indiqué", "a affirmé", "proclamé*", "communiqué*", "convoqué*", "indépendance"},
		"de": {"angekündigt", "kündigte", "bekanntgegeben", "gab bekannt", "erklärte", "bestätigte", "verkündet*", "mitteilung*", "ausgerufen", "unabhängigkeit"},
		"nl": {"aangekondigd", "kondigde", "maakte bekend", "bekendgemaakt", "verklaarde", "bevestigde", "uitgeroepen", "verklaring", "onafhankelijkheid", "uitriep*"},
		"ru": {"объяви*", "заяви*", "сообщил*", "подтверди*", "провозгласи*", "заявлени*", "объявлени*", "назначил*", "независимост*"},
		"uk": {"оголоси*", "заяви*", "повідоми*", "підтверди*", "заяв*", "незалежн*"},
		"kk": {"жариялады", "мәлімдеді", "хабарлады", "тәуелсіздік*"},
		"uz": {"e'lon*", "ma'lum qildi", "bildirdi", "эълон*", "mustaqillik*"},
		"es": {"anunció", "anuncio", "declaró", "confirmó", "informó", "proclamó", "convocó", "comunicado*", "independencia"},
		"pt": {"anunciou", "anúncio", "declarou", "confirmou", "informou", "proclamou", "convocou", "comunicado*", "independência"},
		"it": {"annunciat*", "annuncio", "dichiarat*", "confermat*", "comunicat*", "proclamat*", "indett*", "indipendenza"},
		"tr": {"açıkladı", "duyurdu", "=ilan*", "bildirdi", "doğruladı", "açıklama*", "bağımsızlık*"},
		"pl": {"ogłosi*", "oświadczy*", "potwierdzi*", "zapowiedzia*", "poinformowa*", "niepodległoś*"},
		"ar": {"اعلن", "اعلنت", "صرح", "اكد", "اكدت", "بيان", "اعلان", "استقلال", "الاستقلال"},
		"fa": {"اعلام", "اعلام کرد", "تایید", "بیانیه", "استقلال"},
		"zh": {"宣布", "表示", "宣称", "公布", "声明", "发布", "独立"},
	},
	Happening: {
		"en": {"held", "took place", "happened", "occurred", "hosted", "born", "ceremony", "ceremonies"},
		"fr": {"s'est tenu*", "a eu lieu", "se tiendra", "aura lieu", "organisé*", "s'est déroulé*", "né", "née", "cérémonie*"},
		"de": {"fand statt", "stattgefunden", "findet statt", "abgehalten", "ausgerichtet", "geboren", "zeremonie*", "feier*"},
		"nl": {"vond plaats", "plaatsgevonden", "gehouden", "georganiseerd", "geboren"},
		"ru": {"состоял*", "состоится", "прошел", "прошла", "прошли", "пройдет", "пройдут", "проходил*", "проведен*", "родил*", "появил* на свет", "церемони*"},
		"uk": {"відбу*", "пройш*", "проведен*", "народи*"},
		"kk": {"өтті", "өтеді", "өткізілді", "өтетін"},
		"uz": {"bo'lib o'tdi", "o'tkazildi", "бўлиб ўтди", "ўтказилди", "tug'il*"},
		"es": {"celebró", "celebrado*", "se celebrará", "tuvo lugar", "tendrá lugar", "ocurrió", "nació", "ceremonia*"},
		"pt": {"realizou", "realizado*", "realizada*", "decorreu", "ocorreu", "aconteceu", "nasceu", "cerimónia*", "cerimônia*"},
		"it": {"svolt*", "si è tenut*", "avvenut*", "tenutosi", "=nato", "=nata", "cerimonia*"},
		"tr": {"düzenlendi", "gerçekleşti", "yapıldı", "gerçekleştirildi", "doğdu"},
		"pl": {"odbył*", "odbędzie", "miał* miejsce", "urodzi*"},
		"ar": {"عقد", "عقدت", "انعقد", "جرت", "جرى", "تجري", "ولد"},
		"fa": {"برگزار", "برگزاری", "انجام", "متولد"},
		"zh": {"举行", "举办", "召开", "发生", "出生"},
	},
}

// qualifierWords refine kinds for titles, matched like kindWords.
var qualifierWords = map[qualifier][]string{
	qPresidential: {"presidential", "présidentielle*", "präsident*", "presidentsverkiezing*", "президентск*", "президент", "президента", "президентськ*",
		"prezident*", "президентлик*", "presidencial*", "presidenzial*", "cumhurbaşkanlığı", "cumhurbaşkanı", "prezydenck*", "الرئاسيه", "رئاسيه", "ریاست جمهوری", "总统"},
	qParliamentary: {"parliamentary", "législatives", "parlamentswahl*", "parlementsverkiezing*", "парламентск*", "парламентськ*", "parlament*", "parlamentar*",
		"legislativ*", "milletvekili", "parlamentarn*", "sejm*", "البرلمانيه", "التشريعيه", "مجلس", "议会", "parliament", "мажилис*", "мәжіліс*", "oliy majlis"},
	qArrival: {"arrive*", "arrival", "arrivé*", "arrivée", "eingetroffen", "traf ein", "ankunft", "aangekomen", "arriveerde", "прибыл*", "прибу*", "llegó", "chegou", "arrivat*", "geldi", "przyby*", "وصل", "抵达", "landed",
		"келді", "keldi", "yetib keldi", "келди", "وارد", "przylecia*", "прилетел*", "прилетів"},
	qEarthquake: {"earthquake*", "séisme*", "erdbeben*", "aardbeving*", "землетрясени*", "землетрус*", "terremoto*", "sismo*", "deprem*", "trzęsieni*", "زلزال", "زلزله", "地震", "zilzila*"},
	qFlood:      {"flood*", "inondation*", "crue*", "überschwemmung*", "hochwasser*", "overstroming*", "наводнени*", "паводок*", "повін*", "inundación*", "inundaciones", "enchente*", "inundação*", "inundações", "cheia*", "transbord*", "alluvion*", "sel", "taşkın*", "powód*", "فيضان", "فيضانات", "سیل", "洪水", "洪灾"},
	qHeat:       {"heatwave*", "heat wave", "canicule*", "hitzewelle*", "hittegolf*", "warmterecord*", "hitterecord*", "жара", "жары", "жару", "жарой", "спек*", "ola de calor", "onda de calor", "ondata di calore", "sıcak hava dalgası", "upał*", "موجه حر", "موجه حاره", "موج گرما", "热浪", "高温"},
	qFire:       {"wildfire*", "fire", "incendie*", "brand", "waldbrand*", "bosbrand*", "пожар*", "пожеж*", "incendio*", "incêndio*", "incendi*", "yangın*", "pożar*", "حريق", "حرائق", "火灾"},
	qEclipse:    {"eclipse*", "éclipse*", "finsternis*", "eclips*", "verduistering*", "затмени*", "затемнен*", "eclissi", "tutulma*", "zaćmieni*", "كسوف", "کسوف", "日食"},
	qOffensive:  {"offensive", "offensive*", "offensief*", "наступлени*", "наступ*", "ofensiva*", "blitz", "taarruz*", "ofensyw*", "进攻", "攻势"},
	qTreaty:     {"treaty", "treaties", "traité*", "vertrag*", "verdrag*", "договор*", "договір*", "tratado*", "trattat*", "antlaşma*", "traktat*", "معاهده", "条约", "shartnoma*"},
	qConclave: {"conclave*", "cónclave*", "konklave*", "conclaaf", "конклав*", "konklav*", "كونكلاف", "المجمع المغلق", "教皇选举", "选举教宗",
		"pope", "popes", "pontiff", "pape", "papst", "paus", "papa", "papież*", "папа", "папой", "папы", "папасы", "papasi", "البابا", "پاپ", "教皇", "教宗"},
	qCommemoration: {"parade*", "anniversary", "anniversaries", "commemorat*", "remembrance", "défilé*", "anniversaire*", "commémor*", "jahrestag*", "gedenk*",
		"militärparade*", "herdenking*", "парад*", "годовщин*", "юбиле*", "річниц*", "шеру*", "жылдығ*", "мерейтой*", "parad*", "yilligi*", "yubiley*",
		"desfile*", "aniversario*", "aniversário*", "conmemora*", "parata*", "anniversari*", "commemora*", "geçit töreni", "yıldönümü*", "defilad*", "rocznic*",
		"عرض عسكري", "استعراض*", "ذكرى", "الذكرى", "رژه", "سالگرد", "阅兵", "纪念", "周年"},
	qElect: {"president-elect", "president elect", "président élu", "présidente élue", "presidente electo", "presidenta electa", "presidente eletto", "presidente eleito",
		"prezydent elekt", "избранный президент", "избранного президента", "избранному президенту", "избранным президентом", "новоизбранн*", "обраний президент", "новообран*"},
	qInForce: {"entered into force", "took effect", "takes effect", "entré en vigueur", "entre en vigueur", "in kraft", "in werking", "van kracht", "вступ* в силу", "набу* чинності", "күшіне ен*", "kuchga kir*", "entró en vigor", "entra en vigor", "entrou em vigor", "entra em vigor", "entrat* in vigore", "entra in vigore", "yürürlüğe", "wszedł w życie", "weszła w życie", "wejdzie w życie", "حيز التنفيذ", "生效", "正式实施"},
}
