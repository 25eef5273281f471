package project

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

var t0 = time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)

// decide stamps decisions with increasing times and ids d1, d2, …
func decide(ds ...Decision) []Decision {
	for i := range ds {
		ds[i].ID = "d" + string(rune('a'+i))
		ds[i].Time = t0.Add(time.Duration(i) * time.Minute)
		ds[i].Author = "tester"
		if err := ds[i].Check(); err != nil {
			panic(err)
		}
	}
	return ds
}

func passages(e *data.Event) []string {
	var out []string
	for _, x := range e.Excerpts {
		out = append(out, Passage{x.Article, x.Paragraph}.String())
	}
	return out
}

func linksOf(a *data.Article) []string {
	var out []string
	for _, l := range a.Links {
		out = append(out, Passage{l.Event, l.Paragraph}.String())
	}
	return out
}

func applyOK(t *testing.T, c *data.Corpus, ds []Decision) *Result {
	t.Helper()
	before := snapshot(c)
	r := ApplyDecisions(c, ds)
	if after := snapshot(c); after != before {
		t.Fatalf("Apply changed the computed corpus:\nbefore\n%s\nafter\n%s", before, after)
	}
	for _, s := range r.Skipped {
		t.Errorf("skipped: %s", s)
	}
	return r
}

func TestApplyEventEdits(t *testing.T) {
	c := smallCorpus()
	r := applyOK(t, c, decide(
		Decision{Op: EventRename, Event: "e1", Title: "Foreign ministers meet"},
		Decision{Op: EventSummary, Event: "e1", Summary: "They met."},
		Decision{Op: EventDate, Event: "e3", Start: "2023-05", End: "2023-06", Earliest: "2023-05", Latest: "2023-06"},
		Decision{Op: EventStoryline, Event: "e1", Storyline: "water"},
		Decision{Op: EventPlace, Event: "e1", Place: "astana"},
		Decision{Op: EventActors, Event: "e1", Actors: []string{"a", "b"}},
		Decision{Op: EventStatus, Event: "e3", Status: "cancelled"},
	))
	e1, e3 := r.Corpus.Event("e1"), r.Corpus.Event("e3")
	if e1.Title != "Foreign ministers meet" || e1.Summary != "They met." || e1.Storyline != "water" ||
		e1.Place != "astana" || !slices.Equal(e1.Actors, []string{"a", "b"}) {
		t.Errorf("e1 = %+v", e1)
	}
	if e3.Span.Start != data.MonthDate(2023, 5) || e3.Span.End != data.MonthDate(2023, 6) {
		t.Errorf("e3 span = %v", e3.Span)
	}
	// Re-dated to 2023, e3 now comes first.
	if r.Corpus.Events[0].ID != "e3" {
		t.Errorf("events not re-sorted: first is %s", r.Corpus.Events[0].ID)
	}
	cur := r.Of("event", "e1")
	if want := []string{"title", "summary", "storyline", "place", "actors"}; !slices.Equal(cur.Set, want) {
		t.Errorf("e1 set = %v, want %v", cur.Set, want)
	}
	c3 := r.Of("event", "e3")
	if c3.Status != "cancelled" || c3.Earliest != data.MonthDate(2023, 5) || c3.Latest != data.MonthDate(2023, 6) {
		t.Errorf("e3 curation = %+v", c3)
	}
	if r.Of("event", "e2") != nil {
		t.Error("e2 was not curated but has a curation")
	}
}

func TestApplyMerge(t *testing.T) {
	c := smallCorpus()
	r := applyOK(t, c, decide(Decision{Op: EventMerge, Events: []string{"e1", "e2"}, Title: "Ministers meet, sign treaty"}))
	e1 := r.Corpus.Event("e1")
	if e1.Title != "Ministers meet, sign treaty" {
		t.Errorf("title %q", e1.Title)
	}
	if got, want := passages(e1), []string{"a1#0", "a1#1", "a2#0"}; !slices.Equal(got, want) {
		t.Errorf("merged passages %v, want %v (article order, a2#0 once)", got, want)
	}
	if r.Corpus.Event("e2") != nil || r.HiddenEvent("e2") == nil {
		t.Error("e2 should be hidden after the merge")
	}
	if got := linksOf(r.Corpus.Article("a2")); !slices.Equal(got, []string{"e1#0"}) {
		t.Errorf("a2 links %v, want [e1#0]", got)
	}
	if got := linksOf(r.Corpus.Article("a1")); !slices.Equal(got, []string{"e1#0", "e1#1"}) {
		t.Errorf("a1 links %v", got)
	}
	if cur := r.Of("event", "e1"); !slices.Equal(cur.Merged, []string{"e2"}) {
		t.Errorf("merged = %v", cur.Merged)
	}
}

func TestApplySplit(t *testing.T) {
	c := smallCorpus()
	r := applyOK(t, c, decide(Decision{Op: EventSplit, Event: "e1", New: "n1", Title: "Dutch report", Passages: []string{"a2#0"}}))
	e1, n1 := r.Corpus.Event("e1"), r.Corpus.Event("n1")
	if n1 == nil {
		t.Fatal("no new event n1")
	}
	if !slices.Equal(passages(e1), []string{"a1#0"}) || !slices.Equal(passages(n1), []string{"a2#0"}) {
		t.Errorf("e1 %v, n1 %v", passages(e1), passages(n1))
	}
	if n1.Span != e1.Span || n1.Storyline != e1.Storyline || n1.Source != EventFromAnalyst || n1.Title != "Dutch report" {
		t.Errorf("n1 = %+v", n1)
	}
	if got := linksOf(r.Corpus.Article("a2")); !slices.Equal(got, []string{"n1#0", "e2#0"}) {
		t.Errorf("a2 links %v", got)
	}
}

func TestApplyLinks(t *testing.T) {
	c := smallCorpus()
	quote := "Ein Bericht"
	r := applyOK(t, c, decide(
		Decision{Op: LinkRemove, Event: "e1", Article: "a2", Paragraph: intp(0)},
		Decision{Op: LinkAdd, Event: "e3", Article: "a3", Paragraph: intp(0), Quote: quote},
	))
	if !slices.Equal(passages(r.Corpus.Event("e1")), []string{"a1#0"}) {
		t.Errorf("e1 %v", passages(r.Corpus.Event("e1")))
	}
	if !slices.Equal(passages(r.Corpus.Event("e3")), []string{"a3#0"}) {
		t.Errorf("e3 %v", passages(r.Corpus.Event("e3")))
	}
	if got := linksOf(r.Corpus.Article("a2")); !slices.Equal(got, []string{"e2#0"}) {
		t.Errorf("a2 links %v", got)
	}
	if got := linksOf(r.Corpus.Article("a3")); !slices.Equal(got, []string{"e3#0"}) {
		t.Errorf("a3 links %v", got)
	}
}

func TestApplyNewEventAndStorylines(t *testing.T) {
	c := smallCorpus()
	r := applyOK(t, c, decide(
		Decision{Op: EventNew, New: "mine", Title: "Protest", Start: "2024-02", Passages: []string{"a3#0"}},
		Decision{Op: StorylineNew, Storyline: "protests", Title: "Protests"},
		Decision{Op: EventStoryline, Event: "mine", Storyline: "protests"},
		Decision{Op: StorylineRename, Storyline: "talks", Title: "Diplomacy"},
		Decision{Op: StorylineOrder, Order: []string{"protests", "water"}},
		Decision{Op: StorylineHide, Storyline: "water"},
	))
	mine := r.Corpus.Event("mine")
	if mine == nil || mine.Storyline != "protests" || mine.Span.Start != data.MonthDate(2024, 2) || !slices.Equal(passages(mine), []string{"a3#0"}) {
		t.Fatalf("mine = %+v", mine)
	}
	var ids []string
	for _, s := range r.Corpus.Storylines {
		ids = append(ids, s.ID+"="+s.Title)
	}
	if want := []string{"protests=Protests", "talks=Diplomacy", "analyst=Added by the analyst"}; !slices.Equal(ids, want) {
		t.Errorf("storylines %v, want %v", ids, want)
	}
	if r.Corpus.Event("e2") != nil || r.Corpus.Event("e3") != nil || r.HiddenEvent("e2") == nil {
		t.Error("events of the hidden storyline are still shown")
	}
	if len(r.HiddenStorylines) != 1 || r.HiddenStorylines[0].ID != "water" {
		t.Errorf("hidden storylines %v", r.HiddenStorylines)
	}
	// e2 is hidden with its storyline: articles no longer list it.
	if got := linksOf(r.Corpus.Article("a2")); !slices.Equal(got, []string{"e1#0"}) {
		t.Errorf("a2 links %v", got)
	}
}

func TestApplyArticlesAndAnnotations(t *testing.T) {
	c := smallCorpus()
	r := applyOK(t, c, decide(
		Decision{Op: ArticleDate, Article: "a1", Date: "2024-03", Reason: "the header is wrong"},
		Decision{Op: ArticleMark, Article: "a2", Mark: "irrelevant"},
		Decision{Op: Note, Event: "e1", Text: "check with the desk"},
		Decision{Op: Note, Event: "e1", Text: "confirmed by phone"},
		Decision{Op: Star, Article: "a3"},
		Decision{Op: Star, Event: "e2"},
		Decision{Op: Unstar, Event: "e2"},
		Decision{Op: Tag, Article: "a1", Paragraph: intp(1), Tag: "key"},
		Decision{Op: Tag, Storyline: "water", Tag: "brief"},
		Decision{Op: Tag, Storyline: "water", Tag: "later"},
		Decision{Op: Untag, Storyline: "water", Tag: "brief"},
	))
	a1 := r.Corpus.Article("a1")
	if a1.Date != data.MonthDate(2024, 3) || a1.DateSource != ArticleDatedByAnalyst || !strings.Contains(a1.DateReason, "the header is wrong") {
		t.Errorf("a1 = %v %v %q", a1.Date, a1.DateSource, a1.DateReason)
	}
	// Excerpts show the analyst's date of their article.
	for _, x := range r.Corpus.Event("e1").Excerpts {
		if x.Article == "a1" && r.Corpus.ArticleOf(x).Date != a1.Date {
			t.Errorf("excerpt of a1 still reads the computed article (%v)", r.Corpus.ArticleOf(x).Date)
		}
	}
	// a2 is irrelevant: it supports nothing any more.
	if slices.Contains(passages(r.Corpus.Event("e1")), "a2#0") || len(r.Corpus.Article("a2").Links) != 0 {
		t.Error("the irrelevant article still supports events")
	}
	if cur := r.Of("event", "e1"); !slices.Equal(cur.Notes, []string{"check with the desk", "confirmed by phone"}) {
		t.Errorf("notes %v", cur.Notes)
	}
	if !r.Of("article", "a3").Starred || r.Of("event", "e2").Starred {
		t.Error("stars wrong")
	}
	if got := r.Of("passage", "a1#1").Tags; !slices.Equal(got, []string{"key"}) {
		t.Errorf("passage tags %v", got)
	}
	if got := r.Of("storyline", "water").Tags; !slices.Equal(got, []string{"later"}) {
		t.Errorf("storyline tags %v", got)
	}
	if r.Of("article", "a2").Mark != "irrelevant" {
		t.Error("mark lost")
	}
}

// TestApplySkipsWhatNoLongerApplies: decisions about things that are gone
// or changed are listed with a reason naming them, and the rest apply.
func TestApplySkipsWhatNoLongerApplies(t *testing.T) {
	c := smallCorpus()
	ds := decide(
		Decision{Op: EventRename, Event: "gone", Title: "x"},
		Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(0), Quote: "Something else"},
		Decision{Op: LinkAdd, Event: "e1", Article: "a1", Paragraph: intp(7)},
		Decision{Op: ArticleDate, Article: "zz", Date: "2020"},
		Decision{Op: EventStoryline, Event: "e1", Storyline: "nope"},
		Decision{Op: EventMerge, Events: []string{"e1", "e9"}},
		Decision{Op: EventNew, New: "e2", Title: "dup", Start: "2020"},
		Decision{Op: EventSplit, Event: "e1", New: "s", Passages: []string{"a3#0"}},
		Decision{Op: EventRename, Event: "e2", Title: "Still applies"},
	)
	r := ApplyDecisions(c, ds)
	want := []string{"event gone", "paragraph 0 of article a1 changed", "article a1 has no paragraph 7",
		"article zz", "storyline nope", "event e9", "event e2 already exists", "passage a3#0 does not support event e1"}
	if len(r.Skipped) != len(want) {
		t.Fatalf("skipped %d, want %d: %v", len(r.Skipped), len(want), r.Skipped)
	}
	for i, w := range want {
		if !strings.Contains(r.Skipped[i].Reason, w) {
			t.Errorf("skipped[%d] = %q, want it to name %q", i, r.Skipped[i].Reason, w)
		}
	}
	if r.Corpus.Event("e2").Title != "Still applies" {
		t.Error("a later decision did not apply")
	}
	if !slices.Equal(passages(r.Corpus.Event("e1")), []string{"a1#0", "a2#0"}) {
		t.Errorf("e1 changed by skipped decisions: %v", passages(r.Corpus.Event("e1")))
	}
}

func TestApplyHideRestore(t *testing.T) {
	c := smallCorpus()
	ds := decide(Decision{Op: EventHide, Event: "e1"})
	r := applyOK(t, c, ds)
	if r.Corpus.Event("e1") != nil || r.HiddenEvent("e1") == nil {
		t.Fatal("e1 not hidden")
	}
	if slices.Contains(linksOf(r.Corpus.Article("a1")), "e1#0") {
		t.Error("a hidden event is still listed on its article")
	}
	ds = decide(Decision{Op: EventHide, Event: "e1"}, Decision{Op: EventRestore, Event: "e1"})
	r = applyOK(t, c, ds)
	if r.Corpus.Event("e1") == nil || len(r.Hidden) != 0 {
		t.Fatal("e1 not restored")
	}
	if snapshot(r.Corpus) != snapshot(c) {
		t.Errorf("hide then restore is not the computed corpus:\n%s\nvs\n%s", snapshot(r.Corpus), snapshot(c))
	}
}

// TestApplyShippedCorpus applies a mix of decisions to the real shipped
// corpus: what Build made must survive untouched, and the curated corpus
// must hold together (every excerpt's article lists the link).
func TestApplyShippedCorpus(t *testing.T) {
	c := shippedCorpus(t)
	var two []*data.Event
	for _, e := range c.Events {
		if len(e.Excerpts) > 0 {
			two = append(two, e)
		}
	}
	if len(two) < 3 {
		t.Fatalf("the shipped corpus has %d supported events", len(two))
	}
	x := two[2].Excerpts[0]
	ds := decide(
		Decision{Op: EventMerge, Events: []string{two[0].ID, two[1].ID}},
		Decision{Op: LinkRemove, Event: two[2].ID, Article: x.Article, Paragraph: intp(x.Paragraph), Quote: x.Text[:10]},
		Decision{Op: ArticleDate, Article: c.Articles[0].ID, Date: "2022"},
	)
	r := applyOK(t, c, ds)
	for _, e := range r.Corpus.Events {
		for _, x := range e.Excerpts {
			a := r.Corpus.Article(x.Article)
			if !slices.ContainsFunc(a.Links, func(l data.Link) bool { return l.Event == e.ID && l.Paragraph == x.Paragraph }) {
				t.Errorf("event %s lists %s#%d, which does not list it", e.ID, x.Article, x.Paragraph)
			}
			if r.Corpus.ArticleOf(x) != a {
				t.Errorf("event %s excerpt of %s reads a stale article", e.ID, x.Article)
			}
		}
	}
	for _, a := range r.Corpus.Articles {
		for _, l := range a.Links {
			if r.Corpus.Event(l.Event) == nil {
				t.Errorf("article %s links to %s, which is not shown", a.ID, l.Event)
			}
		}
	}
}

// TestPassagesOutOfArticleOrder: a computed event whose passages are not
// in article order (discovery may append some) is edited correctly, and
// comes out in article order.
func TestPassagesOutOfArticleOrder(t *testing.T) {
	c := smallCorpus()
	e1 := c.Event("e1")
	e1.Excerpts[0], e1.Excerpts[1] = e1.Excerpts[1], e1.Excerpts[0] // a2#0, a1#0
	r := applyOK(t, c, decide(
		Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(0)},
		Decision{Op: LinkAdd, Event: "e1", Article: "a3", Paragraph: intp(0)},
		Decision{Op: LinkAdd, Event: "e1", Article: "a1", Paragraph: intp(1)},
	))
	if got, want := passages(r.Corpus.Event("e1")), []string{"a1#1", "a2#0", "a3#0"}; !slices.Equal(got, want) {
		t.Errorf("e1 %v, want %v", got, want)
	}
	if got := passages(c.Event("e1")); !slices.Equal(got, []string{"a2#0", "a1#0"}) {
		t.Errorf("the computed event changed: %v", got)
	}
}

// TestApplyBatchedPassageChanges: passages removed and added in one
// project, in every order, come out as if each decision had been applied
// on its own (Apply batches them, excerpts.go).
func TestApplyBatchedPassageChanges(t *testing.T) {
	c := smallCorpus()
	cases := []struct {
		name string
		ds   []Decision
		e1   []string
		e2   []string
	}{
		{"remove then add back", decide(
			Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(0)},
			Decision{Op: LinkAdd, Event: "e1", Article: "a1", Paragraph: intp(0)},
		), []string{"a1#0", "a2#0"}, []string{"a1#1", "a2#0"}},
		{"add then remove", decide(
			Decision{Op: LinkAdd, Event: "e1", Article: "a1", Paragraph: intp(1)},
			Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(1)},
		), []string{"a1#0", "a2#0"}, []string{"a1#1", "a2#0"}},
		{"added in article order", decide(
			Decision{Op: LinkAdd, Event: "e1", Article: "a3", Paragraph: intp(0)},
			Decision{Op: LinkAdd, Event: "e1", Article: "a1", Paragraph: intp(1)},
		), []string{"a1#0", "a1#1", "a2#0", "a3#0"}, []string{"a1#1", "a2#0"}},
		{"split an added passage", decide(
			Decision{Op: LinkAdd, Event: "e1", Article: "a3", Paragraph: intp(0)},
			Decision{Op: EventSplit, Event: "e1", New: "n", Passages: []string{"a3#0", "a1#0"}},
		), []string{"a2#0"}, []string{"a1#1", "a2#0"}},
		{"merge with pending changes", decide(
			Decision{Op: LinkRemove, Event: "e2", Article: "a2", Paragraph: intp(0)},
			Decision{Op: LinkAdd, Event: "e2", Article: "a3", Paragraph: intp(0)},
			Decision{Op: EventMerge, Events: []string{"e1", "e2"}},
		), []string{"a1#0", "a1#1", "a2#0", "a3#0"}, nil},
		{"unlink twice", decide(
			Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(0)},
			Decision{Op: LinkRemove, Event: "e1", Article: "a1", Paragraph: intp(0)},
		), []string{"a2#0"}, []string{"a1#1", "a2#0"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(c)
			r := ApplyDecisions(c, tc.ds)
			if snapshot(c) != before {
				t.Fatal("the computed corpus changed")
			}
			if tc.name == "unlink twice" {
				if len(r.Skipped) != 1 {
					t.Errorf("the second unlink should not apply: %v", r.Skipped)
				}
			} else if len(r.Skipped) != 0 {
				t.Errorf("skipped %v", r.Skipped)
			}
			if got := passages(r.Corpus.Event("e1")); !slices.Equal(got, tc.e1) {
				t.Errorf("e1 %v, want %v", got, tc.e1)
			}
			var e2 []string
			if e := r.Corpus.Event("e2"); e != nil {
				e2 = passages(e)
			}
			if !slices.Equal(e2, tc.e2) {
				t.Errorf("e2 %v, want %v", e2, tc.e2)
			}
			// Every passage shown is listed on its article, and back.
			for _, e := range r.Corpus.Events {
				for _, x := range e.Excerpts {
					if !slices.Contains(linksOf(r.Corpus.Article(x.Article)), Passage{e.ID, x.Paragraph}.String()) {
						t.Errorf("%s lists %s#%d, whose article does not list it", e.ID, x.Article, x.Paragraph)
					}
				}
			}
		})
	}
}

// TestStatesShareUnchangedPassageLists: re-dating an article or changing
// another event's links copies articles, but the passage lists of events
// whose passages did not change stay the computed ones (no state copies
// them), and the passages still read the analyst's copy of the article.
func TestStatesShareUnchangedPassageLists(t *testing.T) {
	c := smallCorpus()
	e1 := c.Event("e1")
	r := applyOK(t, c, decide(
		Decision{Op: ArticleDate, Article: "a1", Date: "2024-03"},
		Decision{Op: LinkRemove, Event: "e2", Article: "a2", Paragraph: intp(0)},
		Decision{Op: EventRename, Event: "e1", Title: "Renamed"},
	))
	got := r.Corpus.Event("e1")
	if len(got.Excerpts) != len(e1.Excerpts) || &got.Excerpts[0] != &e1.Excerpts[0] {
		t.Error("an event whose passages did not change got a copy of its passage list")
	}
	for _, x := range got.Excerpts {
		if a := r.Corpus.ArticleOf(x); a != r.Corpus.Article(x.Article) {
			t.Errorf("passage %s#%d reads a stale article", x.Article, x.Paragraph)
		}
	}
	if a := r.Corpus.ArticleOf(got.Excerpts[0]); a.Date != data.MonthDate(2024, 3) {
		t.Errorf("the passage of the re-dated article reads %v", a.Date)
	}
	if c.ArticleOf(e1.Excerpts[0]).Date != data.DayDate(2024, 3, 2) {
		t.Error("the computed corpus reads the analyst's date")
	}
}
