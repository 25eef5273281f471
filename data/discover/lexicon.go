package discover

import "math/bits"

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

	// Commemoration is a day of mourning, a parade, a remembrance: it
	// ranks above the fighting a parade remembers and the deaths a day
	// of mourning is for.
	Commemoration Kind = "commemoration"
)

// kindOrder ranks the kinds: a sentence with "summit" and "talks" is a
// summit; one with "election" and "announced" is an election; the
// president-elect sworn in is an inauguration; a parade that marks the
// end of a war and a day of mourning for the dead are commemorations.
var kindOrder = []Kind{
	Summit, Referendum, Inauguration, Election, Ceasefire, Attack, Commemoration, Clash, Protest,
	Disaster, Emergency, Agreement, Arrest, Visit, Talks, Meeting, Contest, Result,
	Appointment, Death, Decision, Opening, Announcement, Happening,
}

// rank returns k's place in kindOrder, len(kindOrder) when k is none of
// them (see kind_rank.go).
func rank(k Kind) int {
	if k == "" {
		return len(kindOrder)
	}
	switch r := kindRanks[kindRankKey(len(k), k[0])]; {
	case r > 0:
		if kindOrder[r-1] == k {
			return int(r - 1)
		}
		return len(kindOrder)
	case r < 0:
		return rankSearch(k)
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
	// (A set's lowest bit is its first kind; With sets bit
	// len(kindOrder) for a string that is no kind, which is no kind here
	// either.)
	if i := bits.TrailingZeros32(uint32(s)); i < len(kindOrder) {
		return kindOrder[i]
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
	qMourning      qualifier = "mourning"
	qParade        qualifier = "parade"
	// qConclave: the cardinals' vote for a pope, a vote of no country
	// (see Title).
	qConclave qualifier = "conclave"
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
		"fa": {"اجلاس*", "نشست سران"},
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
		"en": {"election", "elections", "elected", "re-elected", "reelected", "vote", "voted", "voting", "polls", "ballot", "runoff*", "run-off*", "exit poll*", "polling station*", "turnout", "by-election*", "conclave*", "cast their ballots"},
		"fr": {"élection*", "élu", "élue", "réélu", "scrutin*", "vote", "voté", "présidentielle*", "législatives", "bureaux de vote", "bureau de vote", "aux urnes", "sortie des urnes", "votent", "ont voté", "second tour", "premier tour", "conclave*"},
		"de": {"präsidentenwahl*", "präsidentschaftswahl*", "parlamentswahl*", "gewählt", "wiedergewählt", "abstimmung", "stichwahl*", "wahl*", "neuwahl*", "bundestagswahl*", "landtagswahl*", "kommunalwahl*", "europawahl*", "nachwahl*", "stimmabgabe*", "urnengang*", "wählten", "abgestimmt", "konklave*"},
		"nl": {"verkiezing*", "presidentsverkiezing*", "parlementsverkiezing*", "gekozen", "herkozen", "stemming", "stembureau*", "stembus*", "exitpoll*", "stemden", "gestemd", "conclaaf", "voorverkiezing*"},
		"ru": {"выбор*", "избран*", "переизбран*", "голосован*", "экзитпол*", "избирательн* участк*", "проголосова*", "голосовал*", "конклав*", "явк* избирател*"},
		"uk": {"вибор*", "обран*", "голосуван*", "екзитпол*", "проголосува*", "голосува*", "виборч* дільниц*", "конклав*"},
		"kk": {"сайлау*", "сайлан*", "дауыс бер*", "сайлау учаске*"},
		"ky": {"шайлоо*", "шайлан*", "добуш бер*"},
		"tg": {"интихобот*", "овоз дод*", "интихоб шуд*"},
		"az": {"seçki*", "səs ver*", "=seçil*"},
		"uz": {"saylov*", "сайлов*", "saylandi", "ovoz ber*", "овоз бер*", "сайланди", "saylov uchast*", "сайлов участка*"},
		"es": {"elección*", "elecciones", "elegido", "reelegido", "comicios", "votación", "segunda vuelta", "votaron", "votó", "urnas", "a pie de urna", "cónclave*", "colegios electorales"},
		"pt": {"eleição*", "eleições", "eleito", "reeleito", "votação", "segundo turno", "votaram", "votou", "urnas", "boca de urna", "conclave*", "secções de voto", "seções eleitorais"},
		"it": {"elezion*", "eletto", "rieletto", "votazion*", "ballottaggi*", "votato", "votano", "alle urne", "exit poll", "conclave", "seggi elettorali", "voto"},
		"tr": {"seçim*", "seçildi", "oy verdi", "oy kullan*", "sandık başına", "sandığa", "çıkış anket*", "konklav*"},
		"pl": {"wybor*", "wybrany", "głosowan*", "głosowa*", "zagłosowa*", "lokal* wyborcz*", "exit poll*", "konklawe"},
		"ar": {"انتخابات", "الانتخابات", "انتخاب", "اقتراع", "الاقتراع", "مراكز الاقتراع", "صناديق الاقتراع", "المجمع المغلق", "انتخب", "انتخبت", "جوله الاعاده"},
		"fa": {"انتخابات*", "انتخاب", "رای\u200cگیری*", "رأی\u200cگیری*", "رای گیری", "رای دادند", "صندوق\u200cهای رای", "برگزیده شد"},
		"zh": {"选举", "大选", "当选", "投票", "决选", "出口民调", "投票站", "教宗选举", "连任"},
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
		"ar": {"تنصيب", "اداء اليمين", "أداء اليمين", "اليمين الدستوريه", "ادى اليمين"},
		"fa": {"تحلیف", "مراسم تحلیف", "سوگند", "=تنفیذ"},
		"zh": {"就职", "宣誓就职", "宣誓就任"},
		"ky": {"ант бер*"},
		"az": {"=and iç*", "andiçmə*"},
		"tg": {"савганд*"},
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
		"uz": {"sulh*", "o'q otishni to'xtatish", "ўқ отишни тўхтатиш"},
		"es": {"alto el fuego", "cese el fuego", "tregua*"},
		"pt": {"cessar-fogo", "trégua*"},
		"it": {"cessate il fuoco", "tregua*"},
		"tr": {"ateşkes*"},
		"pl": {"zawieszeni* broni", "rozejm*"},
		"ar": {"وقف اطلاق النار", "هدنه", "الهدنه"},
		"fa": {"آتش\u200cبس", "آتش بس"},
		"zh": {"停火", "休战", "停战"},
		"tg": {"оташбас*"},
	},
	Attack: {
		"en": {"attack*", "bombing*", "explosion*", "offensive", "invasion", "invaded", "shelling", "airstrike*", "assault*", "opened fire", "open fire", "shooting", "shootings", "massacre*", "ambush*", "stormed", "storming"},
		"fr": {"attaque*", "attentat*", "explosion*", "offensive*", "invasion*", "bombardement*", "fusillade*"},
		"de": {"angriff*", "anschlag*", "anschläge*", "explosion*", "offensive*", "invasion*", "einmarsch*", "beschuss", "luftangriff*", "raketenangriff*", "drohnenangriff*", "terroranschlag*", "bombenanschlag*", "selbstmordanschlag*", "terrorangriff*", "stürmten", "gestürmt", "schießerei*"},
		"nl": {"aanval*", "aanslag*", "explosie*", "offensief*", "invasie*", "beschieting*", "luchtaanval*", "raketaanval*", "droneaanval*", "terreuraanslag*", "bomaanslag*", "bestormd*", "bestormden", "schietpartij*"},
		"ru": {"нападени*", "напал*", "атак*", "атаковал*", "теракт*", "взрыв*", "наступлени*", "вторжени*", "обстрел*", "удар*", "штурм*", "стрельб*"},
		"uk": {"напад*", "атак*", "теракт*", "вибух*", "наступ*", "вторгнен*", "обстріл*"},
		"kk": {"шабуыл*", "жарылыс*", "атыс", "террорлық акт*"},
		"uz": {"hujum*", "portlash*", "hujum", "ҳужум*", "портлаш*", "terakt*"},
		"es": {"ataque*", "atentado*", "explosión*", "ofensiva*", "invasión*", "bombardeo*", "tiroteo*"},
		"pt": {"ataque*", "atentado*", "explosão*", "ofensiva*", "invasão*", "bombardeio*", "tiroteio*"},
		"it": {"attacc*", "attentat*", "esplosion*", "offensiva*", "invasion*", "bombardament*", "blitz", "irruzione"},
		"tr": {"saldır*", "patlama*", "taarruz*", "işgal*", "operasyon*"},
		"pl": {"=atak*", "zaatakowa*", "zamach*", "wybuch*", "ofensyw*", "inwazj*", "ostrzał*", "strzelanin*"},
		"ar": {"هجوم", "الهجوم", "انفجار", "الانفجار", "غزو", "الغزو", "قصف", "هجوما", "هجمات", "الهجمات", "غارات", "غاره", "تفجير", "تفجيرات", "اعتداء", "ضربات", "اطلاق نار"},
		"fa": {"=حمله*", "حملات", "انفجار*", "تهاجم*", "بمباران*", "ترور", "تیراندازی*"},
		"zh": {"袭击", "爆炸", "进攻", "入侵", "攻势", "空袭", "轰炸", "恐袭", "枪击", "炮击"},
		"az": {"hücum*", "partlayış*"},
		"ky": {"кол салуу*", "чабуул*", "жарылуу*"},
		"tg": {"ҳамла*", "таркиш*"},
	},
	Commemoration: {
		"en": {"day of mourning", "days of mourning", "national mourning", "mourning", "mourned", "parade*", "commemorat*", "laid a wreath", "laid wreaths", "wreath-laying", "minute of silence", "memorial service*", "remembrance"},
		"fr": {"deuil*", "défilé militaire", "défilés militaires", "défilé de la victoire", "commémor*", "dépôt de gerbe*", "minute de silence", "hommage*"},
		"de": {"staatstrauer", "trauertag*", "trauer*", "militärparade*", "siegesparade*", "gedenk*", "gedachte*", "kranzniederlegung*", "schweigeminute*"},
		"nl": {"nationale rouw", "rouwdag*", "=rouw", "militaire parade", "herdenking*", "herdacht", "herdachten", "kranslegging*", "minuut stilte"},
		"ru": {"траур*", "парад*", "почтил* память", "почтить память", "минут* молчани*", "возложени* венк*", "возложил* венк*", "возложил* цвет*"},
		"uk": {"=жалоб*", "парад*", "вшанува*", "хвилин* мовчання", "поклал* вінк*", "поклал* квіт*"},
		"kk": {"аза тұту*", "жалпыұлттық аза", "әскери шеру*", "еске алу*", "тағзым ет*", "гүл шоқ*", "үнсіз еске"},
		"ky": {"аза күтүү*", "эскерүү*", "эскерди*"},
		"uz": {"motam*", "мотам*", "parad", "paradi", "paradda", "paradga", "yod etil*", "ёд этил*", "xotirlash*", "хотирлаш*"},
		"tg": {"ёдбуд*"},
		"az": {"matəm*", "parad", "paradı", "paradda", "anım mərasim*", "ehtiram*"},
		"es": {"luto*", "duelo nacional", "desfile*", "conmemora*", "homenaje*", "ofrenda floral", "minuto de silencio"},
		"pt": {"luto*", "desfile*", "comemoraç*", "homenage*", "minuto de silêncio"},
		"it": {"lutto*", "parata*", "sfilata*", "commemora*", "corona di alloro", "minuto di silenzio"},
		"tr": {"milli yas", "ulusal yas", "yas ilan*", "yas günü", "geçit töreni*", "askeri geçit", "anma töreni*", "çelenk*", "saygı duruşu*"},
		"pl": {"żałob*", "defilad*", "parada", "paradzie", "parady", "paradę", "upamiętni*", "obchody", "obchodach", "obchodów", "minut* ciszy", "złoży* wieni*"},
		"ar": {"الحداد", "حدادا", "عرض عسكري", "العرض العسكري", "استعراض عسكري", "احياء ذكرى", "احياء الذكرى", "اكليل", "اكليلا", "دقيقه صمت", "عرضا عسكريا", "استعراضا عسكريا", "عروض عسكريه"},
		"fa": {"عزای عمومی", "سوگواری*", "عزاداری*", "رژه", "بزرگداشت", "یادبود", "دقیقه سکوت"},
		"zh": {"哀悼日", "国家公祭日", "下半旗", "降半旗", "阅兵", "纪念", "悼念", "默哀", "献花圈", "敬献花圈"},
	},
	Clash: {
		"en": {"clash*", "fighting", "battle*", "skirmish*", "hostilities", "=war", "fought", "conflict", "captured", "recaptured"},
		"fr": {"affrontement*", "combat*", "heurt*", "guerre", "combattu*", "conflit", "ont pris le contrôle", "repris le contrôle"},
		"de": {"gefecht*", "kämpfe*", "zusammenstöße*", "zusammenstoß*", "krieg", "kämpft*", "konflikt", "grenzkonflikt*", "grenzgefecht*", "eroberten", "eroberte", "zurückerobert"},
		"nl": {"gevecht*", "botsing*", "strijd", "oorlog", "vocht*", "conflict", "grensconflict*", "veroverden", "heroverd*"},
		"ru": {"столкновени*", "боевы*", "боев", "боёв", "боях", "войн*", "воевал*", "сражал*", "конфликт", "захватил*", "отбил*"},
		"uk": {"зіткненн*", "бої", "боїв", "війн*", "конфлікт"},
		"kk": {"қақтығыс*", "соғыс*"},
		"ky": {"кагылыш*", "согуш*", "атышуу*"},
		"tg": {"задухӯрд*", "ҷанг*", "даргирӣ*"},
		"az": {"döyüş*", "toqquşma*", "müharibə*"},
		"uz": {"to'qnashuv*", "jang*", "urush*", "жанг*", "уруш*", "тўқнашув*"},
		"es": {"enfrentamiento*", "combate*", "choque*", "guerra", "lucharon", "combatieron", "conflicto", "tomaron el control", "recuperaron el control"},
		"pt": {"confronto*", "combate*", "guerra", "lutaram", "combateram", "conflito"},
		"it": {"scontr*", "combattiment*", "guerra", "combattut*", "conflitto"},
		"tr": {"çatışma*", "savaş*", "çatıştı", "ele geçir*"},
		"pl": {"starci*", "starć", "=walk*", "wojn*", "walczył*", "konflikt*"},
		"ar": {"اشتباكات", "معارك", "قتال", "حرب", "الحرب", "مواجهات", "سيطرت", "سيطروا", "استعادت السيطره"},
		"fa": {"درگیری*", "نبرد*", "جنگ"},
		"zh": {"冲突", "交火", "战斗", "战争", "交战", "攻占", "收复"},
	},
	Protest: {
		"en": {"protest*", "demonstration*", "demonstrator*", "rally", "rallies", "unrest", "riot*", "uprising*", "marched", "on strike", "general strike", "strikers", "striking workers", "walkout*", "hunger strike", "demonstrated"},
		"fr": {"manifestation*", "manifestant*", "protestation*", "émeute*", "troubles", "soulèvement*", "rassemblement*", "grève*", "grévistes", "ont manifesté", "manifestaient"},
		"de": {"protest*", "demonstration*", "demonstrant*", "kundgebung*", "unruhen", "aufstand*", "streik*", "generalstreik*", "warnstreik*", "massenprotest*", "demonstrierten"},
		"nl": {"protest*", "demonstratie*", "betoging*", "betoger*", "demonstrant*", "onlusten", "rellen", "opstand*", "=staking*", "staakten", "stakers", "massaprotest*", "demonstreerden", "betoogden"},
		"ru": {"протест*", "демонстрац*", "митинг*", "беспоряд*", "волнени*", "демонстрант*", "забастовк*", "бастовал*", "бастуют", "стачк*", "митинговал*"},
		"uk": {"протест*", "демонстрац*", "мітинг*", "заворушен*", "страйк*"},
		"kk": {"наразылық*", "митинг*", "шеру*", "ереуіл*"},
		"uz": {"namoyish*", "norozilik*", "намойиш*", "ish tashlash*", "иш ташлаш*", "норозилик*"},
		"es": {"protesta*", "manifestación*", "manifestante*", "disturbio*", "huelga*", "huelguistas", "marcharon", "se manifestaron"},
		"pt": {"protesto*", "manifestação*", "manifestações", "manifestante*", "distúrbio*", "greve*", "grevistas"},
		"it": {"protest*", "manifestazion*", "manifestant*", "disordin*", "rivolt*", "sciopero", "scioperi", "scioperat*"},
		"tr": {"protesto*", "gösteri*", "eylem*", "grev*"},
		"pl": {"protest*", "demonstracj*", "manifestacj*", "zamieszki", "strajk*", "demonstrowal*"},
		"ar": {"احتجاجات", "الاحتجاجات", "احتجاج", "مظاهرات", "المظاهرات", "مظاهره", "تظاهره", "اضطرابات", "المتظاهرين", "متظاهرين", "اضراب", "الاضراب", "اضرابا", "اعتصام"},
		"fa": {"اعتراض*", "تظاهرات*", "اغتشاش*", "اعتصاب*", "تحصن", "تجمع"},
		"zh": {"抗议", "示威", "骚乱", "游行", "罢工", "集会"},
		"ky": {"нааразылык*", "иш таштоо*"},
		"tg": {"эътироз*", "тазоҳурот*"},
		"az": {"etiraz*"},
	},
	Disaster: {
		"en": {"earthquake*", "flood*", "flooding", "heatwave*", "heat wave", "wildfire*", "fire", "storm", "eclipse*", "landslides", "landslide hit*", "landslide struck", "landslide buried", "landslide killed", "landslide destroyed", "landslide blocked", "landslide swept", "drought*", "crash*", "disaster*", "storms", "mudslide*", "mudflow*", "avalanche*", "tsunami*", "hurricane*", "typhoon*", "cyclone*", "tornado*", "blaze*", "dam burst", "dam collapse*"},
		"fr": {"séisme*", "tremblement de terre", "inondation*", "canicule*", "incendie*", "tempête*", "éclipse*", "catastrophe*", "crue*", "glissement* de terrain", "coulée* de boue", "ouragan*", "typhon*", "incendié*"},
		"de": {"erdbeben*", "überschwemmung*", "hochwasser*", "hitzewelle*", "=brand", "waldbrand*", "sturm", "finsternis*", "katastrophe*", "absturz*", "stürme", "erdrutsch*", "schlammlawine*", "lawine*", "murgang*", "dammbruch*", "unwetter*", "flut", "flutwelle*", "flutkatastrophe*", "überflutung*", "hurrikan*", "taifun*", "grubenunglück*", "grubenbrand*", "großbrand*"},
		"nl": {"aardbeving*", "overstroming*", "hittegolf*", "=brand", "bosbrand*", "storm", "eclips*", "verduistering*", "=ramp", "=rampen", "warmterecord*", "hitterecord*", "neergestort*", "warmste", "hitte*", "aardverschuiving*", "modderstroom*", "lawine*", "dijkdoorbraak*", "orkaan*", "tyfoon*", "mijnramp*"},
		"ru": {"землетрясени*", "наводнени*", "паводок*", "паводк*", "жара", "жары", "жару", "жарой", "пожар*", "шторм*", "затмени*", "катастроф*", "крушени*", "оползень", "оползн*", "сель", "селев*", "лавин*", "прорыв* дамб*", "прорыв* плотин*", "ураган*", "тайфун*", "цунами", "возгорани*"},
		"uk": {"землетрус*", "повін*", "спека", "спеки", "спеку", "спекою", "пожеж*", "затемнен*", "катастроф*", "зсув*", "лавин*", "ураган*", "прорив* дамб*"},
		"kk": {"жер сілкініс*", "су тасқын*", "өрт*", "көшкін*", "апат*"},
		"uz": {"zilzila*", "suv toshqini*", "yong'in*", "ko'chki*", "halokat*", "falokat*", "to'fon*", "ёнғин*", "зилзила*", "сув тошқини*", "кўчки*", "=ҳалокат*", "фалокат*", "авиаҳалокат*", "=сел"},
		"es": {"terremoto*", "sismo*", "inundación*", "inundaciones", "ola de calor", "incendio*", "tormenta*", "eclipse*", "catástrofe*", "deslizamiento* de tierra", "alud", "aludes", "avalancha*", "huracán", "huracanes", "tifón", "derrumbe*", "se estrelló", "riada*", "desbordamiento*"},
		"pt": {"terremoto*", "sismo*", "enchente*", "inundação*", "inundações", "cheia*", "onda de calor", "incêndio*", "tempestade*", "eclipse*", "transbord*", "catástrofe*", "deslizamento*", "avalanche*", "furacão", "furacões", "tufão", "desabamento*", "rompimento da barragem", "rompimento de barragem"},
		"it": {"terremoto*", "sisma", "alluvion*", "inondazion*", "ondata di calore", "incendi*", "tempesta*", "eclissi", "catastrof*", "frana", "frane", "smottament*", "valanga", "valanghe", "uragano", "uragani", "tifone", "nubifragi*", "esondazion*", "precipitato"},
		"tr": {"deprem*", "=sel", "=seller", "taşkın*", "sıcak hava dalgası", "yangın*", "fırtına*", "tutulma*", "felaket*", "heyelan*", "çığ", "kasırga*", "tayfun*", "göçük*", "kazası", "kazasında", "maden kazası"},
		"pl": {"trzęsieni* ziemi", "upał*", "pożar*", "burz*", "zaćmieni*", "katastrof*", "osuwisk*", "lawin*", "huragan*", "tajfun*", "powódź", "powodzi", "powodzie", "powodziach", "powodzią"},
		"ar": {"زلزال", "الزلزال", "فيضان", "فيضانات", "الفيضانات", "موجه حر", "موجه حاره", "حريق", "حرائق", "عاصفه", "كسوف", "كارثه", "تحطم", "تحطمت", "سيول", "السيول", "انهيار ارضي", "انهيارات ارضيه", "انهيار سد", "انهيار السد", "اعصار", "الاعصار", "تسونامي", "زلازل"},
		"fa": {"زلزله*", "سیل", "سیلاب*", "موج گرما", "آتش\u200cسوزی*", "آتش سوزی", "طوفان*", "کسوف*", "سانحه", "سقوط بالگرد", "سقوط هواپیما", "رانش زمین", "گردباد", "سونامی", "توفان*", "شکستن سد"},
		"zh": {"地震", "洪水", "洪灾", "热浪", "高温", "火灾", "暴雨", "日食", "灾难", "空难", "山体滑坡", "泥石流", "雪崩", "台风", "飓风", "海啸", "溃坝", "决堤", "坠毁", "坠机", "矿难", "大火"},
		"ky": {"жер титирөө*", "суу ташкын*", "=сел", "көчкү*", "кырсык*", "өрт*"},
		"tg": {"сӯхтор*", "заминларза*", "обхезӣ", "ярч*", "садама*"},
		"az": {"zəlzələ*", "yanğın*", "daşqın*", "sürüşmə*", "qəza*", "fəlakət*"},
	},
	Emergency: {
		"en": {"state of emergency", "emergency rule", "martial law", "curfew*"},
		"fr": {"état d'urgence", "couvre-feu", "loi martiale"},
		"de": {"ausnahmezustand*", "notstand*", "ausgangssperre*", "kriegsrecht*"},
		"nl": {"noodtoestand*", "uitzonderingstoestand*", "avondklok*", "staat van beleg"},
		"ru": {"чрезвычайн* положени*", "режим чс", "комендантск* час*", "военн* положени*"},
		"uk": {"надзвичайн* стан*", "комендантськ* годин*", "воєнн* стан*"},
		"kk": {"төтенше жағдай", "төтенше жағдайы", "төтенше жағдайын", "төтенше жағдайды", "төтенше жағдайында", "төтенше жағдай режим*", "әскери жағдай*", "коменданттық сағат*"},
		"uz": {"favqulodda holat*", "фавқулодда ҳолат*"},
		"es": {"estado de emergencia", "estado de excepción", "toque de queda", "ley marcial"},
		"pt": {"estado de emergência", "estado de calamidade", "toque de recolher", "lei marcial"},
		"it": {"stato di emergenza", "coprifuoco", "legge marziale", "stato d'emergenza"},
		"tr": {"olağanüstü hal", "sokağa çıkma yasağı", "sıkıyönetim*"},
		"pl": {"stan wyjątkow*", "stan wojenn*", "godzin* policyjn*", "stan klęski żywiołowej", "stan nadzwyczajn*"},
		"ar": {"حاله الطوارئ", "الطوارئ", "حظر التجول", "حظر تجول", "الاحكام العرفيه"},
		"fa": {"وضعیت اضطراری", "حکومت نظامی", "وضعیت فوق\u200cالعاده"},
		"zh": {"紧急状态", "宵禁", "戒严"},
		"ky": {"өзгөчө абал*"},
		"tg": {"ҳолати фавқулодда", "вазъи фавқулодда"},
		"az": {"fövqəladə vəziyyət*", "hərbi vəziyyət*"},
	},
	Agreement: {
		"en": {"agreement*", "treaty", "treaties", "accord", "accords", "signed", "signing", "sign", "deal", "memorandum", "protocol", "declaration", "ratified", "ratification", "visa-free", "visa waiver", "visa exemption"},
		"fr": {"accord", "accords", "traité*", "signé*", "signature*", "signent", "protocole*", "déclaration*", "ratifi*", "exemption de visa*", "sans visa"},
		"de": {"abkommen*", "vertrag*", "verträge*", "vereinbarung*", "unterzeichn*", "unterschrieben", "protokoll*", "erklärung*", "ratifi*", "visafrei*", "visumfrei*", "friedensabkommen*", "freihandelsabkommen*", "grenzabkommen*", "friedensvertrag*", "grenzvertrag*"},
		"nl": {"akkoord*", "verdrag*", "overeenkomst*", "ondertekend*", "ondertekening*", "getekend", "tekenden", "ratifi*", "visumvrij*", "vredesakkoord*", "handelsakkoord*", "grensakkoord*", "vredesverdrag*"},
		"ru": {"соглашени*", "договор*", "подписа*", "подписани*", "меморандум*", "протокол*", "декларац*", "ратифици*", "подпис*", "безвиз*"},
		"uk": {"угод*", "договір*", "договор*", "підписа*", "підписанн*", "меморандум*", "ратифік*", "безвіз*"},
		"kk": {"келісім*", "шарт*", "қол қой*", "визасыз*", "визадан босат*"},
		"ky": {"келишим*", "кол кой*", "кол коюш*"},
		"tg": {"созишнома*", "имзо*"},
		"az": {"saziş*", "müqavilə*", "imzala*"},
		"uz": {"kelishuv*", "shartnoma*", "imzola*", "келишув*", "шартнома*", "имзола*", "vizasiz*", "визасиз*"},
		"es": {"acuerdo*", "tratado*", "firmó", "firmaron", "firmado*", "firmada*", "firma", "convenio*", "memorando*", "protocolo*", "declaración*", "ratific*", "exención de visado*", "sin visado"},
		"pt": {"acordo*", "tratado*", "assinat*", "assinou", "assinaram", "assinado*", "convénio*", "convênio*", "memorando*", "protocolo*", "declaração*", "ratific*", "isenção de visto*", "sem visto"},
		"it": {"accordo", "accordi", "trattat*", "firmato", "firmata", "firmati", "firmate", "firmarono", "firma", "intesa", "memorandum", "protocoll*", "dichiarazion*", "ratific*", "esenzione dei visti", "senza visto", "sottoscritt*"},
		"tr": {"anlaşma*", "antlaşma*", "imza*", "mutabakat*", "protokol*", "bildiri*", "vizesiz", "vize muafiyet*", "vize serbesti*"},
		"pl": {"porozumieni*", "umow*", "traktat*", "podpisa*", "protokół*", "deklaracj*", "ratyfik*", "bezwizow*"},
		"ar": {"اتفاق", "اتفاقيه", "الاتفاق", "الاتفاقيه", "معاهده", "المعاهده", "وقع", "وقعا", "توقيع", "مذكره تفاهم", "اعلان", "اعلانا", "بدون تاشيره", "الاعفاء من التاشيره", "الغاء التاشيرات", "اتفاقيات", "اتفاقات", "معاهدات", "مذكرات تفاهم"},
		"fa": {"توافق*", "قرارداد*", "پیمان*", "امضا", "امضای", "لغو روادید", "بدون روادید", "معافیت روادید", "تفاهم\u200cنامه*", "موافقت\u200cنامه*"},
		"zh": {"协议", "协定", "条约", "签署", "签订", "宣言", "备忘录", "生效", "免签"},
	},
	Arrest: {
		"en": {"arrest*", "detained", "detention", "jailed", "sentenced", "convicted", "acquitted", "verdict*", "prison sentence"},
		"fr": {"arrêté*", "arrestation*", "interpellé*", "condamné*", "verdict*", "peine de prison"},
		"de": {"festgenommen", "verhaftet", "festnahme*", "verhaftung*", "verurteilt", "inhaftiert", "urteil", "urteils", "haftstrafe*", "gefängnisstrafe*"},
		"nl": {"gearresteerd", "opgepakt", "arrestatie*", "aangehouden", "veroordeeld", "gevangenisstraf*", "vonnis*"},
		"ru": {"задержа*", "арест*", "осужден*", "приговор*", "приговорил*"},
		"uk": {"затрима*", "арешт*", "засуджен*", "вирок*"},
		"kk": {"ұста*", "қамау*", "сотталды", "бас бостандығынан айыр*"},
		"uz": {"hibsga", "qamoqqa", "ushlan*", "ҳибсга", "қамоққа", "ушлан*", "ozodlikdan mahrum*", "озодликдан маҳрум*"},
		"es": {"detenido*", "detención", "arrestado*", "condenado*", "arrestó", "sentencia*", "pena de prisión"},
		"pt": {"preso*", "detido*", "detenção", "condenado*", "prendeu", "sentença*", "pena de prisão"},
		"it": {"arrestat*", "arresto", "fermat*", "condannat*", "sentenza*", "condanna a"},
		"tr": {"tutuklan*", "gözaltı*", "gözaltına", "hapis cezası*", "mahkum edildi", "tutuklandı"},
		"pl": {"aresztowan*", "zatrzyman*", "skazan*", "wyrok*", "skazał*"},
		"ar": {"اعتقال", "اعتقل", "القبض", "احتجاز", "اعتقلت", "بالسجن"},
		"fa": {"بازداشت*", "دستگیر", "دستگیری", "به زندان"},
		"zh": {"逮捕", "拘留", "被捕", "判处", "判决", "起诉", "判刑", "有期徒刑"},
		"ky": {"кармалды", "камакка алын*", "соттолду"},
		"tg": {"боздошт*"},
		"az": {"həbs ed*", "həbs olun*", "saxlanıl*"},
	},
	Visit: {
		"en": {"visit*", "arrive*", "arrival", "trip", "tour", "landed"},
		"fr": {"visite*", "arrivé*", "arrive", "arrivée", "voyage", "tournée", "déplacement", "s'est rendu*", "se rendra"},
		"de": {"besuch*", "staatsbesuch*", "eingetroffen", "traf ein", "ankunft", "reise", "angekommen", "landete", "reiste", "arbeitsbesuch*", "antrittsbesuch*"},
		"nl": {"bezoek*", "staatsbezoek*", "aangekomen", "arriveerde", "kwam aan", "=reis", "werkbezoek*"},
		"ru": {"визит*", "прибыл*", "посети*", "посещени*", "поездк*", "прилет*", "побывал*", "прибуд*", "приехал*"},
		"uk": {"візит*", "прибу*", "відвіда*", "поїздк*", "приїха*", "прилеті*"},
		"kk": {"сапар*", "келді", "барды"},
		"tg": {"сафар*"},
		"az": {"səfər*"},
		"uz": {"tashrif*", "ташриф*", "keldi", "келди"},
		"es": {"visita*", "llegó", "llegada", "viaje", "gira", "visitará", "viajó", "aterrizó", "llegaron"},
		"pt": {"visita*", "chegou", "chegada", "viagem", "deslocação", "visitará", "viajou", "desembarcou", "chegaram"},
		"it": {"visita*", "arrivat*", "arrivo", "viaggio", "si è recato", "si è recata", "si recherà"},
		"tr": {"ziyaret*", "geldi", "vardı"},
		"pl": {"wizyt*", "przyby*", "przylecia*", "podróż*", "odwiedzi*", "przyjecha*"},
		"ar": {"زياره", "الزياره", "زار", "يزور", "وصل", "وصول", "وصلت", "يصل"},
		"fa": {"سفر", "دیدار*", "بازدید", "وارد", "عازم"},
		"zh": {"访问", "国事访问", "抵达", "到访", "出访", "视察", "访华", "到达"},
		"ky": {"келди"},
	},
	Talks: {
		"en": {"talks", "negotiation*", "=met", "meets", "held talks", "phone call", "discussed", "sat down with", "phone conversation*", "telephone conversation*", "spoke by phone", "spoke by telephone", "video call*", "videoconference*"},
		"fr": {"entretien*", "négociation*", "pourparlers", "rencontr*", "s'est entretenu", "entretenu*", "conversation téléphonique", "visioconférence*", "ont discuté", "a discuté"},
		"de": {"gespräch*", "verhandlung*", "traf", "trafen", "telefonat*", "telefoniert*", "videokonferenz*", "videoschalte*", "unterredung*"},
		"nl": {"gesprek*", "onderhandeling*", "ontmoet*", "overleg*", "sprak", "spraken", "telefoongesprek*"},
		"ru": {"переговор*", "встрет*", "беседа", "беседу", "телефонн* разговор*", "обсудил*", "созвонил*", "беседова*"},
		"uk": {"переговор*", "зустрів*", "зустріл*", "зустрін*", "обговори*", "телефонн* розмов*", "розмовля*"},
		"kk": {"келіссөз*", "кездесті*", "кездесіп*", "кездесед*", "сөйлесті", "сөйлесіп", "талқыла*"},
		"ky": {"сүйлөшүү*", "сүйлөштү", "талкуула*"},
		"tg": {"музокира*", "гуфтушунид*", "сӯҳбат*"},
		"az": {"danışıq*", "danışığ*", "müzakirə*"},
		"uz": {"muzokara*", "uchrashdi*", "uchrashib*", "uchrashgan*", "музокара*", "учрашди*", "учрашиб*", "учрашган*", "suhbat*", "muhokama*", "суҳбат*", "сухбат*", "муҳокама*"},
		"es": {"conversaciones", "negociacion*", "reunió", "se reunieron", "encuentro*", "conversación telefónica", "conversaron", "dialogaron", "discutieron", "videoconferencia*", "dialogó"},
		"pt": {"conversações", "negociaç*", "reuniu", "reuniram", "encontro*", "conversa telefónica", "conversa telefônica", "conversaram", "telefonema*", "discutiram", "videoconferência*"},
		"it": {"colloqui*", "negoziat*", "incontr*", "trattativ*", "telefonat*", "videoconferenz*", "hanno discusso"},
		"tr": {"görüşme*", "görüştü", "müzakere*", "bir araya", "ele aldı*", "telefon görüşmesi"},
		"pl": {"rozmow*", "negocjacj*", "spotka*", "rozmawia*", "omówi*", "wideokonferencj*"},
		"ar": {"محادثات", "مفاوضات", "التقى", "لقاء", "اجتماع", "مباحثات", "اتصال هاتفي", "اتصالا هاتفيا", "محادثه هاتفيه", "ناقش", "ناقشا", "مكالمه هاتفيه"},
		"fa": {"مذاکره*", "مذاکرات", "گفتگو", "ملاقات*", "گفتگوی تلفنی", "گفت\u200cوگو*", "تماس تلفنی", "رایزنی"},
		"zh": {"会谈", "会晤", "会见", "谈判", "通话", "通电话", "磋商", "视频会议"},
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
		"fa": {"نشست", "کنفرانس*", "همایش*", "اجلاس*", "جلسه*", "کنگره"},
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
		"tr": {"final*", "yarı final*", "=maç", "=maçı", "=maçta", "=maçın", "=maçında", "=maçlar*", "turnuva*", "şampiyona*"},
		"pl": {"finał*", "półfinał*", "mecz*", "turniej*", "mistrzostw*"},
		"ar": {"نهائي", "النهائي", "مباراه", "بطوله"},
		"fa": {"فینال", "مسابقه*", "مسابقات"},
		"zh": {"决赛", "半决赛", "比赛", "锦标赛"},
	},
	Result: {
		"en": {"won", "wins", "win", "victory", "defeated", "beat", "results", "result", "record"},
		"fr": {"remporté*", "victoire*", "battu*", "résultat*", "record*", "gagné"},
		"de": {"gewann", "gewonnen", "sieg", "sieges", "siegte", "siegten", "sieger*", "wahlsieg*", "besiegt", "ergebnis*", "rekord*"},
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
		"fa": {"پیروزی*", "برنده", "نتایج", "رکورد"},
		"zh": {"获胜", "胜选", "夺冠", "击败", "结果", "纪录", "赢得"},
		"ky": {"жеңиш*"},
		"tg": {"ғалаба*"},
		"az": {"qələbə*", "qalib gəl*"},
	},
	Appointment: {
		"en": {"appointed", "appointment", "named", "nominated", "nomination", "resigned", "resignation", "dismissed", "sacked", "dismissal", "relieved of", "stepped down", "resigns", "reshuffle*"},
		"fr": {"nommé*", "nomination*", "démission*", "limogé*", "limogeage", "démis", "remaniement*"},
		"de": {"ernannt", "ernennung*", "nominiert", "rücktritt*", "entlassen", "entlassung*", "abgesetzt", "zurückgetreten", "kabinettsumbildung*"},
		"nl": {"benoemd", "benoeming*", "genomineerd", "ontslag", "afgetreden", "ontslagen", "trad af", "treedt af", "herschikking*"},
		"ru": {"назначен*", "выдвину*", "отставк*", "уволен*", "освобо* от должност*", "перестановк*"},
		"uk": {"призначен*", "висуну*", "відставк*", "звільн* з посади", "призначи*"},
		"kk": {"тағайында*", "қызметінен босат*", "лауазымынан босат*"},
		"uz": {"tayinla*", "тайинла*", "lavozimidan ozod*", "лавозимидан озод*"},
		"es": {"nombrado*", "designado*", "nombramiento*", "dimisión", "renuncia*", "destitu*", "dimitió", "nombró"},
		"pt": {"nomeado*", "nomeação", "demissão", "renúncia*", "exonerad*", "exoneração", "demitido*", "demitiu", "renunciou", "nomeou"},
		"it": {"nominat*", "nomina", "dimission*", "dimesso", "dimessa", "destituit*", "rimpasto"},
		"tr": {"atandı", "atama*", "aday gösteril*", "istifa*", "görevden al*"},
		"pl": {"mianowan*", "powołan*", "nominacj*", "dymisj*", "rezygnacj*", "zdymisjonowan*"},
		"ar": {"تعيين", "عين", "استقاله", "ترشيح", "اقاله", "اقال", "اعفاء"},
		"fa": {"منصوب", "انتصاب", "استعفا", "نامزد", "برکنار*", "عزل"},
		"zh": {"任命", "提名", "辞职", "免职", "免去", "罢免", "辞去", "撤职", "出任"},
		"ky": {"=дайында*", "кызматтан бошот*"},
		"tg": {"таъин*"},
		"az": {"təyin ed*", "təyin olun*", "vəzifəsindən azad*"},
	},
	Death: {
		"en": {"died", "killed", "dead", "death*"},
		"fr": {"mort", "morts", "morte", "mortes", "décès", "décédé*", "tué", "tués", "tuée", "tuées", "péri", "ont perdu la vie"},
		"de": {"gestorben", "starb", "getötet", "tote", "toten", "tod", "starben", "ums leben", "verstorben"},
		"nl": {"overleden", "overleed", "gedood", "doden", "omgekomen", "kwamen om", "kwam om", "stierf", "stierven"},
		"ru": {"погиб*", "скончал*", "убит*", "смерт*", "умер*"},
		"uk": {"загину*", "помер*", "вбит*", "смерт*"},
		"kk": {"қайтыс", "қаза", "мерт болды", "опат болды", "көз жұмды"},
		"uz": {"vafot*", "halok*", "вафот*", "ҳалок"},
		"es": {"murió", "muertos", "fallecido*", "falleció", "asesinado*", "murieron", "fallecieron", "perdieron la vida", "muerte", "muertes"},
		"pt": {"morreu", "mortos", "morte*", "faleceu", "morreram", "perderam a vida"},
		"it": {"morto", "morti", "morta", "morte", "decesso", "ucciso", "uccisi", "uccisa", "deceduto", "deceduta"},
		"tr": {"öldü", "hayatını kaybetti", "ölüm", "ölümü", "ölümün", "ölümünden", "ölümüne", "ölümle", "can verdi", "öldürül*", "hayatını kaybed*"},
		"pl": {"zginęł*", "zginął", "zmarł*", "zabit*", "śmier*", "nie żyje"},
		"ar": {"مقتل", "قتل", "وفاه", "توفي", "قتلى", "مصرع", "حتفه", "حتفهم"},
		"fa": {"کشته", "درگذشت", "جان باخت", "جان باختن", "جان باختند", "فوت"},
		"zh": {"死亡", "遇难", "去世", "身亡", "逝世", "丧生", "罹难"},
		"ky": {"каза бол*", "курман бол*", "көз жумду"},
		"tg": {"фавтид*", "кушта шуд*"},
		"az": {"həlak ol*", "vəfat*", "dünyasını dəyiş*"},
	},
	Decision: {
		"en": {"decree*", "decision*", "decided", "approved", "adopted", "ruling", "passed", "raised", "cut", "lowered", "banned", "imposed", "sanction*", "law", "dissolved", "dissolution", "dissolves", "embargo*", "ordered"},
		"fr": {"décret*", "décision*", "décidé*", "approuvé*", "adopté*", "relevé*", "abaissé*", "interdit*", "sanction*", "loi", "dissous", "dissoute", "a ordonné", "ordonné"},
		"de": {"dekret*", "erlass*", "beschluss*", "beschlossen", "entscheidung*", "verabschiedet", "angehoben", "gesenkt", "verbot*", "sanktion*", "gesetz*", "aufgelöst", "auflösung*", "befahl"},
		"nl": {"decreet*", "besluit*", "besloten", "goedgekeurd", "aangenomen", "verhoogd", "verlaagd", "verbod*", "sanctie*", "=wet", "ontbonden", "ontbinding", "besloot"},
		"ru": {"указ", "указа", "указом", "решени*", "постановлени*", "утверди*", "одобри*", "принял*", "повысил*", "понизил*", "запрет*", "санкци*", "закон*", "решил*", "распусти*", "распущен*", "роспуск*", "приказал*", "эмбарго"},
		"uk": {"указ*", "рішенн*", "постанов*", "ухвали*", "схвали*", "підвищ*", "знизи*", "санкці*", "закон*", "виріши*", "розпусти*", "розпуск*", "розпущен*", "=наказав"},
		"kk": {"жарлық*", "шешім*", "заң*", "бекіт*", "бұйырды"},
		"uz": {"farmon*", "qaror*", "qonun*", "фармон*", "қарор*", "қонун*", "sanksiya*"},
		"es": {"decreto*", "decisión*", "decidió", "aprobó", "aprobado*", "adoptó", "subió", "elevó", "bajó", "prohibi*", "sancion*", "ley", "disolvió", "disolución", "disuelto", "ordenó"},
		"pt": {"decreto*", "decisão", "decidiu", "aprovou", "aprovado*", "elevou", "subiu", "baixou", "proibi*", "sanção", "sanções", "lei", "dissolveu", "dissolução", "dissolvido", "ordenou"},
		"it": {"decreto*", "decision*", "deciso", "approvat*", "adottat*", "alzato", "aumentato", "abbassato", "vietat*", "sanzion*", "legge", "sciolto", "scioglimento", "sciolse", "ha ordinato"},
		"tr": {"kararname*", "karar*", "onayla*", "kabul", "yükseltti", "indirdi", "düşürdü", "yasak*", "yaptırım*", "yasa", "yasası", "yasasını", "yasanın", "yasaya", "yasayı", "yasada", "yasasındaki", "kanun*", "feshet*", "fesih*", "feshedil*", "emretti"},
		"pl": {"dekret*", "decyzj*", "zdecydowa*", "zatwierdzi*", "przyjęł*", "podniósł", "podwyższ*", "obniży*", "zakaz*", "sankcj*", "ustaw*", "polecił*"},
		"ar": {"مرسوم", "قرار", "القرار", "قررت", "قرر", "وافق", "اقر", "رفع", "خفض", "حظر", "عقوبات", "قانون", "حل البرلمان"},
		"fa": {"فرمان", "تصمیم*", "مصوبه", "تصویب", "افزایش", "کاهش", "تحریم*", "قانون", "انحلال", "دستور داد"},
		"zh": {"法令", "决定", "批准", "通过", "上调", "下调", "禁止", "制裁", "法律", "解散", "下令", "禁运"},
		"ky": {"чечим*"},
		"az": {"qərar*", "qəbul ed*", "qəbul olun*"},
		"tg": {"қарор*", "фармон*"},
	},
	Opening: {
		"en": {"opened", "opening", "launched", "launch", "began", "begins", "started", "entered into force", "took effect", "takes effect", "reopened", "closed", "completed", "founded", "established", "lift-off", "liftoff", "blasted off", "commissioned"},
		"fr": {"ouvert*", "ouverture*", "lancé*", "lancement*", "commencé", "débuté", "entré en vigueur", "entre en vigueur", "fermé*", "fondé*", "créé*", "achevé*", "mis en service", "mise en service", "inauguré*"},
		"de": {"eröffnet", "eröffnung*", "gestartet", "start*", "begann", "begonnen", "in kraft", "geschlossen", "gegründet", "gründung*", "abgeschlossen", "in betrieb genommen", "inbetriebnahme*", "eingeweiht", "einweihung*"},
		"nl": {"geopend", "opening*", "gelanceerd", "gestart", "begon", "begonnen", "in werking", "van kracht", "gesloten", "opgericht", "voltooid", "in gebruik genomen", "ingebruikname*", "ingewijd"},
		"ru": {"открыт*", "открыл*", "запуст*", "запуск*", "начал", "начала", "начали", "началось", "начался", "началась", "начались", "вступ* в силу", "вступил*", "закрыт*", "основан*", "создан*", "завершен*", "заработа*", "начнет действовать", "начнут действовать", "введен* в эксплуатац*", "ввод* в эксплуатац*", "сдан* в эксплуатац*", "запущен*", "стартовал*", "выведен* на орбит*"},
		"uk": {"відкри*", "запуст*", "розпоча*", "почал*", "набу* чинності", "закри*", "засн*", "заверш*", "запущен*", "введен* в експлуатац*"},
		"kk": {"ашыл*", "іске қос*", "басталды", "күшіне ен*", "құрылды", "пайдалануға беріл*", "ұшырылды", "қолданысқа ен*"},
		"uz": {"ochil*", "ishga tushiril*", "boshlandi", "kuchga kir*", "очил*", "бошланди", "кучга кир*", "tashkil", "foydalanishga topshiril*", "фойдаланишга топширил*", "uchirildi", "учирилди", "ишга туширил*"},
		"es": {"abrió", "abierto*", "inauguró", "inaugurado*", "lanzó", "lanzamiento*", "comenzó", "empezó", "entró en vigor", "entra en vigor", "cerró", "fundado*", "creado*", "puso en marcha", "puesta en marcha", "entró en funcionamiento"},
		"pt": {"abriu", "aberto*", "inaugurou", "inaugurado*", "lançou", "lançamento*", "começou", "iniciou", "entrou em vigor", "entra em vigor", "fechou", "fundado*", "criado*", "entrou em funcionamento", "entrou em operação", "lançad*"},
		"it": {"aperto", "apertura", "inaugurat*", "lanciat*", "lancio", "iniziat*", "cominciat*", "entrat* in vigore", "entra in vigore", "chius*", "fondat*", "messo in funzione", "entrato in funzione", "entrata in funzione"},
		"tr": {"açıldı", "açılış*", "başlatıldı", "başladı", "yürürlüğe", "kapatıldı", "kuruldu", "tamamlandı", "hizmete açıldı", "hizmete gir*", "fırlatıldı", "fırlat*"},
		"pl": {"otwar*", "otworzy*", "uruchomi*", "rozpoczę*", "wszedł w życie", "weszła w życie", "wejdzie w życie", "zamknię*", "założon*", "oddan* do użytku", "wystrzelon*"},
		"ar": {"افتتاح", "افتتح", "اطلاق", "اطلق", "بدء", "بدات", "بدا", "دخل حيز التنفيذ", "حيز التنفيذ", "اغلاق", "تاسيس", "تاسست", "تدشين", "دشن", "بدء تشغيل"},
		"fa": {"افتتاح*", "راه\u200cاندازی", "آغاز", "اجرا", "لازم\u200cالاجرا", "تأسیس", "تاسیس", "بهره\u200cبرداری", "بهره برداری", "پرتاب"},
		"zh": {"开幕", "开通", "启动", "开始", "开放", "关闭", "成立", "建成", "正式实施", "发射", "通车", "投入使用", "投产", "投运", "开工"},
		"ky": {"ачылд*", "ачылыш*", "ишке киргиз*", "күчүнө кир*"},
		"az": {"istifadəyə veril*", "qüvvəyə min*"},
		"tg": {"кушода шуд*", "ифтитоҳ*"},
	},
	Announcement: {
		"en": {"announced", "announces", "announcement", "declared", "declares", "confirmed", "said", "stated", "reported", "proclaimed", "called", "statement", "independence"},
		"fr": {"annoncé*", "annonce", "déclaré*", "confirmé*", "a indiqué", "a affirmé", "proclamé*", "communiqué*", "convoqué*", "indépendance"},
		"de": {"angekündigt", "kündigte", "bekanntgegeben", "gab bekannt", "erklärte", "bestätigte", "verkündet*", "mitteilung*", "ausgerufen", "unabhängigkeit"},
		"nl": {"aangekondigd", "kondigde", "maakte bekend", "bekendgemaakt", "verklaarde", "bevestigde", "uitgeroepen", "verklaring", "onafhankelijkheid", "uitriep*"},
		"ru": {"объяви*", "заяви*", "сообщил*", "подтверди*", "провозгласи*", "заявлени*", "объявлени*", "назначил*", "независимост*"},
		"uk": {"оголоси*", "заяви*", "повідоми*", "підтверди*", "заяв*", "незалежн*"},
		"kk": {"жариялады", "мәлімдеді", "хабарлады", "тәуелсіздік*", "жариялан*", "мәлімдеме*"},
		"uz": {"e'lon*", "ma'lum qildi", "bildirdi", "эълон*", "mustaqillik*"},
		"es": {"anunció", "anuncio", "declaró", "confirmó", "informó", "proclamó", "convocó", "comunicado*", "independencia"},
		"pt": {"anunciou", "anúncio", "declarou", "confirmou", "informou", "proclamou", "convocou", "comunicado*", "independência"},
		"it": {"annunciat*", "annuncio", "dichiarat*", "confermat*", "comunicat*", "proclamat*", "indett*", "indipendenza"},
		"tr": {"açıkladı", "duyurdu", "=ilan*", "bildirdi", "doğruladı", "açıklama*", "bağımsızlık*", "açıkla*"},
		"pl": {"ogłosi*", "oświadczy*", "potwierdzi*", "zapowiedzia*", "poinformowa*", "niepodległoś*"},
		"ar": {"اعلن", "اعلنت", "صرح", "اكد", "اكدت", "بيان", "اعلان", "استقلال", "الاستقلال"},
		"fa": {"اعلام", "اعلام کرد", "تایید", "بیانیه*", "استقلال"},
		"zh": {"宣布", "表示", "宣称", "公布", "声明", "发布", "独立"},
		"ky": {"жарыялады", "маалымдады", "билдирди"},
		"az": {"bəyan*", "elan et*", "açıqla*"},
		"tg": {"изҳор дошт*"},
	},
	Happening: {
		"en": {"held", "took place", "happened", "occurred", "hosted", "born", "ceremony", "ceremonies", "evacuat*"},
		"fr": {"s'est tenu*", "a eu lieu", "se tiendra", "aura lieu", "organisé*", "s'est déroulé*", "né", "née", "cérémonie*", "évacué*", "évacuation*"},
		"de": {"fand statt", "stattgefunden", "findet statt", "abgehalten", "ausgerichtet", "geboren", "zeremonie*", "feier*", "evakuiert", "evakuierung*"},
		"nl": {"vond plaats", "plaatsgevonden", "gehouden", "georganiseerd", "geboren", "geëvacueerd", "evacuatie*"},
		"ru": {"состоял*", "состоится", "прошел", "прошла", "прошли", "пройдет", "пройдут", "проходил*", "проведен*", "родил*", "появил* на свет", "церемони*", "эвакуир*", "эвакуац*"},
		"uk": {"відбу*", "пройш*", "проведен*", "народи*", "евакуйо*", "евакуац*"},
		"kk": {"өтті", "өтеді", "өткізілді", "өтетін"},
		"uz": {"bo'lib o'tdi", "o'tkazildi", "бўлиб ўтди", "ўтказилди", "tug'il*", "evakuatsiya*"},
		"es": {"celebró", "celebrado*", "se celebrará", "tuvo lugar", "tendrá lugar", "ocurrió", "nació", "ceremonia*", "evacuad*", "evacuación*"},
		"pt": {"realizou", "realizado*", "realizada*", "decorreu", "ocorreu", "aconteceu", "nasceu", "cerimónia*", "cerimônia*", "evacuad*", "evacuação", "evacuações"},
		"it": {"svolt*", "si è tenut*", "avvenut*", "tenutosi", "=nato", "=nata", "cerimonia*", "=celebrat*", "evacuazion*"},
		"tr": {"düzenlendi", "gerçekleşti", "yapıldı", "gerçekleştirildi", "doğdu", "tahliye*"},
		"pl": {"odbył*", "odbędzie", "miał* miejsce", "urodzi*", "ewakuowan*", "ewakuacj*"},
		"ar": {"عقد", "عقدت", "انعقد", "جرت", "جرى", "تجري", "ولد", "اجلاء"},
		"fa": {"برگزار", "برگزاری", "انجام", "متولد", "تخلیه"},
		"zh": {"举行", "举办", "召开", "发生", "出生", "疏散", "撤离"},
		"az": {"keçiril*", "təxliyə*"},
		"ky": {"өттү", "өткөрүлдү"},
		"tg": {"баргузор", "эвакуатсия*"},
	},
}

// qualifierWords refine kinds for titles, matched like kindWords.
var qualifierWords = map[qualifier][]string{
	qPresidential: {"presidential", "présidentielle*", "präsident*", "presidentsverkiezing*", "президентск*", "президент", "президента", "президентськ*",
		"prezident*", "президентлик*", "presidencial*", "presidenzial*", "cumhurbaşkanlığı", "cumhurbaşkanı", "prezydenck*", "الرئاسيه", "رئاسيه", "ریاست جمهوری", "总统"},
	qParliamentary: {"parliamentary", "législatives", "parlamentswahl*", "parlementsverkiezing*", "парламентск*", "парламентськ*", "parlament*", "parlamentar*",
		"legislativ*", "milletvekili", "parlamentarn*", "sejm*", "البرلمانيه", "التشريعيه", "مجلس", "议会", "parliament", "мажилис*", "мәжіліс*", "oliy majlis"},
	qArrival: {"arrive*", "arrival", "arrivé*", "arrivée", "eingetroffen", "traf ein", "ankunft", "aangekomen", "arriveerde", "прибыл*", "прибу*", "llegó", "chegou", "arrivat*", "geldi", "przyby*", "وصل", "抵达", "landed",
		"келді", "keldi", "yetib keldi", "келди", "وارد", "przylecia*", "прилетел*", "прилетів", "приехал*", "приїха*", "angekommen", "landete", "aterrizó", "desembarcou", "przyjecha*", "وصلت", "يصل", "到达"},
	qEarthquake: {"earthquake*", "séisme*", "erdbeben*", "aardbeving*", "землетрясени*", "землетрус*", "terremoto*", "sismo*", "deprem*", "trzęsieni*", "زلزال", "زلزله", "地震", "zilzila*", "жер сілкініс*", "жер титирөө*", "zəlzələ*", "зилзила*", "заминларза*"},
	qFlood:      {"flood*", "inondation*", "crue*", "überschwemmung*", "hochwasser*", "overstroming*", "наводнени*", "паводок*", "повін*", "inundación*", "inundaciones", "enchente*", "inundação*", "inundações", "cheia*", "transbord*", "alluvion*", "sel", "taşkın*", "فيضان", "فيضانات", "سیل", "洪水", "洪灾", "су тасқын*", "suv toshqini*", "сув тошқини*", "суу ташкын*", "daşqın*", "سيول", "سیلاب*", "flut", "flutwelle*", "flutkatastrophe*", "überflutung*", "обхезӣ", "riada*", "esondazion*", "powódź", "powodzi", "powodzie", "powodziach", "powodzią"},
	qHeat:       {"heatwave*", "heat wave", "canicule*", "hitzewelle*", "hittegolf*", "warmterecord*", "hitterecord*", "жара", "жары", "жару", "жарой", "спека", "спеки", "спеку", "спекою", "ola de calor", "onda de calor", "ondata di calore", "sıcak hava dalgası", "upał*", "موجه حر", "موجه حاره", "موج گرما", "热浪", "高温"},
	qFire:       {"wildfire*", "fire", "incendie*", "brand", "waldbrand*", "bosbrand*", "пожар*", "пожеж*", "incendio*", "incêndio*", "incendi*", "yangın*", "pożar*", "حريق", "حرائق", "火灾", "ёнғин*", "yong'in*", "өрт*", "yanğın*", "сӯхтор*", "آتش\u200cسوزی*", "آتش سوزی", "大火", "grubenbrand*", "großbrand*", "incendié*"},
	qEclipse:    {"eclipse*", "éclipse*", "finsternis*", "eclips*", "verduistering*", "затмени*", "затемнен*", "eclissi", "tutulma*", "zaćmieni*", "كسوف", "کسوف", "日食"},
	qOffensive:  {"offensive", "offensive*", "offensief*", "наступлени*", "наступ*", "ofensiva*", "blitz", "taarruz*", "ofensyw*", "进攻", "攻势"},
	qTreaty:     {"treaty", "treaties", "traité*", "vertrag*", "verdrag*", "договор*", "договір*", "tratado*", "trattat*", "antlaşma*", "traktat*", "معاهده", "条约", "shartnoma*", "friedensvertrag*", "grenzvertrag*", "vredesverdrag*", "معاهدات"},
	qMourning:   {"day of mourning", "days of mourning", "national mourning", "mourning", "mourned", "deuil*", "staatstrauer", "trauertag*", "trauer*", "nationale rouw", "rouwdag*", "rouw", "траур*", "жалоб*", "аза тұту*", "жалпыұлттық аза", "аза күтүү*", "motam*", "мотам*", "matəm*", "luto*", "duelo nacional", "lutto*", "milli yas", "ulusal yas", "yas ilan*", "yas günü", "żałob*", "الحداد", "حدادا", "عزای عمومی", "سوگواری*", "عزاداری*", "哀悼日", "国家公祭日", "下半旗", "降半旗"},
	qParade:     {"parade*", "défilé militaire", "défilés militaires", "défilé de la victoire", "militärparade*", "siegesparade*", "militaire parade", "парад*", "әскери шеру*", "parad", "paradi", "paradda", "paradga", "paradı", "desfile*", "parata*", "sfilata*", "geçit töreni*", "askeri geçit", "defilad*", "عرض عسكري", "العرض العسكري", "استعراض عسكري", "رژه", "阅兵", "parada", "paradzie", "parady", "paradę", "عرضا عسكريا", "استعراضا عسكريا", "عروض عسكريه"},
	qConclave: {"conclave*", "cónclave*", "konklave*", "conclaaf", "конклав*", "konklav*", "كونكلاف", "المجمع المغلق", "教皇选举", "选举教宗",
		"pope", "popes", "pontiff", "pape", "papst", "paus", "papa", "papież*", "папа", "папой", "папы", "папасы", "papasi", "البابا", "پاپ", "教皇", "教宗"},
	qElect: {"president-elect", "president elect", "président élu", "présidente élue", "presidente electo", "presidenta electa", "presidente eletto", "presidente eleito",
		"prezydent elekt", "избранный президент", "избранного президента", "избранному президенту", "избранным президентом", "новоизбранн*", "обраний президент", "новообран*"},
	qInForce: {"entered into force", "took effect", "takes effect", "entré en vigueur", "entre en vigueur", "in kraft", "in werking", "van kracht", "вступ* в силу", "набу* чинності", "күшіне ен*", "kuchga kir*", "entró en vigor", "entra en vigor", "entrou em vigor", "entra em vigor", "entrat* in vigore", "entra in vigore", "yürürlüğe", "wszedł w życie", "weszła w życie", "wejdzie w życie", "حيز التنفيذ", "生效", "正式实施", "қолданысқа ен*", "күчүнө кир*", "qüvvəyə min*"},
}
