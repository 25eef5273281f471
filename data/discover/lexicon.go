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

	// Funeral is a burial or a funeral: a day of its own, after the
	// death it follows.
	Funeral Kind = "funeral"
	// Exchange is a prisoner exchange (a swap of detainees between
	// states).
	Exchange Kind = "exchange"
	// Verdict is a court's sentence or acquittal: a day of its own, often
	// months after the arrest.
	Verdict Kind = "verdict"
)

// kindOrder ranks the kinds: a sentence with "summit" and "talks" is a
// summit; one with "election" and "announced" is an election; the
// president-elect sworn in is an inauguration; a parade that marks the
// end of a war and a day of mourning for the dead are commemorations; a
// prisoner exchange agreed in talks is an exchange; a funeral ranks above
// the attack its dead were killed in, whose day groundDate keeps apart; a
// verdict ranks where the arrest words it was told with ranked before it
// had a kind of its own.
var kindOrder = []Kind{
	Summit, Referendum, Inauguration, Election, Ceasefire, Exchange, Funeral, Attack, Commemoration, Clash, Protest,
	Disaster, Emergency, Agreement, Verdict, Arrest, Visit, Talks, Meeting, Contest, Result,
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
// event of the kind happened. Words are matched after textnorm.Normalize
// (case and Latin diacritics folded, Arabic letters unified). A word ending
// in "*" matches every word it begins (a stem: "summit*" is "summits"
// too); others match whole words only. Words in Han script are matched as
// substrings, since Chinese has no spaces. Every word is looked for in
// every language, because an article's language may be unknown; a word
// that means something else in another language carries "=" in front and
// counts only in its own language ("=top" is a summit in Dutch only). A
// phrase written with "!" in front silences the words of other kinds
// inside it ("!put to a vote" is a decision: its "vote" is no election).
var kindWords = map[Kind]map[string][]string{
	Summit: {
		"en": {"summit*"},
		"fr": {"sommet*"},
		"de": {"gipfel*"},
		"nl": {"=top", "topontmoeting*", "toppen"},
		"ru": {"саммит*", "встреч* на высшем уровне"},
		"uk": {"саміт*", "зустріч* на найвищому рівні"},
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
		"en": {"election", "elections", "elected", "re-elected", "reelected", "vote", "voted", "voting", "polls", "ballot", "runoff*", "run-off*", "exit poll*", "polling station*", "turnout", "by-election*", "conclave*", "cast their ballots", "voters", "mayoral race*", "presidential race*", "parliamentary race*", "election race*", "electoral race*", "gubernatorial race*", "senate race*"},
		"fr": {"élection*", "élu", "élue", "réélu", "scrutin*", "vote", "voté", "présidentielle*", "législatives", "bureaux de vote", "bureau de vote", "aux urnes", "sortie des urnes", "votent", "ont voté", "second tour", "premier tour", "conclave*", "électeurs", "électrices"},
		"de": {"präsidentenwahl*", "präsidentschaftswahl*", "parlamentswahl*", "gewählt", "wiedergewählt", "abstimmung", "stichwahl*", "wahl*", "neuwahl*", "bundestagswahl*", "landtagswahl*", "kommunalwahl*", "europawahl*", "nachwahl*", "stimmabgabe*", "urnengang*", "wählten", "abgestimmt", "konklave*"},
		"nl": {"verkiezing*", "presidentsverkiezing*", "parlementsverkiezing*", "gekozen", "herkozen", "stemming", "stembureau*", "stembus*", "exitpoll*", "stemden", "gestemd", "conclaaf", "voorverkiezing*", "kiezers"},
		"ru": {"выбор*", "избран*", "переизбран*", "голосован*", "экзитпол*", "избирательн* участк*", "проголосова*", "голосовал*", "конклав*", "явк* избирател*", "избирател*"},
		"uk": {"вибор*", "обран*", "голосуван*", "екзитпол*", "проголосува*", "голосува*", "виборч* дільниц*", "конклав*"},
		"kk": {"сайлау*", "сайлан*", "дауыс бер*", "сайлау учаске*"},
		"ky": {"шайлоо*", "шайлан*", "добуш бер*"},
		"tg": {"интихобот*", "овоз дод*", "интихоб шуд*", "интихобкунанда*"},
		"az": {"seçki*", "səs ver*", "=seçil*", "seçici*"},
		"uz": {"saylov*", "сайлов*", "saylandi", "ovoz ber*", "овоз бер*", "сайланди", "saylov uchast*", "сайлов участка*"},
		"es": {"elección*", "elecciones", "elegido", "reelegido", "comicios", "votación", "segunda vuelta", "votaron", "votó", "urnas", "a pie de urna", "cónclave*", "colegios electorales", "votantes", "electores"},
		"pt": {"eleição*", "eleições", "eleito", "reeleito", "votação", "segundo turno", "votaram", "votou", "urnas", "boca de urna", "conclave*", "secções de voto", "seções eleitorais", "eleitores"},
		"it": {"elezion*", "eletto", "rieletto", "votazion*", "ballottaggi*", "votato", "votano", "alle urne", "exit poll", "conclave", "seggi elettorali", "voto", "elettori"},
		"tr": {"seçim*", "seçildi", "oy verdi", "oy kullan*", "sandık başına", "sandığa", "çıkış anket*", "konklav*", "seçmen*"},
		"pl": {"wybor*", "wybrany", "głosowan*", "głosowa*", "zagłosowa*", "lokal* wyborcz*", "exit poll*", "konklawe"},
		"ar": {"انتخابات", "الانتخابات", "انتخاب", "اقتراع", "الاقتراع", "مراكز الاقتراع", "صناديق الاقتراع", "المجمع المغلق", "انتخب", "انتخبت", "جوله الاعاده", "تصويت", "الناخبون", "الناخبين"},
		"fa": {"انتخابات*", "انتخاب", "رای\u200cگیری*", "رأی\u200cگیری*", "رای گیری", "رای دادند", "صندوق\u200cهای رای", "برگزیده شد", "رای دهندگان", "رأی دهندگان"},
		"zh": {"选举", "大选", "当选", "投票", "决选", "出口民调", "投票站", "教宗选举", "连任", "选民"},
	},
	Inauguration: {
		"en": {"inauguration*", "inaugurated", "sworn", "took office", "takes office", "oath of office"},
		"fr": {"investiture*", "intronisation*", "prête serment", "prêté serment", "prestation de serment", "prendra ses fonctions", "a pris ses fonctions", "été investi", "été investie"},
		"de": {"amtseinführung*", "vereidigung*", "vereidigt", "amtseid*", "amtsantritt*"},
		"nl": {"inauguratie*", "beëdiging*", "beëdigd", "ingehuldigd", "ingezworen", "eed af"},
		"ru": {"инаугурац*", "вступил* в должность", "вступит в должность", "вступлени* в должность", "присяг*"},
		"uk": {"інавгурац*", "склав присягу", "присяг*", "вступив на посаду", "вступ на посаду"},
		"kk": {"ұлықта*", "инаугурац*", "ант берді", "ант қабылда*"},
		"uz": {"inauguratsiya*", "qasamyod*", "lavozimga kirish*", "қасамёд*"},
		"es": {"investidura*", "toma de posesión", "juramento*", "juró el cargo", "asumió el cargo", "asumirá el cargo", "asume el cargo", "tomó posesión", "tomará posesión"},
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
		"ar": {"!وقف اطلاق النار", "هدنه", "الهدنه"},
		"fa": {"آتش\u200cبس", "آتش بس"},
		"zh": {"停火", "休战", "停战"},
		"tg": {"оташбас*"},
	},
	Exchange: {
		"en": {"prisoner exchange*", "prisoner swap*", "exchange of prisoners", "swap of prisoners", "exchanged prisoners", "swapped prisoners", "prisoners were exchanged", "prisoners were swapped", "exchange of detainees", "detainee exchange*", "prisoner-swap*", "prisoner-exchange*", "freed in the swap", "freed in the exchange", "released in the swap", "released in the exchange", "freed as part of the swap", "freed as part of the exchange", "released as part of the swap", "released as part of the exchange"},
		"fr": {"échange de prisonniers", "échange de détenus", "échange* des prisonniers", "échangé des prisonniers", "prisonniers ont été échangés"},
		"de": {"gefangenenaustausch*", "häftlingsaustausch*", "austausch von gefangenen", "austausch der gefangenen", "austausch von häftlingen", "tauschten gefangene", "gefangene ausgetauscht", "gefangenen ausgetauscht", "beim austausch freigelassen", "beim austausch freigekommen*", "im austausch freigelassen", "im austausch freigekommen*"},
		"nl": {"gevangenenruil*", "gevangenenwissel*", "uitwisseling van gevangenen", "ruil van gevangenen", "wisselden gevangenen", "gevangenen uitgewisseld", "gevangenen uitwisselden", "gevangenen geruild", "krijgsgevangenen uitgewisseld"},
		"ru": {"обмен* пленн*", "обмен* заключенн*", "обмен* узник*", "обмен* задержанн*", "обмен* военнопленн*", "обменял* пленн*", "обменял* заключенн*", "освобожден* в рамках обмена", "освобожден* в ходе обмена", "освобожден* по обмену", "освобожден* в результате обмена"},
		"uk": {"обмін* полонен*", "обміня* полонен*", "обмін* в'язн*", "обмін* ув'язнен*", "обмін* військовополонен*", "звільнен* в рамках обміну", "звільнен* у межах обміну", "звільнен* під час обміну", "звільнен* внаслідок обміну"},
		"pl": {"wymian* więźniów", "wymian* jeńców", "wymieni* jeńców", "wymieni* więźniów", "wymian* więźniami", "wymian* jeńcami"},
		"es": {"intercambio de prisioneros", "intercambio de presos", "canje de prisioneros", "canje de presos", "intercambiaron prisioneros", "intercambiaron presos", "canjearon prisioneros", "canjearon presos", "liberado* en el canje", "liberado* en el intercambio", "liberada* en el canje", "liberada* en el intercambio"},
		"pt": {"troca de prisioneiros", "troca de presos", "trocaram prisioneiros", "trocaram presos", "permuta de prisioneiros", "intercâmbio de prisioneiros", "libertad* na troca", "solt* na troca"},
		"it": {"scambio di prigionieri", "scambio di detenuti", "scambiat* prigionieri", "scambiat* detenuti", "scambi di prigionieri", "liberat* nello scambio", "rilasciat* nello scambio"},
		"tr": {"=takas*", "esir değişim*", "esir mübadele*", "mahkum değişim*"},
		"ar": {"تبادل الاسرى", "تبادل للاسرى", "تبادل اسرى", "تبادل السجناء", "تبادل سجناء", "تبادل المعتقلين", "تبادل المحتجزين", "صفقه تبادل", "عمليه تبادل", "صفقه التبادل"},
		"fa": {"تبادل زندانی*", "مبادله زندانی*", "تبادل اسرا", "مبادله اسرا", "تبادل اسیران", "مبادله اسیران", "زندانیان را مبادله", "زندانیان را تبادل"},
		"zh": {"交换囚犯", "囚犯交换", "交换了囚犯", "换俘", "交换战俘", "战俘交换", "交换了战俘", "换囚", "交换被关押"},
		"kk": {"тұтқын* алмас*", "тұтқындармен алмас*", "әскери тұтқын* алмас*"},
		"uz": {"mahbus* almash*", "asir* almash*", "маҳбус* алмаш*", "асир* алмаш*"},
		"ky": {"туткун* алмаш*", "камактагылар* алмаш*"},
		"tg": {"асир* мубодила*", "мубодилаи асир*", "мубодилаи маҳбус*", "маҳбус* мубодила*", "мубодилаи зиндони*"},
		"az": {"əsir mübadilə*", "əsirlərin mübadilə*", "məhbus mübadilə*", "məhbus* dəyiş*", "əsir* dəyiş*"},
	},
	Funeral: {
		"en": {"funeral*", "was buried", "were buried", "be buried", "buried at", "buried beside", "buried alongside", "buried next to", "burial*", "laid to rest", "interred", "pallbearers", "funeral procession*"},
		"fr": {"funérailles", "obsèques", "inhumé*", "inhumation*", "enterré", "enterrée", "enterrés", "enterrement*", "mis en terre", "porté en terre"},
		"de": {"beigesetzt", "beisetzung*", "beerdigt", "beerdigung*", "begräbnis*", "staatsbegräbnis*", "trauerfeier*", "bestattet", "bestattung*", "trauerzug*", "zu grabe getragen"},
		"nl": {"begraven", "begrafenis*", "staatsbegrafenis*", "uitvaart*", "ter aarde besteld", "bijgezet", "bijzetting*", "rouwstoet*"},
		"ru": {"похорон*", "церемони* прощания", "простились с", "панихид*", "предан* земле", "траурн* процесси*"},
		"uk": {"похова*", "похорон*", "поховання", "церемоні* прощання", "попрощалися з", "панахид*"},
		"pl": {"pochowan*", "pogrzeb*", "pochówek", "pochówku", "pochowano"},
		"es": {"fue enterrad*", "fueron enterrad*", "será enterrad*", "entierro*", "funeral*", "fue sepultad*", "fueron sepultad*", "será sepultad*", "sepultura", "sepelio*", "exequias", "cortejo fúnebre", "honras fúnebres"},
		"pt": {"foi sepultad*", "foram sepultad*", "será sepultad*", "sepultamento*", "foi enterrad*", "foram enterrad*", "será enterrad*", "enterro*", "funeral", "funerais", "velório*", "exéquias", "cortejo fúnebre"},
		"it": {"stato sepolto", "stata sepolta", "stati sepolti", "sarà sepolto", "sarà sepolta", "sepoltura*", "funerale", "funerali", "esequie", "tumulat*", "tumulazione", "camera ardente"},
		"tr": {"defnedil*", "defnet*", "=defin töreni*", "cenaze töreni*", "cenaze namaz*", "toprağa veril*", "devlet töreniyle uğurlan*", "son yolculuğuna uğurlan*"},
		"ar": {"جنازه", "الجنازه", "تشييع", "شيع", "شيعت", "شيعوا", "دفن", "ودفن", "الدفن", "مراسم الدفن", "ووري الثرى", "مثواه الاخير"},
		"fa": {"به خاک سپرده", "خاکسپاری*", "تشییع*", "مراسم ختم", "تدفین"},
		"zh": {"葬礼", "国葬", "安葬", "下葬", "葬于", "出殡", "遗体告别", "入土", "送别仪式"},
		"kk": {"жерленді", "жерлен*", "жерлеу*", "жерледі", "соңғы сапарға шығарып салды"},
		"uz": {"dafn*", "дафн*", "so'nggi yo'lga kuzat*", "сўнгги йўлга кузат*"},
		"ky": {"жерге берил*", "сөөк коюу*", "сөөгү коюл*", "акыркы сапарга узат*"},
		"tg": {"ба хок супурда*"},
		"az": {"dəfn*", "son mənzilə yola sal*"},
	},
	Attack: {
		"en": {"attack*", "bombing*", "explosion*", "offensive", "invasion", "invaded", "shelling", "airstrike*", "assault*", "opened fire", "open fire", "shooting", "shootings", "massacre*", "ambush*", "stormed", "storming", "suicide bomber*", "drone strike*", "missile strike*", "air strike*", "rocket attack*"},
		"fr": {"attaque*", "attentat*", "explosion*", "offensive*", "invasion*", "bombardement*", "fusillade*", "frappes", "frappe aérienne", "frappes aériennes", "frappe de drone*", "kamikaze*"},
		"de": {"angriff*", "anschlag*", "anschläge*", "explosion*", "offensive*", "invasion*", "einmarsch*", "beschuss", "luftangriff*", "raketenangriff*", "drohnenangriff*", "terroranschlag*", "bombenanschlag*", "selbstmordanschlag*", "terrorangriff*", "stürmten", "gestürmt", "schießerei*", "attentat*", "attentäter*", "sprengte sich", "angegriffen"},
		"nl": {"aanval*", "aanslag*", "explosie*", "offensief*", "invasie*", "beschieting*", "luchtaanval*", "raketaanval*", "droneaanval*", "terreuraanslag*", "bomaanslag*", "bestormd*", "bestormden", "schietpartij*", "zelfmoordaanslag*", "zelfmoordterrorist*", "blies zich op", "aangevallen"},
		"ru": {"нападени*", "напал*", "атак*", "атаковал*", "теракт*", "взрыв*", "наступлени*", "вторжени*", "обстрел*", "удар*", "штурм*", "стрельб*", "смертник*", "подорвал* себя", "самоподрыв*"},
		"uk": {"напад*", "атак*", "теракт*", "вибух*", "наступ*", "вторгнен*", "обстріл*"},
		"kk": {"шабуыл*", "жарылыс*", "атыс", "террорлық акт*"},
		"uz": {"hujum*", "portlash*", "hujum", "ҳужум*", "портлаш*", "terakt*"},
		"es": {"ataque*", "atentado*", "explosión*", "ofensiva*", "invasión*", "bombardeo*", "tiroteo*", "atacaron", "atacó", "atacad*"},
		"pt": {"ataque*", "atentado*", "explosão*", "ofensiva*", "invasão*", "bombardeio*", "tiroteio*", "atacaram", "atacou"},
		"it": {"attacc*", "attentat*", "esplosion*", "offensiva*", "invasion*", "bombardament*", "blitz", "irruzione"},
		"tr": {"saldır*", "patlama*", "taarruz*", "işgal*", "operasyon*"},
		"pl": {"=atak*", "zaatakowa*", "zamach*", "wybuch*", "ofensyw*", "inwazj*", "ostrzał*", "strzelanin*"},
		"ar": {"هجوم", "الهجوم", "انفجار", "الانفجار", "غزو", "الغزو", "قصف", "هجوما", "هجمات", "الهجمات", "غارات", "غاره", "تفجير", "تفجيرات", "اعتداء", "ضربات", "اطلاق نار", "!اطلاق النار", "استهدف", "استهدفت", "استهداف"},
		"fa": {"=حمله*", "حملات", "انفجار*", "تهاجم*", "بمباران*", "ترور", "تیراندازی*"},
		"zh": {"袭击", "爆炸", "进攻", "入侵", "攻势", "空袭", "轰炸", "恐袭", "枪击", "炮击"},
		"az": {"hücum*", "partlayış*"},
		"ky": {"кол салуу*", "чабуул*", "жарылуу*", "кол сал*"},
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
		"en": {"clash*", "fighting", "battle*", "skirmish*", "hostilities", "=war", "fought", "conflict", "captured", "recaptured", "!exchanged fire", "!exchange of fire", "!exchanging fire", "gunfight*", "firefight*", "gun battle*"},
		"fr": {"affrontement*", "combat*", "heurt*", "guerre", "combattu*", "conflit", "ont pris le contrôle", "repris le contrôle", "affrontés", "affrontées", "s'affrontent", "échange de tirs", "échanges de tirs"},
		"de": {"gefecht*", "kämpfe*", "zusammenstöße*", "zusammenstoß*", "krieg", "kämpft*", "konflikt", "grenzkonflikt*", "grenzgefecht*", "eroberten", "eroberte", "zurückerobert", "feuergefecht*", "schusswechsel*"},
		"nl": {"gevecht*", "botsing*", "strijd", "oorlog", "vocht*", "conflict", "grensconflict*", "veroverden", "heroverd*", "slaags", "vuurgevecht*"},
		"ru": {"столкновени*", "боевы*", "боев", "боёв", "боях", "войн*", "воевал*", "сражал*", "конфликт", "захватил*", "отбил*", "бои", "боям", "боями", "перестрелк*"},
		"uk": {"зіткненн*", "бої", "боїв", "війн*", "конфлікт", "перестрілк*", "боях", "боями", "сутичк*"},
		"kk": {"қақтығыс*", "соғыс*"},
		"ky": {"кагылыш*", "согуш*", "атышуу*"},
		"tg": {"задухӯрд*", "ҷанг*", "даргирӣ*"},
		"az": {"döyüş*", "toqquşma*", "müharibə*", "atışma*"},
		"uz": {"to'qnashuv*", "=jang*", "urush*", "жанг*", "уруш*", "тўқнашув*"},
		"es": {"enfrentamiento*", "combate*", "choque*", "guerra", "lucharon", "combatieron", "conflicto", "tomaron el control", "recuperaron el control", "intercambio de disparos", "se enfrentaron", "enfrentamientos"},
		"pt": {"confronto*", "combate*", "guerra", "lutaram", "combateram", "conflito", "troca de tiros", "trocaram tiros"},
		"it": {"scontr*", "combattiment*", "guerra", "combattut*", "conflitto", "scontro a fuoco", "conflitto a fuoco"},
		"tr": {"çatışma*", "savaş*", "çatıştı", "ele geçir*", "sıcak çatışma*"},
		"pl": {"starci*", "starć", "=walk*", "wojn*", "walczył*", "konflikt*"},
		"ar": {"اشتباكات", "معارك", "قتال", "حرب", "الحرب", "مواجهات", "سيطرت", "سيطروا", "استعادت السيطره", "!تبادل اطلاق النار", "!تبادل لاطلاق النار", "!تبادلا اطلاق النار"},
		"fa": {"درگیری*", "نبرد*", "جنگ", "تبادل آتش"},
		"zh": {"冲突", "交火", "战斗", "战争", "交战", "攻占", "收复"},
	},
	Protest: {
		"en": {"protest*", "demonstration*", "demonstrator*", "rally", "rallies", "unrest", "riot*", "uprising*", "marched", "on strike", "general strike", "strikers", "striking workers", "walkout*", "hunger strike", "demonstrated", "took to the streets", "take to the streets", "taken to the streets", "taking to the streets"},
		"fr": {"manifestation*", "manifestant*", "protestation*", "émeute*", "troubles", "soulèvement*", "rassemblement*", "grève*", "grévistes", "ont manifesté", "manifestaient", "descendus dans la rue", "descendus dans les rues", "descendues dans la rue", "descendues dans les rues", "descendent dans la rue"},
		"de": {"protest*", "demonstration*", "demonstrant*", "kundgebung*", "unruhen", "aufstand*", "streik*", "generalstreik*", "warnstreik*", "massenprotest*", "demonstrierten", "auf die straße", "auf die straßen"},
		"nl": {"protest*", "demonstratie*", "betoging*", "betoger*", "demonstrant*", "onlusten", "rellen", "opstand*", "=staking*", "staakten", "stakers", "massaprotest*", "demonstreerden", "betoogden", "de straat op", "straat op"},
		"ru": {"протест*", "демонстрац*", "митинг*", "беспоряд*", "волнени*", "демонстрант*", "забастовк*", "бастовал*", "бастуют", "стачк*", "митинговал*", "вышли на улиц*", "выйти на улиц*", "выходят на улиц*"},
		"uk": {"протест*", "демонстрац*", "мітинг*", "заворушен*", "страйк*", "вийшли на вулиц*", "вийти на вулиц*"},
		"kk": {"наразылық*", "митинг*", "шеру*", "ереуіл*", "көшеге шық*"},
		"uz": {"namoyish*", "norozilik*", "намойиш*", "ish tashlash*", "иш ташлаш*", "норозилик*", "ko'chaga chiq*", "ko'chalarga chiq*", "кўчага чиқ*", "кўчаларга чиқ*"},
		"es": {"protesta*", "manifestación*", "manifestante*", "disturbio*", "huelga*", "huelguistas", "marcharon", "se manifestaron", "salieron a las calles", "salieron a la calle", "tomaron las calles", "salir a la calle"},
		"pt": {"protesto*", "manifestação*", "manifestações", "manifestante*", "distúrbio*", "greve*", "grevistas", "saíram às ruas", "saíram à rua", "foram às ruas", "tomaram as ruas"},
		"it": {"protest*", "manifestazion*", "manifestant*", "disordin*", "rivolt*", "sciopero", "scioperi", "scioperat*", "sces* in piazza", "sces* in strada", "sces* nelle strade"},
		"tr": {"protesto*", "gösteri*", "eylem*", "grev*", "sokaklara dökül*", "sokağa dökül*", "meydanlara dökül*"},
		"pl": {"protest*", "demonstracj*", "manifestacj*", "zamieszki", "strajk*", "demonstrowal*", "wyszli na ulic*", "wyszły na ulic*", "wyszło na ulic*", "demonstranci", "demonstrantów"},
		"ar": {"احتجاجات", "الاحتجاجات", "احتجاج", "مظاهرات", "المظاهرات", "مظاهره", "تظاهره", "اضطرابات", "المتظاهرين", "متظاهرين", "اضراب", "الاضراب", "اضرابا", "اعتصام", "احتجاجا", "خرج* الى الشوارع", "نزل* الى الشوارع", "خرج* الى الشارع", "نزل* الى الشارع", "تظاهر", "تظاهروا", "تظاهرت"},
		"fa": {"اعتراض*", "تظاهرات*", "اغتشاش*", "اعتصاب*", "تحصن", "تجمع", "به خیابان* آمد*", "به خیابان* ریخت*"},
		"zh": {"抗议", "示威", "骚乱", "游行", "罢工", "集会", "走上街头"},
		"ky": {"нааразылык*", "иш таштоо*", "көчөгө чыг*"},
		"tg": {"эътироз*", "тазоҳурот*", "ба кӯча* баромад*"},
		"az": {"etiraz*", "küçələrə çıx*", "küçəyə çıx*"},
	},
	Disaster: {
		"en": {"earthquake*", "flood*", "flooding", "heatwave*", "heat wave", "wildfire*", "fire", "storm", "eclipse*", "landslides", "landslide hit*", "landslide struck", "landslide buried", "landslide killed", "landslide destroyed", "landslide blocked", "landslide swept", "drought*", "crash*", "disaster*", "storms", "mudslide*", "mudflow*", "avalanche*", "tsunami*", "hurricane*", "typhoon*", "cyclone*", "tornado*", "blaze*", "dam burst", "dam collapse*", "quake*", "dam burst*", "dam broke", "dam collapse*", "dam failure", "dam breach*", "breached the dam", "blew up the dam", "dam was blown up", "destruction of the dam", "dam was destroyed"},
		"fr": {"séisme*", "tremblement de terre", "inondation*", "canicule*", "incendie*", "tempête*", "éclipse*", "catastrophe*", "crue*", "glissement* de terrain", "coulée* de boue", "ouragan*", "typhon*", "incendié*", "rupture du barrage", "rupture d'un barrage", "effondrement du barrage", "destruction du barrage", "barrage a cédé", "barrage détruit"},
		"de": {"erdbeben*", "überschwemmung*", "hochwasser*", "hitzewelle*", "=brand", "waldbrand*", "sturm", "finsternis*", "katastrophe*", "absturz*", "stürme", "erdrutsch*", "schlammlawine*", "lawine*", "murgang*", "dammbruch*", "unwetter*", "flut", "flutwelle*", "flutkatastrophe*", "überflutung*", "hurrikan*", "taifun*", "grubenunglück*", "grubenbrand*", "großbrand*", "beben", "dammbruch*", "damm gebrochen", "staudamm gebrochen", "zerstörung des staudamms", "staudamm zerstört", "staudamm gesprengt", "sprengung des staudamms"},
		"nl": {"aardbeving*", "overstroming*", "hittegolf*", "=brand", "bosbrand*", "storm", "eclips*", "verduistering*", "=ramp", "=rampen", "warmterecord*", "hitterecord*", "neergestort*", "warmste", "hitte*", "aardverschuiving*", "modderstroom*", "lawine*", "dijkdoorbraak*", "orkaan*", "tyfoon*", "mijnramp*", "beving*", "dambreuk*", "dam gebroken", "dam opgeblazen", "vernietiging van de dam", "doorbraak van de dam"},
		"ru": {"землетрясени*", "наводнени*", "паводок*", "паводк*", "жара", "жары", "жару", "жарой", "пожар*", "шторм*", "затмени*", "катастроф*", "крушени*", "оползень", "оползн*", "сель", "селев*", "лавин*", "прорыв* дамб*", "прорыв* плотин*", "ураган*", "тайфун*", "цунами", "возгорани*", "прорыв* дамб*", "прорыв* плотин*", "прорвал* дамб*", "прорвал* плотин*", "подрыв* плотин*", "подорвал* плотин*", "разрушени* плотин*", "разрушени* дамб*"},
		"uk": {"землетрус*", "повін*", "спека", "спеки", "спеку", "спекою", "пожеж*", "затемнен*", "катастроф*", "зсув*", "лавин*", "ураган*", "прорив* дамб*", "прорив* дамб*", "прорив* греблі", "підірвал* греблю", "підрив* греблі", "руйнуванн* греблі", "зруйнуванн* греблі"},
		"kk": {"жер сілкініс*", "су тасқын*", "өрт*", "көшкін*", "апат*", "бөгеттің бұзылуы", "бөгет бұзылды"},
		"uz": {"zilzila*", "suv toshqini*", "yong'in*", "ko'chki*", "halokat*", "falokat*", "to'fon*", "ёнғин*", "зилзила*", "сув тошқини*", "кўчки*", "=ҳалокат*", "фалокат*", "авиаҳалокат*", "=сел", "toʻgʻon yorildi", "toʻgʻon yorilgan", "toʻgʻon buzildi", "тўғон ёрилди", "тўғон ёрилган", "тўғон бузилди"},
		"es": {"terremoto*", "sismo*", "inundación*", "inundaciones", "ola de calor", "incendio*", "tormenta*", "eclipse*", "catástrofe*", "deslizamiento* de tierra", "alud", "aludes", "avalancha*", "huracán", "huracanes", "tifón", "derrumbe*", "se estrelló", "riada*", "desbordamiento*", "rotura de la presa", "rotura de una presa", "colapso de la presa", "destrucción de la presa", "voladura de la presa", "presa destruida"},
		"pt": {"terremoto*", "sismo*", "enchente*", "inundação*", "inundações", "cheia*", "onda de calor", "incêndio*", "tempestade*", "eclipse*", "transbord*", "catástrofe*", "deslizamento*", "avalanche*", "furacão", "furacões", "tufão", "desabamento*", "rompimento da barragem", "rompimento de barragem", "rompimento da barragem", "rompimento de barragem", "colapso da barragem", "destruição da barragem", "barragem destruída"},
		"it": {"terremoto*", "sisma", "alluvion*", "inondazion*", "ondata di calore", "incendi*", "tempesta*", "eclissi", "catastrof*", "frana", "frane", "smottament*", "valanga", "valanghe", "uragano", "uragani", "tifone", "nubifragi*", "esondazion*", "precipitato", "crollo della diga", "rottura della diga", "cedimento della diga", "distruzione della diga", "diga distrutta"},
		"tr": {"deprem*", "=sel", "taşkın*", "sıcak hava dalgası", "yangın*", "fırtına*", "tutulma*", "felaket*", "heyelan*", "çığ", "kasırga*", "tayfun*", "göçük*", "kazası", "kazasında", "maden kazası", "=sele", "=selde", "=selin", "=seller*", "sel felaketi*", "sel baskın*", "barajın çökmesi", "barajın yıkılması", "barajın patlaması", "barajın havaya uçurulması", "baraj çöktü", "baraj yıkıldı"},
		"pl": {"trzęsieni* ziemi", "upał*", "pożar*", "burz*", "zaćmieni*", "katastrof*", "osuwisk*", "lawin*", "huragan*", "tajfun*", "powódź", "powodzi", "powodzie", "powodziach", "powodzią", "przerwani* tamy", "przerwani* zapory", "zniszczeni* zapory", "zniszczeni* tamy", "zapora została wysadzona", "wysadzeni* zapory", "pęknięci* tamy"},
		"ar": {"زلزال", "الزلزال", "فيضان", "فيضانات", "الفيضانات", "موجه حر", "موجه حاره", "حريق", "حرائق", "عاصفه", "كسوف", "كارثه", "تحطم", "تحطمت", "سيول", "السيول", "انهيار ارضي", "انهيارات ارضيه", "انهيار سد", "انهيار السد", "اعصار", "الاعصار", "تسونامي", "زلازل", "انهيار سد", "انهيار السد", "تفجير السد", "تدمير السد", "انفجار السد"},
		"fa": {"زلزله*", "سیل", "سیلاب*", "موج گرما", "آتش\u200cسوزی*", "آتش سوزی", "طوفان*", "کسوف*", "سانحه", "سقوط بالگرد", "سقوط هواپیما", "رانش زمین", "گردباد", "سونامی", "توفان*", "شکستن سد", "شکستن سد", "فروریختن سد", "تخریب سد", "انفجار سد"},
		"zh": {"地震", "洪水", "洪灾", "热浪", "高温", "火灾", "暴雨", "日食", "灾难", "空难", "山体滑坡", "泥石流", "雪崩", "台风", "飓风", "海啸", "溃坝", "决堤", "坠毁", "坠机", "矿难", "大火", "!地震袭击", "!台风袭击", "!飓风袭击", "!洪水袭击", "!暴雨袭击", "!风暴袭击", "!寒潮袭击", "!寒流袭击", "!冰雹袭击", "!龙卷风袭击", "!大雪袭击", "!暴风袭击", "!热浪袭击", "!沙尘暴袭击", "!暴风雪袭击", "溃坝", "大坝决口", "决堤", "大坝被炸", "炸毁大坝", "大坝坍塌"},
		"ky": {"жер титирөө*", "суу ташкын*", "=сел", "көчкү*", "кырсык*", "өрт*"},
		"tg": {"сӯхтор*", "заминларза*", "обхезӣ", "ярч*", "садама*"},
		"az": {"zəlzələ*", "yanğın*", "daşqın*", "sürüşmə*", "qəza*", "fəlakət*", "bəndin dağılması", "bənd dağıldı"},
	},
	Emergency: {
		"en": {"state of emergency", "emergency rule", "martial law", "curfew*"},
		"fr": {"état d'urgence", "couvre-feu", "loi martiale"},
		"de": {"ausnahmezustand*", "notstand*", "ausgangssperre*", "kriegsrecht*"},
		"nl": {"noodtoestand*", "uitzonderingstoestand*", "avondklok*", "staat van beleg"},
		"ru": {"чрезвычайн* положени*", "режим чс", "комендантск* час*", "военн* положени*", "режим* чрезвычайной ситуации", "чрезвычайную ситуацию"},
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
		"ky": {"өзгөчө абал*", "өзгөчө кырдаал", "өзгөчө кырдаалды", "өзгөчө кырдаал режим*"},
		"tg": {"ҳолати фавқулодда", "вазъи фавқулодда"},
		"az": {"fövqəladə vəziyyət*", "hərbi vəziyyət*"},
	},
	Agreement: {
		"en": {"agreement*", "treaty", "treaties", "accord", "accords", "signed", "signing", "sign", "deal", "memorandum", "protocol", "declaration", "ratified", "ratification", "visa-free", "visa waiver", "visa exemption", "!final declaration*"},
		"fr": {"accord", "accords", "traité*", "signé*", "signature*", "signent", "protocole*", "déclaration*", "ratifi*", "exemption de visa*", "sans visa", "!déclaration finale"},
		"de": {"abkommen*", "vertrag*", "verträge*", "vereinbarung*", "unterzeichn*", "unterschrieben", "protokoll*", "erklärung*", "ratifi*", "visafrei*", "visumfrei*", "friedensabkommen*", "freihandelsabkommen*", "grenzabkommen*", "friedensvertrag*", "grenzvertrag*", "einigten sich", "geeinigt", "einigung*"},
		"nl": {"akkoord*", "verdrag*", "overeenkomst*", "ondertekend*", "ondertekening*", "getekend", "tekenden", "ratifi*", "visumvrij*", "vredesakkoord*", "handelsakkoord*", "grensakkoord*", "vredesverdrag*"},
		"ru": {"соглашени*", "договор*", "подписа*", "подписани*", "меморандум*", "протокол*", "декларац*", "ратифици*", "подпис*", "безвиз*"},
		"uk": {"угод*", "договір*", "договор*", "підписа*", "підписанн*", "меморандум*", "ратифік*", "безвіз*", "домовленост*"},
		"kk": {"келісім*", "шарт*", "қол қой*", "визасыз*", "визадан босат*"},
		"ky": {"келишим*", "кол кой*", "кол коюш*", "макулдаш*"},
		"tg": {"созишнома*", "имзо*", "мувофиқа*"},
		"az": {"saziş*", "müqavilə*", "imzala*", "razılığa gəl*", "razılaşma*", "razılaşdı*"},
		"uz": {"kelishuv*", "shartnoma*", "imzola*", "келишув*", "шартнома*", "имзола*", "vizasiz*", "визасиз*"},
		"es": {"acuerdo*", "tratado*", "firmó", "firmaron", "firmado*", "firmada*", "firma", "convenio*", "memorando*", "protocolo*", "declaración*", "ratific*", "exención de visado*", "sin visado", "!declaración final"},
		"pt": {"acordo*", "tratado*", "assinat*", "assinou", "assinaram", "assinado*", "convénio*", "convênio*", "memorando*", "protocolo*", "declaração*", "ratific*", "isenção de visto*", "sem visto", "!declaração final"},
		"it": {"accordo", "accordi", "trattat*", "firmato", "firmata", "firmati", "firmate", "firmarono", "firma", "intesa", "memorandum", "protocoll*", "dichiarazion*", "ratific*", "esenzione dei visti", "senza visto", "sottoscritt*", "!dichiarazione finale"},
		"tr": {"anlaşma*", "antlaşma*", "imza*", "mutabakat*", "protokol*", "bildiri*", "vizesiz", "vize muafiyet*", "vize serbesti*", "!final bildiri*"},
		"pl": {"porozumieni*", "umow*", "traktat*", "podpisa*", "protokół*", "deklaracj*", "ratyfik*", "bezwizow*"},
		"ar": {"اتفاق", "اتفاقيه", "الاتفاق", "الاتفاقيه", "معاهده", "المعاهده", "وقع", "وقعا", "توقيع", "مذكره تفاهم", "اعلان", "اعلانا", "بدون تاشيره", "الاعفاء من التاشيره", "الغاء التاشيرات", "اتفاقيات", "اتفاقات", "معاهدات", "مذكرات تفاهم"},
		"fa": {"توافق*", "قرارداد*", "پیمان*", "امضا", "امضای", "لغو روادید", "بدون روادید", "معافیت روادید", "تفاهم\u200cنامه*", "موافقت\u200cنامه*"},
		"zh": {"协议", "协定", "条约", "签署", "签订", "宣言", "备忘录", "生效", "免签"},
	},
	Verdict: {
		"en": {"sentenced", "sentencing", "years in prison", "convicted", "conviction", "acquitted", "acquittal", "verdict*", "prison sentence*", "found guilty", "pleaded guilty", "jail term*", "prison term*", "life sentence*", "death sentence*", "found him guilty", "found her guilty", "found them guilty", "guilty verdict*"},
		"fr": {"condamné*", "verdict*", "peine de prison", "reconnu coupable", "reconnue coupable", "reconnus coupables", "jugé coupable", "acquitté*", "acquittement*", "peine de réclusion", "réclusion criminelle"},
		"de": {"verurteilt", "urteil", "urteils", "haftstrafe*", "gefängnisstrafe*", "urteilsverkündung*", "schuldig gesprochen", "freigesprochen", "freispruch*", "jahren haft", "lebenslanger haft", "todesurteil*"},
		"nl": {"veroordeeld", "gevangenisstraf*", "vonnis*", "celstraf*", "jaar cel", "schuldig bevonden", "vrijgesproken", "vrijspraak", "deed uitspraak"},
		"ru": {"осужден*", "приговор*", "приговорил*", "лишени* свободы", "признал* виновн*", "признан* виновн*", "оправдательн* приговор*", "колони* строгого режима", "колони* общего режима"},
		"uk": {"засуджен*", "вирок*", "позбавлення волі", "визна* винн*", "засудив до", "засудила до", "засудили до", "засудив його", "засудив її"},
		"kk": {"сотталды", "бас бостандығынан айыр*", "үкім", "үкімі", "үкімін", "үкім шығар*", "үкім оқыл*", "сотталған", "кінәлі деп таны*"},
		"uz": {"ozodlikdan mahrum*", "озодликдан маҳрум*", "hukm chiqar*", "ҳукм чиқар*", "hukm o'qil*", "sudlan*", "судлан*", "aybdor deb topil*", "айбдор деб топил*"},
		"es": {"condenado*", "condenada*", "sentencia*", "pena de prisión", "sentenció", "declarado culpable", "declarada culpable", "absuelto*", "absuelta*", "la condenó", "le condenó", "años de cárcel", "años de prisión"},
		"pt": {"condenado*", "condenada*", "sentença*", "pena de prisão", "declarado culpado", "declarada culpada", "absolvido*", "absolvida*", "anos de prisão"},
		"it": {"condannat*", "sentenza*", "condanna a", "condanne a", "dichiarat* colpevole", "assolt*", "anni di carcere", "anni di reclusione", "ergastolo"},
		"tr": {"hapis cezası*", "mahkum edildi", "mahkum edil*", "hüküm giy*", "hapse mahkum", "cezaya çarptırıl*", "beraat*", "hapis cezasına"},
		"pl": {"skazan*", "wyrok*", "skazał*", "uniewinni*", "lat więzienia", "kara więzienia", "karę więzienia", "dożywoci*"},
		"ar": {"بالسجن", "حكمت محكمه", "قضت محكمه", "حكم على", "صدر حكم", "حكما بالسجن", "الحكم على", "بالاعدام", "حكم قضائي", "برات المحكمه"},
		"fa": {"سال زندان", "سال حبس", "حکم زندان", "حکم اعدام", "صدور حکم", "حکم دادگاه", "تبرئه", "به حبس"},
		"zh": {"判处", "判决", "判刑", "有期徒刑", "被判", "宣判", "定罪", "无罪释放", "无期徒刑", "死刑"},
		"ky": {"соттолду", "өкүм*", "эркинен ажырат*", "соттолгон"},
		"tg": {"маҳкум шуд*", "маҳкум кард*", "соли зиндон", "соли ҳабс", "ҳукми суд"},
		"az": {"məhkum ed*", "məhkum olun*", "hökm çıxar*", "hökm oxun*", "həbs cəzası*", "azadlıqdan məhrum*", "bəraət*"},
	},
	Arrest: {
		"en": {"arrest*", "detained", "detention", "jailed", "taken into custody", "remanded in custody"},
		"fr": {"arrêté*", "arrestation*", "interpellé*", "placé en garde à vue", "placée en garde à vue", "écroué*", "incarcéré*", "mis en examen"},
		"de": {"festgenommen", "verhaftet", "festnahme*", "verhaftung*", "inhaftiert", "in gewahrsam", "untersuchungshaft", "in haft genommen"},
		"nl": {"gearresteerd", "opgepakt", "arrestatie*", "aangehouden", "in hechtenis", "vastgezet", "politie pakte"},
		"ru": {"задержа*", "арест*", "взят* под стражу", "заключен* под стражу"},
		"uk": {"затрима*", "арешт*", "взят* під варту"},
		"kk": {"ұста*", "қамау*"},
		"uz": {"hibsga", "qamoqqa", "ushlan*", "ҳибсга", "қамоққа", "ушлан*"},
		"es": {"detenid*", "detención", "arrestad*", "arrestó", "bajo custodia", "prisión preventiva", "policía detuvo", "agentes detuvieron"},
		"pt": {"=preso*", "detido*", "detida*", "detenção", "prendeu", "prenderam", "prisão preventiva", "polícia deteve", "polícia prendeu"},
		"it": {"arrestat*", "arresto", "fermat*", "custodia cautelare"},
		"tr": {"tutuklan*", "gözaltı*", "gözaltına", "tutuklandı"},
		"pl": {"aresztowan*", "zatrzyman*", "areszt*", "policja zatrzymała", "policjanci zatrzymali"},
		"ar": {"اعتقال", "اعتقل", "القبض", "احتجاز", "اعتقلت", "اعتقلوا", "احتجزت"},
		"fa": {"بازداشت*", "دستگیر", "دستگیری", "به زندان"},
		"zh": {"逮捕", "拘留", "被捕", "起诉", "羁押", "被拘"},
		"ky": {"кармалды", "камакка алын*"},
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
		"en": {"talks", "negotiation*", "=met", "meets", "held talks", "phone call", "discussed", "sat down with", "phone conversation*", "telephone conversation*", "spoke by phone", "spoke by telephone", "video call*", "videoconference*", "negotiated"},
		"fr": {"entretien*", "négociation*", "pourparlers", "rencontr*", "s'est entretenu", "entretenu*", "conversation téléphonique", "visioconférence*", "ont discuté", "a discuté", "ont négocié", "a négocié"},
		"de": {"gespräch*", "verhandlung*", "traf", "trafen", "telefonat*", "telefoniert*", "videokonferenz*", "videoschalte*", "unterredung*", "verhandelten", "verhandelt"},
		"nl": {"gesprek*", "onderhandeling*", "ontmoet*", "overleg*", "sprak", "spraken", "telefoongesprek*", "onderhandelden", "onderhandeld"},
		"ru": {"переговор*", "встрет*", "беседа", "беседу", "телефонн* разговор*", "обсудил*", "созвонил*", "беседова*"},
		"uk": {"переговор*", "зустрів*", "зустріл*", "зустрін*", "обговори*", "телефонн* розмов*", "розмовля*"},
		"kk": {"келіссөз*", "кездесті*", "кездесіп*", "кездесед*", "сөйлесті", "сөйлесіп", "талқыла*"},
		"ky": {"сүйлөшүү*", "сүйлөштү", "талкуула*"},
		"tg": {"музокира*", "гуфтушунид*", "сӯҳбат*"},
		"az": {"danışıq*", "danışığ*", "müzakirə*"},
		"uz": {"muzokara*", "uchrashdi*", "uchrashib*", "uchrashgan*", "музокара*", "учрашди*", "учрашиб*", "учрашган*", "suhbat*", "muhokama*", "суҳбат*", "сухбат*", "муҳокама*"},
		"es": {"conversaciones", "negociacion*", "reunió", "se reunieron", "encuentro*", "conversación telefónica", "conversaron", "dialogaron", "discutieron", "videoconferencia*", "dialogó", "negociaron", "negoció"},
		"pt": {"conversações", "negociaç*", "reuniu", "reuniram", "encontro*", "conversa telefónica", "conversa telefônica", "conversaram", "telefonema*", "discutiram", "videoconferência*", "negociaram", "negociou"},
		"it": {"colloqui*", "negoziat*", "incontr*", "trattativ*", "telefonat*", "videoconferenz*", "hanno discusso"},
		"tr": {"görüşme*", "görüştü", "müzakere*", "bir araya", "ele aldı*", "telefon görüşmesi"},
		"pl": {"rozmow*", "negocjacj*", "spotka*", "rozmawia*", "omówi*", "wideokonferencj*", "negocjowal*", "negocjował*"},
		"ar": {"محادثات", "مفاوضات", "التقى", "لقاء", "اجتماع", "مباحثات", "اتصال هاتفي", "اتصالا هاتفيا", "محادثه هاتفيه", "ناقش", "ناقشا", "مكالمه هاتفيه", "تفاوض", "تفاوضت", "تفاوضا", "تفاوضوا"},
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
		"en": {"final", "finals", "semifinal*", "match", "tournament", "championship*", "olympics", "cup"},
		"fr": {"finale*", "demi-finale*", "match", "tournoi*", "championnat*", "course"},
		"de": {"finale*", "endspiel*", "halbfinale*", "turnier*", "meisterschaft*", "rennen"},
		"nl": {"finale*", "halve finale", "wedstrijd*", "toernooi*", "kampioenschap*"},
		"ru": {"финал*", "полуфинал*", "матч*", "турнир*", "чемпионат*"},
		"uk": {"фінал*", "матч*", "турнір*", "чемпіонат*"},
		"kk": {"финал*", "чемпионат*", "турнир*"},
		"uz": {"=final*", "chempionat*", "turnir*"},
		"es": {"final", "finales", "semifinal*", "partido de fútbol", "partido de ida", "partido de vuelta", "partido amistoso", "torneo*", "campeonato*"},
		"pt": {"final", "finais", "semifinal*", "partida*", "torneio*", "campeonato*"},
		"it": {"finale", "finali", "semifinal*", "partita", "torneo", "campionat*"},
		"tr": {"final*", "yarı final*", "=maç", "=maçı", "=maçta", "=maçın", "=maçında", "=maçlar*", "turnuva*", "şampiyona*"},
		"pl": {"finał*", "półfinał*", "mecz*", "turniej*", "mistrzostw*"},
		"ar": {"نهائي", "النهائي", "مباراه", "بطوله"},
		"fa": {"فینال", "مسابقه*", "مسابقات"},
		"zh": {"决赛", "半决赛", "比赛", "锦标赛"},
	},
	Result: {
		"en": {"won", "wins", "win", "victory", "defeated", "beat", "results", "result"},
		"fr": {"remporté*", "victoire*", "battu*", "résultat*", "gagné"},
		"de": {"gewann", "gewonnen", "sieg", "sieges", "siegte", "siegten", "sieger*", "wahlsieg*", "besiegt", "ergebnis*"},
		"nl": {"won", "gewonnen", "overwinning*", "zege", "zeges", "versloeg", "uitslag*", "resultaat", "resultaten"},
		"ru": {"победил*", "побед*", "выиграл*", "итог*", "результат*", "получил* большинство", "большинство мест"},
		"uk": {"переміг*", "перемог*", "виграл*", "підсумк*", "результат*"},
		"kk": {"жеңіс*", "жеңді", "нәтиже*", "жеңіп ал*"},
		"uz": {"g'alaba*", "yutdi", "natija*", "ғалаба*", "натижа*"},
		"es": {"ganó", "victoria*", "venció", "derrotó", "resultado*", "obtuvo la mayoría", "obtuvieron la mayoría", "mayoría absoluta"},
		"pt": {"venceu", "vitória*", "derrotou", "ganhou", "resultado*"},
		"it": {"vinto", "vince", "vittoria*", "battuto", "sconfitto", "risultat*"},
		"tr": {"kazandı", "zafer*", "galibiyet*", "sonuç*"},
		"pl": {"wygrał*", "zwycięstw*", "pokonał*", "wynik*"},
		"ar": {"فاز", "فوز", "الفوز", "نتائج", "النتائج", "نتيجه"},
		"fa": {"پیروزی*", "برنده", "نتایج", "اکثریت کرسی*"},
		"zh": {"获胜", "胜选", "夺冠", "击败", "结果", "赢得"},
		"ky": {"жеңиш*"},
		"tg": {"ғалаба*"},
		"az": {"qələbə*", "qalib gəl*", "qazandı", "qazanıb"},
	},
	Appointment: {
		"en": {"appointed", "appointment", "named", "nominated", "nomination", "resigned", "resignation", "dismissed", "sacked", "dismissal", "relieved of", "stepped down", "resigns", "reshuffle*", "succeeds", "succeeded", "will succeed"},
		"fr": {"nommé*", "nomination*", "démission*", "limogé*", "limogeage", "démis", "remaniement*", "succède", "succédé", "succédera", "succéder"},
		"de": {"ernannt", "ernennung*", "nominiert", "rücktritt*", "entlassen", "entlassung*", "abgesetzt", "zurückgetreten", "kabinettsumbildung*", "nachfolger*", "nachfolgerin*"},
		"nl": {"benoemd", "benoeming*", "genomineerd", "ontslag", "afgetreden", "ontslagen", "trad af", "treedt af", "herschikking*", "opvolger*", "opvolgt", "opgevolgd"},
		"ru": {"назначен*", "выдвину*", "отставк*", "уволен*", "освобо* от должност*", "перестановк*", "сменил* на посту", "сменит на посту", "преемник*", "назначил* министр*", "назначил* на пост*", "назначил* на должност*", "назначил* послом", "назначил* главой"},
		"uk": {"призначен*", "висуну*", "відставк*", "звільн* з посади", "призначи*", "наступник*", "змінив на посаді", "змінила на посаді"},
		"kk": {"тағайында*", "қызметінен босат*", "лауазымынан босат*"},
		"uz": {"tayinla*", "тайинла*", "lavozimidan ozod*", "лавозимидан озод*"},
		"es": {"nombrado*", "designado*", "nombramiento*", "dimisión", "renuncia*", "destitu*", "dimitió", "nombró", "nombrada*", "designada*"},
		"pt": {"nomeado*", "nomeação", "demissão", "renúncia*", "exonerad*", "exoneração", "demitido*", "demitiu", "renunciou", "nomeou", "nomeada*"},
		"it": {"nominat*", "nomina", "dimission*", "dimesso", "dimessa", "destituit*", "rimpasto"},
		"tr": {"atandı", "atama*", "aday gösteril*", "istifa*", "görevden al*", "yerine geç*", "halef*"},
		"pl": {"mianowan*", "powołan*", "nominacj*", "dymisj*", "rezygnacj*", "zdymisjonowan*", "zastąpił*", "zastąpi", "następc*"},
		"ar": {"تعيين", "عين", "استقاله", "ترشيح", "اقاله", "اقال", "اعفاء", "خلفا ل", "خلفا"},
		"fa": {"منصوب", "انتصاب", "استعفا", "نامزد", "برکنار*", "عزل", "جانشین"},
		"zh": {"任命", "提名", "辞职", "免职", "免去", "罢免", "辞去", "撤职", "出任", "接替", "接任", "继任"},
		"ky": {"=дайында*", "кызматтан бошот*"},
		"tg": {"таъин*"},
		"az": {"təyin ed*", "təyin olun*", "vəzifəsindən azad*"},
	},
	Death: {
		"en": {"died", "killed", "dead", "death*", "!passed away"},
		"fr": {"mort", "morts", "morte", "mortes", "décès", "décédé*", "tué", "tués", "tuée", "tuées", "péri", "ont perdu la vie"},
		"de": {"gestorben", "starb", "getötet", "tote", "toten", "tod", "starben", "ums leben", "verstorben"},
		"nl": {"overleden", "overleed", "gedood", "doden", "omgekomen", "kwamen om", "kwam om", "stierf", "stierven"},
		"ru": {"погиб*", "скончал*", "убит*", "смерт*", "умер*"},
		"uk": {"загину*", "помер*", "вбит*", "смерт*"},
		"kk": {"қайтыс", "қаза", "мерт болды", "опат болды", "көз жұмды", "дүниеден өт*", "қайтыс бол*"},
		"uz": {"vafot*", "halok*", "вафот*", "ҳалок"},
		"es": {"murió", "muertos", "fallecido*", "falleció", "asesinado*", "murieron", "fallecieron", "perdieron la vida", "muerte", "muertes"},
		"pt": {"morreu", "mortos", "morte*", "faleceu", "morreram", "perderam a vida"},
		"it": {"morto", "morti", "morta", "morte", "decesso", "ucciso", "uccisi", "uccisa", "deceduto", "deceduta"},
		"tr": {"ölü", "ölüler", "kişi öldü", "insan öldü", "ölen", "ölenler*", "yaşamını yitir*", "hayatını kaybetti", "ölüm", "ölümü", "ölümün", "ölümünden", "ölümüne", "ölümle", "can verdi", "öldürül*", "hayatını kaybed*", "vefat*"},
		"pl": {"zginęł*", "zginął", "zmarł*", "zabit*", "śmier*", "nie żyje"},
		"ar": {"مقتل", "قتل", "وفاه", "توفي", "قتلى", "مصرع", "حتفه", "حتفهم"},
		"fa": {"کشته", "درگذشت", "جان باخت", "جان باختن", "جان باختند", "فوت"},
		"zh": {"死亡", "遇难", "去世", "身亡", "逝世", "丧生", "罹难", "享年"},
		"ky": {"каза бол*", "курман бол*", "көз жумду", "дүйнөдөн кайт*", "дүйнөдөн өт*"},
		"tg": {"фавтид*", "кушта шуд*", "даргузашт*", "аз олам гузашт*"},
		"az": {"həlak ol*", "vəfat*", "dünyasını dəyiş*"},
	},
	Decision: {
		"en": {"decree*", "decision*", "decided", "approved", "adopted", "ruling", "passed", "raised", "lifted", "cut", "lowered", "banned", "imposed", "sanction*", "law", "dissolved", "dissolution", "dissolves", "embargo*", "ordered", "!put to a vote", "!put to the vote", "!put to vote", "!put to a parliamentary vote"},
		"fr": {"décret*", "décision*", "décidé*", "approuvé*", "adopté*", "relevé*", "abaissé*", "interdit*", "sanction*", "loi", "dissous", "dissoute", "a ordonné", "ordonné", "!soumis au vote", "!soumise au vote", "!mis aux voix", "!mise aux voix"},
		"de": {"dekret*", "erlass*", "beschluss*", "beschlossen", "entscheidung*", "verabschiedet", "angehoben", "gesenkt", "verbot*", "sanktion*", "gesetz*", "aufgelöst", "auflösung*", "befahl", "!zur abstimmung gestellt", "!zur abstimmung stellen", "!zur abstimmung vorgelegt"},
		"nl": {"decreet*", "besluit*", "besloten", "goedgekeurd", "aangenomen", "verhoogd", "verlaagd", "verbod*", "sanctie*", "=wet", "ontbonden", "ontbinding", "besloot", "!in stemming gebracht", "!in stemming brengen"},
		"ru": {"указ", "указа", "указом", "решени*", "постановлени*", "утверди*", "одобри*", "принял*", "повысил*", "понизил*", "запрет*", "санкци*", "закон*", "решил*", "распусти*", "распущен*", "роспуск*", "приказал*", "эмбарго", "!вынес* на голосование", "!вынесен* на голосование", "!вынесут на голосование", "!постав* на голосование", "!поставлен* на голосование"},
		"uk": {"указ*", "рішенн*", "постанов*", "ухвали*", "схвали*", "підвищ*", "знизи*", "санкці*", "закон*", "виріши*", "розпусти*", "розпуск*", "розпущен*", "=наказав", "!винес* на голосування", "!винесен* на голосування", "!винесуть на голосування", "!постав* на голосування"},
		"kk": {"жарлық*", "шешім*", "заң*", "бекіт*", "бұйырды", "!дауысқа сал*"},
		"uz": {"farmon*", "qaror*", "qonun*", "фармон*", "қарор*", "қонун*", "sanksiya*", "!ovozga qo'y*", "!овозга қўй*"},
		"es": {"decreto*", "decisión*", "decidió", "aprobó", "aprobado*", "adoptó", "subió", "elevó", "bajó", "prohibi*", "sancion*", "ley", "disolvió", "disolución", "disuelto", "ordenó", "!sometid* a votación", "!someterá a votación", "!sometió a votación"},
		"pt": {"decreto*", "decisão", "decidiu", "aprovou", "aprovado*", "elevou", "subiu", "baixou", "proibi*", "sanção", "sanções", "lei", "dissolveu", "dissolução", "dissolvido", "ordenou", "!submetid* a votação", "!submeterá a votação", "!posto a votação", "!posta a votação"},
		"it": {"decreto*", "decision*", "deciso", "approvat*", "adottat*", "alzato", "aumentato", "abbassato", "vietat*", "sanzion*", "legge", "sciolto", "scioglimento", "sciolse", "ha ordinato", "!messo ai voti", "!messa ai voti", "!messi ai voti"},
		"tr": {"kararname*", "karar*", "onayla*", "kabul", "yükseltti", "indirdi", "düşürdü", "yasak*", "yaptırım*", "yasa", "yasası", "yasasını", "yasanın", "yasaya", "yasayı", "yasada", "yasasındaki", "kanun*", "feshet*", "fesih*", "feshedil*", "emretti", "!oylamaya sunul*", "!oya sunul*", "!oylamaya açıl*"},
		"pl": {"dekret*", "decyzj*", "zdecydowa*", "zatwierdzi*", "przyjęł*", "podniósł", "podwyższ*", "obniży*", "zakaz*", "sankcj*", "ustaw*", "polecił*", "!poddan* pod głosowanie", "!podda* pod głosowanie"},
		"ar": {"مرسوم", "قرار", "القرار", "قررت", "قرر", "وافق", "اقر", "رفع", "خفض", "حظر", "عقوبات", "قانون", "حل البرلمان"},
		"fa": {"فرمان", "تصمیم*", "مصوبه", "تصویب", "افزایش", "کاهش", "تحریم*", "قانون", "انحلال", "دستور داد", "!به رای گذاشت*", "!به رأی گذاشت*"},
		"zh": {"法令", "决定", "批准", "通过", "上调", "下调", "禁止", "制裁", "法律", "解散", "下令", "禁运", "!付诸表决", "!交付表决", "!提交表决", "!表决通过"},
		"ky": {"чечим*", "мыйзам*", "!добушка кой*"},
		"az": {"qərar*", "qəbul ed*", "qəbul olun*", "qanun", "qanunu", "qanunun", "qanuna", "qanunlar*", "qanun layihə*", "!səsə qoy*"},
		"tg": {"қарор*", "фармон*", "!ба овоз гузошт*"},
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

// notEventWords lists, by language, phrases in which a word of kindWords
// names no event: Russian "начала" is "began" (feminine) and the genitive
// of "начало" (the start), so "с начала года" (since the start of the
// year) or "до начала саммита" (before the summit's start) opened
// nothing. The words of kindWords inside such a phrase are dropped (see
// lexicon.unelect); matched like kindWords.
var notEventWords = map[string][]string{
	// English "sign" is also the noun: "in a sign of", "signs of fatigue".
	"en": {"a sign of", "signs of",
		// "Final" is the match and the adjective: the last text or day
		// of a meeting is no contest (a final declaration is an
		// agreement: see "!final declaration*").
		"final communique*", "final statement*", "final document*", "final text*", "final report*", "final day", "final session*", "final stage*", "final phase", "press conference*", "news conference*"},
	"fr": {"communiqué final", "document final", "texte final", "rapport final", "séance finale", "journée finale", "phase finale", "conférence de presse", "conférences de presse"},
	"es": {"comunicado final", "documento final", "texto final", "informe final", "sesión final", "jornada final", "fase final",
		// "A finales de", "al final de": at the end of.
		"a finales", "al final de", "al final del", "hasta el final", "para finales", "rueda de prensa", "conferencia de prensa"},
	"pt": {"comunicado final", "documento final", "texto final", "relatório final", "sessão final", "fase final",
		"no final de", "no final do", "no final da", "ao final de", "ao final do", "ao final da", "até o final", "até ao final", "em finais de", "conferência de imprensa", "coletiva de imprensa"},
	"it": {"comunicato finale", "documento finale", "testo finale", "rapporto finale", "sessione finale", "giornata finale", "conferenza stampa", "conferenze stampa"},
	"tr": {"final metni", "final belgesi", "basın toplantı*"},
	"ru": {"с начала", "до начала", "после начала", "накануне начала", "со дня начала", "от начала", "для начала", "к началу", "с самого начала", "момента начала"},
	"uk": {"з початку", "до початку", "після початку", "напередодні початку"},
	// Dutch "instemmen" (to agree) splits: "stemden zij in met ontwapening"
	// (they agreed to disarm) is no vote.
	"nl": {"stemden zij in", "stemde hij in", "stemde zij in", "stemden in met", "stemde in met", "stemt in met", "stemmen in met", "stemden ermee in", "stemde ermee in"},
	"de": {"pressekonferenz*"},
}

// negations lists, by language, the phrases that deny a happening or
// someone's presence at it: "did not attend", "n'a pas eu lieu", "fand
// nicht statt", "в графике не значится" (is not on the schedule),
// "gerçekleşmedi", "لم يحضر", "没有出席". The event words of the clause
// they stand in name no event (see unnegate); matched like kindWords.
var negations = map[string][]string{
	"en": {"did not attend", "didn't attend", "did not take place", "didn't take place", "did not happen", "never took place", "was not held", "were not held", "will not attend", "won't attend", "did not take part", "not on the schedule", "did not participate", "will not take place", "has not taken place"},
	"fr": {"n'a pas eu lieu", "n'ont pas eu lieu", "n'aura pas lieu", "ne s'est pas tenu*", "ne se tiendra pas", "n'a pas assisté", "n'a pas participé", "n'assistera pas", "ne participera pas", "ne figure pas"},
	"de": {"fand nicht statt", "findet nicht statt", "nicht stattgefunden", "nicht stattfinden", "nahm nicht teil", "nicht teilgenommen", "nimmt nicht teil", "nicht abgehalten", "nicht vorgesehen"},
	"nl": {"vond niet plaats", "niet plaatsgevonden", "vindt niet plaats", "nam niet deel", "neemt niet deel", "niet aanwezig", "niet gehouden"},
	"ru": {"не состоял*", "не состоится", "не значится", "не значилась", "не значился", "не приехал*", "не присутствовал*", "не принял* участи*", "не примет участи*", "не проводил*", "не запланирован*", "не планируется"},
	"uk": {"не відбул*", "не відбувся", "не відбудеться", "не взяв участі", "не взяла участі", "не візьме участі", "не приїхав*", "не значиться", "не запланован*"},
	"pl": {"nie odbył*", "nie odbędzie", "nie wziął udziału", "nie wzięła udziału", "nie weźmie udziału", "nie przyjechał*", "nie ma w harmonogramie"},
	"es": {"no se celebró", "no tuvo lugar", "no tendrá lugar", "no asistió", "no asistirá", "no participó", "no participará", "no se realizó", "no se celebrará", "no figura"},
	"pt": {"não se realizou", "não aconteceu", "não compareceu", "não participou", "não participará", "não teve lugar", "não se realizará", "não consta"},
	"it": {"non si è tenut*", "non ha avuto luogo", "non ha partecipato", "non parteciperà", "non era presente", "non si terrà", "non è prevista", "non è previsto"},
	"tr": {"gerçekleşmedi", "gerçekleşmeyecek", "katılmadı", "katılmayacak", "düzenlenmedi", "düzenlenmeyecek", "programda yer almıyor"},
	"ar": {"لم يحضر", "لم تحضر", "لم يشارك", "لم تشارك", "لن يحضر", "لن يشارك", "لن تشارك", "لم يعقد", "لم تعقد", "لم تجر", "لم يجر", "لن يعقد", "لن تعقد", "لم يتم عقد", "لم ينعقد", "لم تنعقد", "لا يشارك", "لا تشارك", "لا يحضر"},
	"fa": {"برگزار نشد", "برگزار نخواهد شد", "برگزار نمی\u200cشود", "شرکت نکرد", "شرکت نخواهد کرد", "شرکت نمی\u200cکند", "حضور نداشت", "حضور نخواهد داشت"},
	"zh": {"没有出席", "未出席", "没有举行", "未举行", "并未举行", "没有参加", "未参加", "不会出席", "不出席", "不参加", "不会参加", "缺席"},
	"kk": {"өтпеді", "өтпейді", "қатыспады", "қатыспайды", "келмеді"},
	"uz": {"bo'lib o'tmadi", "o'tkazilmadi", "qatnashmadi", "qatnashmaydi", "бўлиб ўтмади", "иштирок этмади"},
	"ky": {"өткөн жок", "өтпөдү", "катышкан жок", "катышпады"},
	"tg": {"баргузор нашуд", "ширкат накард", "ширкат намекунад"},
	"az": {"keçirilmədi", "keçirilməyəcək", "iştirak etmədi", "iştirak etməyəcək", "baş tutmadı"},
}

// qualifierWords refine kinds for titles, matched like kindWords.
var qualifierWords = map[qualifier][]string{
	qPresidential: {"presidential", "présidentielle*", "präsident*", "presidentsverkiezing*", "президентск*", "президент", "президента", "президентськ*",
		"prezident*", "президентлик*", "presidencial*", "presidenzial*", "cumhurbaşkanlığı", "cumhurbaşkanı", "prezydenck*", "الرئاسيه", "رئاسيه", "ریاست جمهوری", "总统"},
	qParliamentary: {"parliamentary", "législatives", "parlamentswahl*", "parlementsverkiezing*", "парламентск*", "парламентськ*", "parlament*", "parlamentar*",
		"legislativ*", "milletvekili", "parlamentarn*", "sejm*", "البرلمانيه", "التشريعيه", "مجلس", "议会", "parliament", "мажилис*", "мәжіліс*", "oliy majlis"},
	qArrival: {"arrive*", "arrival", "arrivé*", "arrivée", "eingetroffen", "traf ein", "ankunft", "aangekomen", "arriveerde", "прибыл*", "прибу*", "llegó", "chegou", "arrivat*", "geldi", "przyby*", "وصل", "抵达", "landed",
		"келді", "keldi", "yetib keldi", "келди", "وارد", "przylecia*", "прилетел*", "прилетів", "приехал*", "приїха*", "angekommen", "landete", "aterrizó", "desembarcou", "przyjecha*", "وصلت", "يصل", "到达"},
	qEarthquake: {"earthquake*", "quake*", "beben", "beving*", "séisme*", "erdbeben*", "aardbeving*", "землетрясени*", "землетрус*", "terremoto*", "sismo*", "sisma", "sismi", "tremblement de terre", "tremblements de terre", "deprem*", "trzęsieni*", "زلزال", "الزلزال", "زلازل", "الزلازل", "زلزله", "地震", "zilzila*", "жер сілкініс*", "жер титирөө*", "zəlzələ*", "зилзила*", "заминларза*"},
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
