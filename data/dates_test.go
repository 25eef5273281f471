package data

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	dpsdate "github.com/markusmobius/go-dateparser/date"

	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// datesArticle builds an article from text: every non-empty line is a
// paragraph, and header ("2022-09" or "") is the parsed header.
func datesArticle(t testing.TB, lang, header, text string) *Article {
	t.Helper()
	h, err := ParseDate(header)
	if err != nil {
		t.Fatal(err)
	}
	a := &Article{ID: "test", Text: text, Language: lang, Header: h}
	offset := 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			start := offset + strings.Index(line, trimmed)
			a.Paragraphs = append(a.Paragraphs, Paragraph{Start: start, End: start + len(trimmed), Text: trimmed, Count: 1})
		}
		offset += len(line)
	}
	return a
}

// spanString writes a mention's span as "2022-09-15..2022-09-16", "2019" or
// "" when unresolved.
func spanString(s Span) string {
	if s.End.IsZero() {
		return s.Start.String()
	}
	return s.Start.String() + ".." + s.End.String()
}

// wantMention is one expected mention: its words, kind and span.
type wantMention struct {
	text string
	kind MentionKind
	span string
}

// findDatesCases are short texts written for these tests, by language.
var findDatesCases = []struct {
	name   string
	lang   string
	header string
	text   string
	want   []wantMention
}{
	// Dutch
	{"nl full date", "nl", "", "De opstand begon op 2 januari 2022 in Zhanaozen.",
		[]wantMention{{"op 2 januari 2022", MentionExplicit, "2022-01-02"}}},
	{"nl day without year, header", "nl", "2022-01", "De opstand begon op 2 januari.",
		[]wantMention{{"op 2 januari", MentionExplicit, "2022-01-02"}}},
	{"nl day without year, no header", "nl", "", "De opstand begon op 2 januari.",
		[]wantMention{{"op 2 januari", MentionExplicit, ""}}},
	{"nl month of the year before the header", "nl", "2022-01", "In december was het nog rustig.",
		[]wantMention{{"In december", MentionExplicit, "2021-12"}}},
	{"nl month and year", "nl", "", "De covid-uitbraak in januari 2020 veranderde alles.",
		[]wantMention{{"in januari 2020", MentionExplicit, "2020-01"}}},
	{"nl year range", "nl", "", "Hij leidde het land van 1989 tot 2019 met ijzeren hand.",
		[]wantMention{{"van 1989 tot 2019", MentionExplicit, "1989..2019"}}},
	{"nl numbers that are not dates", "nl", "", "China kan 2000 politieagenten trainen; er zijn 3.700 mensen opgepakt en 26 doden. Jan Peeters en de SSO.",
		nil},
	{"nl weekdays", "nl", "", "Xi was vrijdag in Samarkand. De opstand is al sinds zondag aan de gang. Op dinsdagavond sprak hij.",
		[]wantMention{{"vrijdag", MentionWeekday, ""}, {"sinds zondag", MentionWeekday, ""}, {"Op dinsdagavond", MentionWeekday, ""}}},
	{"nl relative", "nl", "", "Vorig jaar groeide de economie, vorige week niet, en gisteren viel de regering.",
		[]wantMention{{"Vorig jaar", MentionRelative, ""}, {"vorige week", MentionRelative, ""}, {"gisteren", MentionRelative, ""}}},

	// German
	{"de day with ordinal dot", "de", "", "Der Gipfel begann am 15. September 2022 in Samarkand.",
		[]wantMention{{"am 15. September 2022", MentionExplicit, "2022-09-15"}}},
	{"de month", "de", "", "Der Gipfel in Xi'an fand im Mai 2023 statt.",
		[]wantMention{{"im Mai 2023", MentionExplicit, "2023-05"}}},
	{"de year", "de", "", "Seit 2019 ist das so. Die SCO besteht aus acht Staaten, die zusammenarbeiten.",
		[]wantMention{{"Seit 2019", MentionExplicit, "2019"}}},
	{"de weekdays, not die", "de", "", "Xi hat am Dienstag geschworen. Die Besuche von Mittwoch bis Freitag. Am Freitagabend flog er.",
		[]wantMention{{"am Dienstag", MentionWeekday, ""}, {"von Mittwoch bis Freitag", MentionWeekday, ""}, {"Am Freitagabend", MentionWeekday, ""}}},
	{"de relative", "de", "", "Letztes Jahr war es anders, vergangene Woche auch, gestern nicht; diese Woche reist er.",
		[]wantMention{{"Letztes Jahr", MentionRelative, ""}, {"vergangene Woche", MentionRelative, ""}, {"gestern", MentionRelative, ""}, {"diese Woche", MentionRelative, ""}}},

	// Arabic
	{"ar day range", "ar", "2022-09", "لحضور قمة منظمة شنغهاي للتعاون المقرر عقدها في الفترة من 15 إلى 16 سبتمبر.",
		[]wantMention{{"من 15 إلى 16 سبتمبر", MentionExplicit, "2022-09-15..2022-09-16"}}},
	{"ar year after عام", "ar", "", "أجريت مثل هذه التدريبات في عام 2019 ، لكنها عُلقت.",
		[]wantMention{{"في عام 2019", MentionExplicit, "2019"}}},
	{"ar month and year", "ar", "", "تعود رحلته الأخيرة إلى الخارج إلى يناير 2020 في بورما.",
		[]wantMention{{"يناير 2020", MentionExplicit, "2020-01"}}},
	{"ar Arabic-Indic digits", "ar", "", "عقدت القمة في ١٥ سبتمبر ٢٠٢٢ في سمرقند.",
		[]wantMention{{"في ١٥ سبتمبر ٢٠٢٢", MentionExplicit, "2022-09-15"}}},
	{"ar Levantine month", "ar", "", "بدأت الاحتجاجات في 2 كانون الثاني 2022.",
		[]wantMention{{"في 2 كانون الثاني 2022", MentionExplicit, "2022-01-02"}}},
	{"ar weekdays", "ar", "", "يزور الرئيس قازاقستان يوم الأربعاء، ووصل الوفد الخميس، وعاد والجمعة كلا الاثنين.",
		[]wantMention{{"يوم الأربعاء", MentionWeekday, ""}, {"الخميس", MentionWeekday, ""}, {"والجمعة", MentionWeekday, ""}}},
	{"ar relative", "ar", "", "فشلت في إخماد المناوشات العام الماضي، وقال أمس إن الأسبوع الماضي كان صعبا.",
		[]wantMention{{"العام الماضي", MentionRelative, ""}, {"أمس", MentionRelative, ""}, {"الأسبوع الماضي", MentionRelative, ""}}},

	// English
	{"en month first", "en", "", "The declaration was signed on July 4, 2024 in Astana.",
		[]wantMention{{"on July 4, 2024", MentionExplicit, "2024-07-04"}}},
	{"en weekday before a date", "en", "", "It ended on Friday, 16 September 2022.",
		[]wantMention{{"on Friday, 16 September 2022", MentionExplicit, "2022-09-16"}}},
	{"en may is a month only as a date", "en", "", "You may go. The summit was held in May. It grew in 2019.",
		[]wantMention{{"in May", MentionExplicit, ""}, {"in 2019", MentionExplicit, "2019"}}},
	{"en weekdays", "en", "", "Xi arrived on Wednesday and left last Friday; on Sunday he rested.",
		[]wantMention{{"on Wednesday", MentionWeekday, ""}, {"last Friday", MentionWeekday, ""}, {"on Sunday", MentionWeekday, ""}}},
	{"en relative", "en", "", "Last year the trade grew; this week it fell; yesterday it rose.",
		[]wantMention{{"Last year", MentionRelative, ""}, {"this week", MentionRelative, ""}, {"yesterday", MentionRelative, ""}}},

	// French
	{"fr full date", "fr", "", "Le traité a été signé le 4 juillet 2024 à Astana.",
		[]wantMention{{"le 4 juillet 2024", MentionExplicit, "2024-07-04"}}},
	{"fr ordinal and year", "fr", "", "La réunion du 1er mai 2021 a eu lieu en 2019 aussi.",
		[]wantMention{{"du 1er mai 2021", MentionExplicit, "2021-05-01"}, {"en 2019", MentionExplicit, "2019"}}},
	{"fr mars with a year", "fr", "", "Depuis mars 2020, rien; la planète mars brille.",
		[]wantMention{{"Depuis mars 2020", MentionExplicit, "2020-03"}}},
	{"fr weekdays", "fr", "", "Il est arrivé lundi, reparti vendredi dernier et reviendra mercredi.",
		[]wantMention{{"lundi", MentionWeekday, ""}, {"vendredi dernier", MentionWeekday, ""}, {"mercredi", MentionWeekday, ""}}},
	{"fr relative", "fr", "", "L'année dernière, hier et cette semaine, aujourd'hui encore.",
		[]wantMention{{"L'année dernière", MentionRelative, ""}, {"hier", MentionRelative, ""}, {"cette semaine", MentionRelative, ""}, {"aujourd'hui", MentionRelative, ""}}},

	// Russian
	{"ru full date", "ru", "", "Саммит прошёл 17 июня 2025 года в Астане.",
		[]wantMention{{"17 июня 2025 года", MentionExplicit, "2025-06-17"}}},
	{"ru day range", "ru", "", "Учения прошли с 1 по 3 марта 2023 года.",
		[]wantMention{{"с 1 по 3 марта 2023 года", MentionExplicit, "2023-03-01..2023-03-03"}}},
	{"ru year", "ru", "", "Это случилось в 2019 году.",
		[]wantMention{{"в 2019 году", MentionExplicit, "2019"}}},
	{"ru weekdays, not environment", "ru", "", "В понедельник он прилетел, во вторник встретился, в среду уехал. Окружающая среда важна.",
		[]wantMention{{"В понедельник", MentionWeekday, ""}, {"во вторник", MentionWeekday, ""}, {"в среду", MentionWeekday, ""}}},
	{"ru relative", "ru", "", "В прошлом году было иначе, вчера тоже, на этой неделе нет.",
		[]wantMention{{"В прошлом году", MentionRelative, ""}, {"вчера", MentionRelative, ""}, {"на этой неделе", MentionRelative, ""}}},

	// Unknown language: every word list.
	{"unknown language", "", "", "Le 4 juillet 2024 et am Dienstag.",
		[]wantMention{{"Le 4 juillet 2024", MentionExplicit, "2024-07-04"}, {"am Dienstag", MentionWeekday, ""}}},
	{"numeric day-first", "nl", "", "Gedateerd 02.01.2022 en 2022-01-07.",
		[]wantMention{{"02.01.2022", MentionExplicit, "2022-01-02"}, {"2022-01-07", MentionExplicit, "2022-01-07"}}},
	{"numeric month-first in English", "en", "", "Dated 1/7/2022.",
		[]wantMention{{"1/7/2022", MentionExplicit, "2022-01-07"}}},
	{"impossible day", "de", "", "Am 31. Februar 2022 und am 29. Februar 2023.",
		nil},
}

func TestFindDates(t *testing.T) {
	for _, c := range findDatesCases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			findDates(a)
			checkMentions(t, a, c.want)
		})
	}
}

// checkMentions compares an article's mentions with the expected ones.
func checkMentions(t *testing.T, a *Article, want []wantMention) {
	t.Helper()
	var got []wantMention
	for _, m := range a.Mentions {
		if a.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q: Text[%d:%d] is %q", m.Text, m.Start, m.End, a.Text[m.Start:m.End])
		}
		got = append(got, wantMention{m.Text, m.Kind, spanString(m.Span.Span())})
	}
	if len(got) != len(want) {
		t.Fatalf("got %d mentions %+v, want %+v", len(got), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("mention %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// mentionsNamed returns the mentions of a whose text is words, and marks
// the test failed when there is none.
func mentionsNamed(t *testing.T, a *Article, words string) []DateMention {
	t.Helper()
	var named []DateMention
	for _, m := range a.Mentions {
		if m.Text == words {
			named = append(named, m)
		}
	}
	if len(named) == 0 {
		t.Errorf("%q: no mention %q in %+v", a.Text, words, a.Mentions)
	}
	return named
}

// TestFindDatesPrecision checks that the precision follows the words.
func TestFindDatesPrecision(t *testing.T) {
	a := datesArticle(t, "nl", "2022-01", "In januari 2020, op 2 januari en in 2019.")
	findDates(a)
	want := []Precision{Month, Day, Year}
	if len(a.Mentions) != len(want) {
		t.Fatalf("got %d mentions, want %d", len(a.Mentions), len(want))
	}
	for i, m := range a.Mentions {
		if m.Span.Span().Start.Precision != want[i] {
			t.Errorf("%q: precision %s, want %s", m.Text, m.Span.Span().Start.Precision, want[i])
		}
	}
}

// TestReadMentionRoundTrip checks that every mention's own words read back
// as one phrase: dateArticle relies on it.
func TestReadMentionRoundTrip(t *testing.T) {
	for _, c := range findDatesCases {
		a := datesArticle(t, c.lang, "", c.text)
		findDates(a)
		for _, m := range a.Mentions {
			w, ok := readMention(&dateScanner{lex: lexiconFor(c.lang)}, m.Text)
			if !ok || w.kind != m.Kind {
				t.Errorf("%s: %q reads back as %v %v", c.name, m.Text, w.kind, ok)
			}
		}
	}
}

// dateparserReference is the fixed "now" handed to go-dateparser, so that
// its answers never depend on the machine's clock.
var dateparserReference = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// dateparserLocales are the go-dateparser locales a language's words come
// from (see data/internal/gendatewords).
func dateparserLocales(code string) []string {
	switch code {
	case "uz":
		return []string{"uz-Latn", "uz-Cyrl"}
	case "az":
		return []string{"az-Latn", "az-Cyrl"}
	case "zh":
		return []string{"zh", "zh-Hant"}
	}
	return []string{code}
}

// TestMonthWordsAgreeWithDateparser checks the hand-written month names
// against go-dateparser's reading of "15 <month>", day first, both parts
// required so that nothing is filled in.
func TestMonthWordsAgreeWithDateparser(t *testing.T) {
	for _, lang := range dateLanguages {
		for i := range 12 {
			for _, w := range slices.Concat(lang.months[i], lang.abbreviations[i]) {
				cfg := &dps.Configuration{
					Languages:     dateparserLocales(lang.code),
					CurrentTime:   dateparserReference,
					DateOrder:     dps.DMY,
					RequiredParts: []string{"day", "month"},
				}
				d, err := dps.Parse(cfg, "15 "+w)
				if err != nil || d.Time.Month() != time.Month(i+1) || d.Time.Day() != 15 {
					t.Errorf("%s %q: dateparser reads %v (%v), want month %d", lang.code, w, d.Time, err, i+1)
				}
			}
		}
	}
}

// TestWeekdayWordsAgreeWithDateparser checks the weekday names against
// go-dateparser's reading of the word alone.
func TestWeekdayWordsAgreeWithDateparser(t *testing.T) {
	for _, lang := range dateLanguages {
		for wd, spellings := range lang.weekdays {
			for _, w := range spellings {
				cfg := &dps.Configuration{Languages: dateparserLocales(lang.code), CurrentTime: dateparserReference}
				d, err := dps.Parse(cfg, w)
				if err != nil || d.Period != dpsdate.Day || d.Time.Weekday() != time.Weekday(wd) {
					t.Errorf("%s %q: dateparser reads %v (%v), want %s", lang.code, w, d.Time.Weekday(), err, time.Weekday(wd))
				}
			}
		}
	}
}

func FuzzFindDates(f *testing.F) {
	for _, c := range findDatesCases {
		f.Add(c.lang, c.header, c.text)
	}
	f.Fuzz(fuzzFindDates)
}

// fuzzFindDates runs findDates on any text and checks the promises that
// hold whatever the words: mentions stay inside their text and paragraph,
// every resolved span is a real date, and kinds are known.
func fuzzFindDates(t *testing.T, lang, header, text string) {
	if _, err := ParseDate(header); err != nil {
		header = ""
	}
	a := datesArticle(t, lang, header, text)
	findDates(a)
	for _, m := range a.Mentions {
		if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End || a.Text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %+v out of range or not the text", m)
		}
		p := a.Paragraphs[m.Paragraph]
		if m.Start < p.Start || m.End > p.End {
			t.Fatalf("mention %+v outside paragraph %d", m, m.Paragraph)
		}
		for _, d := range []Date{m.Span.Span().Start, m.Span.Span().End} {
			if d.Precision < Unknown || d.Precision > Day {
				t.Fatalf("mention %+v: bad precision", m)
			}
			if _, err := ParseDate(d.String()); err != nil {
				t.Fatalf("mention %+v: impossible date %v", m, err)
			}
		}
		if !m.Span.Span().End.IsZero() && m.Span.Span().End.Before(m.Span.Span().Start) {
			t.Fatalf("mention %+v: span ends before it starts", m)
		}
		switch m.Kind {
		case MentionExplicit, MentionWeekday, MentionRelative:
		default:
			t.Fatalf("mention %+v: bad kind", m)
		}
	}
}

// BenchmarkFindDates measures findDates on the seeds and on a news text
// written for it, per article.
func BenchmarkFindDates(b *testing.B) {
	b.Run("seeds", func(b *testing.B) {
		articles, _, err := ReadArticles(context.Background(), seeds.FS, nil)
		if err != nil || len(articles) == 0 {
			b.Fatalf("seeds not readable: %v", err)
		}
		benchmarkFindDates(b, articles)
	})
	b.Run("synthetic", func(b *testing.B) {
		articles, _, err := ReadArticles(context.Background(), synthetic.GenerateFS(500, 1), nil)
		if err != nil || len(articles) == 0 {
			b.Fatalf("synthetic corpus not readable: %v", err)
		}
		benchmarkFindDates(b, articles)
	})
	b.Run("written", func(b *testing.B) {
		var text strings.Builder
		for i := range 12 {
			text.WriteString("De Chinese leider Xi Jinping was vrijdag in Samarkand, waar hij op " + strconv.Itoa(i+1) +
				" september 2022 een top bijwoonde van de Shanghai Samenwerkingsorganisatie. Hij waarschuwde voor onrust in de regio en beloofde hulp.\n")
			text.WriteString("Poetin en Modi spraken over de oorlog in Oekraïne, die sinds februari duurt; vorig jaar was de toon nog anders, zeiden diplomaten die de gesprekken volgden.\n")
		}
		benchmarkFindDates(b, []*Article{datesArticle(b, "nl", "2022-09", text.String())})
	})
}

func benchmarkFindDates(b *testing.B, articles []*Article) {
	bytes := 0
	for _, a := range articles {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes / len(articles)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		findDates(articles[i%len(articles)])
		i++
	}
}

func TestNearestYear(t *testing.T) {
	cases := []struct {
		month  string
		ref    string
		future bool
		want   int
	}{
		{"december", "2022-01", false, 2021},  // the month just gone
		{"november", "2022-09", false, 2021},  // reported: the November before
		{"november", "2022-09", true, 2022},   // announced: the coming one
		{"januari", "2022-11", false, 2022},   // "de onlusten van januari" in November
		{"januari", "2022-12", true, 2023},    // January announced in December
		{"februari", "2022-09", false, 2022},  // reported: this year's
		{"maart", "2022-01-07", false, 2021},  // reported in January: last March
		{"september", "2022-09", false, 2022}, // the same month
		{"september", "2022-09", true, 2022},  // the same month, announced
		{"januari", "2022", false, 2022},      // only a year known
	}
	for _, c := range cases {
		ref, err := ParseDate(c.ref)
		if err != nil {
			t.Fatal(err)
		}
		e := lexiconFor("nl").words[c.month]
		if got := nearestYear(e.month, ref, c.future); got != c.want {
			t.Errorf("%s near %s (future %v): got %d, want %d", c.month, c.ref, c.future, got, c.want)
		}
	}
}

// TestFindDatesYearFromText places a year-less day near the latest full day
// written in the same text when there is no header.
func TestFindDatesYearFromText(t *testing.T) {
	a := datesArticle(t, "de", "", "Am 14. September 2022 landete er.\nAm 2. Januar begann es.")
	findDates(a)
	if len(a.Mentions) != 2 || spanString(a.Mentions[1].Span.Span()) != "2022-01-02" {
		t.Fatalf("got %+v", a.Mentions)
	}
	if !strings.Contains(a.Mentions[1].Reason, `"Am 14. September 2022" in the text`) {
		t.Errorf("reason %q does not name the date it used", a.Mentions[1].Reason)
	}
}
