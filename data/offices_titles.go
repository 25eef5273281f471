package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data/textnorm"
)

// The titles that name an office right before a person's name, per
// language, and the words that say the person does not hold it now (see
// offices.go). A title is a phrase whose last word may take a short ending
// ("президента", "Cumhurbaşkanı", "prezydentem", "Präsidenten"): at most
// titleEnding letters, no hyphen ("president-elect" is no title, and
// "presidential" none either). Only titles that name one office are here:
// "председатель" or "başkanı" alone head anything, Spanish "canciller"
// is also a foreign minister, and "leader" is said of anyone who leads.

// titleEnding is how many letters a title's last word may add.
const titleEnding = 2

// titleWords is one language's titles, guards and small words.
type titleWords struct {
	titles []officeTitle
	// guards are the starts of words that say the title is not the
	// person's now: former, late, then, elect, acting, vice, deputy,
	// future ("бывш" covers бывший, бывшего …). For Han text they are
	// looked for in the characters before the title.
	guards []string
	// fillers may stand between a title and a name, or before a title:
	// articles and "of" ("President of Russia Vladimir Putin", "el
	// presidente ruso, Vladímir Putin").
	fillers []string
	han     bool // Chinese: no spaces; titles end right before the name
}

// officeTitle is a title of one office: its words, lower case.
type officeTitle struct {
	words []string
	kind  string
}

// titles builds an officeTitle list: kind → phrases.
func titles(byKind map[string][]string) []officeTitle {
	var out []officeTitle
	for _, kind := range OfficeKinds {
		for _, p := range byKind[kind] {
			out = append(out, officeTitle{strings.Fields(strings.ToLower(p)), kind})
		}
	}
	return out
}

// Guards every language shares, in Latin script: "ex", "Ex-".
var commonGuards = []string{"ex", "ex-"}

// titleLexicon holds the titles of each language Caravan reads.
var titleLexicon = map[string]*titleWords{
	"en": {titles: titles(map[string][]string{"president": {"president"}, "prime-minister": {"prime minister", "premier"}, "chancellor": {"chancellor"}}),
		guards:  []string{"first", "founding", "under", "former", "late", "then", "elect", "acting", "interim", "vice", "deputy", "future", "incoming", "designate"},
		fillers: []string{"the", "of", "and"}},
	"nl": {titles: titles(map[string][]string{"president": {"president"}, "prime-minister": {"premier"}, "chancellor": {"bondskanselier", "kanselier"}}),
		guards:  []string{"eerste", "onder", "voormalig", "oud-", "wijlen", "toenmalig", "verkozen", "waarnemend", "interim", "vice", "toekomstig", "aankomend", "nieuwgekozen"},
		fillers: []string{"de", "het", "van"}},
	"de": {titles: titles(map[string][]string{"president": {"präsident", "staatspräsident"}, "prime-minister": {"premierminister", "premier"}, "chancellor": {"bundeskanzler", "kanzler", "bundeskanzlerin", "kanzlerin"}}),
		guards:  []string{"erste", "gründungs", "unter", "ehemalig", "früher", "verstorben", "damalig", "gewählt", "designiert", "amtierend", "kommissarisch", "interim", "vize", "stellvertret", "künftig", "zukünftig", "neugewählt", "alt"},
		fillers: []string{"der", "die", "des", "dem", "den", "von"}},
	"fr": {titles: titles(map[string][]string{"president": {"président", "présidente"}, "prime-minister": {"premier ministre", "première ministre"}, "chancellor": {"chancelier", "chancelière"}}),
		guards:  []string{"premier", "première", "fondateur", "sous", "ancien", "ancienne", "feu", "défunt", "alors", "élu", "élue", "intérim", "intérimaire", "vice", "adjoint", "futur"},
		fillers: []string{"le", "la", "les", "l'", "l’", "de", "du", "des", "d'"}},
	"es": {titles: titles(map[string][]string{"president": {"presidente", "presidenta"}, "prime-minister": {"primer ministro", "primera ministra"}}),
		guards:  []string{"primer", "primera", "fundador", "bajo", "expresidente", "expresidenta", "antiguo", "anterior", "fallecido", "difunto", "entonces", "electo", "electa", "interino", "interina", "vice", "futuro", "futura"},
		fillers: []string{"el", "la", "los", "de", "del"}},
	"it": {titles: titles(map[string][]string{"president": {"presidente"}, "prime-minister": {"primo ministro", "premier"}, "chancellor": {"cancelliere"}}),
		guards:  []string{"primo", "fondatore", "sotto", "l'ex", "l’ex", "già", "defunto", "scomparso", "allora", "eletto", "eletta", "neoeletto", "interim", "vice", "futuro"},
		fillers: []string{"il", "lo", "la", "l'", "l’", "di", "del", "della", "dello"}},
	"pt": {titles: titles(map[string][]string{"president": {"presidente"}, "prime-minister": {"primeiro-ministro", "primeiro ministro", "primeira-ministra"}}),
		guards:  []string{"primeiro", "primeira", "fundador", "sob", "antigo", "falecido", "então", "eleito", "eleita", "interino", "interina", "vice", "futuro", "futura"},
		fillers: []string{"o", "a", "de", "do", "da"}},
	"tr": {titles: titles(map[string][]string{"president": {"cumhurbaşkanı", "devlet başkanı"}, "prime-minister": {"başbakan"}}),
		guards:  []string{"ilk", "kurucu", "eski", "merhum", "rahmetli", "dönemin", "seçilmiş", "yardımcı", "vekil", "gelecek"},
		fillers: nil},
	"pl": {titles: titles(map[string][]string{"president": {"prezydent"}, "prime-minister": {"premier"}, "chancellor": {"kanclerz"}}),
		guards:  []string{"pierwsz", "był", "zmarł", "ówczesn", "elekt", "wice", "pełniąc", "przyszł", "nowo"},
		fillers: nil},
	"uk": {titles: titles(map[string][]string{"president": {"президент"}, "prime-minister": {"прем'єр-міністр", "прем’єр-міністр"}, "chancellor": {"канцлер"}}),
		guards:  []string{"перш", "за", "колишн", "покійн", "тодішн", "обран", "новообран", "виконуюч", "віце", "заступник", "майбутн", "екс"},
		fillers: nil},
	"ru": {titles: titles(map[string][]string{"president": {"президент"}, "prime-minister": {"премьер-министр"}, "chancellor": {"канцлер"}}),
		guards:  []string{"перв", "при", "бывш", "покойн", "тогдашн", "избранн", "новоизбранн", "исполняющ", "врио", "вице", "заместител", "будущ", "экс"},
		fillers: nil},
	"kk": {titles: titles(map[string][]string{"president": {"президент"}, "prime-minister": {"премьер-министр"}}),
		guards:  []string{"тұңғыш", "бірінші", "бұрынғы", "марқұм", "кездегі", "сайланған", "міндетін", "вице", "орынбасар", "болашақ", "экс"},
		fillers: nil},
	"ky": {titles: titles(map[string][]string{"president": {"президент"}}),
		guards:  []string{"биринчи", "туңгуч", "мурунку", "мархум", "шайланган", "милдетин", "вице", "орун", "экс"},
		fillers: nil},
	"uz": {titles: titles(map[string][]string{"president": {"prezident", "президент"}, "prime-minister": {"bosh vazir", "бош вазир"}}),
		guards:  []string{"birinchi", "биринчи", "sobiq", "собиқ", "marhum", "марҳум", "saylangan", "сайланган", "vazifasini", "вазифасини", "o'rinbosar", "oʻrinbosar", "ўринбосар", "vitse", "вице", "экс"},
		fillers: nil},
	"tg": {titles: titles(map[string][]string{"president": {"президент", "президенти"}}),
		guards:  []string{"аввалин", "нахустин", "собиқ", "марҳум", "интихобшуда", "муовин", "ноиб", "экс"},
		fillers: nil},
	"az": {titles: titles(map[string][]string{"president": {"prezident", "prezidenti"}, "prime-minister": {"baş nazir"}}),
		guards:  []string{"ilk", "birinci", "keçmiş", "sabiq", "mərhum", "seçilmiş", "müavin", "vitse"},
		fillers: nil},
	"ar": {titles: titles(map[string][]string{"president": {"الرئيس", "والرئيس", "رئيس"}, "prime-minister": {"رئيس الوزراء", "رئيس الحكومة"}}),
		guards:  []string{"أول", "السابق", "سابق", "الراحل", "الأسبق", "آنذاك", "المنتخب", "منتخب", "المؤقت", "بالوكالة", "نائب", "المقبل"},
		fillers: nil},
	"fa": {titles: titles(map[string][]string{"president": {"رئیس‌جمهور", "رئیس‌جمهوری", "رئیس جمهور"}, "prime-minister": {"نخست‌وزیر", "نخست وزیر"}}),
		guards:  []string{"نخستین", "اولین", "سابق", "پیشین", "فقید", "وقت", "منتخب", "موقت", "سرپرست", "معاون", "آینده"},
		fillers: nil},
	"zh": {titles: titles(map[string][]string{"president": {"总统", "國家主席", "国家主席", "總統"}, "prime-minister": {"总理", "總理"}}),
		guards: []string{"首任", "开国", "開國", "副", "前", "原", "时任", "時任", "候任", "当选", "當選", "已故", "代理", "代总统", "未来"},
		han:    true},
}

// deathWords are the starts of words that tell of a death, a funeral or
// mourning, in every language: "the death of President Ebrahim Raisi"
// titles a man no longer in office, and a report of his funeral may be
// written after his term. A person titled in such a sentence is left out.
var deathWords = []string{
	"death", "died", "killed", "funeral", "assassinat", "mourn", // en, fr
	"mort", "décès", "décéd", "funérailles", "obsèques", "tué", "deuil",
	"tod ", "todes", "starb", "gestorben", "getötet", "beerdigung", "trauer", "ums leben", // de
	"muerte", "murió", "falleci", "asesina", "luto", // es
	"morte", "morto", "morì", "funeral", "lutto", "uccis", // it
	"morreu", "faleceu", "velório", // pt
	"overleden", "overlijden", "begrafenis", "rouw", // nl
	"ölüm", "öldü", "hayatını kaybet", "cenaze", "yas ilan", "yas tut", // tr
	"śmier", "zginął", "zmarł", "pogrzeb", "żałob", // pl
	"смерт", "гибел", "погиб", "умер", "похорон", "траур", "убит", // ru
	"загибел", "загину", "помер", "вбит", // uk
	"қаза", "қайтыс", "жерле", "аза", // kk
	"vafot", "halok", "dafn", "motam", "вафот", "ҳалок", "дафн", // uz, tg
	"көз жум", "маркум", // ky
	"vəfat", "həlak", "dəfn", "matəm", // az
	"وفاة", "مقتل", "مصرع", "جنازة", "رحيل", "توفي", "الحداد", // ar
	"درگذشت", "مرگ", "کشته", "تشییع", "جان باخت", "سوگواری", // fa
	"逝世", "去世", "遇难", "葬礼", "身亡", "悼念", // zh
}

// tellsOfDeath reports whether sentence tells of a death (deathWords).
func tellsOfDeath(sentence string) bool {
	lower := textnorm.Lower(sentence)
	for _, w := range deathWords {
		if i := strings.Index(lower, w); i >= 0 && (i == 0 || !isLetterBefore(lower, i)) {
			return true
		}
	}
	return false
}

// isLetterBefore reports whether s has a letter right before byte i.
func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// titlesFor returns the titles of language lang, nil when it has none.
func titlesFor(lang string) *titleWords { return titleLexicon[lang] }

// mentioned reports whether a text may hold a title of t: the first word
// of one, in any case (nil t: none). A report without one titles no one.
// lower is the text in lower case (textnorm.Lower).
func (t *titleWords) mentioned(lower string) bool {
	if t == nil {
		return false
	}
	for _, ti := range t.titles {
		if strings.Contains(lower, ti.words[0]) {
			return true
		}
	}
	return false
}

// titleAtEnd returns the office of the title pre ends with ("" when it
// ends with none) and the text before that title.
func (t *titleWords) titleAtEnd(pre string) (string, string) {
	if t.han {
		for _, ti := range t.titles {
			if strings.HasSuffix(pre, ti.words[0]) {
				return ti.kind, strings.TrimSuffix(pre, ti.words[0])
			}
		}
		return "", ""
	}
	for _, ti := range t.titles {
		rest, ok := pre, true
		for i := len(ti.words) - 1; i >= 0 && ok; i-- {
			rest = strings.TrimRight(rest, " \u00a0")
			w := lastWord(rest)
			lw := textnorm.Lower(w)
			if i == len(ti.words)-1 {
				ok = strings.HasPrefix(lw, ti.words[i]) && !strings.ContainsAny(lw[len(ti.words[i]):], "-'’") &&
					utf8.RuneCountInString(lw[len(ti.words[i]):]) <= titleEnding
			} else {
				ok = lw == ti.words[i]
			}
			rest = rest[:len(rest)-len(w)]
		}
		if ok {
			return ti.kind, rest
		}
	}
	return "", ""
}

// guard reports whether word w says the title is not the person's now
// (see titleWords.guards); for Han text, whether w holds such a word.
func (t *titleWords) guard(w string) bool {
	lw := textnorm.Lower(w)
	if i := strings.IndexAny(lw, "'’"); i > 0 && i <= 2 && !t.han {
		_, size := utf8.DecodeRuneInString(lw[i:])
		lw = lw[i+size:] // "l'ancien", "d’ex-"
	}
	for _, g := range t.guards {
		if t.han && strings.Contains(lw, g) || !t.han && strings.HasPrefix(lw, g) {
			return true
		}
	}
	for _, g := range commonGuards {
		if lw == g || strings.HasPrefix(lw, g+"-") {
			return true
		}
	}
	return false
}
