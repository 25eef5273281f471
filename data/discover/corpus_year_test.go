package discover_test

import (
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// summitSource is a dated report that writes the year of the SCO summit.
const summitSource = " date 2024-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2024.\n"

// mention returns the mention of article id whose words are text.
func mention(t *testing.T, c *data.Corpus, id, text string) data.DateMention {
	t.Helper()
	for _, a := range c.Articles {
		if a.ID != id {
			continue
		}
		for _, m := range a.Mentions {
			if m.Text == text {
				return m
			}
		}
		var all []string
		for _, m := range a.Mentions {
			all = append(all, m.Text)
		}
		t.Fatalf("%s: no mention %q among %q", id, text, all)
	}
	t.Fatalf("no article %s", id)
	return data.DateMention{}
}

// article returns article id of c.
func article(t *testing.T, c *data.Corpus, id string) *data.Article {
	t.Helper()
	for _, a := range c.Articles {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no article %s", id)
	return nil
}

// dateOf returns the day (or month, year) article id of c is dated to, ""
// when it is undated.
func dateOf(t *testing.T, c *data.Corpus, id string) string {
	t.Helper()
	if a := article(t, c, id); !a.Date.IsZero() {
		return a.Date.String()
	}
	return ""
}

// A date written without a year in an undated report takes the year of
// the corpus's dated report of the same event (same day and month, a kind
// that agrees, a name in common), in every language, and its passage
// joins that event.
func TestYearFromTheCorpus(t *testing.T) {
	for _, tc := range []struct {
		lang, text, words string
	}{
		{"en", "Xi Jinping and Vladimir Putin held talks at the SCO summit in Astana on 4 July.", "on 4 July"},
		{"de", "Xi Jinping und Wladimir Putin trafen sich am 4. Juli auf dem SCO-Gipfel in Astana.", "am 4. Juli"},
		{"fr", "Xi Jinping et Vladimir Poutine se sont entretenus le 4 juillet au sommet de l'OCS à Astana.", "le 4 juillet"},
		{"ru", "Си Цзиньпин и Владимир Путин провели переговоры 4 июля на саммите ШОС в Астане.", "4 июля"},
		{"es", "Xi Jinping y Vladímir Putin se reunieron el 4 de julio en la cumbre de la OCS en Astaná.", "el 4 de julio"},
		{"it", "Xi Jinping e Vladimir Putin si sono incontrati il 4 luglio al vertice della SCO ad Astana.", "il 4 luglio"},
		{"pt", "Xi Jinping e Vladimir Putin reuniram-se em 4 de julho na cúpula da OCX em Astana.", "em 4 de julho"},
		{"tr", "Şi Cinping ve Vladimir Putin 4 Temmuz'da Astana'daki ŞİÖ zirvesinde görüştü.", "4 Temmuz"},
		{"uk", "Сі Цзіньпін і Володимир Путін провели переговори 4 липня на саміті ШОС в Астані.", "4 липня"},
		{"zh", "习近平7月4日在阿斯塔纳出席上海合作组织峰会并会见普京。", "7月4日"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": summitSource, "x.txt": tc.text + "\n"})
			m := mention(t, c, "x", tc.words)
			if got := m.Span.Span().Start.String(); got != "2024-07-04" || !strings.Contains(m.Reason, "from the corpus") {
				t.Fatalf("%q placed at %q: %s", tc.words, got, m.Reason)
			}
			joined := false
			for _, e := range eventsWith(c, "x") {
				if strings.Contains(strings.Join(articlesOf(e), ","), "src") {
					joined = true
				}
			}
			if !joined {
				t.Errorf("the passage did not join the source's event")
			}
			if a := article(t, c, "x"); !a.Date.IsZero() {
				t.Errorf("the article was dated %s (%s): no dateline, names alone", a.Date, a.DateReason)
			}
		})
	}
}

// Nothing is placed when the corpus does not tell one year, the kind
// differs, or no name is shared. (A weekday of an undated report is
// placed under stricter rules: TestUndatedWeekdayFromTheCorpus.)
func TestYearFromTheCorpusRefuses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		words string
	}{
		{"two years", map[string]string{
			"a.txt": " date 2022-11-21\n\nKazakhstan held a presidential election on 20 November 2022, and Tokayev won.\n",
			"b.txt": " date 2023-11-21\n\nKazakhstan held a presidential election on 20 November 2023 in this imagined test, and Tokayev won.\n",
			"x.txt": "Kazakhstan held a presidential election on 20 November, and Tokayev won.\n",
		}, "on 20 November"},
		{"another kind", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "Vladimir Putin was arrested in Astana on 4 July, the police said.\n",
		}, "on 4 July"},
		{"no name shared", map[string]string{
			"src.txt": summitSource,
			"x.txt":   "Emmanuel Macron and Olaf Scholz held a summit in Paris on 4 July.\n",
		}, "on 4 July"},
		{"presidential and parliamentary", map[string]string{
			"a.txt": " date 2022-11-21\n\nKazakhstan held a presidential election on 20 November 2022, and Tokayev won.\n",
			"x.txt": "Kazakhstan held a parliamentary election on 20 November.\n",
		}, "on 20 November"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, tc.files)
			if m := mention(t, c, "x", tc.words); m.Resolved() {
				t.Errorf("%q placed at %s: %s", tc.words, m.Span.Start(), m.Reason)
			}
		})
	}
}

// Once one date of the lead has its year from the corpus, the report's
// other year-less dates take theirs by their tense (announced after it,
// reported before it); a dateline whose year the corpus gave dates the
// article, and then its weekdays are placed.
func TestYearFromTheCorpusPlacesTheRest(t *testing.T) {
	c := build(t, map[string]string{
		"src.txt": " date 2025-03-14\n\nSadyr Japarov and Emomali Rahmon signed the border treaty in Bishkek on 13 March 2025.\n",
		"x.txt": "Sadyr Japarov and Emomali Rahmon signed the border treaty in Bishkek on 13 March, ending a long dispute.\n\n" +
			"The two presidents will meet the Uzbek leader Shavkat Mirziyoyev in Khujand on 31 March.\n\n" +
			"Talks on the last sections of the border ended in February.\n",
		"y.txt": "Бишкек, 13 марта. Садыр Жапаров и Эмомали Рахмон подписали в четверг договор о границе в Бишкеке.\n",
	})
	for _, tc := range []struct{ id, words, want string }{
		{"x", "on 13 March", "2025-03-13"},
		{"x", "on 31 March", "2025-03-31"},
		{"x", "in February", "2025-02"},
		{"y", "в четверг", "2025-03-13"},
	} {
		if m := mention(t, c, tc.id, tc.words); m.Span.Span().Start.String() != tc.want {
			t.Errorf("%s %q placed at %q: %s", tc.id, tc.words, m.Span.Start(), m.Reason)
		}
	}
	if a := article(t, c, "x"); !a.Date.IsZero() {
		t.Errorf("x dated %s without a dateline: %s", a.Date, a.DateReason)
	}
	if a := article(t, c, "y"); a.Date.String() != "2025-03-13" || !strings.Contains(a.DateReason, "from the corpus") {
		t.Errorf("y dated %q: %s", a.Date, a.DateReason)
	}
}

// A weekday of a report dated to its month is the one day of that weekday
// in the month (or the days before it) on which the corpus reports the
// event its sentence tells of; none when no day or two days fit.
func TestWeekdayFromTheCorpus(t *testing.T) {
	for _, tc := range []struct {
		lang, text, words, want string
	}{
		{"en", "Xi Jinping and Vladimir Putin held talks at the SCO summit in Astana on Thursday.", "on Thursday", "2024-07-04"},
		{"de", "Xi Jinping und Wladimir Putin trafen sich am Donnerstag auf dem SCO-Gipfel in Astana.", "am Donnerstag", "2024-07-04"},
		{"ru", "Си Цзиньпин и Владимир Путин провели переговоры в четверг на саммите ШОС в Астане.", "в четверг", "2024-07-04"},
		{"es", "Xi Jinping y Vladímir Putin se reunieron el jueves en la cumbre de la OCS en Astaná.", "el jueves", "2024-07-04"},
		{"en, another weekday", "Xi Jinping and Vladimir Putin held talks at the SCO summit in Astana on Friday.", "on Friday", ""},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": summitSource, "x.txt": " date 2024-07\n\n" + tc.text + "\n"})
			m := mention(t, c, "x", tc.words)
			if got := m.Span.Span().Start.String(); m.Span.Span().Start.IsZero() && tc.want != "" || !m.Span.Span().Start.IsZero() && got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, m.Reason)
			}
			if a := article(t, c, "x"); a.Date.String() != "2024-07" {
				t.Errorf("the article's own date changed to %s", a.Date)
			}
		})
	}
}

// A country and its capital or its president tell of the same event: a
// report of the vote "in Kazakhstan on Sunday" takes the day another
// report gives the vote in Astana, or Tokayev's; two cities of one country
// are two places, a city of another country is no match, and a match
// through a related name alone needs the same kind.
func TestWeekdayFromTheCorpusThroughCountry(t *testing.T) {
	const src = " date 2023-03-20\n\nAstana, 20 March. The early parliamentary election in Astana was held on 19 March 2023, the commission said.\n"
	for _, tc := range []struct {
		name, src, text, want string
	}{
		{"country and its capital", src, "Kazakhstan held an early parliamentary election on Sunday.", "2023-03-19"},
		{"country and its president", " date 2023-03-20\n\nKassym-Jomart Tokayev voted in the early parliamentary election on 19 March 2023.\n",
			"Kazakhstan held an early parliamentary election on Sunday.", "2023-03-19"},
		{"two cities of one country", src, "Almaty held an early parliamentary election on Sunday.", ""},
		{"another country", src, "Uzbekistan held an early parliamentary election on Sunday.", ""},
		// Related but not the same name, and a kind only akin: Uzbek
		// observers at a referendum in Kazakhstan are no Uzbek election.
		{"a leader's country at another event", " date 2023-03-20\n\nObservers from Uzbekistan watched the referendum in Kazakhstan on 19 March 2023.\n",
			"Shavkat Mirziyoyev's party won the parliamentary election on Sunday.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": tc.src, "x.txt": " date 2023-03\n\n" + tc.text + "\n"})
			m := mention(t, c, "x", "on Sunday")
			if got := m.Span.Span().Start.String(); m.Span.Span().Start.IsZero() && tc.want != "" || !m.Span.Span().Start.IsZero() && got != tc.want {
				t.Errorf("placed at %q, want %q: %s", got, tc.want, m.Reason)
			}
		})
	}
}

// An undated sentence of a report's lead ("the presidents signed the
// treaty") joins the event a report says took place, not one of the days
// before that was only announced for it, when both share its names.
func TestUndatedLeadJoinsTheReportedEvent(t *testing.T) {
	c := build(t, map[string]string{
		"plan.txt": " date 2025-03-11\n\nSadyr Japarov and Emomali Rahmon will sign the border treaty in Bishkek on 12 March 2025, the presidency said.\n",
		"done.txt": " date 2025-03-13\n\nSadyr Japarov and Emomali Rahmon signed the border treaty in Bishkek on 13 March 2025.\n",
		"x.txt":    " date 2025-03-13\n\nSadyr Japarov and Emomali Rahmon signed the border treaty in Bishkek, ending a dispute of thirty years.\n",
	})
	for _, e := range eventsWith(c, "x") {
		if e.Span.Start.String() != "2025-03-13" {
			t.Errorf("the undated lead joined %q of %s", e.Title, e.Span.Start)
		}
	}
	if len(eventsWith(c, "x")) == 0 {
		t.Errorf("the undated lead joined nothing")
	}
}

// Within one report a weekday names one day, and a day of a month one
// date: once the corpus has placed the first, the others follow, though
// their sentences alone would not be placed.
func TestOneWeekdayOneDay(t *testing.T) {
	c := build(t, map[string]string{
		"src.txt": summitSource,
		"x.txt":   " date 2024-07\n\nXi Jinping and Vladimir Putin held talks at the SCO summit in Astana on Thursday.\n\nIt rained in Paris on Thursday.\n",
		"y.txt":   "Xi Jinping and Vladimir Putin held talks at the SCO summit in Astana on 4 July.\n\nIt rained in Paris on 4 July.\n",
	})
	for _, id := range []string{"x", "y"} {
		for _, m := range article(t, c, id).Mentions {
			if m.Span.Span().Start.String() != "2024-07-04" {
				t.Errorf("%s %q placed at %q: %s", id, m.Text, m.Span.Start(), m.Reason)
			}
		}
	}
}

// The words of a date are no name: Persian "دوشنبه" (Monday) is also the
// name of Dushanbe, and a Monday is no event in Tajikistan's capital.
func TestDateWordsAreNoNames(t *testing.T) {
	c := build(t, map[string]string{
		"x.txt": " date 2021-10-26\n\nکمیسیون انتخابات اوزبیکستان روز دوشنبه اعلام کرد که شوکت میرضیایف در انتخابات ریاست جمهوری پیروز شده است.\n",
	})
	for _, e := range eventsWith(c, "x") {
		if e.Place == "dushanbe" || strings.Contains(e.Title, "Dushanbe") {
			t.Errorf("event %q placed in %s", e.Title, e.Place)
		}
	}
	if len(eventsWith(c, "x")) == 0 {
		t.Errorf("no event")
	}
}
