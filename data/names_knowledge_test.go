package data

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// knowledgeNames are the shipped names, as a folder without curated files
// of its own gets them.
func knowledgeNames(tb testing.TB) map[string]*Name {
	tb.Helper()
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		tb.Fatal(err)
	}
	if cur.Catalogue != nil || len(cur.Problems) > 0 {
		tb.Fatalf("a folder without curated files got catalogue %v, problems %v", cur.Catalogue, cur.Problems)
	}
	byID := map[string]*Name{}
	for _, n := range cur.Names {
		byID[n.ID] = n
	}
	return byID
}

// TestShippedCountryNames checks the generated tables against what CLDR
// and iso-codes are known to say, in several scripts.
func TestShippedCountryNames(t *testing.T) {
	names := knowledgeNames(t)
	places := 0
	for _, n := range names {
		if n.Kind == Place {
			places++
		}
	}
	if places < 240 {
		t.Errorf("%d places; want every country (about 250) and the cities", places)
	}
	for _, tc := range []struct{ id, lang, want string }{
		{"germany", "de", "Deutschland"},
		{"germany", "ar", "ألمانيا"},
		{"germany", "zh", "德国"},
		{"germany", "fa", "آلمان"},
		{"germany", "tr", "Almanya"},
		{"germany", "pl", "Niemcy"},
		{"kazakhstan", "kk", "Қазақстан"},
		{"kazakhstan", "uz", "Qozogʻiston"},
		{"kazakhstan", "uz", "Қозоғистон"},
		{"kazakhstan", "es", "Kazajistán"},
		{"turkey", "tr", "Türkiye"},
		{"united-states", "ru", "США"},
		{"china", "ja", "中国"},
		{"kazakhstan", "ja", "カザフスタン"},
		{"brazil", "ky", ""}, // Kyrgyz is written by hand, for the region's places
		{"china", "ky", "Кытай"},
		{"russia", "tg", "Русия"},
		{"turkey", "az", "Türkiyə"},
		{"brazil", "pt", "Brasil"},
		{"japan", "uk", "Японія"},
	} {
		n := names[tc.id]
		if n == nil {
			t.Errorf("no name %q", tc.id)
			continue
		}
		got := n.Spellings[tc.lang]
		if tc.want == "" {
			if len(got) > 0 {
				t.Errorf("%s: unexpected %s spellings %v", tc.id, tc.lang, got)
			}
			continue
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s in %s: %v lacks %q", tc.id, tc.lang, got, tc.want)
		}
	}
	// Every language Caravan reads has a name for each country of the region.
	for _, id := range []string{"kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan", "china", "russia", "turkey", "iran", "afghanistan", "pakistan"} {
		for _, lang := range caravanLanguages {
			if len(names[id].Spellings[lang]) == 0 {
				t.Errorf("%s has no %s spelling", id, lang)
			}
		}
	}
	// Ambiguous words stay out: Turkish "mali" is "financial".
	if slices.Contains(allSpellings(names["mali"]), "Mali") {
		t.Errorf("mali is spelt %v; the bare word is a common word", allSpellings(names["mali"]))
	}
}

// caravanLanguages are the languages whose spellings the shipped names
// give for the people and places of the region.
var caravanLanguages = []string{"nl", "de", "en", "fr", "ru", "ar", "es", "it", "pt", "tr", "pl", "uk", "fa", "zh", "kk", "uz"}

// TestShippedPeopleSpeltInEveryLanguage checks the heads of state and
// government the issue names.
func TestShippedPeopleSpeltInEveryLanguage(t *testing.T) {
	names := knowledgeNames(t)
	for _, id := range []string{"tokayev", "nazarbayev", "mirziyoyev", "karimov", "japarov", "jeenbekov", "atambayev",
		"rahmon", "berdimuhamedov", "gurbanguly-berdimuhamedov", "xi-jinping", "li-qiang", "putin", "mishustin",
		"medvedev", "erdogan", "aliyev", "pashinyan", "raisi", "pezeshkian", "biden", "trump", "modi", "shehbaz-sharif"} {
		n := names[id]
		if n == nil || n.Kind != Person {
			t.Errorf("%s: %v", id, n)
			continue
		}
		for _, lang := range caravanLanguages {
			if len(n.Spellings[lang]) == 0 {
				t.Errorf("%s has no %s spelling", id, lang)
			}
		}
	}
	for _, id := range []string{"sco", "csto", "cis", "eaeu", "ots", "un", "eu", "nato", "brics", "asean", "opec", "c5", "cica"} {
		if n := names[id]; n == nil || n.Kind != Organisation {
			t.Errorf("%s: %v", id, n)
		}
	}
}

// TestShippedNamesFoundInText links sentences written for the test, one
// per language, with inflected names, to an event whose place and actor
// they name.
func TestShippedNamesFoundInText(t *testing.T) {
	names := knowledgeNames(t)
	list := make([]*Name, 0, len(names))
	for _, n := range names {
		list = append(list, n)
	}
	for _, tc := range []struct {
		lang, text, place, actor string
	}{
		{"nl", "President Tokajev sprak donderdag in de Kazachse hoofdstad over de hervormingen.", "kazakhstan", "tokayev"},
		{"de", "Die kasachische Regierung und Präsident Tokajews Berater trafen sich am Montag.", "kazakhstan", "tokayev"},
		{"en", "Kazakh President Tokayev told reporters the reforms would continue.", "kazakhstan", "tokayev"},
		{"fr", "Le président kazakh Tokaïev a reçu son homologue ouzbek.", "kazakhstan", "tokayev"},
		{"ru", "Президент Казахстана Токаев провёл переговоры с Мирзиёевым.", "kazakhstan", "mirziyoyev"},
		{"ar", "واستقبل الرئيس الكازاخستاني توكاييف نظيره في العاصمة.", "kazakhstan", "tokayev"},
		{"es", "El presidente kazajo Tokáyev viajó el martes a Astaná.", "astana", "tokayev"},
		{"it", "Il presidente uzbeko Mirziyoyev ha incontrato Putin a Samarcanda.", "samarkand", "putin"},
		{"pt", "O presidente cazaque Tokayev recebeu Xi Jinping na capital.", "kazakhstan", "xi-jinping"},
		{"tr", "Kazakistan Cumhurbaşkanı Tokayev, Astana'da Erdoğan'ı ağırladı.", "astana", "erdogan"},
		{"tr", "KIRGIZISTAN'DA CAPAROV KONUŞTU", "kyrgyzstan", "japarov"},
		{"pl", "Prezydent Kazachstanu Kasym-Żomart Tokajew spotkał się z Putinem w Astanie.", "astana", "putin"},
		{"pl", "Rozmowy w Kazachstanie prowadził Tokajew.", "kazakhstan", "tokayev"},
		{"uk", "Президент Казахстану Токаєв зустрівся з Путіним в Астані.", "astana", "putin"},
		{"uk", "В Україні Зеленський провів нараду.", "ukraine", "zelensky"},
		{"fa", "رئیس\u200cجمهور قزاقستان توکایف با پزشکیان دیدار کرد.", "kazakhstan", "pezeshkian"},
		{"kk", "Мемлекет басшысы Тоқаевтың Астанада өткен кездесуі.", "astana", "tokayev"},
		{"kk", "Қазақстанның Президенті Тоқаев Мирзиёевпен кездесті.", "kazakhstan", "mirziyoyev"},
		{"uz", "Oʻzbekiston Prezidenti Shavkat Mirziyoyevning Samarqanddagi nutqi.", "samarkand", "mirziyoyev"},
		{"uz", "O'zbekistonda Mirziyoyev islohotlarni davom ettirdi.", "uzbekistan", "mirziyoyev"},
		{"uz", "Ўзбекистон Президенти Мирзиёевнинг Самарқандда сўзлаган нутқи.", "samarkand", "mirziyoyev"},
	} {
		t.Run(tc.lang+" "+tc.place, func(t *testing.T) {
			e := &Event{ID: "e", Title: "E", Place: tc.place, Actors: []string{tc.actor}, Source: EventFromCatalogue}
			links := NewLinker([]*Event{e}, linkNames([]*Event{e}, list)).Match(newTestArticle("a", tc.lang, tc.text))
			if len(links) != 1 {
				t.Fatalf("%d links; want the paragraph linked through %s and %s", len(links), tc.place, tc.actor)
			}
			var refs []string
			for _, m := range links[0].Evidence {
				refs = append(refs, m.Ref)
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("evidence %q does not match its span %q", m.Text, tc.text[m.Start:m.End])
				}
			}
			if !slices.Contains(refs, tc.place) || !slices.Contains(refs, tc.actor) {
				t.Errorf("evidence %v; want %s and %s", links[0].Evidence, tc.place, tc.actor)
			}
		})
	}
}

func TestInflections(t *testing.T) {
	for _, tc := range []struct {
		lang, spelling string
		want           []string
		not            []string
	}{
		{"kk", "Тоқаев", []string{"Тоқаевтың", "Тоқаевтің", "Тоқаевқа", "Тоқаевпен"}, []string{"Тоқаевның", "Тоқаевге"}},
		{"kk", "Астана", []string{"Астанада", "Астананың", "Астанаға", "Астанадағы"}, []string{"Астанатың"}},
		{"kk", "Қазақстан", []string{"Қазақстанның", "Қазақстанда", "Қазақстаннан", "Қазақстанды"}, nil},
		{"kk", "Ресей", []string{"Ресейдің", "Ресейге", "Ресейде"}, []string{"Ресейдың"}},
		{"kk", "Алматы", []string{"Алматының", "Алматыда"}, []string{"Алматынің"}},
		{"kk", "ШЫҰ", nil, []string{"ШЫҰның", "ШЫҰдың"}},
		{"uz", "Oʻzbekiston", []string{"O'zbekiston", "Oʻzbekistonda", "O'zbekistonning"}, nil},
		{"uz", "Toshkent", []string{"Toshkentga", "Toshkentdan", "Toshkentdagi"}, nil},
		{"uz", "Namangan", []string{"Namanganning"}, []string{"Namangankа"}},
		{"uz", "Мирзиёев", []string{"Мирзиёевнинг", "Мирзиёевга"}, nil},
		{"pl", "Kazachstan", []string{"Kazachstanu", "Kazachstanie", "Kazachstanem"}, nil},
		{"pl", "Rosja", []string{"Rosji", "Rosję", "Rosją"}, nil},
		{"pl", "kazachski", []string{"kazachskiego", "kazachskiej"}, nil},
		{"pl", "Kasym-Żomart Tokajew", nil, []string{"Kasym-Żomart Tokajewa"}},
		{"uk", "Україна", []string{"Україні", "Україною"}, nil},
		{"uk", "Китай", []string{"Китаї"}, nil},
		{"uk", "Навроцький", []string{"Навроцького", "Навроцьким", "Навроцькому"}, []string{"Навроцькиі"}},
		{"uk", "Тихановська", []string{"Тихановської", "Тихановською", "Тихановську"}, nil},
		{"kk", "Мәсімов", []string{"Мәсімовтің", "Мәсімовтың", "Мәсімовке"}, nil},
		{"kk", "Смаилов", []string{"Смаиловтың", "Смаиловқа"}, nil},
		{"ky", "Кыргызстан", []string{"Кыргызстандын", "Кыргызстанга", "Кыргызстанда", "Кыргызстандан"}, nil},
		{"ky", "Бишкек", []string{"Бишкекте", "Бишкекке", "Бишкектин"}, []string{"Бишкекда"}},
		{"ky", "Жапаров", []string{"Жапаровдун", "Жапаровго"}, nil},
		{"ky", "Москва", []string{"Москвага", "Москвада", "Москванын"}, nil},
		{"ky", "Түркия", []string{"Түркиянын", "Түркияга"}, nil},
		{"az", "Azərbaycan", []string{"Azərbaycanın", "Azərbaycanda", "Azərbaycana"}, nil},
		{"az", "Putin", []string{"Putinin", "Putinə", "Putinlə"}, []string{"Putinın"}},
		{"az", "Bakı", []string{"Bakıda", "Bakıya", "Bakının", "Bakıdan"}, nil},
		{"az", "Rusiya", []string{"Rusiyada", "Rusiyaya", "Rusiyanın"}, nil},
		{"az", "ABŞ", nil, []string{"ABŞın"}},
		{"az", "Azərbaycan Hava Yolları", []string{"Azərbaycan Hava Yollarına", "Azərbaycan Hava Yollarının"}, nil},
		{"tg", "Тоҷикистон", []string{"Тоҷикистонро", "Тоҷикистони"}, nil},
		{"tg", "Душанбе", []string{"Душанберо"}, []string{"Душанбеи"}},
		{"ru", "Казахстан", nil, []string{"Казахстані"}}, // Russian endings are the matcher's
		{"tr", "Kırgızistan", []string{"Kirgizistan"}, nil},
	} {
		n := &Name{ID: "x", Kind: Place, Spellings: map[string][]string{tc.lang: {tc.spelling}}}
		addInflections(n)
		got := n.Spellings[tc.lang]
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s %q: forms %v lack %q", tc.lang, tc.spelling, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%s %q: forms %v hold %q", tc.lang, tc.spelling, got, w)
			}
		}
	}
}

// FuzzInflections checks that no spelling makes addInflections panic, and
// that it only adds to a spelling.
func FuzzInflections(f *testing.F) {
	for _, s := range []string{"Тоқаев", "Oʻzbekiston", "Rosja", "Україна", "a", "ь", "'", "ʻʻ"} {
		for _, lang := range []string{"kk", "uz", "pl", "uk", "ky", "az", "tg"} {
			f.Add(lang, s)
		}
	}
	f.Fuzz(func(t *testing.T, lang, s string) {
		n := &Name{Spellings: map[string][]string{lang: {s}}}
		addInflections(n)
		if got := n.Spellings[lang]; len(got) == 0 || got[0] != s {
			t.Errorf("spellings %q of %q", got, s)
		}
	})
}

// BenchmarkLoadCurated measures what every corpus load pays for the
// shipped names: layering them (parsed once per run) and adding the
// inflected forms.
func BenchmarkLoadCurated(b *testing.B) {
	for b.Loop() {
		if _, err := LoadCurated(fstest.MapFS{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNameFinderShipped measures compiling every shipped spelling
// for matching, which discovery does once per corpus.
func BenchmarkNameFinderShipped(b *testing.B) {
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		b.Fatal(err)
	}
	var f *NameFinder
	for b.Loop() {
		f = NewNameFinder(cur.Names)
	}
	// Forms are what the endings of each language add to the spellings
	// (see languageEndings): their number is the finder's size.
	b.ReportMetric(float64(len(f.linker.formTable.keys)), "forms")
}

// TestShippedSpellingsNameOneThing checks that no spelling, as matching
// sees it, stands for two shipped names: a link or an entity on it would
// be a guess.
func TestShippedSpellingsNameOneThing(t *testing.T) {
	owners := map[string]map[string]bool{}
	for _, n := range knowledgeNames(t) {
		for _, s := range allSpellings(n) {
			key := strings.Join(splitWords(s), " ")
			if owners[key] == nil {
				owners[key] = map[string]bool{}
			}
			owners[key][n.ID] = true
		}
	}
	for key, ids := range owners {
		if len(ids) > 1 {
			t.Errorf("%q spells %v", key, sortedKeys(ids))
		}
	}
}

// TestShippedNamesFoundInChinese finds names in Chinese, written without
// spaces, through the name finder discovery uses.
func TestShippedNamesFoundInChinese(t *testing.T) {
	var list []*Name
	for _, n := range knowledgeNames(t) {
		list = append(list, n)
	}
	text := "哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了习近平，双方讨论了上海合作组织峰会。"
	found := map[string]bool{}
	for _, m := range NewNameFinder(list).Scanner().Find(text, 0, nil) {
		found[m.Ref] = true
		if text[m.Start:m.End] != m.Text {
			t.Errorf("match %q does not match its span", m.Text)
		}
	}
	for _, id := range []string{"kazakhstan", "tokayev", "astana", "xi-jinping", "sco"} {
		if !found[id] {
			t.Errorf("%s not found in %q (found %v)", id, text, sortedKeys(found))
		}
	}
}

// TestLinkNamesKeepsLongerNames checks that the linker gets, beside the
// names its events use, the longer names that contain them, and no more.
func TestLinkNamesKeepsLongerNames(t *testing.T) {
	var list []*Name
	for _, n := range knowledgeNames(t) {
		list = append(list, n)
	}
	e := &Event{ID: "e", Place: "kazakhstan", Actors: []string{"xi-jinping"}}
	got := map[string]bool{}
	for _, n := range linkNames([]*Event{e}, list) {
		got[n.ID] = true
	}
	for _, id := range []string{"kazakhstan", "xi-jinping", "xian"} {
		if !got[id] {
			t.Errorf("%s missing from %v", id, sortedKeys(got))
		}
	}
	for _, id := range []string{"south-korea", "germany", "putin"} {
		if got[id] {
			t.Errorf("%s given to the linker: %v", id, sortedKeys(got))
		}
	}
	// "Xi" inside "Xi'an" is not Xi.
	links := NewLinker([]*Event{e}, linkNames([]*Event{e}, list)).Match(newTestArticle("a", "en", "Kazakh officials flew to Xi'an for the talks."))
	if len(links) != 0 {
		t.Errorf("links %v: Xi'an is not Xi", links)
	}
}
