package discover_test

import (
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// checkPlaced runs, as the subtest name, a corpus of the report x.txt
// (text) and the sources a.txt, b.txt, …, and checks the day or month the
// corpus places the report's mention words at ("" for none).
func checkPlaced(t *testing.T, name string, sources []string, text, words, want string) {
	t.Helper()
	checkPlacedCases(t, placedRule{}, []placedCase{{name, sources, text, words, want}})
}

// placedAt returns where the mention of article id written words was
// placed ("" when it was not) and why.
func placedAt(t *testing.T, files map[string]string, id, words string) (string, string) {
	t.Helper()
	return placedIn(t, build(t, files), id, words)
}

// placedIn is placedAt on corpus c, built already.
func placedIn(t *testing.T, c *data.Corpus, id, words string) (string, string) {
	t.Helper()
	m := mention(t, c, id, words)
	if !m.Resolved() {
		return "", m.Reason
	}
	return m.Span.Span().Start.String(), m.Reason
}

// Talks or a visit of another guest with the same host, on the same day
// of another year, give no year: a host receives many visitors. The same
// guest, or a source that names the host alone, still does.
func TestYearNotFromAnotherGuest(t *testing.T) {
	const putinInBeijing = " date 2024-05-17\n\nVladimir Putin held talks with Xi Jinping in Beijing on 16 May 2024.\n"
	for _, tc := range []struct {
		name, src, text, words, want string
	}{
		{"en, another guest", putinInBeijing,
			"Beijing, 16 May. Kassym-Jomart Tokayev held talks with Xi Jinping in Beijing today.", "16 May.", ""},
		{"en, the same guest", putinInBeijing,
			"Beijing, 16 May. Vladimir Putin held talks with Xi Jinping in Beijing today.", "16 May.", "2024-05-16"},
		{"en, the host alone", " date 2024-05-17\n\nXi Jinping held talks in Beijing on 16 May 2024.\n",
			"Beijing, 16 May. Kassym-Jomart Tokayev held talks with Xi Jinping in Beijing today.", "16 May.", "2024-05-16"},
		{"ru, another guest", putinInBeijing,
			"Пекин, 16 мая. Касым-Жомарт Токаев провел переговоры с Си Цзиньпином в Пекине.", "16 мая", ""},
		{"ru, the same guest", putinInBeijing,
			"Пекин, 16 мая. Владимир Путин провел переговоры с Си Цзиньпином в Пекине.", "16 мая", "2024-05-16"},
		{"de, another guest, the guest's country named", " date 2024-05-17\n\nDer russische Präsident Wladimir Putin traf Xi Jinping am 16. Mai 2024 in Peking zu Gesprächen.\n",
			"Peking, 16. Mai. Der kasachische Präsident Kassym-Schomart Tokajew traf Xi Jinping in Peking zu Gesprächen.", "16. Mai", ""},
		{"fr, another guest on neutral ground", " date 2021-06-17\n\nJoe Biden et Vladimir Poutine se sont rencontrés à Genève le 16 juin 2021.\n",
			"Genève, 16 juin. Xi Jinping et Vladimir Poutine se sont rencontrés à Genève.", "16 juin", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, map[string]string{"src.txt": tc.src, "x.txt": tc.text + "\n"}, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
		})
	}
}

// The same leaders at a summit in another city, on the same day of
// another year, give no year: the SCO summit in Astana on 4 July 2024 is
// not the one hosted from New Delhi on 4 July 2023. A report of the
// summit in the same city, or one that names no city, still does; the
// city a report is filed from is no scene.
func TestYearNotFromASummitElsewhere(t *testing.T) {
	const delhi = " date 2023-07-05\n\nXi Jinping and Vladimir Putin took part in the SCO summit hosted in New Delhi on 4 July 2023.\n"
	const astana = " date 2024-07-05\n\nXi Jinping and Vladimir Putin took part in the SCO summit in Astana on 4 July 2024.\n"
	const noCity = " date 2023-07-05\n\nXi Jinping and Vladimir Putin took part in the SCO summit on 4 July 2023.\n"
	const filedFromMoscow = " date 2024-07-05\n\nMOSCOW, July 4, 2024 — Xi Jinping and Vladimir Putin took part in the SCO summit in Kazakhstan today.\n"
	for _, tc := range []struct {
		name, text, words, want string
		srcs                    []string
	}{
		{"en, the look-alike alone", "Astana, 4 July. Xi Jinping and Vladimir Putin met at the SCO summit in Astana.", "4 July", "", []string{delhi}},
		{"en, both", "Astana, 4 July. Xi Jinping and Vladimir Putin met at the SCO summit in Astana.", "4 July", "2024-07-04", []string{delhi, astana}},
		{"en, a source that names no city", "Astana, 4 July. Xi Jinping and Vladimir Putin met at the SCO summit in Astana.", "4 July", "2023-07-04", []string{noCity}},
		{"ru, the look-alike alone", "Астана, 4 июля. Си Цзиньпин и Владимир Путин встретились на саммите ШОС в Астане.", "4 июля", "", []string{delhi}},
		{"ru, both", "Астана, 4 июля. Си Цзиньпин и Владимир Путин встретились на саммите ШОС в Астане.", "4 июля", "2024-07-04", []string{delhi, astana}},
		{"zh, the look-alike alone", "新华社阿斯塔纳7月4日电 习近平和普京在阿斯塔纳出席上海合作组织峰会。", "7月4日", "", []string{delhi}},
		{"en, a source filed from another city", "Astana, 4 July. Xi Jinping and Vladimir Putin met at the SCO summit in Astana.", "4 July", "2024-07-04", []string{filedFromMoscow}},
		{"es, both", "Astaná, 4 de julio. Xi Jinping y Vladímir Putin se reunieron en la cumbre de la OCS en Astaná.", "4 de julio", "2024-07-04", []string{delhi, astana}},
	} {
		checkPlaced(t, tc.name, tc.srcs, tc.text+"\n", tc.words, tc.want)
	}
}

// A dateline whose sentence dates its event by a weekday or a relative
// word ("the vote held on Saturday", "yesterday") is placed in the year
// in which the corpus has the event on the day that word names, not in
// the year of a look-alike that only covers the dateline's day.
func TestYearOfTheDayTheDatelineCountsFrom(t *testing.T) {
	// The same election four years before, reported on the dateline's
	// day and month (27 October 2020 was a Tuesday), and the one of 2024
	// on its Saturday (27 October 2024 was a Sunday).
	const before = " date 2020-10-28\n\nGeorgia held a parliamentary election in Tbilisi on 27 October 2020.\n"
	const after = " date 2024-10-27\n\nGeorgia held a parliamentary election in Tbilisi on 26 October 2024.\n"
	for _, tc := range []struct {
		name  string
		files []string
		text  string
		words string
		want  string
	}{
		{"en", []string{before, after}, "TBILISI, 27 Oct — The ruling party won the parliamentary election in Georgia held on Saturday, the commission said.", "27 Oct", "2024-10-27"},
		{"en, the look-alike alone", []string{before}, "TBILISI, 27 Oct — The ruling party won the parliamentary election in Georgia held on Saturday, the commission said.", "27 Oct", ""},
		{"ru", []string{before, after}, "ТБИЛИСИ, 27 окт — Правящая партия побеждает на парламентских выборах в Грузии, прошедших в субботу, сообщил ЦИК.", "27 окт", "2024-10-27"},
		{"ru, the look-alike alone", []string{before}, "ТБИЛИСИ, 27 окт — Правящая партия побеждает на парламентских выборах в Грузии, прошедших в субботу, сообщил ЦИК.", "27 окт", ""},
		{"de", []string{before, after}, "TIFLIS, 27. Oktober — Die Regierungspartei hat die Parlamentswahl in Georgien am Samstag gewonnen, teilte die Wahlkommission mit.", "27. Oktober", "2024-10-27"},
		{"de, the look-alike alone", []string{before}, "TIFLIS, 27. Oktober — Die Regierungspartei hat die Parlamentswahl in Georgien am Samstag gewonnen, teilte die Wahlkommission mit.", "27. Oktober", ""},
		// "Yesterday" counts from the dateline too.
		{"en, yesterday", []string{before, after}, "TBILISI, 27 Oct — Georgia held a parliamentary election yesterday, the commission said.", "27 Oct", "2024-10-27"},
		// The corpus need not report anything on the dateline's own day:
		// the day the word names is asked about (it was skipped as a day
		// without sources before).
		{"en, yesterday, nothing on the dateline's day", []string{" date 2024-10-29\n\nGeorgia held a parliamentary election in Tbilisi on 26 October 2024.\n"},
			"TBILISI, 27 Oct — Georgia held a parliamentary election yesterday, the commission said.", "27 Oct", "2024-10-27"},
		// Without such a word the dateline's own day is asked about.
		{"en, no weekday", []string{before, after}, "TBILISI, 27 Oct — Georgia held a parliamentary election, the commission said.", "27 Oct", "2020-10-27"},
	} {
		checkPlaced(t, tc.name, tc.files, tc.text+"\n", tc.words, tc.want)
	}
}

// The year-less dates of one report are written near one day: when the
// corpus puts them in years no writing day fits, none is placed; at the
// turn of a year two years fit.
func TestYearsOfOneReportFitOneDay(t *testing.T) {
	const summit = " date 2024-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2024.\n"
	for _, tc := range []struct {
		name   string
		src    string
		text   string
		first  string
		second string
		want   [2]string
	}{
		{"a year apart", " date 2023-11-21\n\nKazakhstan held a presidential election on 20 November 2023, and Tokayev won.\n",
			"Astana, 4 July. Xi Jinping and Vladimir Putin met at the SCO summit in Astana.\n\nKazakhstan held a presidential election on 20 November, and Tokayev won.",
			"4 July", "on 20 November", [2]string{"", ""}},
		{"the same year", " date 2024-03-21\n\nKazakhstan held a presidential election on 20 March 2024, and Tokayev won.\n",
			"Astana, 4 July. Xi Jinping and Vladimir Putin met at the SCO summit in Astana.\n\nKazakhstan held a presidential election on 20 March, and Tokayev won.",
			"4 July", "on 20 March", [2]string{"2024-07-04", "2024-03-20"}},
		{"ru, a year apart", " date 2023-11-21\n\nKazakhstan held a presidential election on 20 November 2023, and Tokayev won.\n",
			"Астана, 4 июля. Си Цзиньпин и Владимир Путин встретились на саммите ШОС в Астане.\n\nВ Казахстане 20 ноября прошли президентские выборы, победил Токаев.",
			"4 июля", "20 ноября", [2]string{"", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"a.txt": summit, "b.txt": tc.src, "x.txt": tc.text + "\n"})
			for i, words := range []string{tc.first, tc.second} {
				m := mention(t, c, "x", words)
				got := ""
				if m.Resolved() {
					got = m.Span.Span().Start.String()
				}
				if got != tc.want[i] {
					t.Errorf("%q placed at %q, want %q: %s", words, got, tc.want[i], m.Reason)
				}
			}
		})
	}
}

// At the turn of a year a report's year-less dates are of two years: "28
// December" and "3 January" of one report fit one writing day.
func TestYearsOfOneReportAtTheTurnOfAYear(t *testing.T) {
	c := build(t, map[string]string{
		"a.txt": " date 2024-12-29\n\nAn Azerbaijani airliner crashed near Aktau in Kazakhstan on 25 December 2024.\n",
		"b.txt": " date 2025-01-04\n\nKassym-Jomart Tokayev held talks with Ilham Aliyev in Baku on 3 January 2025.\n",
		"x.txt": "Baku, 3 January. Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku.\n\n" +
			"An Azerbaijani airliner crashed near Aktau in Kazakhstan on 25 December, the two leaders recalled.\n",
	})
	for words, want := range map[string]string{"3 January": "2025-01-03", "on 25 December": "2024-12-25"} {
		if m := mention(t, c, "x", words); m.Span.Span().Start.String() != want || !strings.Contains(m.Reason, "corpus") {
			t.Errorf("%q placed at %q, want %s: %s", words, m.Span.Start(), want, m.Reason)
		}
	}
}

// The years of one report fit one writing day across rounds too: a date
// whose source is only placed in a later round ("20 November", told by a
// report that itself takes its year from the corpus) is not put a year
// away from one placed earlier.
func TestYearsOfOneReportFitAcrossRounds(t *testing.T) {
	const lead = "Observers from many countries followed the events in the region closely this year, and the capitals of Central Asia watched them with care.\n\n"
	for _, tc := range []struct {
		name, election, want string
	}{
		// The election of 2023 is 228 days before the summit of 2024.
		{"a year apart", " date 2023-11-21\n\nThe OSCE observed the presidential election on 20 November 2023.\n", ""},
		{"the same year", " date 2024-03-21\n\nThe OSCE observed the presidential election on 20 March 2024.\n", "2024-03-20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			day := "20 November"
			if tc.want != "" {
				day = "20 March"
			}
			c := build(t, map[string]string{
				"a.txt": " date 2024-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2024.\n",
				"c.txt": tc.election,
				// b takes its year from c in the first round (the OSCE),
				// and is then a source for Kazakhstan's election.
				"b.txt": "Astana, " + day + ". The OSCE observed the presidential election in Kazakhstan, the mission said.\n",
				"x.txt": lead + "Xi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July.\n\n" +
					"The presidential election in Kazakhstan was held on " + day + ".\n",
			})
			if m := mention(t, c, "x", "on 4 July"); m.Span.Span().Start.String() != "2024-07-04" {
				t.Fatalf("the summit placed at %q: %s", m.Span.Start(), m.Reason)
			}
			if b := article(t, c, "b"); b.Date.IsZero() {
				t.Fatalf("b undated: %s", b.DateReason)
			}
			m := mention(t, c, "x", "on "+day)
			got := ""
			if m.Resolved() {
				got = m.Span.Span().Start.String()
			}
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", day, got, tc.want, m.Reason)
			}
		})
	}
}
