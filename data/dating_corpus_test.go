package data

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// filler ends a lead sentence and adds paragraphs after it, so that the
// date written with its year lies further down, where it dates nothing.
const filler = ", xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx.\n\n" +
	"Xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx.\n\n" +
	"Xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx xxxxxxxxxx.\n\n"

// A year-less date takes the year the same text writes for the same day
// and month ("27 ноября" under a caption "27 ноября 2024 года"), in every
// language; two years for that day, or another day, leave it open.
func TestYearOfTheSameDay(t *testing.T) {
	for _, c := range []struct {
		lang, text, words, want string
	}{
		{"ru", "Путин прибыл в Астану 27 ноября" + filler + "Встреча в Акорде, 27 ноября 2024 года.", "27 ноября", "2024-11-27"},
		{"en", "The visit began on November 27" + filler + "The two leaders in Astana, November 27, 2024.", "on November 27", "2024-11-27"},
		{"fr", "La visite a commencé le 27 novembre" + filler + "Rencontre à Astana, le 27 novembre 2024.", "le 27 novembre", "2024-11-27"},
		{"de", "Der Besuch begann am 27. November" + filler + "Treffen in Astana am 27. November 2024.", "am 27. November", "2024-11-27"},
		{"es", "La visita empezó el 27 de noviembre" + filler + "Reunión en Astaná, el 27 de noviembre de 2024.", "el 27 de noviembre", "2024-11-27"},
		{"pt", "A visita começou em 27 de novembro" + filler + "Encontro em Astana, em 27 de novembro de 2024.", "em 27 de novembro", "2024-11-27"},
		{"tr", "Ziyaret 27 Kasım'da başladı" + filler + "Astana'daki görüşme, 27 Kasım 2024.", "27 Kasım", "2024-11-27"},
		{"uk", "Візит розпочався 27 листопада" + filler + "Зустріч в Астані, 27 листопада 2024 року.", "27 листопада", "2024-11-27"},
		{"ru, two years", "Путин прибыл 27 ноября" + filler + "Фото: 27 ноября 2024 года и 27 ноября 2023 года.", "27 ноября", ""},
		{"ru, another day", "Путин прибыл 28 ноября" + filler + "Фото: 27 ноября 2024 года.", "28 ноября", ""},
	} {
		t.Run(c.lang, func(t *testing.T) {
			lang, _, _ := strings.Cut(c.lang, ",")
			a := datesArticle(t, lang, "", c.text)
			findDates(a)
			var m *DateMention
			for i := range a.Mentions {
				if a.Mentions[i].Text == c.words {
					m = &a.Mentions[i]
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %v", c.words, a.Mentions)
			}
			if got := m.Span.Span().Start; c.want == "" && m.Resolved() || c.want != "" && got.String() != c.want {
				t.Errorf("%q placed at %q, want %q: %s", c.words, got, c.want, m.Reason)
			}
			// The year is the story's, not the page's: the year-less date
			// does not date the article.
			dateAlone(a, nil, nil)
			if strings.Contains(a.DateReason, c.words+`"`) {
				t.Errorf("the article was dated %s by %q: %s", a.Date, c.words, a.DateReason)
			}
		})
	}
}

// YearlessDates lists the days of a month an undated article writes
// without a year, in each language, and In places them in a year, or
// refuses a year whose calendar disagrees with the weekday written.
func TestYearlessDates(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		month      time.Month
		day        int
		in         int
		want       string
	}{
		{"en", "The summit opened on July 3 in Astana.", time.July, 3, 2024, "2024-07-03"},
		{"fr", "Les combats ont éclaté le 14 septembre à la frontière.", time.September, 14, 2022, "2022-09-14"},
		{"de", "Die Wahl fand am 19. März statt.", time.March, 19, 2023, "2023-03-19"},
		{"ru", "Голосование прошло 12 марта.", time.March, 12, 2022, "2022-03-12"},
		{"es", "La cumbre se celebró los días 3 y 4 de julio en Astaná.", time.July, 3, 2024, "2024-07-03/2024-07-04"},
		{"it", "Tra il 19 e il 20 settembre le truppe hanno attaccato.", time.September, 19, 2023, "2023-09-19/2023-09-20"},
		{"tr", "Üçlü zirve 31 Mart'ta Hucend'de yapıldı.", time.March, 31, 2025, "2025-03-31"},
		{"kk", "Келісім 10 қарашадан бастап күшіне енді.", time.November, 10, 2023, "2023-11-10"},
		{"zh", "峰会于7月4日在阿斯塔纳举行。", time.July, 4, 2024, "2024-07-04"},
		{"it, weekday that fits", "Oggi, sabato 8 giugno, la finale.", time.June, 8, 2024, "2024-06-08"},
		{"it, weekday that does not", "Oggi, sabato 8 giugno, la finale.", time.June, 8, 2023, ""},
		{"en, no 29 February", "The talks ended on February 29.", time.February, 29, 2023, ""},
	} {
		t.Run(c.lang, func(t *testing.T) {
			lang, _, _ := strings.Cut(c.lang, ",")
			a := datesArticle(t, lang, "", c.text)
			findDates(a)
			ys := YearlessDates(a)
			if len(ys) != 1 || ys[0].Month != c.month || ys[0].Day != c.day {
				t.Fatalf("YearlessDates = %+v, want %s %d (mentions %+v)", ys, c.month, c.day, a.Mentions)
			}
			s := ys[0].In(c.in)
			got := s.Start.String()
			if !s.End.IsZero() {
				got += "/" + s.End.String()
			}
			if s.Start.IsZero() {
				got = ""
			}
			if got != c.want {
				t.Errorf("In(%d) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// A dated article has placed its year-less dates already: it has none to
// offer, and the corpus's years change nothing in it.
func TestYearlessDatesOfDatedArticle(t *testing.T) {
	a := datesArticle(t, "en", "2024-07", "The summit opened on July 3 in Astana.")
	findDates(a)
	dateAlone(a, nil, nil)
	if ys := YearlessDates(a); len(ys) != 0 {
		t.Errorf("a dated article offers %+v", ys)
	}
	before := a.Mentions[0]
	PlaceCorpusYears(a, []CorpusYear{{Date: YearlessDate{Mention: 0, Month: time.July, Day: 3}, Year: 2023, Why: "test"}})
	if a.Mentions[0] != before {
		t.Errorf("changed to %+v", a.Mentions[0])
	}
}

// A weekday of a report dated to its month is placed only on a day of
// that weekday in the month or the six days before it (after it, when
// announced); a report dated to the day or not at all is left alone.
func TestPlaceWeekdayInMonth(t *testing.T) {
	for _, c := range []struct {
		name, header, text, day string
		ok                      bool
	}{
		{"inside the month", "2022-03", "The vote took place on Saturday.", "2022-03-12", true},
		{"the days before the month", "2022-03", "The vote took place on Saturday.", "2022-02-26", true},
		{"another weekday", "2022-03", "The vote took place on Saturday.", "2022-03-13", false},
		{"after the month", "2022-03", "The vote took place on Saturday.", "2022-04-02", false},
		{"a week before the month", "2022-03", "The vote took place on Saturday.", "2022-02-19", false},
		{"last Saturday", "2022-03", "The vote took place last Saturday.", "2022-03-12", true},
		{"announced, after the month", "2022-03", "The vote will take place on Saturday.", "2022-04-02", true},
		{"announced, before the month", "2022-03", "The vote will take place on Saturday.", "2022-02-26", false},
		{"dated to the day", "2022-03-14", "The vote took place on Saturday.", "2022-03-12", false},
		{"undated", "", "The vote took place on Saturday.", "2022-03-12", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, "en", c.header, c.text)
			findDates(a)
			dateAlone(a, nil, nil)
			open := OpenWeekdays(a)
			if c.header == "2022-03" && len(open) != 1 || c.header != "2022-03" && len(open) != 0 {
				t.Fatalf("open weekdays %+v (mentions %+v)", open, a.Mentions)
			}
			if len(open) == 0 {
				return
			}
			w, i := open[0], open[0].Mention
			day, err := ParseDate(c.day)
			if err != nil {
				t.Fatal(err)
			}
			was := a.Mentions[i].Span
			got := PlaceWeekdayInMonth(a, w, day, "test")
			if got != c.ok {
				t.Fatalf("placed = %v, want %v (%s)", got, c.ok, a.Mentions[i].Reason)
			}
			if c.ok && a.Mentions[i].Span.Span().Start != day || !c.ok && a.Mentions[i].Span != was {
				t.Errorf("span %+v", a.Mentions[i].Span)
			}
		})
	}
}

// FuzzCorpusYears places the year-less dates of any text in any language
// in a year the corpus would give: each lands on its own day and month,
// and an article the corpus dates is dated by a mention that says that
// day.
func FuzzCorpusYears(f *testing.F) {
	for _, s := range []string{
		"en|Rahmon made this known on March 13.\n\nThe signing is scheduled for March 31. In February the talks ended.",
		"ru|Астана, 17 июня. Лидеры подписали договор во вторник.",
		"it|Oggi, sabato 8 giugno, la finale. Domani, domenica 9 giugno, il doppio.",
		"es|La cumbre se celebró los días 3 y 4 de julio en Astaná.",
		"zh|新华社阿斯塔纳7月4日电 会议4日举行。习近平于7月2日抵达。",
		"fa|شام روز دوشنبه( 3 عقرب) جشن گرفتند.",
		"tr|Üçlü zirve 31 Mart'ta, seçim 2023'te yapıldı.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lang, text, ok := strings.Cut(s, "|")
		if !ok || len(text) > 2000 {
			return
		}
		a := datesArticle(t, lang, "", text)
		findDates(a)
		dateAlone(a, nil, nil)
		var years []CorpusYear
		for _, y := range YearlessDates(a) {
			sp := y.In(2024)
			if sp.Start.IsZero() {
				continue
			}
			if sp.Start.Month != y.Month || sp.Start.Day != y.Day {
				t.Fatalf("%s %d placed at %s", y.Month, y.Day, sp.Start)
			}
			years = append(years, CorpusYear{Date: y, Year: 2024, Why: "fuzz"})
		}
		dated := !a.Date.IsZero()
		PlaceCorpusYears(a, years)
		for _, m := range a.Mentions {
			if m.Resolved() && m.Reason == corpusReason+"fuzz" && m.Span.Span().Start.Year != 2024 {
				t.Fatalf("%q placed in %d: %s", m.Text, m.Span.Span().Start.Year, m.Reason)
			}
		}
		if !dated && !a.Date.IsZero() && !slices.ContainsFunc(a.Mentions, func(m DateMention) bool { return m.Resolved() && m.Span.Last() == a.Date }) {
			t.Fatalf("dated %s by no mention: %s", a.Date, a.DateReason)
		}
	})
}
