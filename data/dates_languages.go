package data

//go:generate go run ./internal/gendatewords

import "slices"

// moreDateLanguages are the languages whose month and weekday words are
// generated from go-dateparser's locale data (dates_words_gen.go, merged
// in by withGeneratedWords). What is written here by hand is what those
// tables lack: inflected forms go-dateparser does not list (Ukrainian
// locative "у березні", Polish weekday genitives, Uzbek spellings with a
// soft sign), the Solar Hijri months, prepositions, relative words and
// future markers, which no locale table has in a form the scanner can use.
var moreDateLanguages = []*dateLanguage{
	{
		code:       "es",
		yearNounOf: []string{"de", "del"},
		yearNouns: []string{"elecciones", "elección", "comicios", "votación", "referéndum", "cumbre", "guerra", "terremoto", "sismo", "crisis",
			"protestas", "golpe", "invasión", "acuerdo", "tratado", "visita", "atentado", "ataque", "juegos", "desfile", "inundaciones",
			"censo", "revolución", "masacre", "mundial", "incendio", "explosión", "eclipse", "investidura", "olimpiadas"},
		complementizers: []string{"que"},
		agoCounts:       map[string]int{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10},
		agoBefore:       []string{"hace"}, agoOne: []string{"un", "una"},
		agoUnits:    map[string]agoUnit{"día": {unitDay, false}, "días": {unitDay, true}, "semanas": {unitWeek, true}, "meses": {unitMonth, true}, "años": {unitYear, true}},
		notMonths:   []string{"set"},
		ambiguous:   []string{"mayo"},
		joins:       []string{"de", "del"},
		preps:       []string{"el", "en", "desde", "hasta", "del", "al", "entre", "a", "principios", "finales", "mediados", "antes", "después", "durante"},
		yearContext: []string{"en", "desde", "año", "hasta"},
		rangeFrom:   []string{"del", "desde", "entre", "de"},
		rangeTo:     []string{"al", "hasta", "y", "a", "o", "u"},
		days:        map[string]int{"ayer": -1, "anteayer": -2, "hoy": 0},
		// "mañana" is tomorrow, "la mañana" the morning ("esta mañana",
		// "por la mañana"); "pasado mañana" the day after tomorrow.
		morningDays:   map[string]int{"mañana": 1},
		morningBefore: []string{"la", "esta", "una", "cada", "toda", "esa", "aquella", "misma", "media", "su"},
		dayBeyond:     map[string]int{"pasado": 1, "antes de": -1},
		nightWords:    map[string]int{"anoche": -1},
		nextPhrases:   []string{"que viene"},
		units:         map[string]relUnit{"semana": unitWeek, "mes": unitMonth, "año": unitYear, "noche": unitNight},
		past:          []string{"pasado", "pasada", "último", "última"},
		this:          []string{"este", "esta"},
		next:          []string{"próximo", "próxima", "entrante"},
		modBoth:       true,
		// ("irán" is also Iran.)
		futureMarkers: []string{"va", "van", "será", "serán", "celebrará", "prevé", "previsto", "prevista", "programado", "programada", "próximo", "próxima", "habrá", "hará", "harán", "dirá", "irá",
			// What is expected, and voters called to the polls, are ahead:
			// "para el lunes se espera el anuncio", "están llamados a las
			// urnas el domingo".
			"se espera", "se esperan", "llamados a las urnas", "llamados a votar"},
		futureSuffixes:  []string{"rá", "rán"},
		hearsayPerfects: []string{"habrá", "habrán"},
		participleEnds:  []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"},
		numericOrder:    "DMY",
		ordinals:        []string{"º", "o"},
	},
	{
		code:       "it",
		yearNounOf: []string{"del", "di"},
		yearNouns: []string{"elezioni", "elezione", "voto", "referendum", "vertice", "guerra", "terremoto", "sisma", "crisi", "proteste",
			"golpe", "invasione", "accordo", "trattato", "visita", "attentato", "attacco", "giochi", "parata", "alluvione", "censimento",
			"rivoluzione", "strage", "mondiali", "incendio", "esplosione", "eclissi", "insediamento", "olimpiadi"},
		complementizers: []string{"che"},
		agoCounts:       map[string]int{"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10},
		agoAfter:        []string{"fa"}, agoOne: []string{"un", "una", "uno"},
		agoUnits:    map[string]agoUnit{"giorno": {unitDay, false}, "giorni": {unitDay, true}, "settimane": {unitWeek, true}, "mesi": {unitMonth, true}, "anni": {unitYear, true}},
		notMonths:   []string{"set"},
		joins:       []string{"del"}, // "nel maggio del 2023"
		preps:       []string{"il", "l", "dal", "al", "nel", "entro", "dall", "fino", "tra", "fra", "dopo", "prima", "inizio", "fine", "metà", "da", "di", "del", "a"},
		yearContext: []string{"nel", "dal", "anno", "fino", "entro"},
		rangeFrom:   []string{"dal", "tra", "fra", "da"},
		rangeTo:     []string{"al", "e", "a", "o"},
		days:        map[string]int{"ieri": -1, "altroieri": -2, "oggi": 0, "domani": 1, "dopodomani": 2, "stasera": 0},
		dayBeyond:   map[string]int{"altro": -1}, // "l'altro ieri"
		nightWords:  map[string]int{"stanotte": -1},
		eitherNight: []string{"stanotte"},
		units:       map[string]relUnit{"settimana": unitWeek, "mese": unitMonth, "anno": unitYear, "notte": unitNight},
		past:        []string{"scorso", "scorsa", "passato", "passata"},
		this:        []string{"questo", "questa", "quest"},
		next:        []string{"prossimo", "prossima", "venturo"},
		modBoth:     true,
		// The futures too short for their ending ("avrà", "farà") are
		// listed; "-erò", "-irò" are the first person ("parlerò"), and
		// not "-rò" alone, the past of "-are" verbs ("incontrò").
		futureMarkers: []string{"sarà", "saranno", "terrà", "terranno", "previsto", "prevista", "prossimo", "prossima", "dovrebbe", "dovrà", "in programma", "avrà", "farà", "darà", "starà",
			// "è atteso lunedì", "sabato e domenica gli italiani sono
			// chiamati alle urne" (the present of what is scheduled).
			"è atteso", "è attesa", "sono attesi", "sono attese", "si attende", "chiamati alle urne", "chiamati al voto"},
		futureSuffixes:  []string{"rà", "ranno", "erò", "irò"},
		hearsayPerfects: []string{"avrà", "avranno"},
		participleEnds:  []string{"ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"},
		numericOrder:    "DMY",
	},
	{
		code:       "pt",
		yearNounOf: []string{"de", "do"},
		yearNouns: []string{"eleições", "eleição", "votação", "referendo", "cúpula", "cimeira", "guerra", "terremoto", "sismo", "crise",
			"protestos", "golpe", "invasão", "acordo", "tratado", "visita", "atentado", "ataque", "jogos", "desfile", "enchentes", "cheias",
			"censo", "revolução", "massacre", "copa", "incêndio", "explosão", "eclipse", "posse", "olimpíadas"},
		complementizers: []string{"que"},
		agoCounts:       map[string]int{"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10},
		agoBefore:       []string{"há"}, agoOne: []string{"um", "uma"},
		agoUnits:          map[string]agoUnit{"dia": {unitDay, false}, "dias": {unitDay, true}, "semanas": {unitWeek, true}, "meses": {unitMonth, true}, "anos": {unitYear, true}},
		joins:             []string{"de", "do"},
		ambiguousWeekdays: []string{"segunda", "terça", "quarta", "quinta", "sexta"},
		weekdayMarkers:    []string{"nesta", "desta", "na", "esta", "última", "próxima", "neste", "no", "deste"},
		weekdayTails:      []string{"feira"},
		preps:             []string{"em", "no", "na", "desde", "até", "entre", "a", "o", "dia", "início", "fim", "meados", "antes", "depois"},
		yearContext:       []string{"em", "desde", "ano", "até"},
		rangeFrom:         []string{"de", "entre", "desde"},
		rangeTo:           []string{"a", "até", "e", "ou"},
		days:              map[string]int{"ontem": -1, "anteontem": -2, "hoje": 0, "amanhã": 1},
		dayBeyond:         map[string]int{"depois de": 1, "antes de": -1},
		nextPhrases:       []string{"que vem"},
		units:             map[string]relUnit{"semana": unitWeek, "mês": unitMonth, "ano": unitYear, "noite": unitNight},
		past:              []string{"passado", "passada", "último", "última"},
		this:              []string{"este", "esta", "neste", "nesta", "deste", "desta"},
		next:              []string{"próximo", "próxima"},
		modBoth:           true,
		futureMarkers: []string{"vai", "vão", "será", "serão", "prevista", "previsto", "próximo", "próxima", "haverá", "marcada", "marcado", "marcadas", "marcados", "terá", "terão", "fará", "farão", "dirá", "irá", "irão",
			// "espera-se para segunda-feira", "são chamados às urnas no
			// domingo".
			"espera-se", "é esperado", "é esperada", "são esperados", "chamados às urnas", "chamados a votar"},
		futureSuffixes:  []string{"rá", "rão"},
		hearsayPerfects: []string{"terá", "terão"},
		participleEnds:  []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"},
		numericOrder:    "DMY",
		ordinals:        []string{"º"},
		// "na segunda vez", "na segunda volta" (the runoff), "a quinta
		// economia": the ordinal before a noun, not the weekday.
		ordinalNouns: []string{"vez", "volta", "rodada", "fase", "etapa", "edição", "mão", "posição", "metade", "parte", "vaga", "onda",
			"guerra", "temporada", "tentativa", "colocada", "colocado", "série", "divisão", "instância", "reunião", "sessão", "leitura",
			"maior", "economia", "geração", "ronda", "linha", "categoria", "classe", "via", "prova", "corrida", "cimeira", "cúpula"},
	},
	{
		code: "tr",
		yearNounStems: []string{"seçim", "cumhurbaşkanlığı", "milletvekili", "genel", "yerel", "referandum", "deprem", "zirve", "darbe",
			"savaş", "olimpiyat", "protesto", "ayaklanma", "kriz", "saldırı", "yangın", "sel", "anlaşma", "ziyaret"},
		agoCounts: map[string]int{"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10},
		agoAfter:  []string{"önce"}, agoOne: []string{"bir"}, agoNotAfter: []string{"dan", "den", "tan", "ten"}, agoFromNow: []string{"bundan", "şundan"},
		agoUnits: map[string]agoUnit{"gün": {unitDay, false}},
		// "aralık" is also "interval", "ekim" "sowing", "nisan"
		// "sign", "ocak" "hearth", "pazar" "market".
		ambiguous:           []string{"aralık", "ekim", "nisan", "ocak", "mart", "kasım"},
		ambiguousWeekdays:   []string{"pazar"},
		weekdayMarkersAfter: []string{"günü", "gününe", "günkü"},
		suffixes: []string{"'ta", "'te", "'da", "'de", "ta", "te", "da", "de", "nda", "nde", "ında", "inde", "unda", "ünde",
			"dan", "den", "tan", "ten", "ın", "in", "un", "ün", "nın", "nin", "ı", "i", "u", "ü", "ki",
			// The dative, before "kadar" (until): "perşembeye kadar".
			"ya", "ye", "na", "ne", "a", "e",
			// The accusative: "pazartesiyi tatil ilan etti".
			"yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü"},
		yearSuffixes: []string{"yılı", "yılında", "yılının", "yılındaki", "yıl"},
		// "2023 Şubat'ında": the February of 2023.
		monthPossessives: []string{"ında", "inde", "unda", "ünde", "sında", "sinde", "ındaki", "indeki", "ının", "inin"},
		yearEndings:      []string{"de", "da", "te", "ta", "deki", "daki", "teki", "taki"},
		yearSince:        []string{"den", "dan", "ten", "tan"},
		sinceAfter:       []string{"beri", "yana", "itibaren", "bu"},
		rangeTo:          []string{"ile", "ve", "veya"},
		days:             map[string]int{"dün": -1, "bugün": 0, "evvelsi": -2, "yarın": 1},
		units:            map[string]relUnit{"ayı": unitMonth, "ayında": unitMonth, "ayının": unitMonth, "ayın": unitMonth, "hafta": unitWeek, "ay": unitMonth, "yıl": unitYear, "sene": unitYear, "gece": unitNight},
		past:             []string{"geçen", "geçtiğimiz"},
		this:             []string{"bu"},
		next:             []string{"gelecek", "önümüzdeki"},
		futureMarkers:    []string{"planlanıyor", "bekleniyor", "gelecek", "önümüzdeki"},
		futureSuffixes:   []string{"acak", "ecek", "acağı", "eceği", "acaktır", "ecektir", "acağını", "eceğini", "acaklar", "ecekler"},
		numericOrder:     "DMY",
	},
	{
		code:            "pl",
		complementizers: []string{"że"},
		agoCounts:       map[string]int{"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10},
		agoAfter:        []string{"temu"},
		agoUnits:        map[string]agoUnit{"dzień": {unitDay, false}, "dni": {unitDay, true}, "tygodnie": {unitWeek, true}, "tygodni": {unitWeek, true}, "miesiące": {unitMonth, true}, "miesięcy": {unitMonth, true}, "lata": {unitYear, true}, "lat": {unitYear, true}},
		// The weekdays' genitive ("w nocy z poniedziałku na wtorek"),
		// which go-dateparser does not list.
		unparsedWeekdays: [7][]string{{"niedzieli"}, {"poniedziałku"}, {"wtorku"}, {"środy"},
			{"czwartku"}, {"piątku"}, {"soboty"}},
		// The weekdays' adjectives after "w" ("w niedzielnych wyborach",
		// in Sunday's election; "w piątkowym wywiadzie"): that day. Alone
		// they are also habits ("niedzielny handel"): weekdays only after
		// a marker.
		weekdayAdjectives: [7][]string{{"niedzielnym", "niedzielnej", "niedzielnych"}, {"poniedziałkowym", "poniedziałkowej", "poniedziałkowych"},
			{"wtorkowym", "wtorkowej", "wtorkowych"}, {"środowym", "środowej", "środowych"}, {"czwartkowym", "czwartkowej", "czwartkowych"},
			{"piątkowym", "piątkowej", "piątkowych"}, {"sobotnim", "sobotniej", "sobotnich"}},
		weekdayMarkers: []string{"w", "we", "z", "na", "od", "do"},
		preps:          []string{"w", "we", "od", "do", "na", "po", "przed", "z", "początku", "końcu", "połowie"},
		yearContext:    []string{"w", "od", "do", "roku"},
		yearSuffixes:   []string{"r", "roku", "rok"},
		rangeFrom:      []string{"od", "między"},
		rangeTo:        []string{"do", "i", "lub", "albo"},
		days:           map[string]int{"wczoraj": -1, "przedwczoraj": -2, "dzisiaj": 0, "dziś": 0, "jutro": 1, "pojutrze": 2},
		units:          map[string]relUnit{"tygodniu": unitWeek, "tydzień": unitWeek, "tygodnia": unitWeek, "miesiącu": unitMonth, "miesiąc": unitMonth, "miesiąca": unitMonth, "roku": unitYear, "rok": unitYear, "nocy": unitNight},
		past:           []string{"zeszłym", "ubiegłym", "poprzednim", "ostatnim", "zeszłej", "ubiegłej", "zeszły", "ubiegły", "zeszłego", "ubiegłego", "poprzedniego"},
		this:           []string{"tym", "tej", "ten", "bieżącym", "tego", "bieżącego"},
		next:           []string{"przyszłym", "następnym", "przyszłej", "następnej", "przyszły", "przyszłego", "następnego"},
		futureMarkers:  []string{"będzie", "będą", "odbędzie", "odbędą", "zaplanowano", "zaplanowany", "zaplanowane", "planowany", "ma się odbyć", "zostanie", "zostaną", "stanie"},
		numericOrder:   "DMY",
	},
	{
		code:            "uk",
		complementizers: []string{"що"},
		agoCounts:       map[string]int{"два": 2, "дві": 2, "три": 3, "чотири": 4, "шість": 6, "сім": 7, "вісім": 8, "десять": 10},
		agoAfter:        []string{"тому"},
		agoUnits:        map[string]agoUnit{"день": {unitDay, false}, "дні": {unitDay, true}, "днів": {unitDay, true}, "тижні": {unitWeek, true}, "тижнів": {unitWeek, true}, "місяців": {unitMonth, true}, "роки": {unitYear, true}, "років": {unitYear, true}},
		// The locative ("у березні"), which go-dateparser does not list.
		unparsed: [12][]string{{"січні"}, {"лютому"}, {"березні"}, {"квітні"}, {"травні"}, {"червні"},
			{"липні"}, {"серпні"}, {"вересні"}, {"жовтні"}, {"листопаді"}, {"грудні"}},
		// "п'ятниця" is written with an apostrophe, which splits words.
		unparsedWeekdays:  [7][]string{5: {"ятниця", "ятницю", "ятниці"}},
		ambiguousWeekdays: []string{"середа"},
		weekdayMarkers:    []string{"у", "в"},
		preps:             []string{"у", "в", "з", "із", "до", "на", "після", "перед", "від", "по"},
		yearSuffixes:      []string{"року", "рік", "р", "році", "рр"},
		rangeFrom:         []string{"з", "із", "від"},
		rangeTo:           []string{"по", "до", "і", "й", "або", "чи"},
		days:              map[string]int{"вчора": -1, "учора": -1, "позавчора": -2, "сьогодні": 0, "завтра": 1, "післязавтра": 2},
		boundAdverb:       map[string]int{"напередодні": -1},
		// "наступного дня", "наступного ранку": the day after a told one.
		pastAuxiliaries:  []string{"дня", "ранку", "вечора"},
		boundNext:        []string{"у", "в", "на", "з", "із", "по", "він", "вона", "вони", "ми", "ж", "ввечері", "вранці"},
		boundVerbEndings: []string{"в", "ла", "ли", "ло", "вся", "лася", "лися", "лося"},
		boundNotEndings:  []string{"ів", "ов", "их"},
		units:            map[string]relUnit{"тижня": unitWeek, "тиждень": unitWeek, "тижні": unitWeek, "місяця": unitMonth, "місяць": unitMonth, "місяці": unitMonth, "року": unitYear, "рік": unitYear, "році": unitYear, "ночі": unitNight},
		past:             []string{"минулого", "минулому", "минулий", "минулої", "минулій", "минулу"},
		this:             []string{"цього", "цьому", "цей", "цієї", "цій", "цю"},
		next:             []string{"наступного", "наступному", "наступний", "наступної", "наступній", "наступну"},
		futureMarkers: []string{"буде", "будуть", "відбудеться", "відбудуться", "призначено", "призначені", "планує", "планують", "планується", "заплановано", "запланований", "запланована", "наступного", "наступному",
			// Perfective future verbs and hope, as in Russian.
			"зможе", "зможуть", "прийме", "приймуть", "відвідає", "відвідають", "проведе", "проведуть", "підпише", "підпишуть",
			"зустрінеться", "зустрінуться", "розпочнеться", "завершиться", "набуде", "сподівається", "сподівання",
			"обговорить", "обговорять", "виступить", "виступлять", "збереться", "зберуться", "розгляне", "розглянуть",
			"оголосить", "оголосять", "прибуде", "прибудуть", "приїде", "приїдуть", "проголосують", "затвердить",
			"повернеться", "відкриє", "відкриється", "вступить", "стане", "очолить"},
		// The synthetic future of imperfective verbs: the infinitive and
		// "-ме" ("триватиме", it will last; "проводитимуть").
		futureSuffixes: []string{"тиме", "тимуть", "тиметься", "тимуться"},
		numericOrder:   "DMY",
	},
	{
		code:            "fa",
		complementizers: []string{"که"},
		agoAfter:        []string{"پیش", "قبل"}, agoNotBefore: []string{"از"},
		agoUnits:  map[string]agoUnit{"روز": {unitDay, false}},
		agoCounts: map[string]int{"دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "ده": 10},
		// May, which go-dateparser lacks: "مه" is also "fog", a month
		// only next to a number ("۱۵ مه ۲۰۲۴").
		unparsed: [12][]string{4: {"مه"},
			// The spellings Iranian news writes, from the French, which
			// go-dateparser lacks ("ژوئیه" has a hamza seat its "ژويیه"
			// has not): "اوت" is also a football "out", "آگوست" a name.
			5: {"ژوئن"}, 6: {"ژوئیه"}, 7: {"اوت", "آگوست"}},
		numberOnly: []string{"مه", "اوت", "آگوست"},
		// The Iranian names, then the zodiac names of Afghan Dari ("3
		// عقرب" is 3 Aban). The zodiac names are common words too
		// ("میزان" amount, "جدی" serious, "سرطان" cancer): months only
		// next to a number.
		solarHijri: [12][]string{{"فروردین", "حمل"}, {"اردیبهشت", "ثور"}, {"خرداد", "جوزا"}, {"تیر", "سرطان"}, {"مرداد", "امرداد", "اسد"}, {"شهریور", "سنبله"},
			{"مهر", "میزان"}, {"آبان", "عقرب"}, {"آذر", "قوس"}, {"دی", "جدی"}, {"بهمن", "دلو"}, {"اسفند", "حوت"}},
		solarNumberOnly: []string{"تیر", "مهر", "دی", "آذر", "بهمن", "خرداد",
			"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"},
		weekdayMarkers: []string{"روز"},
		preps:          []string{"در", "از", "تا", "روز", "پیش"},
		yearContext:    []string{"سال", "در"},
		rangeFrom:      []string{"از"},
		rangeTo:        []string{"تا", "و", "یا"},
		days:           map[string]int{"دیروز": -1, "امروز": 0, "پریروز": -2, "فردا": 1, "امشب": 0, "پس‌فردا": 2, "پسفردا": 2},
		nightWords:     map[string]int{"دیشب": -1},
		dayWords:       map[string]relShift{"امسال": {unitYear, 0}, "پارسال": {unitYear, -1}},
		// With the ezafe written as a letter: "هفته‌ی گذشته" (last week).
		units:         map[string]relUnit{"هفته": unitWeek, "ماه": unitMonth, "سال": unitYear, "هفته\u200cی": unitWeek, "هفته\u200cای": unitWeek},
		past:          []string{"گذشته", "قبل", "پیش"},
		this:          []string{"این", "همین"},
		next:          []string{"آینده", "بعد"},
		modAfter:      true,
		futureMarkers: []string{"خواهد", "خواهند", "آینده", "قرار است", "قرار\u200cاست"},
		numericOrder:  "DMY",
	},
	{
		code: "zh",
		// Chinese writes dates with numbers: "2025年6月17日", read by
		// cjkDate; these are its relative words and markers.
		yearSuffixes: []string{"年"},
		// "九年前", "3天前", "两个月前": a count, a unit, "前" (ago); see
		// chineseAgo for the units, which never stand without a count.
		agoAfter: []string{"前"}, agoCounts: chineseAgoCounts, agoUnits: chineseAgoUnits,
		days:       map[string]int{"昨天": -1, "昨日": -1, "前天": -2, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "今晚": 0},
		nightWords: map[string]int{"昨晚": -1, "昨夜": -1},
		dayWords: map[string]relShift{"去年": {unitYear, -1}, "今年": {unitYear, 0}, "明年": {unitYear, 1},
			// Japanese, read with the Chinese words (see cjkRelativeYears).
			"昨年": {unitYear, -1}, "来年": {unitYear, 1}, "本年": {unitYear, 0},
			"上周": {unitWeek, -1}, "本周": {unitWeek, 0}, "下周": {unitWeek, 1},
			"上个月": {unitMonth, -1}, "本月": {unitMonth, 0}, "下个月": {unitMonth, 1}, "上月": {unitMonth, -1}, "下月": {unitMonth, 1}},
		futureMarkers: []string{"将", "将于", "计划", "即将", "拟", "预计", "下周", "明年", "将在"},
		numericOrder:  "YMD",
	},
	{
		code: "kk",
		// "11 июндан 19 июлгача": the range in the cases of its dates.
		rangeFromCases: []string{"нан", "нен", "дан", "ден", "тан", "тен"},
		agoAfter:       []string{"бұрын"}, agoOne: []string{"бір"},
		agoNotAfter: []string{"нан", "нен", "дан", "ден", "тан", "тен"}, agoFromNow: []string{"бұдан", "осыдан"},
		agoUnits:  map[string]agoUnit{"күн": {unitDay, false}},
		agoCounts: map[string]int{"екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10},
		// "Қазан" (October) is also the city of Kazan and "cauldron": a
		// month only next to a number.
		ambiguous: []string{"қазан"},
		// Kazakh in the Latin alphabet of 2018 (the acute letters á ǵ ń ó
		// ú ý ı that QazAqparat writes), which go-dateparser does not have
		// ("3 Aqpan 2025", "Seısenbi"): the same words.
		unparsed: [12][]string{{"qańtar"}, {"aqpan"}, {"naýryz"}, {"sáýir"}, {"mamyr"}, {"maýsym"},
			{"shilde"}, {"tamyz"}, {"qyrkúıek"}, {"qazan"}, {"qarasha"}, {"jeltoqsan"}},
		numberOnly:       []string{"qazan"},
		unparsedWeekdays: [7][]string{{"jeksenbi"}, {"dúısenbi"}, {"seısenbi"}, {"sársenbi"}, {"beısenbi"}, {"juma"}, {"senbi"}},
		suffixes: []string{"да", "де", "та", "те", "нда", "нде", "ында", "інде", "сында", "сінде", "ның", "нің", "дың", "дің", "тың", "тің",
			"ы", "і", "сы", "сі", "нан", "нен", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке", "на", "не", "нда",
			"da", "de", "ta", "te", "nda", "nde", "ynda", "inde", "nyń", "niń", "dyń", "diń", "y", "i", "nan", "nen", "dan", "den", "ǵa", "ge", "qa", "ke",
			// The accusative: "29 қазанды … деп жариялады" (declared 29
			// October …).
			"ды", "ді", "ны", "ні", "ты", "ті", "dy", "di", "ny", "ni", "ty", "ti"},
		yearSuffixes:        []string{"жылы", "жылғы", "жыл", "ж", "жылдың", "жылдан", "jyly", "jylǵy", "jyl", "jyldyń", "jyldan"},
		weekdayMarkersAfter: []string{"күні", "kúni"},
		days:                map[string]int{"кеше": -1, "бүгін": 0, "бүгіннен": 0, "бүгінгі": 0, "keshe": -1, "búgin": 0, "ертең": 1, "erteń": 1, "бүрсігүні": 2, "búrsigúni": 2},
		dayWords:            map[string]relShift{"биыл": {unitYear, 0}, "былтыр": {unitYear, -1}, "биылғы": {unitYear, 0}, "былтырғы": {unitYear, -1}},
		units:               map[string]relUnit{"айы": unitMonth, "айында": unitMonth, "айдың": unitMonth, "апта": unitWeek, "аптада": unitWeek, "ай": unitMonth, "айда": unitMonth, "жылы": unitYear, "жыл": unitYear},
		past:                []string{"өткен"},
		this:                []string{"осы"},
		next:                []string{"келесі", "алдағы"},
		futureMarkers:       []string{"өтеді", "өтпек", "болады", "болмақ", "жоспарлануда", "жоспарланған", "күтілуде", "келесі", "алдағы", "барады"},
		numericOrder:        "DMY",
	},
	{
		code: "uz",
		// "11 июндан 19 июлгача": the range in the cases of its dates.
		rangeFromCases: []string{"dan", "дан"},
		agoCounts:      map[string]int{"ikki": 2, "uch": 3, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8, "икки": 2, "уч": 3, "беш": 5, "олти": 6, "етти": 7, "саккиз": 8},
		agoAfter:       []string{"oldin", "avval", "muqaddam", "олдин", "аввал", "муқаддам"}, agoOne: []string{"bir", "бир"}, agoFromNow: []string{"bundan", "бундан"},
		agoNotAfter: []string{"dan", "дан"},
		agoUnits:    map[string]agoUnit{"kun": {unitDay, false}, "кун": {unitDay, false}},
		// Spellings with a soft sign and the "-ya-" of Russian loans,
		// common in Uzbek news and not in go-dateparser's tables.
		unparsed: [12][]string{{"январь"}, {"февраль"}, nil, {"апрель"}, nil, {"июнь"},
			{"июль"}, nil, {"sentyabr", "сентябрь"}, {"oktyabr", "октябрь"}, {"ноябрь"}, {"декабрь"}},
		suffixes: []string{"da", "dan", "ning", "ga", "gacha", "i", "si", "dagi", "да", "дан", "нинг", "га", "гача", "и", "си", "даги",
			// The possessive, then the locative: "yilning sentyabrida".
			"ida", "ида",
			// The accusative: "29-oktyabrni motam kuni deb e'lon qildi".
			"ni", "ни"},
		yearSuffixes:        []string{"yil", "yilda", "yilning", "yili", "yilgi", "йил", "йилда", "йилнинг", "йили", "йилги", "y"},
		weekdayMarkersAfter: []string{"kuni", "куни"},
		days:                map[string]int{"kecha": -1, "bugun": 0, "кеча": -1, "бугун": 0, "ertaga": 1, "эртага": 1},
		units:               map[string]relUnit{"yilning": unitYear, "йилнинг": unitYear, "oyning": unitMonth, "ойнинг": unitMonth, "oyi": unitMonth, "oyida": unitMonth, "ойи": unitMonth, "ойида": unitMonth, "hafta": unitWeek, "haftada": unitWeek, "oy": unitMonth, "oyda": unitMonth, "yil": unitYear, "yili": unitYear, "ҳафта": unitWeek, "ой": unitMonth, "йил": unitYear, "йили": unitYear},
		past:                []string{"oʻtgan", "ўтган"},
		this:                []string{"shu", "bu", "шу", "бу", "joriy", "жорий"},
		next:                []string{"kelasi", "keyingi", "келаси", "кейинги"},
		futureMarkers: []string{"boʻladi", "bo‘ladi", "bo'ladi", "oʻtkaziladi", "o‘tkaziladi", "o'tkaziladi", "бўлади", "ўтказилади",
			// The active futures of what news announces: will hold, play,
			// meet, visit, take part ("o'yinini seshanba kuni o'tkazadi").
			"oʻtkazadi", "o‘tkazadi", "o'tkazadi", "ўтказади", "oʻynaydi", "o‘ynaydi", "o'ynaydi", "ўйнайди",
			"uchrashadi", "учрашади", "tashrif buyuradi", "ташриф буюради", "qatnashadi", "қатнашади",
			"rejalashtirilgan", "режалаштирилган", "kutilmoqda", "кутилмоқда", "kelasi", "келаси"},
		numericOrder: "DMY",
	},
	{
		// Kyrgyz: the months are the Russian names (generated), written
		// "13-март", "5-сентябрда", "2023-жылдын 5-сентябрында"; the
		// stems without the soft sign take the case endings.
		code: "ky",
		// "11 июндан 19 июлгача": the range in the cases of its dates.
		rangeFromCases: []string{"дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн"},
		agoAfter:       []string{"мурун", "илгери"}, agoOne: []string{"бир"},
		agoNotAfter: []string{"дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн"}, agoFromNow: []string{"мындан", "бундан"},
		agoUnits:  map[string]agoUnit{"күн": {unitDay, false}},
		agoCounts: map[string]int{"эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7, "сегиз": 8, "тогуз": 9, "он": 10},
		// ("май" stays an abbreviation, a month only next to a number:
		// it is also "fat, oil".)
		unparsed: [12][]string{{"январ"}, {"феврал"}, nil, {"апрел"}, nil, {"июн"},
			{"июл"}, nil, {"сентябр"}, {"октябр"}, {"ноябр"}, {"декабр"}},
		suffixes: []string{"да", "де", "до", "дө", "та", "те", "то", "тө", "нда", "нде", "ында", "инде", "унда", "үндө",
			"дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
			"нын", "нин", "ы", "и", "у", "ү", "га", "ге", "ка", "ке", "го", "гө", "ко", "кө", "ына", "ине",
			// The accusative: "30-ноябрды … деп жарыялады".
			"ды", "ди", "ду", "дү", "ны", "ни", "ну", "нү", "ты", "ти", "ту", "тү"},
		yearSuffixes:        []string{"жылы", "жылдын", "жыл", "ж", "жылдан", "жылга", "жылкы", "жылдары"},
		weekdayMarkersAfter: []string{"күнү"},
		// "жума" is Friday and also "week" ("эки жума бою", for two weeks):
		// a weekday only with "күнү" after it.
		ambiguousWeekdays: []string{"жума"},
		// "эртең" is tomorrow, "эртең менен" in the morning.
		days:          map[string]int{"кечээ": -1, "бүгүн": 0},
		morningDays:   map[string]int{"эртең": 1},
		morningAfter:  []string{"менен", "мененки"},
		morningBefore: []string{"бүгүн", "кечээ", "ар", "бул"},
		dayWords:      map[string]relShift{"быйыл": {unitYear, 0}, "былтыр": {unitYear, -1}, "быйылкы": {unitYear, 0}, "былтыркы": {unitYear, -1}},
		// "жумада", "жумасында" (in the week) are the week; "жума" alone
		// stays the ambiguous weekday above.
		units: map[string]relUnit{"айы": unitMonth, "айында": unitMonth, "айдын": unitMonth, "апта": unitWeek, "аптада": unitWeek, "ай": unitMonth, "айда": unitMonth, "жылы": unitYear, "жыл": unitYear, "жумада": unitWeek, "жумасында": unitWeek},
		past:  []string{"өткөн"},
		this:  []string{"ушул", "бул"},
		next:  []string{"келерки", "кийинки", "эмдиги"},
		futureMarkers: []string{"өтөт", "өткөрүлөт", "болот", "болмок", "пландалууда", "пландалган", "күтүлүүдө", "келерки", "кийинки", "эмдиги",
			"барат", "катышат", "жүргүзүлөт"},
		numericOrder: "DMY",
	},
	{
		// Tajik: go-dateparser has no Tajik locale, so every word is
		// written here. The months are the Russian names without the
		// soft sign, with the ezafe "-и" before a year ("13 марти
		// 2024", "5 сентябри соли 2023").
		code:            "tg",
		complementizers: []string{"ки"},
		agoAfter:        []string{"пеш", "қабл"}, agoOne: []string{"як"},
		agoNotBefore: []string{"аз"},
		agoUnits:     map[string]agoUnit{"рӯз": {unitDay, false}},
		agoCounts:    map[string]int{"ду": 2, "се": 3, "чор": 4, "панҷ": 5, "шаш": 6, "ҳафт": 7, "ҳашт": 8, "нӯҳ": 9, "даҳ": 10},
		unparsed: [12][]string{{"январ"}, {"феврал"}, {"март"}, {"апрел"}, {"май"}, {"июн"},
			{"июл"}, {"август"}, {"сентябр"}, {"октябр"}, {"ноябр"}, {"декабр"}},
		numberOnly: []string{"май"}, // also "wine"
		// "Душанбе" (Monday) is the capital's name too: a weekday only
		// after "рӯзи" (the day of).
		unparsedWeekdays:  [7][]string{{"якшанбе"}, {"душанбе"}, {"сешанбе"}, {"чоршанбе"}, {"панҷшанбе"}, {"ҷумъа"}, {"шанбе"}},
		ambiguousWeekdays: []string{"душанбе"},
		weekdayMarkers:    []string{"рӯзи"},
		suffixes:          []string{"и", "и", "ҳо"},
		joins:             []string{"соли"},
		preps:             []string{"дар", "аз", "то", "рӯзи", "моҳи"},
		yearContext:       []string{"соли", "солҳои"},
		yearSuffixes:      []string{"с"},
		rangeFrom:         []string{"аз"},
		rangeTo:           []string{"то", "ва", "ё"},
		days:              map[string]int{"дирӯз": -1, "имрӯз": 0, "парерӯз": -2, "фардо": 1, "пасфардо": 2},
		// "пагоҳ" (tomorrow) read as written: "пагоҳӣ" is the morning.
		morningDays:   map[string]int{"пагоҳ": 1},
		dayWords:      map[string]relShift{"имсол": {unitYear, 0}, "порсол": {unitYear, -1}},
		units:         map[string]relUnit{"ҳафтаи": unitWeek, "моҳи": unitMonth, "соли": unitYear, "ҳафта": unitWeek, "моҳ": unitMonth, "сол": unitYear},
		past:          []string{"гузашта"},
		this:          []string{"ҳамин", "ин"},
		next:          []string{"оянда", "навбатӣ"},
		modAfter:      true,
		futureMarkers: []string{"хоҳад", "хоҳанд", "оянда", "баргузор мегардад", "баргузор мешавад", "доир мегардад", "дар назар аст", "интизор меравад", "ба нақша гирифта шудааст"},
		numericOrder:  "DMY",
	},
	{
		// Azerbaijani: "20 sentyabr 2023-cü il", "sentyabrın 19-da" (the
		// month's genitive before the day), "2023-cü ildə".
		code:     "az",
		agoAfter: []string{"əvvəl", "öncə"}, agoOne: []string{"bir"},
		agoNotAfter: []string{"dan", "dən"}, agoFromNow: []string{"bundan"},
		agoUnits:  map[string]agoUnit{"gün": {unitDay, false}},
		agoCounts: map[string]int{"iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9, "on": 10},
		// "bazar" is also "market": a weekday only with "günü" after it
		// or a marker before it.
		ambiguous: []string{"mart"},
		// "may" is the full name of May (go-dateparser lists it as an
		// abbreviation, so "mayında" was no month).
		unparsed:            [12][]string{4: {"may"}},
		ambiguousWeekdays:   []string{"bazar"},
		weekdayShifts:       map[string]int{"ertəsi": 1, "axşamı": -1},
		weekdayMarkersAfter: []string{"günü"},
		// ("mayında", "sentyabrında": the possessive, then the locative.)
		suffixes: []string{"ın", "in", "un", "ün", "nın", "nin", "da", "də", "nda", "ndə", "dan", "dən", "ndan", "ndən",
			"ında", "ində", "unda", "ündə", "a", "ə", "ya", "yə", "na", "nə", "ı", "i", "u", "ü",
			// The accusative: "sentyabrın 20-ni".
			"nı", "ni", "nu", "nü"},
		preps:        []string{"ötən", "bu"},
		yearSuffixes: []string{"cü", "cı", "ci", "cu", "il", "ildə", "ilin", "ilində", "ildən", "ilə"},
		// "2023 fevralında": the February of 2023.
		monthPossessives: []string{"ında", "ində", "unda", "ündə", "ının", "inin"},
		rangeTo:          []string{"və", "ya", "və ya"},
		days:             map[string]int{"dünən": -1, "srağagün": -2, "bugün": 0},
		// "sabah" is tomorrow, "bu sabah" this morning.
		morningDays:   map[string]int{"sabah": 1},
		morningBefore: []string{"bu", "hər", "həmin", "o", "ertəsi", "səhər", "dünən", "bugün"},
		// "ötən ilin dekabrında" (in December of last year): "ilin" is a
		// year's suffix and the genitive of the unit.
		units:          map[string]relUnit{"ayı": unitMonth, "ayında": unitMonth, "ayın": unitMonth, "gün": unitDay, "həftə": unitWeek, "ay": unitMonth, "il": unitYear, "ilin": unitYear, "gecə": unitNight},
		past:           []string{"keçən", "ötən", "keçənil"},
		this:           []string{"bu", "cari"},
		next:           []string{"gələn", "növbəti"},
		futureMarkers:  []string{"gələn", "növbəti", "planlaşdırılır", "gözlənilir", "nəzərdə tutulur"},
		futureSuffixes: []string{"acaq", "əcək", "acaqdır", "əcəkdir", "acağı", "əcəyi", "acaqlar", "əcəklər"},
		monthFirst:     true,
		numericOrder:   "DMY",
	},
}

// withGeneratedWords adds to each language the month and weekday words
// generated from go-dateparser, after the hand-written ones.
func withGeneratedWords(langs []*dateLanguage) []*dateLanguage {
	for _, d := range langs {
		g, ok := generatedDateWords[d.code]
		if !ok {
			continue
		}
		drop := func(w string) bool { return slices.Contains(d.notMonths, w) }
		for m := range 12 {
			d.months[m] = append(d.months[m], slices.DeleteFunc(slices.Clone(g.months[m]), drop)...)
			// A short word written by hand as a full month (Kyrgyz "июл"
			// of "июлда") is no abbreviation in that language.
			full := func(w string) bool { return drop(w) || slices.Contains(d.unparsed[m], w) }
			d.abbreviations[m] = append(d.abbreviations[m], slices.DeleteFunc(slices.Clone(g.abbreviations[m]), full)...)
		}
		for wd := range 7 {
			d.weekdays[wd] = append(d.weekdays[wd], g.weekdays[wd]...)
		}
	}
	return langs
}

// generatedWords are one language's words in dates_words_gen.go.
type generatedWords struct {
	months, abbreviations [12][]string
	weekdays              [7][]string
}
