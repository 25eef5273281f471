package data

import (
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data/knowledge"
)

// TestShippedLeadersFoundInText finds, in sentences written for the test
// in the languages Caravan reads, the heads of state and government,
// ministers and officials added in session 10 (people_region.toml,
// people_world.toml), inflected as each language writes them; and leaves
// alone the words that look like their names: English "May", the Dutch
// river Maas, Chinese 克里米亚 (Crimea) for 克里 (Kerry), 提高市场 for 高市
// (Takaichi).
func TestShippedLeadersFoundInText(t *testing.T) {
	finder := NewNameFinder(slices.Collect(maps.Values(knowledgeNames(t))))
	checkNamesFound(t, finder, []foundCase{
		{"en", "Prime Minister Giorgia Meloni met Kaja Kallas and Mark Rutte in Brussels.", []string{"meloni", "kallas", "rutte", "brussels"}, nil},
		{"en", "Talks in May ended without Theresa May, who had resigned.", []string{"theresa-may"}, nil},
		{"en", "The talks were held in May; Hakan Fidan hosted them in Istanbul.", []string{"fidan", "istanbul"}, []string{"theresa-may"}},
		{"nl", "Premier Kobachidze zei dat Georgië de gesprekken met de EU opschort; president Zourabichvili protesteerde.", []string{"kobakhidze", "zourabichvili", "georgia"}, nil},
		{"nl", "Het water van de Maas stond hoog bij Maastricht.", nil, []string{"heiko-maas"}},
		{"de", "Außenministerin Baerbock traf in Taschkent ihren Amtskollegen Saidow.", []string{"baerbock", "tashkent", "saidov"}, nil},
		{"de", "Der kirgisische Sicherheitschef Taschijew sprach mit Steinmeier.", []string{"tashiev", "steinmeier"}, nil},
		{"fr", "Le Premier ministre Gabriel Attal a reçu Sébastien Lecornu et Jean-Noël Barrot.", []string{"attal", "lecornu", "barrot"}, nil},
		{"fr", "Le ministre iranien Abbas Araghchi a rencontré Steve Witkoff à Mascate.", []string{"araghchi", "witkoff", "muscat"}, nil},
		{"es", "El canciller Marco Rubio habló con Serguéi Shoigú en Moscú.", []string{"rubio", "shoigu", "moscow"}, nil},
		{"it", "Il presidente Mattarella ha ricevuto Mario Draghi al Quirinale.", []string{"mattarella", "draghi"}, nil},
		{"pt", "O primeiro-ministro japonês Fumio Kishida visitou Astana.", []string{"kishida", "astana"}, nil},
		{"tr", "Dışişleri Bakanı Hakan Fidan, Ceyhun Bayramov ile Bakü'de görüştü.", []string{"fidan", "bayramov"}, nil},
		{"pl", "Premier Donald Tusk rozmawiał z Nawrockim i z Jensem Stoltenbergiem.", []string{"tusk", "nawrocki", "stoltenberg"}, nil},
		{"pl", "Prezydent Andrzej Duda spotkał się z Kają Kallas.", []string{"duda"}, nil},
		{"ru", "Министр Сергей Шойгу и Джейхун Байрамов обсудили ситуацию с Мирзояном.", []string{"shoigu", "bayramov", "mirzoyan"}, nil},
		{"ru", "Камчыбек Ташиев заявил, что Жээнбек Кулубаев проведет переговоры с Ташиевым.", []string{"tashiev", "kulubaev"}, nil},
		{"uk", "Прем'єр-міністерка Юлія Свириденко зустрілася з Андрієм Сибігою та Кулебою.", []string{"svyrydenko", "sybiha", "kuleba"}, nil},
		{"kk", "Сыртқы істер министрі Мұрат Нұртілеу Тілеубердімен бірге Ермекбаевтың баяндамасын тыңдады.", []string{"nurtleu", "tileuberdi", "yermekbayev"}, nil},
		{"kk", "Бұрынғы премьер-министр Мәсімовтің ісі қаралды.", []string{"massimov"}, nil},
		{"uz", "Tashqi ishlar vaziri Baxtiyor Saidovning Vladimir Norov bilan uchrashuvi.", []string{"saidov", "norov"}, nil},
		{"ky", "Камчыбек Ташиев менен Жээнбек Кулубаев жолугушту.", []string{"tashiev", "kulubaev"}, nil},
		{"tg", "Вазири корҳои хориҷӣ Сироҷиддин Муҳриддин бо Рустами Эмомалӣ мулоқот кард.", []string{"muhriddin", "rustam-emomali"}, []string{"rahmon"}},
		{"az", "Xarici işlər naziri Ceyhun Bayramov və Baş nazir Əli Əsədov görüşdü.", []string{"bayramov", "asadov"}, nil},
		{"ar", "التقى وزير الخارجية عباس عراقجي نظيره هاكان فيدان وبحثا مع جورجيا ميلوني.", []string{"araghchi", "fidan", "meloni"}, nil},
		{"ar", "وصل أمير خان متقي إلى طهران.", []string{"muttaqi"}, nil},
		{"fa", "عباس عراقچی با محمدجواد ظریف و امیرعبداللهیان دیدار کرد.", []string{"araghchi", "zarif", "amir-abdollahian"}, nil},
		{"fa", "برادر او در کابل زندگی می‌کند.", nil, []string{"baradar"}},
		{"zh", "外交部长王毅会见了苏杰生和卡拉斯，斯托尔滕贝格出席。", []string{"jaishankar", "kallas", "stoltenberg"}, nil},
		{"zh", "俄罗斯在克里米亚举行演习，提高市场信心。", nil, []string{"kerry", "takaichi"}},
		{"zh", "日本首相高市早苗与蒙古国总统呼日勒苏赫会谈。", []string{"takaichi", "khurelsukh"}, nil},
		{"zh", "罗马尼亚总统访问了哈尔科夫和敖德萨。", []string{"romania", "kharkiv", "odesa"}, []string{"rome"}},
		{"ru", "Удары по Харькову и Одессе; в Куме прошли похороны.", []string{"kharkiv", "odesa"}, nil},
		{"ru", "Кум рассказал о свадьбе.", nil, []string{"qom"}},
		{"uk", "Обстріли Харкова, Запоріжжя та Херсона; у Криму вибухи.", []string{"kharkiv", "zaporizhzhia", "kherson", "crimea"}, nil},
		{"pl", "Rosyjskie ataki na Charków i Odessę; w Dagestanie zamach.", []string{"kharkiv", "dagestan"}, nil},
		{"de", "Gespräche in Den Haag und in Straßburg über die Krim.", []string{"the-hague", "strasbourg", "crimea"}, nil},
		{"fr", "Le sommet de Bakou a suivi celui de Charm el-Cheikh; Belém accueille la COP30.", []string{"baku", "sharm-el-sheikh", "belem"}, nil},
		{"tr", "Kahramanmaraş ve Hatay'da deprem; Gaziantep'te yardım.", []string{"kahramanmaras", "hatay", "gaziantep"}, nil},
		{"ar", "قصف في غزة ودمشق وبيروت، واجتماع في القاهرة.", []string{"gaza", "damascus", "beirut", "cairo"}, nil},
		{"fa", "حمله به نطنز و فردو؛ نشستی در اصفهان و تبریز.", []string{"natanz", "fordow", "isfahan", "tabriz"}, nil},
		{"kk", "Камчатка мен Дағыстанда жер сілкінісі болды.", []string{"kamchatka", "dagestan"}, nil},
		{"es", "La cumbre de los BRICS en Johannesburgo y el G20 en Río de Janeiro.", []string{"johannesburg"}, nil},
		{"it", "Il vertice di Roma è seguito a quello di Milano e Atene.", []string{"milan", "athens"}, []string{"rome"}},
		{"en", "Queen Elizabeth II died at Balmoral; King Charles III addressed the nation.", []string{"elizabeth-ii", "charles-iii"}, nil},
		{"zh", "中国国家副主席韩正出席就职典礼，韩正式宣布。道德仁义。", []string{"han-zheng"}, []string{"naruhito"}},
		{"ja", "上川陽子外相と茂木敏充氏が会談した。", []string{"kamikawa", "motegi"}, nil},
		// Kyrgyz, Azerbaijani and Tajik: the region's names in their
		// spellings, with their case suffixes.
		{"ky", "Садыр Жапаров Бишкекте Токаевди тосуп алды. Кыргызстандын президенти Жапаровдун сапары.", []string{"japarov", "bishkek", "tokayev", "kyrgyzstan"}, nil},
		{"ky", "Казакстан менен Тажикстандын чек арасы; Орусиянын өкүлү Бээжинге барды.", []string{"kazakhstan", "tajikistan", "russia", "beijing"}, nil},
		{"az", "İlham Əliyev Bakıda Putinlə görüşdü; Ərdoğanla Ankarada danışdı.", []string{"aliyev", "baku", "putin", "erdogan", "ankara"}, nil},
		{"az", "Rusiyanın, Türkiyənin və Gürcüstanın nümayəndələri Qazaxıstana getdi.", []string{"russia", "turkey", "georgia", "kazakhstan"}, nil},
		{"tg", "Эмомалӣ Раҳмон дар Маскав бо Путин вохӯрд; Русия ва Қазоқистон, Хитой.", []string{"rahmon", "moscow", "putin", "russia", "kazakhstan", "china"}, nil},
		{"tg", "Президенти Тоҷикистон Ӯзбекистонро дастгирӣ кард.", []string{"tajikistan", "uzbekistan"}, nil},
		// An airline named after a country is no mention of the country.
		{"kk", "«Азербайжан әуе жолдары» (AZAL) компаниясының ұшағы Ақтау маңында апатқа ұшырады.", []string{"azal", "aktau"}, []string{"azerbaijan"}},
		{"az", "Azərbaycan Hava Yollarına məxsus təyyarə Aktau yaxınlığında qəzaya uğradı.", []string{"azal", "aktau"}, []string{"azerbaijan"}},
		// Organisations, and acronyms that are words.
		{"en", "The IAEA and the IMF met the Taliban; the UN Security Council voted.", []string{"iaea", "imf", "taliban", "un-security-council"}, nil},
		{"en", "Who will pay? Bad weather delayed the Security Council of Kazakhstan.", nil, []string{"who", "adb", "un-security-council"}},
		{"de", "Der IWF und die Weltbank warnten; Bad Ems liegt am Rhein.", []string{"imf", "world-bank"}, []string{"adb"}},
		{"ru", "МАГАТЭ и МВФ, ЕАБР и Росатом; ЧВК «Вагнер» и КСИР.", []string{"iaea", "imf", "edb", "rosatom", "wagner", "irgc"}, nil},
		{"ar", "أعلنت الوكالة الدولية للطاقة الذرية وحركة حماس وحزب الله.", []string{"iaea", "hamas", "hezbollah"}, nil},
		{"ar", "قال إن الحماس كبير بين الشباب.", nil, []string{"hamas"}},
		{"zh", "东南亚行动计划与国际原子能机构、塔利班。", []string{"iaea", "taliban"}, []string{"adb"}},
		// ANSA is the Italian news agency, in datelines of every language,
		// not a Spanish acronym of ASEAN.
		{"it", "ROMA, 12 MAR (ANSA) - Il vertice dell'ASEAN si apre domani.", []string{"asean"}, nil},
		{"es", "MOSCÚ, 12 mar (ANSA) - El presidente ruso habló con la prensa.", nil, []string{"asean"}},
	})
}

// TestShippedLayersKeepDisplayNames checks the hand-written files that add
// spellings to a name of another hand-written file (spellings_ky_tg_az.toml
// to people.toml and places.toml): the last file's first English spelling
// becomes the display name, so every file that names an id opens its
// English list with the same one.
func TestShippedLayersKeepDisplayNames(t *testing.T) {
	files, err := fs.Glob(knowledge.FS, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	first := map[string]string{} // id → "file: display name"
	for _, f := range files {
		if knowledge.IsCalendar(f) {
			continue
		}
		if f == knowledge.Generated {
			continue
		}
		b, err := fs.ReadFile(knowledge.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		names, err := ParseNames(f, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if prev, ok := first[n.ID]; ok && !strings.HasSuffix(prev, ": "+n.English) {
				t.Errorf("%s: %s is displayed %q, but %s", f, n.ID, n.English, prev)
			} else if !ok {
				first[n.ID] = f + ": " + n.English
			}
		}
	}
}

// foundCase is a sentence in lang and the name ids a finder must find in
// it (want) and must not (not).
type foundCase struct {
	lang, text string
	want, not  []string
}

// checkNamesFound runs finder over each case's sentence, read as an
// article of its language, and checks the ids found.
func checkNamesFound(t *testing.T, finder *NameFinder, cases []foundCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+" "+tc.text[:12], func(t *testing.T) {
			found := map[string]bool{}
			for _, m := range finder.Scanner().In(newTestArticle("a", tc.lang, tc.text)).Find(tc.text, 0, nil) {
				found[m.Ref] = true
			}
			for _, id := range tc.want {
				if !found[id] {
					t.Errorf("%s not found (found %v)", id, sortedKeys(found))
				}
			}
			for _, id := range tc.not {
				if found[id] {
					t.Errorf("%s found in %q", id, tc.text)
				}
			}
		})
	}
}
