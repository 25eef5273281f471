package discover_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/seeds"
)

// build loads the articles (file name → text) with the shipped names and
// no catalogue, as a folder the app has never seen.
func build(t testing.TB, files map[string]string) *data.Corpus {
	t.Helper()
	cur, err := shippedNames()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := pipeline.Build(context.Background(), fsys, "test", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// shippedNames reads the shipped curated files once, without their
// catalogue.
var shippedNames = sync.OnceValues(func() (data.Curated, error) {
	cur, err := data.LoadCurated(seeds.FS)
	cur.Catalogue = nil
	return cur, err
})

// articlesOf returns the sorted ids of the articles an event's passages
// come from.
func articlesOf(e *data.Event) []string {
	var ids []string
	for _, x := range e.Excerpts {
		if !slices.Contains(ids, x.Article) {
			ids = append(ids, x.Article)
		}
	}
	slices.Sort(ids)
	return ids
}

// eventsWith returns the events that list a passage of article id.
func eventsWith(c *data.Corpus, id string) []*data.Event {
	var out []*data.Event
	for _, e := range c.Events {
		if slices.Contains(articlesOf(e), id) {
			out = append(out, e)
		}
	}
	return out
}

// The same summit told in three languages is one event, dated to the day,
// titled from its kind, organisation and place, with its passages and
// evidence in every language.
func TestOneStoryThreeLanguagesOneEvent(t *testing.T) {
	c := build(t, map[string]string{
		"en.txt": " date 2024-07-05\n\nThe heads of state of the SCO gathered for their summit in Astana on 4 July 2024, the host said.\n\nTrade was high on the agenda.\n",
		"fr.txt": " date 2024-07-05\n\nLe sommet de l'OCS s'est tenu à Astana le 4 juillet 2024, en présence de nombreux dirigeants.\n",
		"ru.txt": " date 2024-07-05\n\nСаммит ШОС прошёл в Астане 4 июля 2024 года. Лидеры обсудили торговлю.\n",
	})
	var summit *data.Event
	for _, e := range c.Events {
		if e.Kind == "summit" {
			if summit != nil {
				t.Fatalf("two summit events: %q and %q", summit.Title, e.Title)
			}
			summit = e
		}
	}
	if summit == nil {
		t.Fatalf("no summit among %d events", len(c.Events))
	}
	if got := articlesOf(summit); !slices.Equal(got, []string{"en", "fr", "ru"}) {
		t.Errorf("summit articles %v, want en, fr, ru", got)
	}
	if summit.Title != "SCO summit in Astana" {
		t.Errorf("title %q", summit.Title)
	}
	if summit.Span.Start != data.DayDate(2024, 7, 4) || summit.Span.Start.Precision != data.Day {
		t.Errorf("date %v", summit.Span)
	}
	if summit.Place != "astana" || !slices.Contains(summit.Actors, "sco") {
		t.Errorf("place %q actors %v", summit.Place, summit.Actors)
	}
	if summit.Strength.Articles != 3 || summit.Strength.Languages != 3 || summit.Strength.Weak {
		t.Errorf("strength %+v", summit.Strength)
	}
	if summit.Source != data.EventFromText || summit.Announced {
		t.Errorf("source %s announced %v", summit.Source, summit.Announced)
	}
	for _, x := range summit.Excerpts {
		a := c.Article(x.Article)
		if a.Text[x.Start:x.End] != x.Text {
			t.Errorf("%s: excerpt span does not hold its text", x.Article)
		}
		kinds := map[string]bool{}
		for _, m := range x.Evidence {
			if a.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: evidence %+v is not at its span", x.Article, m)
			}
			kinds[m.Kind] = true
		}
		for _, k := range []string{data.EvidenceDate, data.EvidenceTerm, data.EvidencePlace, data.EvidenceActor} {
			if !kinds[k] {
				t.Errorf("%s: no %s evidence in %+v", x.Article, k, x.Evidence)
			}
		}
	}
	// Each article's passage is linked to the event.
	for _, id := range []string{"en", "fr", "ru"} {
		a := c.Article(id)
		if !slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == summit.ID }) {
			t.Errorf("%s is not linked to %s", id, summit.ID)
		}
	}
}

// The same election a year earlier is another event, and the same leaders
// at another summit are another event.
func TestLookAlikesStayApart(t *testing.T) {
	c := build(t, map[string]string{
		"a.txt": " date 2022-11-21\n\nKazakhstan held a presidential election on 20 November 2022, and Tokayev won.\n",
		"b.txt": " date 2022-11-21\n\nIn Kasachstan fand am 20. November 2022 die Präsidentenwahl statt; Tokajew gewann.\n",
		"c.txt": " date 2023-11-21\n\nKazakhstan held a presidential election on 20 November 2023 in this imagined test, and Tokayev won.\n",
		"d.txt": " date 2022-09-17\n\nXi Jinping and Vladimir Putin met at the SCO summit in Samarkand on 16 September 2022.\n",
		"e.txt": " date 2024-07-05\n\nXi Jinping and Vladimir Putin met at the SCO summit in Astana on 4 July 2024.\n",
	})
	ab, cc := eventsWith(c, "a"), eventsWith(c, "c")
	if len(ab) != 1 || len(cc) != 1 {
		t.Fatalf("a in %d events, c in %d", len(ab), len(cc))
	}
	if ab[0] == cc[0] {
		t.Errorf("the elections of 2022 and 2023 are one event %q", ab[0].Title)
	}
	if got := articlesOf(ab[0]); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("2022 election articles %v", got)
	}
	if ab[0].Title != "Kazakhstan presidential election" {
		t.Errorf("title %q", ab[0].Title)
	}
	d, e := eventsWith(c, "d"), eventsWith(c, "e")
	if len(d) != 1 || len(e) != 1 || d[0] == e[0] {
		t.Errorf("the two summits: %d and %d events, same=%v", len(d), len(e), len(d) == 1 && len(e) == 1 && d[0] == e[0])
	}
}

// A summit announced for a date after the article's is marked announced
// until a report says it took place; a date far back is a background
// mention that goes to the event of its own date, not the article's.
func TestAnnouncedAndBackground(t *testing.T) {
	c := build(t, map[string]string{
		"plan.txt":   " date 2024-06-20\n\nThe SCO summit will take place in Astana on 4 July 2024.\n",
		"report.txt": " date 2024-07-05\n\nThe SCO summit in Astana on 4 July 2024 ended with a declaration.\n",
		"only.txt":   " date 2024-06-20\n\nThe CSTO summit will be held in Astana on 28 November 2024.\n",
		"back.txt":   " date 2024-07-05\n\nKazakhstan held a referendum on 5 June 2022 on the constitution.\n",
		"past.txt":   " date 2023-09-10\n\nThe forum of Central Asia, founded in Astana on 1 November 2015, will meet again.\n",
	})
	sawPast := false
	for _, e := range c.Events {
		switch {
		case slices.Contains(articlesOf(e), "report"):
			if e.Announced || !slices.Contains(articlesOf(e), "plan") {
				t.Errorf("reported summit %q: announced %v, articles %v", e.Title, e.Announced, articlesOf(e))
			}
		case slices.Contains(articlesOf(e), "only"):
			if !e.Announced {
				t.Errorf("summit only announced is not marked: %q", e.Title)
			}
		case slices.Contains(articlesOf(e), "past"):
			sawPast = true
			// A future tense does not make a date long past announced.
			if e.Announced || e.Span.Start != data.DayDate(2015, 11, 1) {
				t.Errorf("%q at %v announced %v", e.Title, e.Span, e.Announced)
			}
		case slices.Contains(articlesOf(e), "back"):
			if e.Span.Start != data.DayDate(2022, 6, 5) || !e.Strength.Weak {
				t.Errorf("background referendum %q at %v, weak %v", e.Title, e.Span, e.Strength.Weak)
			}
		}
	}
	if !sawPast {
		t.Error("no event for the founding in 2015")
	}
}

// Ids come from the content: loading again gives the same ids, and
// adding an unrelated article changes none of them.
func TestStableIDs(t *testing.T) {
	files := map[string]string{
		"en.txt": " date 2024-07-05\n\nThe SCO summit took place in Astana on 4 July 2024.\n",
		"ru.txt": " date 2024-10-07\n\nРеферендум в Казахстане прошёл 6 октября 2024 года.\n",
	}
	ids := func(c *data.Corpus) []string {
		var out []string
		for _, e := range c.Events {
			if e.Source == data.EventFromText {
				out = append(out, e.ID)
			}
		}
		slices.Sort(out)
		return out
	}
	first := ids(build(t, files))
	if len(first) != 2 {
		t.Fatalf("%d events, want 2: %v", len(first), first)
	}
	if again := ids(build(t, files)); !slices.Equal(first, again) {
		t.Errorf("ids changed on reload: %v then %v", first, again)
	}
	files["zz.txt"] = " date 2023-05-20\n\nA flood hit Almaty on 19 May 2023.\n"
	more := ids(build(t, files))
	for _, id := range first {
		if !slices.Contains(more, id) {
			t.Errorf("id %s lost when an article was added: %v", id, more)
		}
	}
	for _, id := range first {
		if !strings.HasPrefix(id, "ev-") {
			t.Errorf("id %q", id)
		}
	}
}

// Events that share names and lie close in time form a storyline with a
// generated title; a lone event stays in the other lane.
func TestStorylinesFound(t *testing.T) {
	c := build(t, map[string]string{
		"a.txt": " date 2024-07-03\n\nXi Jinping arrived in Astana on 2 July 2024 for a state visit.\n",
		"b.txt": " date 2024-07-05\n\nThe SCO summit in Astana on 4 July 2024 was attended by Xi Jinping.\n",
		"c.txt": " date 2021-03-02\n\nA flood hit Almaty on 1 March 2021.\n",
	})
	lane := map[string]string{}
	for _, e := range c.Events {
		for _, id := range articlesOf(e) {
			lane[id] = e.Storyline
		}
	}
	if lane["a"] == "" || lane["a"] != lane["b"] || lane["a"] == data.OtherStoryline {
		t.Errorf("visit and summit lanes %q and %q", lane["a"], lane["b"])
	}
	if lane["c"] != data.OtherStoryline {
		t.Errorf("lone flood in lane %q", lane["c"])
	}
	// The lane is titled by one of its events, the others counted.
	var titles []string
	for _, e := range c.Events {
		if e.Storyline == lane["a"] {
			titles = append(titles, e.Title+" and 1 related event, Jul 2024")
		}
	}
	for _, s := range c.Storylines {
		if s.ID == lane["a"] && !slices.Contains(titles, s.Title) {
			t.Errorf("storyline title %q, want one of %q", s.Title, titles)
		}
	}
}

// A report's lead that tells what happened without a date supports the
// event of its kind and names in the days before the report, and no
// other: not one weeks earlier.
func TestUndatedLeadSupportsRecentEvent(t *testing.T) {
	c := build(t, map[string]string{
		"dated.txt":  " date 2024-10-07\n\nKazakhstan held a referendum on nuclear power on 6 October 2024.\n",
		"lead.txt":   " date 2024-10-07\n\nVoters in Kazakhstan backed nuclear power in a referendum, officials said.\n\nTurnout was high.\n",
		"later.txt":  " date 2024-11-20\n\nThe referendum in Kazakhstan still divides the country, officials said.\n",
		"future.txt": " date 2024-10-05\n\nKazakhstan will hold a referendum on nuclear power, officials said.\n",
	})
	events := eventsWith(c, "dated")
	if len(events) != 1 {
		t.Fatalf("dated article in %d events", len(events))
	}
	got := articlesOf(events[0])
	if !slices.Equal(got, []string{"dated", "lead"}) {
		t.Errorf("referendum articles %v, want dated and lead", got)
	}
	if events[0].Span.Start != data.DayDate(2024, 10, 6) {
		t.Errorf("date %v: an undated passage must not move it", events[0].Span)
	}
}

// A national vote whose sentence names only a person takes the country
// its article is about, in every language; an inauguration is titled by
// the person who takes office (named most), not the guests.
func TestTitlesFromTheArticle(t *testing.T) {
	tests := []struct {
		lang, text string
		kind       string
		want       string
	}{
		{"en", " date 2023-03-02\n\nKazakhstan prepares for a new parliament. Officials in Kazakhstan expect a high turnout on 19 March 2023.\n\nIn 2019, Kassym-Jomart Tokayev won the presidential election with seventy percent of the votes cast.\n", "election", "Kazakhstan presidential election"},
		{"fr", " date 2022-05-02\n\nLe Tadjikistan réforme sa constitution. Les autorités du Tadjikistan ont publié le texte le 30 avril 2022.\n\nEn 2020, Emomali Rahmon a remporté l'élection présidentielle avec plus de quatre-vingt-dix pour cent des voix.\n", "election", "Tajikistan presidential election"},
		{"de", " date 2021-06-02\n\nUsbekistan baut neue Straßen. In Usbekistan wurde am 30. Mai 2021 eine Autobahn eingeweiht.\n\nIm Jahr 2016 gewann Shavkat Mirziyoyev die Präsidentschaftswahl mit fast neunzig Prozent der Stimmen.\n", "election", "Uzbekistan presidential election"},
		{"ru", " date 2020-10-02\n\nКыргызстан готовит реформу. Правительство Кыргызстана утвердило план 30 сентября 2020 года.\n\nНа выборах 2017 года Сооронбай Жээнбеков получил более половины голосов избирателей.\n", "election", "Kyrgyzstan election"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{tt.lang + ".txt": tt.text})
		var titles []string
		found := false
		for _, e := range c.Events {
			titles = append(titles, e.Kind+": "+e.Title)
			if e.Kind == tt.kind && e.Title == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %s titled %q; events: %q", tt.lang, tt.kind, tt.want, titles)
		}
	}
}
