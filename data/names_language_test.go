package data

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// shippedFinder is a NameFinder of the shipped names, compiled once for
// the tests that need it.
var shippedFinder = sync.OnceValues(func() (*NameFinder, error) {
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		return nil, err
	}
	return NewNameFinder(cur.Names), nil
})

// TestNamesByLanguage reads short texts written for the test, each line a
// paragraph; the names of the last line are checked, the lines before it
// are the article's earlier paragraphs. A false friend must not be read
// as a name, the real name must.
func TestNamesByLanguage(t *testing.T) {
	f, err := shippedFinder()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lang, text string
		want, not        []string
	}{
		{"uz: raisi is a chairman", "uz", "Xitoy Raisi Si Szinpin sammitni ochdi.", []string{"xi-jinping"}, []string{"raisi"}},
		{"uz: the president in full", "uz", "Eron Prezidenti Ibrohim Raisiy Toshkentga tashrif buyurdi.", []string{"raisi", "tashkent"}, nil},
		{"uz: the surname after the full name", "uz", "Eron prezidenti Ibrohim Raisi Samarqandga keldi.\nRaisi Mirziyoyev bilan uchrashdi.", []string{"raisi", "mirziyoyev"}, nil},
		{"uz: raisi, small letter", "uz", "Qozog‘iston parlamenti raisi Astanada gapirdi.", []string{"kazakhstan", "astana"}, []string{"raisi"}},
		{"it: modi, ways", "it", "In molti modi la riforma cambia il Kazakistan.", []string{"kazakhstan"}, []string{"modi"}},
		{"it: Modi at a sentence start", "it", "Modi e tempi della riforma restano incerti in Kazakistan.", []string{"kazakhstan"}, []string{"modi"}},
		{"it: the surname after the full name", "it", "Il primo ministro indiano Narendra Modi è arrivato a Mosca.\nModi ha incontrato Putin al Cremlino.", []string{"modi", "putin"}, nil},
		{"en: modi is a name in English", "en", "Modi met Tokayev in Astana.", []string{"modi", "tokayev", "astana"}, nil},
		{"en: a trump card", "en", "Moscow played its trump card in the talks.", []string{"moscow"}, []string{"trump"}},
		{"tr: reisi, its head", "tr", "Heyet Reisi Ankara'da açıklama yaptı.", []string{"ankara"}, []string{"raisi"}},
		{"tr: the president in full", "tr", "İran Cumhurbaşkanı İbrahim Reisi Ankara'ya geldi.", []string{"raisi"}, nil},
		{"tr: benim, my", "tr", "Benim görüşüme göre Astana zirvesi önemliydi.", []string{"astana"}, []string{"benin"}},
		{"pt: Benim is Benin", "pt", "O presidente do Benim visitou Lisboa.", []string{"benin"}, nil},
		{"fr: il s'agit", "fr", "Il s'agit d'un sommet régional à Astana.", []string{"astana"}, []string{"osce"}},
		{"es: gana, wins", "es", "Gana terreno la idea de un acuerdo con Kazajistán.", []string{"kazakhstan"}, []string{"ghana"}},
		{"pt: Gana is Ghana", "pt", "O Gana e o Cazaquistão assinaram um acordo.", []string{"ghana", "kazakhstan"}, nil},
		{"ru: Russian endings", "ru", "Переговоры с Токаевым прошли в Астане.", []string{"tokayev", "astana"}, nil},
		{"ru: an adjective's cases", "ru", "Лидеры стран Центральной Азии обсудили поставки нефти из Саудовской Аравии и Южной Кореи.", []string{"central-asia", "saudi-arabia", "south-korea"}, nil},
		{"ru: a surname in -ский", "ru", "Встреча с Зеленским прошла в Киеве.", []string{"zelensky", "kyiv"}, nil},
		{"ky: the CSTO and the OTS", "ky", "Жамааттык коопсуздук келишими уюмуна жана Түрк мамлекеттер уюмуна мүчө өлкөлөр Бишкекте чогулушту.", []string{"csto", "ots", "bishkek"}, nil},
		{"tg: the OTS and the EAEU", "tg", "Созмони давлатҳои туркӣ ва Иттиҳоди иқтисодии Авруосиё дар Душанбе муҳокима шуданд.", []string{"ots", "eaeu", "dushanbe"}, nil},
		{"az: the EAEU", "az", "Avrasiya İqtisadi İttifaqının sammiti Minskdə keçirildi.", []string{"eaeu"}, nil},
		{"ky: the EAEU", "ky", "Евразиялык экономикалык биримдиктин саммити Минскте өттү.", []string{"eaeu"}, nil},
		{"kk: Kazakh suffixes", "kk", "Тоқаевтың Астанадағы кездесуі өтті.", []string{"tokayev", "astana"}, nil},
		{"kk: no Russian endings on Kazakh text", "kk", "Токаевым Астаной", nil, []string{"tokayev", "astana"}},
		{"uk: Ukrainian endings", "uk", "Зустріч із Путіним відбулася в Астані.", []string{"putin", "astana"}, nil},
		{"de: German endings", "de", "Die Wahlen Kasachstans und die kasachischen Truppen.", []string{"kazakhstan"}, nil},
		{"zh: names inside a sentence", "zh", "上合组织峰会在阿斯塔纳举行，习近平出席并发表讲话。", []string{"astana", "xi-jinping"}, nil},
		{"ja: a katakana name is a whole run", "ja", "首相はカザフスタンを訪問し、タイトルマッチを観戦した。", []string{"kazakhstan"}, []string{"thailand"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestArticle("t", tc.lang, tc.text)
			s := f.Scanner().In(a)
			last := a.Paragraphs[len(a.Paragraphs)-1]
			found := map[string]bool{}
			for _, m := range s.Find(last.Text, last.Start, nil) {
				found[m.Ref] = true
				if a.Text[m.Start:m.End] != m.Text {
					t.Errorf("match %q at [%d,%d) is not its span %q", m.Text, m.Start, m.End, a.Text[m.Start:m.End])
				}
			}
			for _, id := range tc.want {
				if !found[id] {
					t.Errorf("%s not found in %q (found %v)", id, last.Text, sortedKeys(found))
				}
			}
			for _, id := range tc.not {
				if found[id] {
					t.Errorf("%s found in %q", id, last.Text)
				}
			}
		})
	}
}

// TestLinkerFindsNamesInsideChinese links a Chinese paragraph, written
// without spaces, to a catalogue event by its place and actors, with the
// exact span of each name.
func TestLinkerFindsNamesInsideChinese(t *testing.T) {
	names := knowledgeNames(t)
	var list []*Name
	for _, id := range []string{"astana", "xi-jinping", "putin", "xian"} {
		if names[id] == nil {
			t.Fatalf("no shipped name %q", id)
		}
		list = append(list, names[id])
	}
	events := []*Event{{ID: "meeting", Place: "astana", Actors: []string{"xi-jinping", "putin"}}}
	text := "7月3日，习近平和普京在阿斯塔纳举行会晤。"
	links := NewLinker(events, list).Match(newTestArticle("zh", "zh", text))
	if len(links) != 1 {
		t.Fatalf("links %v, want one to the meeting", links)
	}
	var got []string
	for _, x := range links[0].Evidence {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("evidence %q is not its span %q", x.Text, text[x.Start:x.End])
		}
		got = append(got, x.Kind+":"+x.Text)
	}
	want := []string{"actor:习近平", "actor:普京", "place:阿斯塔纳"}
	if !slices.Equal(got, want) {
		t.Errorf("evidence %q, want %q", got, want)
	}
}

// TestScanSplitsHanAndKana checks how the linker's scanner cuts text
// written without spaces: Han one character a word, kana by runs.
func TestScanSplitsHanAndKana(t *testing.T) {
	for text, want := range map[string]string{
		"习近平出席峰会":      "习 近 平 出 席 峰 会",
		"プーチン大統領は":     "プーチン 大 統 領 は",
		"G20峰会在Astana": "g20 峰 会 在 astana",
		"Xi’an和西安":     "xi an 和 西 安",
		"ガス和漢󠄀字":      "ガス 和 漢󠄀 字", // the voicing mark stays on its kana, composed
	} {
		if got := strings.Join(splitWords(text), " "); got != want {
			t.Errorf("words of %q: %q, want %q", text, got, want)
		}
	}
}

// TestWordFormsByLanguage checks that a word takes the endings of the
// languages it is listed in, and a text those of its own language.
func TestWordFormsByLanguage(t *testing.T) {
	for _, tc := range []struct {
		word, lang  string
		has, hasNot []string
	}{
		{"путин", "ru", []string{"путин", "путиным", "путина"}, nil},
		{"путин", "kk", []string{"путин"}, []string{"путиным", "путина"}},
		{"путин", "uk", []string{"путина", "путином"}, []string{"путиным", "путиной"}},
		{"kasachstan", "de", []string{"kasachstans", "kasachstanen"}, nil},
		{"kazakistan", "it", []string{"kazakistan", "kazakistans"}, []string{"kazakistanen"}},
		{"بوتين", "fa", []string{"وبوتين"}, nil},
	} {
		forms := wordForms(tc.word, languageEndings(tc.lang))
		for _, f := range tc.has {
			if !slices.Contains(forms, f) {
				t.Errorf("%s forms of %q lack %q: %q", tc.lang, tc.word, f, forms)
			}
		}
		for _, f := range tc.hasNot {
			if slices.Contains(forms, f) {
				t.Errorf("%s forms of %q include %q", tc.lang, tc.word, f)
			}
		}
	}
}

// TestLinkerFalseFriends links catalogue events on names alone, as the
// linker does for the seeds: Italian "Modi" at a sentence start is a word,
// and it does not make Modi an actor; after "Narendra Modi" it is him.
func TestLinkerFalseFriends(t *testing.T) {
	names := knowledgeNames(t)
	list := []*Name{names["modi"], names["putin"], names["moscow"]}
	events := []*Event{{ID: "visit", Place: "moscow", Actors: []string{"modi", "putin"}}}
	l := NewLinker(events, list)
	for _, tc := range []struct {
		lang, text string
		links      int
	}{
		{"it", "Modi e tempi del vertice: Putin riceve gli ospiti a Mosca.", 0},
		{"it", "Narendra Modi è arrivato in Russia.\nModi e Putin si sono incontrati a Mosca.", 1},
		{"en", "Modi and Putin met in Moscow.", 1},
	} {
		links := l.Match(newTestArticle("t", tc.lang, tc.text))
		if len(links) != tc.links {
			t.Errorf("%s %q: %d links %v, want %d", tc.lang, tc.text, len(links), links, tc.links)
		}
	}
}
