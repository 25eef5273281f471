package data

import (
	"context"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data/synthetic"
	"github.com/caravan-analytics/caravan/seeds"
)

// datingEvent is a catalogue event for these tests; end may be "".
func datingEvent(t testing.TB, id, storyline, title, start, end string) *Event {
	t.Helper()
	s, err := ParseDate(start)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ParseDate(end)
	if err != nil {
		t.Fatal(err)
	}
	return &Event{ID: id, Title: title, Storyline: storyline, Span: Span{Start: s, End: e}, Source: EventFromCatalogue}
}

// datingEvents is a small catalogue shaped like the seeds' stories.
func datingEvents(t *testing.T) map[string]*Event {
	events := map[string]*Event{}
	for _, e := range []*Event{
		datingEvent(t, "covid", "covid", "Covid outbreak in Wuhan", "2020-01", ""),
		datingEvent(t, "unrest", "kazakh-unrest", "Unrest in Kazakhstan", "2022-01-02", "2022-01-11"),
		datingEvent(t, "csto", "kazakh-unrest", "CSTO troops land in Kazakhstan", "2022-01-06", ""),
		datingEvent(t, "shoot", "kazakh-unrest", "Tokayev's shoot-to-kill order", "2022-01-07", ""),
		datingEvent(t, "xi-articles", "xi-trip", "Xi's signed articles in Kazakh and Uzbek media", "2022-09-13", ""),
		datingEvent(t, "xi-kazakhstan", "xi-trip", "Xi's state visit to Kazakhstan", "2022-09-14", ""),
		datingEvent(t, "sco", "xi-trip", "SCO summit in Samarkand", "2022-09-15", "2022-09-16"),
		datingEvent(t, "xian", "c5", "China–Central Asia summit in Xi'an", "2023-05-18", "2023-05-19"),
		datingEvent(t, "border", "c5", "Kyrgyz–Tajik border clashes", "2022-09-14", "2022-09-20"),
	} {
		events[e.ID] = e
	}
	return events
}

func TestDateArticle(t *testing.T) {
	events := datingEvents(t)
	cases := []struct {
		name, lang, header, text string
		links                    []Link
		date                     string
		source                   DateSource
		reason                   []string // substrings of the reason
		mentions                 map[string]string
	}{
		{
			name: "month header and an ambiguous weekday stay a month", lang: "nl", header: "2022-09",
			text: "Xi sprak zondag in Samarkand.",
			date: "2022-09", source: "header", reason: []string{"header 2022-09"},
			mentions: map[string]string{"zondag": ""},
		},
		{
			name: "weekday inside a linked event pins the day", lang: "nl", header: "2022-09",
			text:  "Xi waarschuwde vrijdag in Samarkand voor onrust.",
			links: []Link{{Event: "sco", Paragraph: 0, Score: 2}},
			date:  "2022-09-16", source: "header+event",
			reason:   []string{`header 2022-09; "vrijdag" falls inside SCO summit in Samarkand (15–16 Sep 2022) only on 16 Sep`},
			mentions: map[string]string{"vrijdag": "2022-09-16"},
		},
		{
			name: "a background event outside the header does not win", lang: "nl", header: "2022-09",
			text:  "Xi waarschuwde vrijdag in Samarkand voor onrust.\nHet is zijn eerste reis sinds de covid-uitbraak in Wuhan in januari 2020.",
			links: []Link{{Event: "sco", Paragraph: 0, Score: 1}, {Event: "covid", Paragraph: 1, Score: 5}},
			date:  "2022-09-16", source: "header+event",
			reason:   []string{`outside the header: "Covid outbreak in Wuhan" (Jan 2020)`},
			mentions: map[string]string{"in januari 2020": "2020-01"},
		},
		{
			name: "without a header the latest reported event wins", lang: "nl",
			text:  "Xi sprak op de top in Samarkand.\nHet is zijn eerste reis sinds de covid-uitbraak in januari 2020.",
			links: []Link{{Event: "sco", Paragraph: 0, Score: 1}, {Event: "covid", Paragraph: 1, Score: 1}},
			date:  "2022-09", source: "event",
			reason: []string{`"in januari 2020" in the text is earlier`, `reports "SCO summit in Samarkand" (15–16 Sep 2022)`},
		},
		{
			name: "no evidence leaves the article undated", lang: "nl",
			text: "Er gebeurde iets in de hoofdstad.",
			date: "", source: "", reason: []string{"no date in header, text or linked events"},
		},
		{
			name: "a text day refines the header month", lang: "nl", header: "2022-01",
			text: "Op 7 januari gaf Tokajev het bevel om te schieten.",
			date: "2022-01-07", source: "header+text", reason: []string{`the text says "Op 7 januari"`},
		},
		{
			name: "a text date after the header keeps the header", lang: "nl", header: "2022-01",
			text: "Op 7 februari 2022 sprak hij opnieuw.",
			date: "2022-01", source: "header", reason: []string{`"Op 7 februari 2022" in the text is after the header`},
		},
		{
			name: "a reported event dates an article without header", lang: "de",
			text:  "Xi hat am Dienstag geschworen, mit Kasachstan die Sicherheit zu verteidigen.\nDie Staatsbesuche von Mittwoch bis Freitag werden seine erste Reise sein.",
			links: []Link{{Event: "xi-articles", Paragraph: 0, Score: 1}, {Event: "xi-kazakhstan", Paragraph: 1, Score: 3}},
			date:  "2022-09-13", source: "event",
			reason:   []string{`no date in the text; reports "Xi's signed articles in Kazakh and Uzbek media" (13 Sep 2022); "am Dienstag" agrees`},
			mentions: map[string]string{"am Dienstag": "2022-09-13", "von Mittwoch bis Freitag": "2022-09-14..2022-09-16"},
		},
		{
			name: "a paragraph's weekday picks the event it speaks of", lang: "de",
			text:  "Xi hat am Dienstag geschworen, mit Kasachstan die Sicherheit zu verteidigen.",
			links: []Link{{Event: "xi-articles", Paragraph: 0, Score: 1}, {Event: "xi-kazakhstan", Paragraph: 0, Score: 1.5}},
			date:  "2022-09-13", source: "event",
		},
		{
			name: "an announced event does not date the article", lang: "ar",
			text:  "يزور الرئيس الصيني قازاقستان يوم الأربعاء.\nسيسافر إلى سمرقند لحضور القمة المقرر عقدها في الفترة من 15 إلى 16 سبتمبر.",
			links: []Link{{Event: "xi-kazakhstan", Paragraph: 0, Score: 1}, {Event: "sco", Paragraph: 1, Score: 3}},
			date:  "2022-09-14", source: "event",
			mentions: map[string]string{"يوم الأربعاء": "2022-09-14", "من 15 إلى 16 سبتمبر": "2022-09-15..2022-09-16"},
		},
		{
			name: "relative words follow the article's date", lang: "ar",
			text:  "وضع الرئيس الصيني يوم الجمعة خطة طموحة.\nفشلت موسكو في إخماد المناوشات العام الماضي.",
			links: []Link{{Event: "xian", Paragraph: 0, Score: 2}, {Event: "border", Paragraph: 1, Score: 1}},
			date:  "2023-05-19", source: "event",
			mentions: map[string]string{"يوم الجمعة": "2023-05-19", "العام الماضي": "2022"},
		},
		{
			name: "a weekday right after a linked day", lang: "nl", header: "2022-01",
			text:  "Een dag nadat Russische troepen geland zijn, controleerden de ordetroepen vrijdag de straten.",
			links: []Link{{Event: "csto", Paragraph: 0, Score: 1}},
			date:  "2022-01-07", source: "header+event",
			reason:   []string{`"vrijdag" is right after "CSTO troops land in Kazakhstan" (6 Jan 2022): 7 Jan`},
			mentions: map[string]string{"vrijdag": "2022-01-07"},
		},
		{
			name: "a long event leaves a weekday ambiguous", lang: "nl", header: "2022-01",
			text:  "De opstand is al sinds zondag aan de gang.",
			links: []Link{{Event: "unrest", Paragraph: 0, Score: 1}},
			date:  "2022-01", source: "header+event",
		},
		{
			name: "relative words need the precision of their unit", lang: "nl", header: "2022-09",
			text: "Vorige week was het rustig, vorige maand niet, en vorig jaar nog minder.",
			date: "2022-09", source: "header",
			mentions: map[string]string{"Vorige week": "", "vorige maand": "2022-08", "vorig jaar": "2021"},
		},
		{
			name: "weekdays and relative words around a day header", lang: "en", header: "2022-09-16",
			text: "On Tuesday he flew; last Friday he rested; next Monday he speaks. Yesterday and last week were calm.",
			date: "2022-09-16", source: "header",
			mentions: map[string]string{"On Tuesday": "2022-09-13", "last Friday": "2022-09-09", "next Monday": "2022-09-19",
				"Yesterday": "2022-09-15", "last week": "2022-09-05..2022-09-11"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := datesArticle(t, c.lang, c.header, c.text)
			findDates(a)
			dateAlone(a, c.links, events)
			if a.Date.String() != c.date || a.DateSource != c.source {
				t.Errorf("got %q from %q, want %q from %q (reason: %s)", a.Date, a.DateSource, c.date, c.source, a.DateReason)
			}
			for _, want := range c.reason {
				if !strings.Contains(a.DateReason, want) {
					t.Errorf("reason %q does not say %q", a.DateReason, want)
				}
			}
			if strings.Contains(a.DateReason, "\n") {
				t.Errorf("reason is more than one line: %q", a.DateReason)
			}
			for words, want := range c.mentions {
				found := false
				for _, m := range a.Mentions {
					if m.Text == words {
						found = true
						if got := spanString(m.Span.Span()); got != want {
							t.Errorf("mention %q: got %q, want %q (%s)", words, got, want, m.Reason)
						}
					}
				}
				if !found {
					t.Errorf("no mention %q", words)
				}
			}
		})
	}
}

// TestDateArticleIgnoresBrokenLinks checks that links to unknown events or
// paragraphs, and events without dates, change nothing.
func TestDateArticleIgnoresBrokenLinks(t *testing.T) {
	events := datingEvents(t)
	events["undated"] = &Event{ID: "undated", Title: "Undated"}
	a := datesArticle(t, "nl", "2022-09", "Xi sprak vrijdag.")
	findDates(a)
	dateAlone(a, []Link{{Event: "nope", Score: 1}, {Event: "sco", Paragraph: 7, Score: 1}, {Event: "undated", Score: 1}}, events)
	if a.Date.String() != "2022-09" || a.DateSource != SourceHeader {
		t.Errorf("got %s from %q (%s), want the header", a.Date, a.DateSource, a.DateReason)
	}
}

// BenchmarkDating measures findDates and dateAlone together, per article,
// on synthetic articles linked to the shipped catalogue.
func BenchmarkDating(b *testing.B) {
	cur, err := LoadCurated(seeds.FS)
	if err != nil || cur.Catalogue == nil {
		b.Fatalf("the shipped catalogue: %v", err)
	}
	articles, _, err := ReadArticles(context.Background(), synthetic.GenerateFS(500, 1), nil)
	if err != nil || len(articles) == 0 {
		b.Fatalf("synthetic corpus not readable: %v", err)
	}
	events := map[string]*Event{}
	for _, e := range cur.Catalogue.Events {
		events[e.ID] = e
	}
	linker := NewLinker(cur.Catalogue.Events, cur.Names)
	candidates := make([][]Link, len(articles))
	for i, a := range articles {
		findDates(a)
		candidates[i] = linker.Match(a)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := articles[i%len(articles)]
		findDates(a)
		dateAlone(a, candidates[i%len(articles)], events)
		i++
	}
}

func TestAnnounces(t *testing.T) {
	cases := []struct {
		lang, text string
		want       bool
	}{
		{"nl", "Xi zal de top bijwonen.", true},
		{"nl", "Zal Xi komen?", true},
		{"nl", "De zalm was vers.", false},
		{"de", "Er wird an einem Gipfel teilnehmen.", true},
		{"de", "Er wirdt nicht.", false},
		{"en", "Xi will attend the summit.", true},
		{"en", "Xi's goodwill was noted.", false},
		{"ar", "وسوف يحضر القمة.", true},
		{"ar", "القمة المقرر عقدها.", true},
		{"ar", "يزور الرئيس قازاقستان.", false},
		{"ar", "أعلن الوزير أن الرئيس سيناقش الاتفاق.", true},
		{"ru", "Си будет на саммите.", true},
		{"fr", "Il va au sommet.", true},
		{"fr", "Il savait.", false},
	}
	for _, c := range cases {
		if got := Announces(c.lang, c.text); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// TestDateArticleDayHeader keeps a day header: nothing is more precise. The
// summit the day before is news, not background, and places "vrijdag".
func TestDateArticleDayHeader(t *testing.T) {
	a := datesArticle(t, "nl", "2022-09-17", "Xi waarschuwde vrijdag in Samarkand.")
	findDates(a)
	dateAlone(a, []Link{{Event: "sco", Paragraph: 0, Score: 1}}, datingEvents(t))
	if a.Date.String() != "2022-09-17" || a.DateSource != "header" || strings.Contains(a.DateReason, "outside") {
		t.Errorf("got %s from %q (%s)", a.Date, a.DateSource, a.DateReason)
	}
	if got := spanString(a.Mentions[0].Span.Span()); got != "2022-09-16" {
		t.Errorf("vrijdag: got %s (%s)", got, a.Mentions[0].Reason)
	}
}
