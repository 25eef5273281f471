package language

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The language samples are short news items written for this test, three
// to six per language, in testdata/langs/<code>-<n>.txt; the file name
// states the language the text was written in. Twenty-six languages: nl,
// de, en, fr, es, it, pt, pl, cs, sk, tr, az, tk, uz (Latin uz-1…3,
// Cyrillic uz-4…6), ru, uk, be, sr, mk, kk, ky, mn, tg, ar, fa, ur, zh,
// ja, ko.
//
// Measured accuracy. The first 41 samples (13 languages): 41 of 41 on the
// first run. The 39 samples added with kk, uz, ky, tg, tk, az, ur, be, pl,
// cs, ja and ko: 38 of 39 on the first run, before any list or threshold
// was adjusted to them (uz-2 had one function word and three o' letters,
// too little; "ko'ra" joined the list, and q without u became evidence for
// Uzbek and Azerbaijani); 80 of 80 then. The 26 sentences of
// languageTests added at the same time were all right on the first run.
// Slovak, Serbian and Macedonian came next (6 samples and 4 sentences, all
// right on the first run); with them, Czech cs-1 fell to "" (Slovak shares
// most of its function words) until ě ř ů and ľ ĺ ŕ were made to rule the
// other out. Mongolian was added after two Mongolian sentences came out as
// Kyrgyz and Russian (they share ө ү); its 2 samples and 1 sentence are
// right. 88 of 88 now. The five seeds are right too
// (TestReadArticlesSeeds), and so are all 400 articles of a synthetic
// corpus (TestGeneratedCorpus). On ../shared/corpora/dev-news (54 reports
// in 16 languages, never read for this) score.py gives 54/54, up from
// 49/54 (kk, uz and pl were not known).
//
// The narrowest Latin margins are between neighbours: Turkish tr-2 (2.25
// against 1.0 for English), Dutch against German in de-3 (6.0 for German,
// 3.2 for Dutch). Texts of a sentence or less are the weak spot: below two
// weighted function words Detect returns "".
func TestDetectSamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "langs", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no language samples: %v", err)
	}
	right := 0
	for _, f := range files {
		want, _, _ := strings.Cut(filepath.Base(f), "-")
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := Detect(string(raw))
		if got == want {
			right++
			continue
		}
		t.Errorf("%s: Detect = %q, want %q", filepath.Base(f), got, want)
	}
	t.Logf("accuracy on %d samples: %d right (%.0f%%)", len(files), right, 100*float64(right)/float64(len(files)))
}

// languageTests are texts Detect must get right, including the ones
// it must refuse: too short, only names, or mixed beyond telling.
var languageTests = []struct {
	name, text, want string
}{
	{"empty", "", ""},
	{"a name", "Xi Jinping", ""},
	{"name and year", "Samarkand 2022", ""},
	{"acronyms", "SCO CSTO COVID-19", ""},
	{"one shared word", "in de", ""},
	{"arabic name only", "شي", ""},
	{"two dutch words", "de Chinese leider", ""},
	{"dutch sentence", "De Chinese leider is vrijdag in Samarkand aangekomen voor een top van de SSO.", "nl"},
	{"german sentence", "Der chinesische Präsident ist am Dienstag in Kasachstan eingetroffen, wo er mit Tokajew sprach.", "de"},
	{"english sentence", "The Chinese leader arrived in Samarkand on Thursday for a summit of the SCO.", "en"},
	{"french sentence", "Le dirigeant chinois est arrivé jeudi à Samarcande pour un sommet de l'OCS.", "fr"},
	{"russian sentence", "Председатель КНР Си Цзиньпин прибыл в Самарканд на саммит ШОС.", "ru"},
	{"ukrainian sentence", "Голова КНР Сі Цзіньпін прибув до Самарканда на саміт ШОС.", "uk"},
	{"arabic sentence", "وصل الرئيس الصيني شي جين بينغ إلى سمرقند لحضور قمة منظمة شنغهاي للتعاون.", "ar"},
	{"persian sentence", "رئیس جمهور چین برای شرکت در نشست سازمان همکاری شانگهای وارد سمرقند شد.", "fa"},
	{"chinese sentence", "中国国家主席习近平抵达撒马尔罕，出席上海合作组织峰会。", "zh"},
	{"arabic with latin names", "قال مسؤول في SCO إن COVID-19 أثر على التجارة مع الصين وروسيا وكازاخستان.", "ar"},
	{"dutch with german names", "De Duitse bondskanselier Olaf Scholz heeft woensdag in Berlijn gezegd dat hij niet naar de top gaat.", "nl"},

	// Cyrillic beyond Russian: the letters each language adds decide.
	{"kazakh sentence", "Қытай төрағасы Си Цзиньпин бейсенбі күні Астанаға мемлекеттік сапармен келді.", "kk"},
	{"kyrgyz sentence", "Кытайдын төрагасы Си Цзиньпин бейшемби күнү Бишкекке мамлекеттик сапар менен келди.", "ky"},
	{"uzbek cyrillic sentence", "Хитой раиси Си Цзиньпин пайшанба куни Самарқандга давлат ташрифи билан келди.", "uz"},
	{"tajik sentence", "Раиси Ҷумҳурии Мардумии Чин рӯзи панҷшанбе бо сафари давлатӣ ба Душанбе омад.", "tg"},
	{"belarusian sentence", "Старшыня КНР Сі Цзіньпін у чацвер прыбыў у Астану з дзяржаўным візітам.", "be"},
	{"ukrainian without є ї ґ", "Голова КНР Сі Цзіньпін у четвер прибув до Астани з державним візитом.", "uk"},
	{"russian quoting kazakh names", "Президент Казахстана Қасым-Жомарт Тоқаев заявил во вторник, что правительство подготовит новые меры поддержки для фермеров.", "ru"},
	{"bulgarian sentence", "Китайският президент пристигна в четвъртък в Астана на държавно посещение, съобщиха от министерството.", "bg"},
	{"serbian sentence", "Кинески председник је у четвртак допутовао у државну посету Астани, где се састао са председником.", "sr"},
	{"macedonian sentence", "Кинескиот претседател во четвртокот пристигна во државна посета на Астана, каде што се сретна со претседателот.", "mk"},
	{"mongolian sentence", "Монгол Улсын Ерөнхийлөгч пүрэв гарагт Улаанбаатар хотноо Хятадын Гадаад хэргийн сайдыг хүлээн авч уулзлаа. Уулзалтын үеэр хоёр улсын хамтын ажиллагааны асуудлыг ярилцав.", "mn"},
	{"kazakh word alone", "Қазақстан", ""},
	{"cyrillic name list", "Тоқаев, Мирзиёев, Жапаров", ""},

	// Latin-script Turkic languages, Polish and Czech.
	{"uzbek latin sentence", "Xitoy raisi Si Szinpin payshanba kuni Samarqandga davlat tashrifi bilan keldi va o'zbek hamkasbi bilan uchrashdi.", "uz"},
	{"uzbek latin with modifier apostrophe", "Oʻzbekiston va Qozogʻiston chegara boʻyicha yangi kelishuv imzoladi, deb xabar berdi vazirlik.", "uz"},
	{"azerbaijani sentence", "Çin sədri Si Cinpin cümə axşamı dövlət səfəri ilə Astanaya gəlib və həmkarı ilə görüşüb.", "az"},
	{"turkmen sentence", "Hytaýyň Başlygy Si Szinpin penşenbe güni döwlet sapary bilen Aşgabada geldi we hyzmatdaşlyk barada gepleşik geçirdi.", "tk"},
	{"turkish sentence", "Çin Devlet Başkanı Şi Cinping perşembe günü resmi bir ziyaret için Astana'ya geldi ve mevkidaşı ile görüştü.", "tr"},
	{"polish sentence", "Przewodniczący ChRL Xi Jinping przybył w czwartek do Astany z wizytą państwową i spotkał się z prezydentem.", "pl"},
	{"czech sentence", "Čínský prezident Si Ťin-pching přicestoval ve čtvrtek na státní návštěvu do Astany, kde se setkal s prezidentem.", "cs"},
	{"spanish sentence", "El presidente chino llegó el jueves a Astaná para una visita de Estado y se reunió con su homólogo.", "es"},
	{"italian sentence", "Il presidente cinese è arrivato giovedì ad Astana per una visita di Stato e ha incontrato il suo omologo.", "it"},
	{"portuguese sentence", "O presidente chinês chegou na quinta-feira a Astana para uma visita de Estado e reuniu-se com o seu homólogo.", "pt"},
	{"turkic words too few", "Bu yil", ""},
	{"slovak sentence", "Čínsky prezident pricestoval vo štvrtok na štátnu návštevu do Astany, kde sa stretol s prezidentom.", "sk"},
	{"croatian is not taken for czech", "Hrvatska vlada objavila je u srijedu da će cijene goriva biti snižene od sljedećeg mjeseca, a odluka je donesena nakon razgovora s uvoznicima.", ""},

	// Arabic script: Persian and Urdu letters and words.
	{"urdu sentence", "چین کے صدر شی جن پنگ جمعرات کو سرکاری دورے پر آستانہ پہنچے اور اپنے ہم منصب سے ملاقات کی۔", "ur"},
	{"persian typed with arabic yeh and kaf", "رييس جمهور چين روز پنجشنبه براي يك سفر رسمي وارد آستانه شد و با همتاي خود در كاخ رياست جمهوري ديدار كرد.", "fa"},

	// East Asian scripts.
	{"japanese sentence", "中国の習近平国家主席は木曜日、国賓としてアスタナに到着した。", "ja"},
	{"korean sentence", "시진핑 중국 국가주석이 목요일 국빈 방문을 위해 아스타나에 도착했다.", "ko"},
	{"han alone is chinese", "习近平周四抵达阿斯塔纳进行国事访问。", "zh"},
}

// TestFunctionWordLists checks the hand-made lists: no word listed twice
// for one language (it would count double), none lost to spelling.
func TestFunctionWordLists(t *testing.T) {
	for l, list := range functionWordLists {
		seen := map[string]bool{}
		for _, w := range strings.Fields(list) {
			f := wordForm(w)
			if f == "" || seen[f] {
				t.Errorf("%s: %q listed twice or empty as %q", scoredCodes[l], w, f)
			}
			seen[f] = true
		}
	}
}

func TestDetect(t *testing.T) {
	for _, tt := range languageTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, tt := range languageTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Detect(text)
		if got != "" && len(got) != 2 {
			t.Errorf("Detect(%q) = %q, not a two-letter code", text, got)
		}
	})
}

// BenchmarkDetect identifies every sample of testdata/langs once
// per iteration: as they are (short texts, where the fixed cost shows),
// and each repeated to 8 kB (an article, where the reading speed does).
// SetBytes makes the figure a reading speed.
func BenchmarkDetect(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "langs", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no language samples: %v", err)
	}
	var short, long []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		short = append(short, string(raw))
		long = append(long, strings.Repeat(string(raw), 8<<10/len(raw)+1))
	}
	for _, bench := range []struct {
		name  string
		texts []string
	}{{"samples", short}, {"8kB", long}} {
		b.Run(bench.name, func(b *testing.B) {
			size := 0
			for _, t := range bench.texts {
				size += len(t)
			}
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, t := range bench.texts {
					Detect(t)
				}
			}
		})
	}
}

// TestNameCoversDetection checks that every code Detect
// can return has an English name.
func TestNameCoversDetection(t *testing.T) {
	codes := []string{"ja", "ko", "zh", "he", "el"}
	for _, c := range scoredCodes {
		if c != "" {
			codes = append(codes, c)
		}
	}
	for _, c := range codes {
		if name := Name(c); name == c || name == "" {
			t.Errorf("Name(%q) = %q", c, name)
		}
	}
	if Name("") != "unknown language" || Name("xx") != "xx" {
		t.Errorf("Name of unknown codes: %q, %q", Name(""), Name("xx"))
	}
}
