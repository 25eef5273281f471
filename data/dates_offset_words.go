package data

// The words of a time counted from a happening the sentence names, by
// language (see dates_offset.go).

// offsetLanguages are the phrases by language. Only forms that always
// take their complement after them are listed: Dutch "voor" (also "for":
// "drie jaar voor het bedrijf gewerkt") and German "vor Ort" are not;
// Italian "dopo" is one only before an article or "che" ("una settimana
// dopo è arrivato" is a week later). Turkic languages write the
// complement first ("seçimden iki gün sonra"), where a date before it may
// be the complement's own ("5 Mayıs'taki seçimden"): not read.
var offsetLanguages = map[string]offsetLanguage{
	"en": {
		notAfter: []string{"about", "around", "nearly", "almost", "some", "roughly", "over", "than", "within", "under"},
		counts:   countWords(1, "a an one|two|three|four|five|six|seven|eight|nine|ten"),
		units:    unitForms("day", "week", "month", "year"),
		plurals:  unitForms("days", "weeks", "months", "years"),
		after:    frames("", "after"), before: frames("", "before"),
		fixed: map[string]int{"the day after": 1, "the day before": -1},
	},
	"de": {
		notAfter: []string{"rund", "etwa", "fast", "knapp", "gut", "als", "ungefähr", "zirka", "circa", "binnen", "innerhalb"},
		counts:   countWords(1, "ein eine einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn"),
		units:    unitForms("Tag", "Woche", "Monat", "Jahr"),
		plurals:  unitForms("Tage", "Wochen", "Monate", "Jahre"),
		after:    frames("", "nach", "", "nachdem"), before: frames("", "vor dem", "", "vor der", "", "vor den", "", "vor seinem", "", "vor seiner", "", "vor ihrem", "", "vor ihrer", "", "bevor"),
		fixed: map[string]int{"am Tag nach": 1, "am Tag vor dem": -1, "am Tag vor der": -1},
	},
	"nl": {
		notAfter: []string{"ruim", "bijna", "ongeveer", "zowat", "dan", "circa", "binnen"},
		counts:   countWords(1, "een één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"),
		units:    unitForms("dag", "week", "maand", "jaar"),
		plurals:  unitForms("dagen", "weken", "maanden", "jaar"),
		after:    frames("", "na", "", "nadat"), before: frames("", "voordat"),
		fixed: map[string]int{"de dag na": 1, "daags na": 1, "de dag voordat": -1},
	},
	"fr": {
		counts:  countWords(1, "un une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"),
		units:   unitForms("jour", "semaine", "mois", "an"),
		plurals: unitForms("jours", "semaines", "mois", "ans"),
		after:   frames("", "après"), before: frames("", "avant"),
		fixed: map[string]int{"le lendemain de": 1, "le lendemain du": 1, "au lendemain de": 1, "au lendemain du": 1,
			"la veille de": -1, "la veille du": -1},
		// "à la veille du scrutin": in the days before; "plus d'un mois
		// après", "environ deux semaines après": a count not exact.
		notAfter: []string{"à", "d", "environ", "près", "presque", "quelque", "quelques"},
	},
	"es": {
		notAfter: []string{"casi", "unos", "unas", "cerca", "de", "apenas", "aproximadamente"},
		counts:   countWords(1, "un una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"),
		units:    unitForms("día", "semana", "mes", "año"),
		plurals:  unitForms("días", "semanas", "meses", "años"),
		after:    frames("", "después de", "", "después del"), before: frames("", "antes de", "", "antes del"),
		fixed: map[string]int{"al día siguiente de": 1, "al día siguiente del": 1, "la víspera de": -1, "la víspera del": -1},
	},
	"it": {
		notAfter: []string{"circa", "quasi", "di", "oltre", "appena"},
		counts:   countWords(1, "un uno una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci"),
		units:    unitForms("giorno", "settimana", "mese", "anno"),
		plurals:  unitForms("giorni", "settimane", "mesi", "anni"),
		after: frames("", "dopo il", "", "dopo lo", "", "dopo la", "", "dopo l", "", "dopo i", "", "dopo gli", "", "dopo le",
			"", "dopo che", "", "dopo aver"),
		before: frames("", "prima di", "", "prima del", "", "prima della", "", "prima dello", "", "prima dei", "", "prima delle", "", "prima che"),
		fixed: map[string]int{"all'indomani di": 1, "all'indomani del": 1, "all'indomani della": 1,
			"la vigilia di": -1, "la vigilia del": -1, "la vigilia della": -1},
	},
	"pt": {
		notAfter: []string{"cerca", "quase", "de", "aproximadamente"},
		counts:   countWords(1, "um uma|dois duas|três|quatro|cinco|seis|sete|oito|nove|dez"),
		units:    unitForms("dia", "semana", "mês", "ano"),
		plurals:  unitForms("dias", "semanas", "meses", "anos"),
		after:    frames("", "depois de", "", "depois da", "", "depois do", "", "após"), before: frames("", "antes de", "", "antes da", "", "antes do"),
		fixed: map[string]int{"no dia seguinte a": 1, "no dia seguinte ao": 1, "no dia seguinte à": 1,
			"na véspera de": -1, "na véspera da": -1, "na véspera do": -1},
	},
	"ru": {
		notAfter: []string{"почти", "около", "примерно", "более", "менее", "чем", "свыше", "порядка"},
		counts:   countWords(2, "два две|три|четыре|пять|шесть|семь|восемь|девять|десять"),
		bare:     true, // "через неделю после", a week after
		units:    unitForms("день", "неделю", "месяц", "год"),
		plurals:  unitForms("дня дней", "недели недель", "месяца месяцев", "года лет"),
		after:    frames("через", "после", "спустя", "после"), before: frames("за", "до"),
		fixed: map[string]int{"на следующий день после": 1},
	},
	"uk": {
		notAfter: []string{"майже", "близько", "приблизно", "понад", "більш", "менш", "ніж"},
		// "п'ять" and "дев'ять" are two words to the splitter (the apostrophe).
		counts:  countWords(2, "два дві|три|чотири"),
		bare:    true,
		units:   unitForms("день", "тиждень", "місяць", "рік"),
		plurals: unitForms("дні днів", "тижні тижнів", "місяці місяців", "роки років"),
		after:   frames("через", "після", "", "після"), before: frames("за", "до"),
		fixed: map[string]int{"наступного дня після": 1},
	},
	"pl": {
		notAfter: []string{"prawie", "około", "ponad", "niemal", "niespełna", "niż"},
		counts:   countWords(2, "dwa dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć"),
		bare:     true, // "dzień po wyborach", "rok po aneksji"
		units:    unitForms("dzień", "tydzień", "miesiąc", "rok"),
		plurals:  unitForms("dni", "tygodnie tygodni", "miesiące miesięcy", "lata lat"),
		after:    frames("", "po"), before: frames("", "przed"),
	},
	"ar": {
		notAfter: []string{"نحو", "قرابة", "حوالي", "زهاء"},
		counts:   countWords(3, "ثلاثة ثلاث|أربعة أربع|خمسة خمس|ستة ست|سبعة سبع|ثمانية ثماني|تسعة تسع|عشرة عشر"),
		bare:     true, // "بعد أسبوع من", a week after
		units:    unitForms("يوم", "أسبوع", "شهر", "عام سنة"),
		plurals:  unitForms("أيام", "أسابيع", "أشهر شهور", "أعوام سنوات"),
		duals:    unitForms("يومين", "أسبوعين", "شهرين", "عامين سنتين"),
		after:    frames("بعد", "من", "بعد", "على"), before: frames("قبل", "من", "قبل", "على"),
		fixed: map[string]int{"غداة": 1}, // "غداة الانتخابات", the day after the election
	},
	"fa": {
		notAfter: []string{"حدود", "حدودا", "تقریبا", "تقریباً", "از", "بیش", "کمتر"},
		counts:   countWords(1, "یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده"),
		// Persian writes the unit in the singular after a count.
		units: unitForms("روز", "هفته", "ماه", "سال"), plurals: unitForms("روز", "هفته", "ماه", "سال"),
		after: frames("", "پس از", "", "بعد از"), before: frames("", "قبل از", "", "پیش از"),
	},
}
