package data

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// The words of rule 21 (anniversaries.go), per language, lower case (as
// lowerPlain writes them): the word for an anniversary, the ordinals
// written in words, the words of a country's independence or founding,
// and the words of relations and membership whose years the lists do not
// know. Ordinals in digits are read in every language ("80th", "75e",
// "80.º", "80-летие", "80 жылдығы", "75周年", "الذكرى الـ80").

// anniversaryTerms are one language's words.
type anniversaryTerms struct {
	lang string
	// anniversary are the words for an anniversary; the ordinal stands
	// right before them, or right after them when after is set (Arabic
	// "الذكرى الثمانين"), past the fillers ("السنوية").
	anniversary []string
	after       bool
	fillers     []string
	// words are the ordinals written in words ("eightieth", "tachtigste",
	// "چهارمین", "birinci").
	words map[string]int
	// tens are the cardinal tens that open a compound ordinal ("yetmiş
	// beşinci"): the ordinal after them is not the whole number.
	tens []string
	// independence are the words that make a country an anchor ("the 30th
	// anniversary of the independence of Kazakhstan").
	independence []string
	// guards are the words of anniversaries whose years the lists do not
	// know: diplomatic relations, membership, accession.
	guards []string
}

// anniversaryLexicon holds the words of each language with an
// anniversary word.
var anniversaryLexicon = func() map[string]*anniversaryTerms {
	out := map[string]*anniversaryTerms{}
	for _, w := range anniversaryLanguages {
		out[w.lang] = w
	}
	return out
}()

// anniversaryWordsFor returns the words of language lang, nil when none.
func anniversaryWordsFor(lang string) *anniversaryTerms { return anniversaryLexicon[lang] }

// mentioned reports whether text holds an anniversary word. lowered is
// scratch space for lowerPlain(text): it is asked of the whole text of
// every report with a day of no year, and a new string each time was a
// third of dating's allocations at 100,000 articles.
func (lex *anniversaryTerms) mentioned(text string, lowered *[]byte) bool {
	*lowered = appendLowerPlain((*lowered)[:0], text)
	// A string over the buffer, read only while the buffer holds it.
	found := lex.containsAny(unsafe.String(unsafe.SliceData(*lowered), len(*lowered)), lex.anniversary)
	if cap(*lowered) > maxLoweredKept {
		*lowered = nil // a huge file's text is not kept for the rest of the load
	}
	return found
}

// mentionedLower is mentioned on a text already in lower case (lowerPlain).
func (lex *anniversaryTerms) mentionedLower(plain string) bool {
	return lex.containsAny(plain, lex.anniversary)
}

// maxLoweredKept is the largest scratch space mentioned keeps.
const maxLoweredKept = 1 << 20

// appendLowerPlain appends lowerPlain(s) to dst.
func appendLowerPlain(dst []byte, s string) []byte {
	start := len(dst)
	dst = textnorm.AppendLower(dst, s)
	const dot = "\u0307"
	k := bytes.Index(dst[start:], []byte(dot))
	if k < 0 {
		return dst
	}
	// Move what follows each dot over it, as strings.ReplaceAll does.
	out := start + k
	for rest := dst[out+len(dot):]; ; {
		k := bytes.Index(rest, []byte(dot))
		if k < 0 {
			out += copy(dst[out:], rest)
			break
		}
		out += copy(dst[out:], rest[:k])
		rest = rest[k+len(dot):]
	}
	return dst[:out]
}

// containsAny reports whether lower holds one of words.
func (lex *anniversaryTerms) containsAny(lower string, words []string) bool {
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// ordinalAt is an ordinal written with an anniversary word: its value,
// and where the anniversary word stands in the sentence.
type ordinalAt struct{ n, at, end int }

// ordinals returns the ordinals written with the anniversary words of
// lower.
func (lex *anniversaryTerms) ordinals(lower string) []ordinalAt {
	var out []ordinalAt
	for _, w := range lex.anniversary {
		for i := 0; ; {
			k := strings.Index(lower[i:], w)
			if k < 0 {
				break
			}
			at := i + k
			n := lex.numberBefore(lower, at)
			if n == 0 && lex.after {
				n = lex.numberAfter(lower, at+len(w))
			}
			if n > 0 {
				out = append(out, ordinalAt{n, at, at + len(w)})
			}
			i = at + len(w)
		}
	}
	return out
}

// ordinalWords builds an ordinal table from words listed by value.
func ordinalWords(byValue map[int][]string) map[string]int {
	out := map[string]int{}
	for n, words := range byValue {
		for _, w := range words {
			out[w] = n
		}
	}
	return out
}

var anniversaryLanguages = []*anniversaryTerms{
	{lang: "en", anniversary: []string{"anniversary"},
		words: ordinalWords(map[int][]string{1: {"first"}, 2: {"second"}, 3: {"third"}, 4: {"fourth"}, 5: {"fifth"}, 6: {"sixth"}, 7: {"seventh"},
			8: {"eighth"}, 9: {"ninth"}, 10: {"tenth"}, 15: {"fifteenth"}, 20: {"twentieth"}, 25: {"twenty-fifth"}, 30: {"thirtieth"},
			40: {"fortieth"}, 50: {"fiftieth"}, 60: {"sixtieth"}, 70: {"seventieth"}, 75: {"seventy-fifth"}, 80: {"eightieth"},
			90: {"ninetieth"}, 100: {"hundredth", "centenary", "centennial"}}),
		independence: []string{"independence", "founding", "founded", "foundation", "formation", "proclamation"},
		guards:       []string{"diplomatic", "relations", "membership", "accession", "joining", "joined"}},
	{lang: "fr", anniversary: []string{"anniversaire"},
		words: ordinalWords(map[int][]string{1: {"premier"}, 2: {"deuxième", "second"}, 3: {"troisième"}, 4: {"quatrième"}, 5: {"cinquième"},
			10: {"dixième"}, 20: {"vingtième"}, 25: {"vingt-cinquième"}, 30: {"trentième"}, 40: {"quarantième"}, 50: {"cinquantième"},
			60: {"soixantième"}, 70: {"soixante-dixième"}, 75: {"soixante-quinzième"}, 80: {"quatre-vingtième"}, 100: {"centième"}}),
		independence: []string{"indépendance", "fondation", "création", "proclamation"},
		guards:       []string{"diplomatique", "relations", "adhésion"}},
	{lang: "de", anniversary: []string{"jahrestag", "jubiläum"},
		words: ordinalWords(map[int][]string{1: {"ersten"}, 2: {"zweiten"}, 3: {"dritten"}, 4: {"vierten"}, 5: {"fünften"}, 10: {"zehnten"},
			20: {"zwanzigsten"}, 25: {"fünfundzwanzigsten"}, 30: {"dreißigsten"}, 40: {"vierzigsten"}, 50: {"fünfzigsten"},
			60: {"sechzigsten"}, 70: {"siebzigsten"}, 75: {"fünfundsiebzigsten"}, 80: {"achtzigsten"}, 100: {"hundertsten"}}),
		independence: []string{"unabhängigkeit", "gründung", "ausrufung"},
		guards:       []string{"diplomatisch", "beziehungen", "mitgliedschaft", "beitritt"}},
	{lang: "nl", anniversary: []string{"verjaardag", "jubileum"},
		words: ordinalWords(map[int][]string{1: {"eerste"}, 2: {"tweede"}, 3: {"derde"}, 4: {"vierde"}, 5: {"vijfde"}, 10: {"tiende"},
			20: {"twintigste"}, 25: {"vijfentwintigste"}, 30: {"dertigste"}, 40: {"veertigste"}, 50: {"vijftigste"},
			60: {"zestigste"}, 70: {"zeventigste"}, 75: {"vijfenzeventigste"}, 80: {"tachtigste"}, 100: {"honderdste"}}),
		independence: []string{"onafhankelijkheid", "oprichting"},
		guards:       []string{"diplomatie", "betrekkingen", "lidmaatschap", "toetreding"}},
	{lang: "es", anniversary: []string{"aniversario"},
		words: ordinalWords(map[int][]string{1: {"primer", "primero"}, 2: {"segundo"}, 3: {"tercer", "tercero"}, 4: {"cuarto"}, 5: {"quinto"},
			10: {"décimo"}, 20: {"vigésimo"}, 30: {"trigésimo"}, 40: {"cuadragésimo"}, 50: {"quincuagésimo"},
			60: {"sexagésimo"}, 70: {"septuagésimo"}, 80: {"octogésimo"}, 100: {"centésimo"}}),
		independence: []string{"independencia", "fundación", "proclamación"},
		guards:       []string{"diplomátic", "relaciones", "adhesión", "ingreso"}},
	{lang: "it", anniversary: []string{"anniversario"},
		words: ordinalWords(map[int][]string{1: {"primo"}, 2: {"secondo"}, 3: {"terzo"}, 4: {"quarto"}, 5: {"quinto"}, 10: {"decimo"},
			20: {"ventesimo"}, 25: {"venticinquesimo"}, 30: {"trentesimo"}, 40: {"quarantesimo"}, 50: {"cinquantesimo"},
			60: {"sessantesimo"}, 70: {"settantesimo"}, 75: {"settantacinquesimo"}, 80: {"ottantesimo"}, 100: {"centesimo"}}),
		independence: []string{"indipendenza", "fondazione", "proclamazione"},
		guards:       []string{"diplomatic", "relazioni", "adesione"}},
	{lang: "pt", anniversary: []string{"aniversário", "aniversario"},
		words: ordinalWords(map[int][]string{1: {"primeiro"}, 2: {"segundo"}, 3: {"terceiro"}, 4: {"quarto"}, 5: {"quinto"}, 10: {"décimo"},
			20: {"vigésimo"}, 30: {"trigésimo"}, 40: {"quadragésimo"}, 50: {"quinquagésimo"}, 60: {"sexagésimo"},
			70: {"septuagésimo"}, 80: {"octogésimo"}, 100: {"centésimo"}}),
		independence: []string{"independência", "fundação", "proclamação"},
		guards:       []string{"diplomátic", "relações", "adesão"}},
	{lang: "ru", anniversary: []string{"годовщин", "летие", "летия", "летию", "летием"},
		independence: []string{"независимост", "образовани", "основани", "провозглашени"},
		guards:       []string{"дипломатич", "отношени", "членств", "вступлени"}},
	{lang: "uk", anniversary: []string{"річниц", "річчя", "річчю", "річчям"},
		independence: []string{"незалежност", "заснуванн", "утворенн", "проголошенн"},
		guards:       []string{"дипломатич", "відносин", "членств", "вступ"}},
	{lang: "pl", anniversary: []string{"rocznic"},
		independence: []string{"niepodległoś", "założeni", "powstani", "proklamowani"},
		guards:       []string{"dyplomatycz", "stosunk", "członkost", "przystąpieni"}},
	{lang: "tr", anniversary: []string{"yıl dönüm", "yıldönüm"},
		words: ordinalWords(map[int][]string{1: {"birinci"}, 2: {"ikinci"}, 3: {"üçüncü"}, 4: {"dördüncü"}, 5: {"beşinci"}, 10: {"onuncu"},
			20: {"yirminci"}, 30: {"otuzuncu"}, 40: {"kırkıncı"}, 50: {"ellinci"}, 60: {"altmışıncı"},
			70: {"yetmişinci"}, 80: {"sekseninci"}, 100: {"yüzüncü"}}),
		tens:         []string{"on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan", "yüz"},
		independence: []string{"bağımsızlı", "kuruluş"},
		guards:       []string{"diplomatik", "ilişki", "üyeli", "katılım"}},
	{lang: "az", anniversary: []string{"ildönüm", "illiy"},
		independence: []string{"müstəqillik", "yaranma"},
		guards:       []string{"diplomatik", "əlaqələr", "üzvlük"}},
	{lang: "kk", anniversary: []string{"жылдығ"},
		independence: []string{"тәуелсіздік", "құрылған"},
		guards:       []string{"дипломатия", "қарым-қатынас", "мүшелік"}},
	{lang: "ky", anniversary: []string{"жылдыг"},
		independence: []string{"көз карандысыздык", "эгемендүүлүк", "түзүлгөн"},
		guards:       []string{"дипломатия", "мамиле", "мүчөлүк"}},
	{lang: "uz", anniversary: []string{"yilligi", "йиллиги"},
		independence: []string{"mustaqillik", "mustaqilligi", "мустақиллик", "мустақиллиги"},
		// Not "munosabat": "munosabati bilan" is "on the occasion of".
		guards: []string{"diplomatik", "дипломатик", "a'zolik", "a‘zolik", "aʼzolik", "аъзолик"}},
	{lang: "tg", anniversary: []string{"солгард"},
		independence: []string{"истиқлол"},
		// Not "муносибат": "ба муносибати" is "on the occasion of".
		guards: []string{"дипломатӣ", "узвият"}},
	{lang: "zh", anniversary: []string{"周年"},
		independence: []string{"独立", "成立", "建国"},
		guards:       []string{"建交", "外交关系", "加入"}},
	{lang: "ar", anniversary: []string{"الذكرى"}, after: true, fillers: []string{"السنوية"},
		words: ordinalWords(map[int][]string{1: {"الأولى"}, 2: {"الثانية"}, 3: {"الثالثة"}, 4: {"الرابعة"}, 5: {"الخامسة"}, 10: {"العاشرة"},
			20: {"العشرين"}, 30: {"الثلاثين"}, 40: {"الأربعين"}, 50: {"الخمسين"}, 60: {"الستين"},
			70: {"السبعين"}, 80: {"الثمانين"}, 100: {"المئوية"}}),
		independence: []string{"استقلال", "تأسيس"},
		guards:       []string{"الدبلوماسية", "العلاقات", "انضمام", "عضوية"}},
	{lang: "fa", anniversary: []string{"سالگرد"},
		words: ordinalWords(map[int][]string{1: {"اولین", "نخستین"}, 2: {"دومین"}, 3: {"سومین"}, 4: {"چهارمین"}, 5: {"پنجمین"}, 10: {"دهمین"},
			20: {"بیستمین"}, 30: {"سی‌امین", "سی\u200cاُمین"}, 40: {"چهلمین"}, 50: {"پنجاهمین"}, 60: {"شصتمین"},
			70: {"هفتادمین"}, 80: {"هشتادمین"}, 100: {"صدمین"}}),
		independence: []string{"استقلال", "تأسیس"},
		guards:       []string{"دیپلماتیک", "روابط", "عضویت", "پیوستن"}},
}

// anniversaryHappening is a happening every reader dates, whose
// anniversaries reports tell of without naming its year: its words per
// language, the words one of which must stand with them (need: "the 80th
// anniversary of the victory", not of the war's start), and the words
// that say another happening of the same words is meant (not: a battle,
// a siege, the outbreak).
type anniversaryHappening struct {
	what            string
	day             Date
	words, need, no map[string][]string
}

// in returns where lower, a sentence of language lang, names h (the
// span of its first word found), or -1 when it does not tell of h.
func (h anniversaryHappening) in(lang, lower string) (int, int) {
	has := func(words []string) bool {
		for _, w := range words {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
	if h.need != nil && !has(h.need[lang]) || has(h.no[lang]) {
		return -1, -1
	}
	for _, w := range h.words[lang] {
		if i := strings.Index(lower, w); i >= 0 {
			return i, i + len(w)
		}
	}
	return -1, -1
}

// anniversaryHappenings are the happenings of rule 21. The victory of
// 1945 is dated by the day Europe's war ended in Moscow's count (9 May):
// its anniversaries in September (China's victory day) lie within reach
// of it, in the same year.
var anniversaryHappenings = []anniversaryHappening{
	{what: "the victory of 1945", day: DayDate(1945, 5, 9),
		words: map[string][]string{
			"en": {"second world war", "world war ii", "world war two", "wwii", "great patriotic war", "nazi germany", "over nazism", "over fascism"},
			"fr": {"seconde guerre mondiale", "deuxième guerre mondiale", "grande guerre patriotique", "allemagne nazie", "nazisme", "fascisme"},
			"de": {"zweiten weltkrieg", "zweiter weltkrieg", "großen vaterländischen", "nazi-deutschland", "hitler-deutschland", "nationalsozialismus", "faschismus"},
			"es": {"segunda guerra mundial", "gran guerra patria", "alemania nazi", "nazismo", "fascismo"},
			"it": {"seconda guerra mondiale", "grande guerra patriottica", "germania nazista", "nazismo", "nazifascismo", "fascismo"},
			"pt": {"segunda guerra mundial", "grande guerra patriótica", "alemanha nazi", "nazismo", "fascismo"},
			"nl": {"tweede wereldoorlog", "nazi-duitsland", "nazisme", "fascisme"},
			"ru": {"второй мировой", "великой отечественной", "великая отечественная", "нацистской германией", "фашистской германией", "нацизмом", "фашизмом"},
			"uk": {"другої світової", "другій світовій", "нацизмом", "нацистською"},
			"pl": {"ii wojny światowej", "drugiej wojny światowej", "ii wojnie światowej", "drugiej wojnie światowej", "wielkiej wojny ojczyźnianej", "niemcami hitlerowskimi", "nazizmem", "faszyzmem"},
			"tr": {"ikinci dünya savaşı", "büyük vatanseverlik savaşı", "nazi almanyası", "faşizm", "nazizm"},
			"az": {"ikinci dünya müharibəsi", "böyük vətən müharibəsi", "faşizm"},
			"kk": {"екінші дүниежүзілік соғыс", "ұлы отан соғыс", "фашизм"},
			"ky": {"экинчи дүйнөлүк согуш", "улуу ата мекендик согуш", "фашизм"},
			"uz": {"ikkinchi jahon urushi", "ulug‘ vatan urushi", "ulug' vatan urushi", "иккинчи жаҳон уруши", "фашизм", "fashizm"},
			"tg": {"ҷанги дуюми ҷаҳон", "ҷанги бузурги ватанӣ"},
			"zh": {"世界反法西斯战争", "抗日战争", "抗战", "第二次世界大战", "二战", "卫国战争"},
			"ar": {"الحرب العالمية الثانية", "الحرب الوطنية العظمى", "ألمانيا النازية", "النازية", "الفاشية"},
			"fa": {"جنگ جهانی دوم", "آلمان نازی", "فاشیسم", "نازیسم"},
		},
		need: map[string][]string{
			"en": {"victory", "end of", "ended", "surrender", "defeat of"},
			"fr": {"victoire", "fin de", "capitulation"},
			"de": {"sieg", "ende des", "kriegsende", "kapitulation"},
			"es": {"victoria", "fin de", "final de", "rendición"},
			"it": {"vittoria", "fine della", "resa"},
			"pt": {"vitória", "fim da", "rendição"},
			"nl": {"overwinning", "einde", "capitulatie"},
			"ru": {"побед", "окончани", "завершени", "капитуляци"},
			"uk": {"перемог", "закінченн", "завершенн"},
			"pl": {"zwycięstw", "zakończeni", "koniec", "kapitulacj"},
			"tr": {"zafer", "sona er", "bitiş"},
			"az": {"qələbə", "sonu"},
			"kk": {"жеңіс", "аяқтал"},
			"ky": {"жеңиш", "бүтк"},
			"uz": {"g‘alaba", "g'alaba", "gʻalaba", "ғалаба", "tugaga"},
			"tg": {"ғалаба"},
			"zh": {"胜利", "结束"},
			"ar": {"لنصر", "انتصار", "نهاية", "انتهاء"},
			"fa": {"پیروزی", "پایان"},
		},
		no: map[string][]string{
			"en": {"outbreak", "start of", "beginning", "began", "battle", "siege", "liberation", "landing", "invasion", "attack on"},
			"fr": {"début", "déclenchement", "bataille", "siège", "libération", "débarquement", "invasion"},
			"de": {"beginn", "ausbruch", "schlacht", "blockade", "befreiung", "landung", "überfall"},
			"es": {"inicio", "comienzo", "estallido", "batalla", "asedio", "liberación", "desembarco", "invasión"},
			"it": {"inizio", "scoppio", "battaglia", "assedio", "liberazione", "sbarco", "invasione"},
			"pt": {"início", "eclosão", "batalha", "cerco", "libertação", "desembarque", "invasão"},
			"nl": {"begin van", "uitbreken", "slag om", "slag bij", "beleg", "bevrijding", "landing", "inval"},
			"ru": {"начал", "нападени", "битв", "сражени", "блокад", "освобожден", "высадк"},
			"uk": {"початк", "нападу", "битв", "блокад", "визволенн"},
			"pl": {"wybuch", "początk", "bitw", "oblężeni", "wyzwoleni", "lądowani", "napaś"},
			"tr": {"başla", "patlak", "muharebe", "kuşatma", "kurtuluş", "çıkarma"},
			"az": {"başlan", "döyüş", "mühasirə", "azad"},
			"kk": {"басталу", "басталған", "шайқас", "қоршау", "азат"},
			"ky": {"башталыш", "салгылаш", "бошот"},
			"uz": {"boshlan", "бошлан", "qamal", "ozod"},
			"tg": {"оғоз", "муҳосира"},
			"zh": {"爆发", "开始", "战役", "会战", "登陆", "全面抗战", "七七事变"},
			"ar": {"اندلاع", "بداية", "معركة", "حصار", "تحرير", "إنزال"},
			"fa": {"آغاز", "شروع", "نبرد", "محاصره", "آزادسازی"},
		}},
	{what: "Russia's full-scale invasion of Ukraine", day: DayDate(2022, 2, 24),
		words: map[string][]string{
			"en": {"invasion of ukraine", "full-scale invasion"},
			"fr": {"invasion de l'ukraine", "invasion de l’ukraine", "invasion russe de l", "invasion à grande échelle"},
			"de": {"überfall auf die ukraine", "invasion der ukraine", "einmarsch in die ukraine", "russischen einmarsch"},
			"es": {"invasión de ucrania", "invasión rusa de ucrania", "invasión a gran escala"},
			"it": {"invasione dell'ucraina", "invasione dell’ucraina", "invasione russa dell", "invasione su larga scala"},
			"pt": {"invasão da ucrânia", "invasão russa da ucrânia", "invasão em grande escala", "invasão em larga escala"},
			"nl": {"inval in oekraïne", "russische inval", "invasie van oekraïne"},
			"ru": {"специальной военной операции", "спецоперации"},
			"uk": {"повномасштабного вторгнення", "повномасштабне вторгнення", "вторгнення росії"},
			"pl": {"pełnoskalowej inwazji", "inwazji rosji na ukrainę", "rosyjskiej inwazji na ukrainę"},
			"tr": {"ukrayna'yı işgal", "ukrayna’yı işgal", "ukrayna işgal"},
			"kk": {"арнайы әскери операция"},
			"uz": {"maxsus harbiy operatsiya"},
			"zh": {"俄乌冲突", "特别军事行动"},
			"ar": {"الغزو الروسي لأوكرانيا", "الغزو الروسي الشامل", "غزو أوكرانيا"},
			"fa": {"حمله روسیه به اوکراین", "تهاجم روسیه به اوکراین"},
		}},
}
