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
		code:      "es",
		agoBefore: []string{"hace"}, agoOne: []string{"un", "una"},
		agoUnits:       map[string]agoUnit{"día": {unitDay, false}, "días": {unitDay, true}, "semanas": {unitWeek, true}, "meses": {unitMonth, true}, "años": {unitYear, true}},
		notMonths:      []string{"set"},
		ambiguous:      []string{"mayo"},
		joins:          []string{"de", "del"},
		preps:          []string{"el", "en", "desde", "hasta", "del", "al", "entre", "a", "principios", "finales", "mediados", "antes", "después", "durante"},
		yearContext:    []string{"en", "desde", "año", "hasta"},
		rangeFrom:      []string{"del", "desde", "entre", "de"},
		rangeTo:        []string{"al", "hasta", "y", "a", "o", "u"},
		days:           map[string]int{"ayer": -1, "anteayer": -2, "hoy": 0},
		units:          map[string]relUnit{"semana": unitWeek, "mes": unitMonth, "año": unitYear},
		past:           []string{"pasado", "pasada", "último", "última"},
		this:           []string{"este", "esta"},
		next:           []string{"próximo", "próxima", "entrante"},
		modBoth:        true,
		futureMarkers:  []string{"va", "van", "será", "serán", "celebrará", "prevé", "previsto", "prevista", "programado", "programada", "próximo", "próxima", "habrá"},
		futureSuffixes: []string{"rá", "rán"},
		numericOrder:   "DMY",
		ordinals:       []string{"º", "o"},
	},
	{
		code:     "it",
		agoAfter: []string{"fa"}, agoOne: []string{"un", "una", "uno"},
		agoUnits:       map[string]agoUnit{"giorno": {unitDay, false}, "giorni": {unitDay, true}, "settimane": {unitWeek, true}, "mesi": {unitMonth, true}, "anni": {unitYear, true}},
		notMonths:      []string{"set"},
		preps:          []string{"il", "l", "dal", "al", "nel", "entro", "dall", "fino", "tra", "fra", "dopo", "prima", "inizio", "fine", "metà", "da", "di", "del", "a"},
		yearContext:    []string{"nel", "dal", "anno", "fino", "entro"},
		rangeFrom:      []string{"dal", "tra", "fra", "da"},
		rangeTo:        []string{"al", "e", "a", "o"},
		days:           map[string]int{"ieri": -1, "altroieri": -2, "oggi": 0},
		units:          map[string]relUnit{"settimana": unitWeek, "mese": unitMonth, "anno": unitYear},
		past:           []string{"scorso", "scorsa", "passato", "passata"},
		this:           []string{"questo", "questa", "quest"},
		next:           []string{"prossimo", "prossima", "venturo"},
		modBoth:        true,
		futureMarkers:  []string{"sarà", "saranno", "terrà", "terranno", "previsto", "prevista", "prossimo", "prossima", "dovrebbe", "dovrà", "in programma"},
		futureSuffixes: []string{"rà", "ranno"},
		numericOrder:   "DMY",
	},
	{
		code:      "pt",
		agoBefore: []string{"há"}, agoOne: []string{"um", "uma"},
		agoUnits:          map[string]agoUnit{"dia": {unitDay, false}, "dias": {unitDay, true}, "semanas": {unitWeek, true}, "meses": {unitMonth, true}, "anos": {unitYear, true}},
		joins:             []string{"de", "do"},
		ambiguousWeekdays: []string{"segunda", "terça", "quarta", "quinta", "sexta"},
		weekdayMarkers:    []string{"nesta", "desta", "na", "esta", "última", "próxima", "neste", "no", "deste"},
		weekdayTails:      []string{"feira"},
		preps:             []string{"em", "no", "na", "desde", "até", "entre", "a", "o", "dia", "início", "fim", "meados", "antes", "depois"},
		yearContext:       []string{"em", "desde", "ano", "até"},
		rangeFrom:         []string{"de", "entre", "desde"},
		rangeTo:           []string{"a", "até", "e", "ou"},
		days:              map[string]int{"ontem": -1, "anteontem": -2, "hoje": 0},
		units:             map[string]relUnit{"semana": unitWeek, "mês": unitMonth, "ano": unitYear},
		past:              []string{"passado", "passada", "último", "última"},
		this:              []string{"este", "esta", "neste", "nesta", "deste", "desta"},
		next:              []string{"próximo", "próxima"},
		modBoth:           true,
		futureMarkers:     []string{"vai", "vão", "será", "serão", "prevista", "previsto", "próximo", "próxima", "haverá", "marcada", "marcado", "marcadas", "marcados"},
		futureSuffixes:    []string{"rá", "rão"},
		numericOrder:      "DMY",
		ordinals:          []string{"º"},
	},
	{
		code:     "tr",
		agoAfter: []string{"önce"}, agoOne: []string{"bir"}, agoNotAfter: []string{"dan", "den", "tan", "ten"},
		agoUnits: map[string]agoUnit{"gün": {unitDay, false}},
		// "aralık" is also "interval", "ekim" "sowing", "nisan"
		// "sign", "ocak" "hearth", "pazar" "market".
		ambiguous:           []string{"aralık", "ekim", "nisan", "ocak", "mart", "kasım"},
		ambiguousWeekdays:   []string{"pazar"},
		weekdayMarkersAfter: []string{"günü", "gününe", "günkü"},
		suffixes: []string{"'ta", "'te", "'da", "'de", "ta", "te", "da", "de", "nda", "nde", "ında", "inde", "unda", "ünde",
			"dan", "den", "tan", "ten", "ın", "in", "un", "ün", "nın", "nin", "ı", "i", "u", "ü", "ki"},
		yearSuffixes:   []string{"yılı", "yılında", "yılının", "yılındaki", "yıl"},
		yearEndings:    []string{"de", "da", "te", "ta", "deki", "daki", "teki", "taki"},
		yearSince:      []string{"den", "dan", "ten", "tan"},
		sinceAfter:     []string{"beri", "yana", "itibaren", "bu"},
		rangeTo:        []string{"ile", "ve", "veya"},
		days:           map[string]int{"dün": -1, "bugün": 0, "evvelsi": -2},
		units:          map[string]relUnit{"hafta": unitWeek, "ay": unitMonth, "yıl": unitYear, "sene": unitYear},
		past:           []string{"geçen", "geçtiğimiz"},
		this:           []string{"bu"},
		next:           []string{"gelecek", "önümüzdeki"},
		futureMarkers:  []string{"planlanıyor", "bekleniyor", "gelecek", "önümüzdeki"},
		futureSuffixes: []string{"acak", "ecek", "acağı", "eceği", "acaktır", "ecektir", "acağını", "eceğini", "acaklar", "ecekler"},
		numericOrder:   "DMY",
	},
	{
		code:     "pl",
		agoAfter: []string{"temu"},
		agoUnits: map[string]agoUnit{"dzień": {unitDay, false}, "dni": {unitDay, true}, "tygodnie": {unitWeek, true}, "tygodni": {unitWeek, true}, "miesiące": {unitMonth, true}, "miesięcy": {unitMonth, true}, "lata": {unitYear, true}, "lat": {unitYear, true}},
		// The weekdays' genitive ("w nocy z poniedziałku na wtorek"),
		// which go-dateparser does not list.
		unparsedWeekdays: [7][]string{{"niedzieli"}, {"poniedziałku"}, {"wtorku"}, {"środy"},
			{"czwartku"}, {"piątku"}, {"soboty"}},
		weekdayMarkers: []string{"w", "we", "z", "na", "od", "do"},
		preps:          []string{"w", "we", "od", "do", "na", "po", "przed", "z", "początku", "końcu", "połowie"},
		yearContext:    []string{"w", "od", "do", "roku"},
		yearSuffixes:   []string{"r", "roku", "rok"},
		rangeFrom:      []string{"od", "między"},
		rangeTo:        []string{"do", "i", "lub", "albo"},
		days:           map[string]int{"wczoraj": -1, "przedwczoraj": -2, "dzisiaj": 0, "dziś": 0},
		units:          map[string]relUnit{"tygodniu": unitWeek, "tydzień": unitWeek, "miesiącu": unitMonth, "miesiąc": unitMonth, "roku": unitYear, "rok": unitYear},
		past:           []string{"zeszłym", "ubiegłym", "poprzednim", "ostatnim", "zeszłej", "ubiegłej", "zeszły", "ubiegły"},
		this:           []string{"tym", "tej", "ten", "bieżącym"},
		next:           []string{"przyszłym", "następnym", "przyszłej", "następnej", "przyszły"},
		futureMarkers:  []string{"będzie", "będą", "odbędzie", "odbędą", "zaplanowano", "zaplanowany", "zaplanowane", "planowany", "ma się odbyć", "zostanie", "zostaną", "stanie"},
		numericOrder:   "DMY",
	},
	{
		code:     "uk",
		agoAfter: []string{"тому"},
		agoUnits: map[string]agoUnit{"день": {unitDay, false}, "дні": {unitDay, true}, "днів": {unitDay, true}, "тижні": {unitWeek, true}, "тижнів": {unitWeek, true}, "місяців": {unitMonth, true}, "роки": {unitYear, true}, "років": {unitYear, true}},
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
		days:              map[string]int{"вчора": -1, "учора": -1, "позавчора": -2, "сьогодні": 0},
		units:             map[string]relUnit{"тижня": unitWeek, "тиждень": unitWeek, "тижні": unitWeek, "місяця": unitMonth, "місяць": unitMonth, "місяці": unitMonth, "року": unitYear, "рік": unitYear, "році": unitYear},
		past:              []string{"минулого", "минулому", "минулий", "минулої", "минулій", "минулу"},
		this:              []string{"цього", "цьому", "цей", "цієї", "цій", "цю"},
		next:              []string{"наступного", "наступному", "наступний", "наступної", "наступній", "наступну"},
		futureMarkers: []string{"буде", "будуть", "відбудеться", "відбудуться", "призначено", "призначені", "планує", "планують", "планується", "заплановано", "запланований", "запланована", "наступного", "наступному",
			// Perfective future verbs and hope, as in Russian.
			"зможе", "зможуть", "прийме", "приймуть", "відвідає", "відвідають", "проведе", "проведуть", "підпише", "підпишуть",
			"зустрінеться", "зустрінуться", "розпочнеться", "завершиться", "набуде", "сподівається", "сподівання"},
		numericOrder: "DMY",
	},
	{
		code: "fa",
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
		days:           map[string]int{"دیروز": -1, "امروز": 0, "پریروز": -2},
		dayWords:       map[string]relShift{"امسال": {unitYear, 0}, "پارسال": {unitYear, -1}},
		units:          map[string]relUnit{"هفته": unitWeek, "ماه": unitMonth, "سال": unitYear},
		past:           []string{"گذشته", "قبل", "پیش"},
		this:           []string{"این", "همین"},
		next:           []string{"آینده", "بعد"},
		modAfter:       true,
		futureMarkers:  []string{"خواهد", "خواهند", "آینده", "قرار است", "قرار\u200cاست"},
		numericOrder:   "DMY",
	},
	{
		code: "zh",
		// Chinese writes dates with numbers: "2025年6月17日", read by
		// cjkDate; these are its relative words and markers.
		yearSuffixes: []string{"年"},
		days:         map[string]int{"昨天": -1, "昨日": -1, "前天": -2, "今天": 0, "今日": 0},
		dayWords: map[string]relShift{"去年": {unitYear, -1}, "今年": {unitYear, 0}, "明年": {unitYear, 1},
			"上周": {unitWeek, -1}, "本周": {unitWeek, 0}, "下周": {unitWeek, 1},
			"上个月": {unitMonth, -1}, "本月": {unitMonth, 0}, "下个月": {unitMonth, 1}, "上月": {unitMonth, -1}, "下月": {unitMonth, 1}},
		futureMarkers: []string{"将", "将于", "计划", "即将", "拟", "预计", "下周", "明年", "将在"},
		numericOrder:  "YMD",
	},
	{
		code: "kk",
		suffixes: []string{"да", "де", "та", "те", "нда", "нде", "ында", "інде", "сында", "сінде", "ның", "нің", "дың", "дің", "тың", "тің",
			"ы", "і", "сы", "сі", "нан", "нен", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке", "на", "не", "нда"},
		yearSuffixes:        []string{"жылы", "жылғы", "жыл", "ж", "жылдың", "жылдан"},
		weekdayMarkersAfter: []string{"күні"},
		days:                map[string]int{"кеше": -1, "бүгін": 0, "бүгіннен": 0, "бүгінгі": 0},
		dayWords:            map[string]relShift{"биыл": {unitYear, 0}, "былтыр": {unitYear, -1}, "биылғы": {unitYear, 0}, "былтырғы": {unitYear, -1}},
		units:               map[string]relUnit{"апта": unitWeek, "аптада": unitWeek, "ай": unitMonth, "айда": unitMonth, "жылы": unitYear, "жыл": unitYear},
		past:                []string{"өткен"},
		this:                []string{"осы"},
		next:                []string{"келесі", "алдағы"},
		futureMarkers:       []string{"өтеді", "өтпек", "болады", "болмақ", "жоспарлануда", "жоспарланған", "күтілуде", "келесі", "алдағы", "барады"},
		numericOrder:        "DMY",
	},
	{
		code:     "uz",
		agoAfter: []string{"oldin", "avval", "muqaddam", "олдин", "аввал", "муқаддам"}, agoOne: []string{"bir", "бир"},
		agoNotAfter: []string{"dan", "дан"},
		agoUnits:    map[string]agoUnit{"kun": {unitDay, false}, "кун": {unitDay, false}},
		// Spellings with a soft sign and the "-ya-" of Russian loans,
		// common in Uzbek news and not in go-dateparser's tables.
		unparsed: [12][]string{{"январь"}, {"февраль"}, nil, {"апрель"}, nil, {"июнь"},
			{"июль"}, nil, {"sentyabr", "сентябрь"}, {"oktyabr", "октябрь"}, {"ноябрь"}, {"декабрь"}},
		suffixes:            []string{"da", "dan", "ning", "ga", "gacha", "i", "si", "dagi", "да", "дан", "нинг", "га", "гача", "и", "си", "даги"},
		yearSuffixes:        []string{"yil", "yilda", "yilning", "yili", "yilgi", "йил", "йилда", "йилнинг", "йили", "йилги", "y"},
		weekdayMarkersAfter: []string{"kuni", "куни"},
		days:                map[string]int{"kecha": -1, "bugun": 0, "кеча": -1, "бугун": 0},
		units:               map[string]relUnit{"hafta": unitWeek, "haftada": unitWeek, "oy": unitMonth, "oyda": unitMonth, "yil": unitYear, "yili": unitYear, "ҳафта": unitWeek, "ой": unitMonth, "йил": unitYear, "йили": unitYear},
		past:                []string{"oʻtgan", "ўтган"},
		this:                []string{"shu", "bu", "шу", "бу", "joriy", "жорий"},
		next:                []string{"kelasi", "keyingi", "келаси", "кейинги"},
		futureMarkers: []string{"boʻladi", "bo‘ladi", "bo'ladi", "oʻtkaziladi", "o‘tkaziladi", "o'tkaziladi", "бўлади", "ўтказилади",
			"rejalashtirilgan", "режалаштирилган", "kutilmoqda", "кутилмоқда", "kelasi", "келаси"},
		numericOrder: "DMY",
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
			d.abbreviations[m] = append(d.abbreviations[m], slices.DeleteFunc(slices.Clone(g.abbreviations[m]), drop)...)
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
