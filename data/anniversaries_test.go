package data

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestYearFromAnniversary is rule 21 (anniversaries.go): the Nth
// anniversary of something whose year the lists know places the dates of
// its sentence, and the dateline of a lead that tells of it. Each row is
// a report of its own with no year of its own; want is the day the date
// written as mention is placed on ("" for left open), and article the
// day the report is dated to when its dateline is so placed.
func TestYearFromAnniversary(t *testing.T) {
	defer func(old func() time.Time) { today = old }(today)
	today = func() time.Time { return time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC) }
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, text, mention, want, article string }{
		// A country's independence, named in its sentence.
		{"en, dateline, independence", "Kazakhstan turns thirty\n\nASTANA, Dec 16 (Reuters) - Kazakhstan marked the 30th anniversary of its independence with a quiet ceremony in the capital, where officials laid flowers at the monument.",
			"Dec 16", "2021-12-16", "2021-12-16"},
		{"en, a guest's country is not the anchor", "Messages from abroad\n\nOn 16 December Chinese President Xi Jinping congratulated the people of Kazakhstan on the 30th anniversary of the country's independence and praised its ties with Beijing.",
			"16 December", "2021-12-16", ""},
		{"ru, dateline, годовщина", "Праздник в Бишкеке\n\nБишкек, 31 августа. Кыргызстан отмечает 33-ю годовщину независимости: на центральной площади прошёл концерт, а вечером был дан салют.",
			"31 августа", "2024-08-31", "2024-08-31"},
		{"uk, річниця in the sentence", "Свято у Києві\n\n24 серпня Україна відзначила 33-тю річницю незалежності скромною церемонією біля стели на Майдані, без параду.",
			"24 серпня", "2024-08-24", ""},
		{"tr, yıl dönümü", "Astana'da kutlama\n\nKazakistan, 16 Aralık'ta bağımsızlığının 30. yıl dönümünü sade bir törenle kutladı; törene yabancı konuk çağrılmadı.",
			"16 Aralık", "2021-12-16", ""},
		{"kk, dateline, жылдығы", "Астанадағы мереке\n\nАстана, 16 желтоқсан. Қазақстан Тәуелсіздіктің 30 жылдығын атап өтті, елордада салтанатты жиын өтті.",
			"16 желтоқсан", "2021-12-16", "2021-12-16"},
		{"uz, yilligi; the president stands for his country", "Bayram tabrigi\n\nToshkent, 1 sentyabr. Prezident Shavkat Mirziyoyev mustaqillikning 30 yilligi munosabati bilan xalqni tabrikladi. Poytaxtda bayram tadbirlari bo‘lib o‘tdi, kechqurun mushaklar otildi.",
			"1 sentyabr", "2021-09-01", "2021-09-01"},
		// An organisation's founding.
		{"de, dateline, NATO", "Nato feiert\n\nBRÜSSEL, 4. April (dpa) - Die NATO hat den 75. Jahrestag ihrer Gründung mit einem Treffen der Außenminister begangen, bei dem die Hilfe für die Ukraine im Mittelpunkt stand.",
			"4. April", "2024-04-04", "2024-04-04"},
		{"zh, dateline, 周年", "上合组织成立纪念\n\n新华社北京6月15日电 上海合作组织成立20周年纪念活动15日在北京举行，多国使节出席。",
			"6月15日", "2021-06-15", "2021-06-15"},
		{"ar, الذكرى الـ75", "احتفال في نيويورك\n\nفي 24 أكتوبر، أحيت الأمم المتحدة الذكرى الـ75 لتأسيسها بجلسة خاصة للجمعية العامة حضرها عدد محدود من المندوبين.",
			"24 أكتوبر", "2020-10-24", ""},
		// The victory of 1945.
		{"fr, victoire", "Défilé à Moscou\n\nLe 9 mai, la Russie a célébré le 80e anniversaire de la victoire sur l'Allemagne nazie par un défilé sur la place Rouge.",
			"9 mai", "2025-05-09", ""},
		{"it, ottantesimo", "Parata a Pechino\n\nIl 3 settembre Pechino ha celebrato l'ottantesimo anniversario della vittoria nella seconda guerra mondiale con una grande parata militare.",
			"3 settembre", "2025-09-03", ""},
		{"nl, tachtigste", "Parade in Moskou\n\nOp 9 mei vierde Rusland de tachtigste verjaardag van de overwinning op nazi-Duitsland met een grote parade op het Rode Plein.",
			"9 mei", "2025-05-09", ""},
		{"pt, 80.º", "Desfile em Moscovo\n\nNo dia 9 de maio, a Rússia celebrou o 80.º aniversário da vitória sobre a Alemanha nazi com um desfile militar.",
			"9 de maio", "2025-05-09", ""},
		{"pl, rocznica", "Parada w Moskwie\n\n9 maja Rosja obchodziła 80. rocznicę zwycięstwa w II wojnie światowej wielką paradą na placu Czerwonym.",
			"9 maja", "2025-05-09", ""},
		{"en, dateline, the anchor's year written", "Red Square parade\n\nMOSCOW, May 9 (Reuters) - Russia marked the 80th anniversary of the 1945 victory over Nazi Germany with a parade on Red Square.",
			"May 9", "2025-05-09", "2025-05-09"},
		{"kk, the 75th: half a year after the 9 May", "Шеру\n\n24 маусымда Мәскеуде Ұлы Отан соғысындағы Жеңістің 75 жылдығына арналған шеру өтті.",
			"24 маусымда", "2020-06-24", ""},
		// The invasion of Ukraine.
		{"es, tercer aniversario", "Kiev recuerda\n\nEl 24 de febrero, en el tercer aniversario de la invasión rusa de Ucrania, decenas de líderes europeos viajaron a Kiev.",
			"24 de febrero", "2025-02-24", ""},
		{"tr, of two anchors the one by the anniversary word", "Karar kabul edildi\n\nBirleşmiş Milletler Genel Kurulu, Rusya'nın Ukrayna'yı işgalinin ikinci yıl dönümü öncesinde, 22 Şubat'ta yaptığı oturumda yeni bir karar tasarısını görüştü.",
			"22 Şubat", "2024-02-22", ""},
		// Left open.
		{"en, the outbreak of the war is another year", "Poland remembers\n\nOn 1 September, Poland marked the 80th anniversary of the outbreak of the Second World War with ceremonies in Gdańsk.",
			"1 September", "", ""},
		{"en, a battle is another year", "Volgograd remembers\n\nOn 2 February, Volgograd marked the 80th anniversary of the victory in the Battle of Stalingrad, a turning point of the Second World War.",
			"2 February", "", ""},
		{"en, relations: years the lists do not know", "Astana and Beijing\n\nOn 3 January Kazakhstan and China marked the 30th anniversary of diplomatic relations, established soon after Kazakhstan's independence.",
			"3 January", "", ""},
		{"en, membership", "A jubilee in Astana\n\nOn 15 June Kazakhstan celebrated the 20th anniversary of its membership of the SCO with a conference on regional security.",
			"15 June", "", ""},
		{"en, announced: the dateline is not of the anniversary's year", "Parade plans\n\nMOSCOW, Dec 28 (Reuters) - Russia will hold a parade next year for the 80th anniversary of the victory over Nazi Germany, the Kremlin said.",
			"Dec 28", "", ""},
		{"en, a dateline whose lead recalls a past jubilee", "Veterans remember\n\nBEIJING, Sept 3 (Reuters) - Veterans gathered to recall the parade held in 2015 for the 70th anniversary of the victory in the Second World War.",
			"Sept 3", "", ""},
		{"en, two ordinals", "Beijing parade\n\nOn 3 September Beijing, which held a parade for the 70th anniversary as well, marked the 80th anniversary of the victory in the Second World War.",
			"3 September", "", ""},
		{"en, a year written that is neither", "Parade\n\nOn 9 May, as in 2020, Russia marked the 80th anniversary of the victory over Nazi Germany with a parade.",
			"9 May", "", ""},
		{"en, two countries' independence", "Neighbours\n\nOn 31 August Kyrgyzstan and Tajikistan each marked the 30th anniversary of independence with concerts in their capitals.",
			"31 August", "", ""},
		{"tr, an organisation's first anniversary is history", "Genel Kurul toplandı\n\nNEW YORK, 24 Şubat (AA) - BM Genel Kurulu, işgalin birinci yıl dönümünde olağanüstü oturumla toplandı ve bir karar tasarısını görüştü.",
			"24 Şubat", "", ""},
		{"en, two anchors equally near", "Jubilees\n\nOn 3 October the Organization of Turkic States and the SCO marked their 15th anniversary with receptions in Baku and Beijing.",
			"3 October", "", ""},
		{"en, no anchor", "A jubilee\n\nOn 12 June the theatre marked the 50th anniversary of its first season with a gala.", "12 June", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := oneReport(t, cur, "r.txt", c.text)
			found := false
			for _, m := range a.Mentions {
				if !strings.Contains(m.Text, c.mention) {
					continue
				}
				found = true
				got := ""
				if m.Resolved() {
					got = m.Span.Start().String()
				}
				if got != c.want {
					t.Errorf("%q placed on %q (%s; language %s); want %q", m.Text, got, m.Reason, a.Language, c.want)
				}
			}
			if !found {
				var texts []string
				for _, m := range a.Mentions {
					texts = append(texts, m.Text)
				}
				t.Fatalf("no mention %q among %q (language %s)", c.mention, texts, a.Language)
			}
			if got := dayOrNone(a.Date); c.article != "" && got != c.article {
				t.Errorf("dated %q (%s); want %q", got, a.DateReason, c.article)
			}
		})
	}
}

// TestAnniversaryOrdinals reads the ordinal written with an anniversary
// word in each language's forms, and refuses the last or first word of a
// compound ordinal.
func TestAnniversaryOrdinals(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []int
	}{
		{"en", "the bloc's 20th anniversary", []int{20}},
		{"en", "its eightieth anniversary", []int{80}},
		{"en", "the 2021 anniversary gala", []int{2021}}, // a year: too late to be an ordinal (of refuses it)
		{"fr", "le 75e anniversaire", []int{75}},
		{"de", "den 75. Jahrestag", []int{75}},
		{"nl", "de tachtigste verjaardag", []int{80}},
		{"es", "el 80.º aniversario", []int{80}},
		{"es", "el vigésimo quinto aniversario", nil},
		{"pt", "o 80.º aniversário", []int{80}},
		{"it", "l'80° anniversario", []int{80}},
		{"ru", "к 80-летию Победы", []int{80}},
		{"ru", "33-ю годовщину независимости", []int{33}},
		{"ru", "за последнее десятилетие", nil},
		{"uk", "33-тю річницю", []int{33}},
		{"pl", "80. rocznicę", []int{80}},
		{"tr", "1700. yıl dönümü", []int{1700}},
		{"tr", "işgalin birinci yıl dönümü", []int{1}},
		{"tr", "yetmiş beşinci yıl dönümü", nil},
		{"kk", "80 жылдығына арналған", []int{80}},
		{"uz", "33 yilligi munosabati bilan", []int{33}},
		{"zh", "成立75周年", []int{75}},
		{"ar", "الذكرى الثمانين للنصر", []int{80}},
		{"ar", "الذكرى الـ80 للنصر", []int{80}},
		{"ar", "الذكرى السنوية الـ75", []int{75}},
		{"ar", "الذكرى الخامسة والعشرين", nil},
		{"fa", "چهارمین سالگرد", []int{4}},
	} {
		lex := anniversaryWordsFor(c.lang)
		var got []int
		for _, o := range lex.ordinals(lowerPlain(c.text)) {
			got = append(got, o.n)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s %q: ordinals %v; want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestFoundedInNamesFile reads the founded field and refuses what is no
// date, and a person founded.
func TestFoundedInNamesFile(t *testing.T) {
	names, err := ParseNames("names.toml", []byte("[[name]]\nid = \"sco\"\nkind = \"organisation\"\nen = [\"SCO\"]\nfounded = \"2001-06-15\"\n"))
	if err != nil || len(names) != 1 || names[0].Founded != DayDate(2001, 6, 15) {
		t.Fatalf("founded read as %v (%v)", names, err)
	}
	for _, bad := range []string{
		"[[name]]\nid = \"sco\"\nkind = \"organisation\"\nen = [\"SCO\"]\nfounded = \"June 2001\"\n",
		"[[name]]\nid = \"tokayev\"\nkind = \"person\"\nen = [\"Tokayev\"]\nfounded = \"1953-05-17\"\n",
	} {
		if _, err := ParseNames("names.toml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "names.toml:5") {
			t.Errorf("%q: error %v; want one at names.toml:5", bad, err)
		}
	}
}

// TestShippedFounded checks the founding days the shipped lists give, and
// that no two countries' competing national days crept in (see the
// comment of places.toml).
func TestShippedFounded(t *testing.T) {
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"kazakhstan": "1991-12-16", "uzbekistan": "1991-08-31", "china": "1949-10-01", "sco": "2001-06-15", "un": "1945-10-24",
		"azerbaijan": "", "georgia": "", "belarus": "", "russia": "", "csto": "", "eaeu": "", "osce": "", "brics": "", "eu": ""}
	for _, n := range cur.Names {
		w, ok := want[n.ID]
		if !ok {
			continue
		}
		if got := dayOrNone(n.Founded); got != w {
			t.Errorf("%s founded %q; want %q", n.ID, got, w)
		}
		delete(want, n.ID)
	}
	if len(want) > 0 {
		t.Errorf("not in the shipped lists: %v", want)
	}
}

// appendLowerPlain writes what lowerPlain returns, dots of Turkish "İ"
// dropped wherever they stand, into a buffer that already holds text.
func TestAppendLowerPlainAsLowerPlain(t *testing.T) {
	for _, s := range []string{"", "abc", "İşgal", "İİİ", "i\u0307", "\u0307\u0307x\u0307", "ŞEHİT İZMİR'DE",
		"Годовщина ПОБЕДЫ", "80 YIL DÖNÜMÜ İçin", "bad \xff byte İ", "\u0130\u0307", "周年 İ"} {
		got := appendLowerPlain([]byte("kept"), s)
		if want := "kept" + lowerPlain(s); string(got) != want {
			t.Errorf("appendLowerPlain(%q) = %q, want %q", s, got, want)
		}
	}
}
