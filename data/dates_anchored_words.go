package data

// The phrases of days and years relative to another date of the text, by
// language (see dates_anchored.go).

// anchoredLanguages are the phrases by language. The forms are the ones
// news writes for a day told after another: an adverbial of the clause,
// not a noun phrase with a complement (those are guarded, see above).
var anchoredLanguages = map[string]anchoredLanguage{
	"en": {
		phrases: map[string]int{"the next day": 1, "the following day": 1, "a day later": 1, "one day later": 1,
			"the next morning": 1, "the following morning": 1, "the day after |": 1,
			"the day before |": -1, "a day earlier": -1, "one day earlier": -1, "the previous day": -1,
			"the same day": 0, "that same day": 0, "later that day": 0, "earlier that day": 0},
		years:     map[string]int{"the same year": 0, "that same year": 0, "later that year": 0, "earlier that year": 0, "the following year": 1, "the previous year": -1, "a year later": 1, "a year earlier": -1},
		keys:      []string{"day", "morning", "year"},
		notBefore: []string{"of", "as", "that"},
	},
	"fr": {
		phrases: map[string]int{"le lendemain": 1, "au lendemain": 1, "le jour suivant": 1, "un jour plus tard": 1,
			"la veille": -1, "le jour précédent": -1, "un jour plus tôt": -1,
			"le même jour": 0, "le jour même": 0, "ce même jour": 0},
		years:     map[string]int{"la même année": 0, "cette même année": 0, "l'année suivante": 1, "l'année précédente": -1, "un an plus tard": 1},
		keys:      []string{"lendemain", "veille", "jour", "année", "an"},
		notBefore: []string{"de", "du", "des", "d", "que", "qu", "où"},
	},
	"de": {
		phrases: map[string]int{"am nächsten Tag": 1, "am folgenden Tag": 1, "am Tag darauf": 1, "tags darauf": 1, "einen Tag später": 1,
			"am Vortag": -1, "tags zuvor": -1, "einen Tag zuvor": -1, "einen Tag früher": -1,
			"am selben Tag": 0, "am gleichen Tag": 0, "am selben Abend": 0},
		years:     map[string]int{"im selben Jahr": 0, "im gleichen Jahr": 0, "im folgenden Jahr": 1, "im Jahr darauf": 1, "ein Jahr später": 1, "im Vorjahr": -1},
		keys:      []string{"Tag", "tags", "Vortag", "Abend", "Jahr", "Vorjahr"},
		notBefore: []string{"wie", "nach", "vor", "des", "der"},
	},
	"nl": {
		phrases: map[string]int{"de volgende dag": 1, "de dag erna": 1, "de dag daarna": 1, "een dag later": 1, "daags erna": 1, "daags daarna": 1,
			"de dag ervoor": -1, "de dag daarvoor": -1, "een dag eerder": -1, "daags ervoor": -1, "daags daarvoor": -1,
			"dezelfde dag": 0, "diezelfde dag": 0},
		years:     map[string]int{"hetzelfde jaar": 0, "datzelfde jaar": 0, "het jaar daarop": 1, "een jaar later": 1, "het jaar ervoor": -1},
		keys:      []string{"dag", "daags", "jaar"},
		notBefore: []string{"als", "na", "van"},
	},
	"ru": {
		phrases: map[string]int{"на следующий день": 1, "на другой день": 1, "днём позже": 1, "спустя день": 1,
			"днём ранее": -1, "за день до этого": -1,
			"в тот же день": 0, "в этот же день": 0, "тем же днём": 0},
		years:     map[string]int{"в том же году": 0, "в этом же году": 0, "тем же годом": 0, "годом позже": 1, "годом ранее": -1},
		keys:      []string{"день", "днём", "днем", "году", "год", "годом"},
		notBefore: []string{"после", "до", "когда"},
	},
	"uk": {
		phrases: map[string]int{"наступного дня": 1, "на наступний день": 1, "днем пізніше": 1,
			"днем раніше": -1, "напередодні того": -1,
			"того ж дня": 0, "того самого дня": 0, "в той же день": 0, "у той же день": 0},
		years:     map[string]int{"того ж року": 0, "того самого року": 0, "роком пізніше": 1, "роком раніше": -1},
		keys:      []string{"дня", "день", "днем", "того", "року", "роком"},
		notBefore: []string{"після", "до", "коли"},
	},
	"pl": {
		phrases: map[string]int{"następnego dnia": 1, "nazajutrz": 1, "dzień później": 1, "kolejnego dnia": 1,
			"dzień wcześniej": -1, "poprzedniego dnia": -1,
			"tego samego dnia": 0, "w tym samym dniu": 0},
		years:     map[string]int{"w tym samym roku": 0, "tego samego roku": 0, "rok później": 1, "rok wcześniej": -1},
		keys:      []string{"dnia", "dniu", "nazajutrz", "dzień", "roku", "rok"},
		notBefore: []string{"po", "co", "przed", "gdy"},
	},
	"es": {
		phrases: map[string]int{"al día siguiente": 1, "el día siguiente": 1, "un día después |": 1,
			"el día anterior": -1, "un día antes |": -1, "la víspera": -1,
			"el mismo día": 0, "ese mismo día": 0, "aquel mismo día": 0},
		years:     map[string]int{"ese mismo año": 0, "el mismo año": 0, "al año siguiente": 1, "un año después |": 1, "el año anterior": -1, "un año antes |": -1},
		keys:      []string{"día", "víspera", "año"},
		notBefore: []string{"de", "del", "que", "en"},
	},
	"it": {
		phrases: map[string]int{"il giorno dopo |": 1, "il giorno successivo": 1, "il giorno seguente": 1, "l'indomani": 1, "all'indomani": 1,
			"un giorno dopo |": 1, "il giorno prima |": -1, "il giorno precedente": -1, "un giorno prima |": -1, "la vigilia": -1,
			"lo stesso giorno": 0, "nello stesso giorno": 0, "quello stesso giorno": 0},
		years:     map[string]int{"lo stesso anno": 0, "nello stesso anno": 0, "quello stesso anno": 0, "l'anno successivo": 1, "l'anno seguente": 1, "un anno dopo |": 1, "l'anno precedente": -1, "un anno prima |": -1},
		keys:      []string{"giorno", "indomani", "vigilia", "anno"},
		notBefore: []string{"di", "del", "della", "dello", "dei", "delle", "che", "in"},
	},
	"pt": {
		phrases: map[string]int{"no dia seguinte": 1, "um dia depois |": 1,
			"no dia anterior": -1, "um dia antes |": -1, "na véspera": -1,
			"no mesmo dia": 0, "nesse mesmo dia": 0, "naquele mesmo dia": 0},
		years:     map[string]int{"no mesmo ano": 0, "nesse mesmo ano": 0, "naquele mesmo ano": 0, "no ano seguinte": 1, "um ano depois |": 1, "no ano anterior": -1, "um ano antes |": -1},
		keys:      []string{"dia", "véspera", "ano"},
		notBefore: []string{"de", "do", "da", "dos", "das", "em", "que"},
	},
	"tr": {
		phrases:  map[string]int{"ertesi gün": 1, "ertesi günü": 1, "aynı gün": 0, "aynı günü": 0},
		years:    map[string]int{"aynı yıl": 0, "aynı yıl içinde": 0, "ertesi yıl": 1},
		keys:     []string{"ertesi", "aynı"},
		notAfter: []string{"ile"},
	},
	"az": {
		phrases:  map[string]int{"ertəsi gün": 1, "növbəti gün": 1, "həmin gün": 0, "eyni gün": 0},
		keys:     []string{"ertəsi", "növbəti", "həmin", "eyni"},
		notAfter: []string{"ilə"},
	},
	"ar": {
		phrases: map[string]int{"في اليوم التالي": 1, "اليوم التالي": 1, "اليوم الموالي": 1, "بعد ذلك بيوم": 1,
			"في اليوم السابق": -1, "قبل ذلك بيوم": -1,
			"في اليوم نفسه": 0, "في نفس اليوم": 0, "في اليوم ذاته": 0, "في ذات اليوم": 0},
		years:     map[string]int{"في العام نفسه": 0, "في نفس العام": 0, "في العام ذاته": 0, "في العام التالي": 1, "العام التالي": 1, "في العام السابق": -1},
		keys:      []string{"التالي", "الموالي", "بيوم", "السابق", "اليوم", "العام"},
		notBefore: []string{"من", "على", "لل*", "ل*"},
	},
	"fa": {
		phrases:   map[string]int{"روز بعد": 1, "فردای آن روز": 1, "روز قبل |": -1, "همان روز": 0, "در همان روز": 0},
		years:     map[string]int{"همان سال": 0, "در همان سال": 0},
		keys:      []string{"روز", "سال"},
		notBefore: []string{"از"},
		notAfter:  []string{"دو", "سه", "چهار", "پنج", "شش", "هفت", "ده", "چند"},
	},
	"zh": {
		phrases: map[string]int{"^ 次日": 1, "^ 翌日": 1, "^ 隔天": 1, "^ 第二天": 1, "^ 此前一天": -1, "^ 前一天": -1,
			"^ 当天": 0, "^ 同日": 0, "^ 当日": 0},
		years: map[string]int{"^ 同年": 0, "^ 当年": 0, "^ 次年": 1, "^ 翌年": 1, "^ 前一年": -1},
		keys:  []string{"次日", "翌日", "隔天", "第二天", "前一天", "当天", "同日", "当日", "同年", "当年", "次年", "翌年", "前一年"},
	},
	"kk": {
		phrases:  map[string]int{"келесі күні": 1, "ертесі күні": 1, "ертесіне": 1, "сол күні": 0, "kelesi kúni": 1, "ertesi kúni": 1, "sol kúni": 0},
		keys:     []string{"күні", "ертесіне", "kúni"},
		notAfter: []string{"мен", "бен", "пен"},
	},
	"uz": {
		phrases: map[string]int{"ertasi kuni": 1, "ertasiga": 1, "эртаси куни": 1, "эртасига": 1,
			"o‘sha kuni": 0, "o'sha kuni": 0, "oʻsha kuni": 0, "ўша куни": 0},
		keys: []string{"kuni", "ertasiga", "куни", "эртасига"},
	},
	"ky": {
		phrases: map[string]int{"эртеси күнү": 1, "ошол эле күнү": 0, "ошол күнү": 0},
		keys:    []string{"күнү"},
	},
	"tg": {
		phrases:   map[string]int{"рӯзи баъд": 1, "фардои он рӯз": 1, "ҳамон рӯз": 0},
		keys:      []string{"рӯз", "рӯзи"},
		notBefore: []string{"аз"},
	},
}

// anchoredJoined are the conjunctions a language joins to the word after
// them: Arabic "وفي اليوم نفسه" (and on the same day), "فبعد يومين من".
var anchoredJoined = map[string][]string{"ar": {"و", "ف"}}

// withJoinedConjunctions adds to phrases, for a language that joins its
// conjunctions to the next word, each phrase with them joined.
func withJoinedConjunctions(code string, phrases map[string]anchoredShift) map[string]anchoredShift {
	joined := anchoredJoined[code]
	if len(joined) == 0 {
		return phrases
	}
	out := make(map[string]anchoredShift, len(phrases)*(len(joined)+1))
	for text, shift := range phrases {
		out[text] = shift
		for _, c := range joined {
			out[c+text] = shift
		}
	}
	return out
}
