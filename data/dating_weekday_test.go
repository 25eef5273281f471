package data

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// weekdayCurated is a small catalogue for the tests of weekdays, names-only
// links and dropped links: fuel protests on Sunday 2 Jan 2022 and a
// shoot-to-kill order on Friday 7 Jan 2022, both in Kazakhstan, with
// their words in four languages.
func weekdayCurated(t testing.TB) Curated {
	names := []*Name{
		{ID: "kazakhstan", Kind: Place, English: "Kazakhstan", Spellings: map[string][]string{
			"en": {"Kazakhstan"}, "nl": {"Kazachstan"}, "de": {"Kasachstan"}, "ar": {"كازاخستان"}}},
		{ID: "tokayev", Kind: Person, English: "Tokayev", Spellings: map[string][]string{
			"en": {"Tokayev"}, "nl": {"Tokajev"}, "de": {"Tokajew"}, "ar": {"توكاييف"}}},
	}
	protests := datingEvent(t, "protests", "unrest", "Fuel protests begin", "2022-01-02", "")
	protests.Place = "kazakhstan"
	protests.Terms = map[string][]string{
		"en": {"fuel prices"}, "nl": {"brandstofprijzen"}, "de": {"Treibstoffpreise"}, "ar": {"أسعار الوقود"}}
	shoot := datingEvent(t, "shoot", "unrest", "Shoot-to-kill order", "2022-01-07", "")
	shoot.Place, shoot.Actors = "kazakhstan", []string{"tokayev"}
	shoot.Terms = map[string][]string{
		"en": {"shoot to kill"}, "nl": {"schieten om te doden"}, "de": {"Schießbefehl"}, "ar": {"دون سابق إنذار"}}
	cat := &Catalogue{Storylines: []Storyline{{ID: "unrest", Title: "Unrest"}}, Events: []*Event{protests, shoot}}
	return Curated{Catalogue: cat, Names: names}
}

// weekdayCases are articles written for these tests. Each is built alone
// with weekdayCurated.
var weekdayCases = []struct {
	name, lang, header, text string
	date                     string
	source                   DateSource
	reason                   string // a substring of the reason
	links                    []string
}{
	// A weekday that names no day of the only linked event: the article
	// was written another day, known to the month.
	{
		name: "en weekday elsewhere contradicts", lang: "en",
		text: "The president said on Thursday that order had returned.\nThe protests over fuel prices were the worst in decades.",
		date: "2022-01", source: "event", links: []string{"protests"},
		reason: `reports "Fuel protests begin" (2 Jan 2022), but "on Thursday" is not that day: known to the month`,
	},
	{
		name: "nl weekday elsewhere contradicts", lang: "nl",
		text: "De president zei donderdag dat de rust was teruggekeerd.\nDe onrust over de brandstofprijzen was de ergste in jaren.",
		date: "2022-01", source: "event", links: []string{"protests"},
		reason: `but "donderdag" is not that day: known to the month`,
	},
	{
		name: "de weekday of the event's paragraph contradicts", lang: "de",
		text: "Der Präsident sagte am Donnerstag, die Proteste gegen die Treibstoffpreise seien vorbei.",
		date: "2022-01", source: "event", links: []string{"protests"},
		reason: `but "am Donnerstag" is not that day: known to the month`,
	},
	{
		name: "ar weekday elsewhere contradicts", lang: "ar",
		text: "قال الرئيس يوم الخميس إن الوضع هادئ.\nكانت الاحتجاجات على أسعار الوقود الأسوأ منذ سنوات.",
		date: "2022-01", source: "event", links: []string{"protests"},
		reason: `but "يوم الخميس" is not that day: known to the month`,
	},
	// A day header is the date; the event still agrees with its month.
	{
		name: "en day header and a contradicting weekday", lang: "en", header: "2022-01-05",
		text: "The president said on Wednesday that order had returned.\nThe protests over fuel prices were the worst in decades.",
		date: "2022-01-05", source: "header+event", links: []string{"protests"},
		reason: `but "on Wednesday" is not that day`,
	},
	// A weekday that falls on the event's day agrees with it, in its own
	// paragraph or in another.
	{
		name: "en weekday elsewhere agrees", lang: "en",
		text: "Protests over fuel prices spread across the country.\nThe police stayed in their barracks on Sunday.",
		date: "2022-01-02", source: "event", links: []string{"protests"},
	},
	{
		name: "nl weekday agrees", lang: "nl",
		text: "Zondag verspreidden de protesten tegen de brandstofprijzen zich over het land.",
		date: "2022-01-02", source: "event", links: []string{"protests"},
	},
	{
		name: "de weekday agrees", lang: "de",
		text: "Am Sonntag breiteten sich die Proteste gegen die Treibstoffpreise im ganzen Land aus.",
		date: "2022-01-02", source: "event", links: []string{"protests"},
	},
	{
		name: "ar weekday agrees", lang: "ar",
		text: "انتشرت يوم الأحد الاحتجاجات على أسعار الوقود في أنحاء البلاد.",
		date: "2022-01-02", source: "event", links: []string{"protests"},
	},
	// A place and a person say which story, not when: a link made on names
	// alone never dates an article.
	{
		name: "en names only", lang: "en",
		text: "Tokayev spoke in Kazakhstan about the future.",
		date: "", source: "", links: []string{"shoot"},
		reason: `only names tie it to "Shoot-to-kill order" (7 Jan 2022), which says which story, not when`,
	},
	{
		name: "nl names only", lang: "nl",
		text: "Tokajev sprak in Kazachstan over de toekomst van het land en de economie.",
		date: "", source: "", links: []string{"shoot"},
	},
	{
		name: "de names only", lang: "de",
		text: "Tokajew sprach in Kasachstan über die Zukunft des Landes und die Wirtschaft.",
		date: "", source: "", links: []string{"shoot"},
	},
	{
		name: "ar names only", lang: "ar",
		text: "تحدث توكاييف في كازاخستان عن المستقبل.",
		date: "", source: "", links: []string{"shoot"},
	},
	// The event's day is proposed first, but the date in its sentence
	// contradicts the link, which ConfirmLinks drops: the text dates the
	// article, and the reason names no event.
	{
		name: "en dropped candidate", lang: "en", header: "2022-01",
		text: "The protests over fuel prices began on 1 January.",
		date: "2022-01-01", source: "header+text",
	},
	{
		name: "nl dropped candidate", lang: "nl", header: "2022-01",
		text: "De protesten tegen de brandstofprijzen begonnen op 1 januari.",
		date: "2022-01-01", source: "header+text",
	},
	{
		name: "de dropped candidate", lang: "de", header: "2022-01",
		text: "Die Proteste gegen die Treibstoffpreise begannen am 1. Januar in der Stadt und im ganzen Land.",
		date: "2022-01-01", source: "header+text",
	},
	{
		name: "ar dropped candidate", lang: "ar", header: "2022-01",
		text: "بدأت الاحتجاجات على أسعار الوقود في 1 يناير.",
		date: "2022-01-01", source: "header+text",
	},
	// An event named only in a passage about what is to come dates nothing,
	// and the reason says so rather than claiming there is no linked event.
	{
		name: "en announced only", lang: "en",
		text: "Officials said on Friday that the government will cut fuel prices next month.",
		date: "", source: "", links: []string{"protests"},
		reason: `"Fuel protests begin" (2 Jan 2022) is named only in a passage about what is to come`,
	},
}

// buildOne builds a corpus of the one article text (with a header when
// header is not "") against cur.
func buildOne(t testing.TB, cur Curated, header, text string) *Article {
	t.Helper()
	if header != "" {
		text = " date " + header + "\n\n" + text
	}
	fsys := fstest.MapFS{"article.txt": {Data: []byte(text)}}
	c, err := Build(context.Background(), fsys, "test", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 {
		t.Fatalf("%d articles, want 1 (problems %v)", len(c.Articles), c.Problems)
	}
	return c.Articles[0]
}

// checkCitesOnlyLinked fails when a's reason names an event a is not
// linked to.
func checkCitesOnlyLinked(t testing.TB, a *Article, events []*Event) {
	t.Helper()
	for _, e := range events {
		if strings.Contains(a.DateReason, e.Title) && !linksTo(a, e.ID) {
			t.Errorf("reason %q names %q, which is not among the links %v", a.DateReason, e.Title, a.Links)
		}
	}
}

func linksTo(a *Article, event string) bool {
	for _, l := range a.Links {
		if l.Event == event {
			return true
		}
	}
	return false
}

func TestDatingWeekdaysAndWeakLinks(t *testing.T) {
	cur := weekdayCurated(t)
	for _, c := range weekdayCases {
		t.Run(c.name, func(t *testing.T) {
			a := buildOne(t, cur, c.header, c.text)
			if a.Language != c.lang {
				t.Fatalf("language %q, want %q", a.Language, c.lang)
			}
			if a.Date.String() != c.date || a.DateSource != c.source {
				t.Errorf("got %s from %q, want %s from %q (reason: %s)", a.Date, a.DateSource, c.date, c.source, a.DateReason)
			}
			if !strings.Contains(a.DateReason, c.reason) {
				t.Errorf("reason %q does not say %q", a.DateReason, c.reason)
			}
			if a.Date.Precision == Day && strings.Contains(a.DateReason, "known to the") {
				t.Errorf("dated to the day, but the reason says %q", a.DateReason)
			}
			var linked []string
			for _, l := range a.Links {
				if !strings.Contains(strings.Join(linked, " "), l.Event) {
					linked = append(linked, l.Event)
				}
			}
			if strings.Join(linked, " ") != strings.Join(c.links, " ") {
				t.Errorf("linked to %q, want %q", linked, c.links)
			}
			checkCitesOnlyLinked(t, a, cur.Catalogue.Events)
		})
	}
}

// FuzzDatingCitesOnlyLinks checks, on any text, the promises that hold
// whatever the words: the reason names only linked events, and no day
// comes from events that only names tie to the article.
func FuzzDatingCitesOnlyLinks(f *testing.F) {
	for _, c := range weekdayCases {
		f.Add(c.header, c.text)
	}
	cur := weekdayCurated(f)
	f.Fuzz(func(t *testing.T, header, text string) {
		if strings.ContainsAny(header, "\r\n") {
			return
		}
		fsys := fstest.MapFS{"article.txt": {Data: []byte(" date " + header + "\n\n" + text)}}
		c, err := Build(context.Background(), fsys, "test", cur, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range c.Articles {
			checkCitesOnlyLinked(t, a, cur.Catalogue.Events)
			if a.DateSource == SourceEvent && a.Date.Precision == Day && !linkedByTerm(a) {
				t.Errorf("day %s from events tied by names alone: %s", a.Date, a.DateReason)
			}
		}
	})
}

// linkedByTerm reports whether some link of a has a word of its event.
func linkedByTerm(a *Article) bool {
	for _, l := range a.Links {
		if !namesOnly(l) && len(l.Evidence) > 0 {
			return true
		}
	}
	return false
}

// A weekday in a sentence that announces what is to come lies on or after
// the article's day, in every language; the same weekday told as past
// lies on or before it. The article is of Tuesday 11 March 2025.
func TestAnnouncedWeekdayLiesAhead(t *testing.T) {
	for _, c := range []struct {
		lang, text, words, want string
	}{
		{"en", "Rahmon is due in Bishkek on Wednesday for a state visit, the presidency said.", "on Wednesday", "2025-03-12"},
		{"en", "Rahmon arrived in Bishkek on Wednesday for a state visit, the presidency said.", "on Wednesday", "2025-03-05"},
		{"de", "Rahmon wird am Mittwoch zu einem Staatsbesuch in Bischkek erwartet.", "am Mittwoch", "2025-03-12"},
		{"fr", "Rahmon se rendra mercredi à Bichkek pour une visite d'État.", "mercredi", "2025-03-12"},
		{"nl", "Het overleg staat voor woensdag gepland en wordt in Bisjkek gehouden.", "voor woensdag", "2025-03-12"},
		{"ru", "Рахмон прибудет в Бишкек в среду с государственным визитом.", "в среду", "2025-03-12"},
		{"es", "Rahmon viajará el miércoles a Biskek en visita de Estado.", "el miércoles", "2025-03-12"},
		{"en, the same day", "The treaty will be signed on Tuesday in Bishkek, the presidency said.", "on Tuesday", "2025-03-11"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			lang, _, _ := strings.Cut(c.lang, ",")
			a := datesArticle(t, lang, "", "11.03.2025\n\n"+c.text)
			dateAlone(a, nil, nil)
			if a.Date.String() != "2025-03-11" {
				t.Fatalf("dated %s: %s", a.Date, a.DateReason)
			}
			for _, m := range a.Mentions {
				if m.Text == c.words {
					if m.Span.Span().Start.String() != c.want {
						t.Errorf("%q placed at %s, want %s: %s", c.words, m.Span.Start(), c.want, m.Reason)
					}
					return
				}
			}
			t.Errorf("no mention %q in %+v", c.words, a.Mentions)
		})
	}
}
