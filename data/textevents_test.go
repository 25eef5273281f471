package data_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

func TestTextEvents(t *testing.T) {
	year2019 := data.Span{Start: data.YearDate(2019)}
	jan2 := data.Span{Start: data.DayDate(2022, 1, 2)}

	// Article a mentions 2019 twice in one paragraph and 2 January in a
	// paragraph linked to an event of that day; b mentions 2019 too, its
	// own date, and a weekday; c is a duplicate of b.
	a := newArticle("nl",
		"De oefeningen werden in 2019 gehouden en in 2019 herhaald.",
		"De opstand begon op 2 januari uit onvrede over de brandstofprijzen.")
	a.Mentions = []data.DateMention{
		mention(a, 0, "2019", data.MentionExplicit, year2019),
		{Paragraph: 0, Start: strings.LastIndex(a.Text, "2019"), End: strings.LastIndex(a.Text, "2019") + 4, Text: "2019", Kind: data.MentionExplicit, Span: year2019},
		mention(a, 1, "2 januari", data.MentionExplicit, jan2),
	}
	a.Links = []data.Link{{Event: "protests", Paragraph: 1}}
	a.ID = "a"

	b := newArticle("ar", "أجريت مثل هذه التدريبات في جميع أنحاء المنطقة في عام 2019 ، لكنها عُلقت أثناء الوباء الذي انتشر في العالم كله بسرعة كبيرة جدا.",
		"نشر المقال في 14 سبتمبر 2022 يوم الأربعاء.")
	b.ID = "b"
	b.Date = data.DayDate(2022, 9, 14)
	b.Mentions = []data.DateMention{
		mention(b, 0, "في عام 2019", data.MentionExplicit, year2019),
		mention(b, 1, "14 سبتمبر 2022", data.MentionExplicit, data.Span{Start: b.Date}),
		mention(b, 1, "يوم الأربعاء", data.MentionWeekday, data.Span{Start: b.Date}),
	}
	c := *b
	c.ID, c.DuplicateOf = "c", "b"

	corpus := &data.Corpus{
		Articles: []*data.Article{a, b, &c},
		Events: []*data.Event{{ID: "protests", Title: "Protests", Span: jan2, Storyline: "kz",
			Source: data.EventFromCatalogue}},
	}
	events := data.TextEvents(corpus)
	if len(events) != 1 {
		t.Fatalf("got %d text events, want 1 (2019): %v", len(events), eventIDs(events))
	}
	e := events[0]
	if e.ID != "text-2019-1" || e.Span != year2019 || e.Source != data.EventFromText || e.Storyline != data.OtherStoryline {
		t.Errorf("event %s %v %s %s", e.ID, e.Span, e.Source, e.Storyline)
	}
	var excerpts []string
	for _, x := range e.Excerpts {
		var dates []string
		for _, m := range x.Evidence {
			if m.Kind != "date" || m.Ref != "2019" || x.ArticleRef.Text[m.Start:m.End] != m.Text {
				t.Errorf("evidence %+v", m)
			}
			dates = append(dates, m.Text)
		}
		if x.Text != x.ArticleRef.Paragraphs[x.Paragraph].Text || x.Language != x.ArticleRef.Language {
			t.Errorf("excerpt %+v is not its paragraph", x)
		}
		excerpts = append(excerpts, fmt.Sprintf("%s p%d %q", x.Article, x.Paragraph, dates))
	}
	want := []string{`a p0 ["2019" "2019"]`, `b p0 ["في عام 2019"]`}
	if !slices.Equal(excerpts, want) {
		t.Errorf("excerpts %q, want %q", excerpts, want)
	}
	if want := "Mentioned: De oefeningen werden in 2019 gehouden en in 2019 herhaald."; e.Title != want {
		t.Errorf("title %q, want %q", e.Title, want)
	}
}

// TestTextEventTitles checks the quoted fragment of long sentences: cut at
// words, around the date, marked with "…".
func TestTextEventTitles(t *testing.T) {
	for _, tc := range []struct {
		sentence, date string
		want           string
	}{
		{
			"Volgens de minister werden de oefeningen die China en de regio samen hielden in 2019 voor het laatst gehouden, daarna niet meer.",
			"in 2019",
			"…en de regio samen hielden in 2019 voor het laatst gehouden,…",
		},
		{
			"أجريت مثل هذه التدريبات في جميع أنحاء المنطقة في عام 2019 ، لكنها عُلقت أثناء الوباء الذي انتشر في العالم كله بسرعة كبيرة جدا.",
			"في عام 2019",
			"…في جميع أنحاء المنطقة في عام 2019 ، لكنها عُلقت أثناء الوباء…",
		},
		{"Kort: 2019.", "2019", "Kort: 2019."},
	} {
		a := newArticle("", "Eerste zin. "+tc.sentence+" Laatste zin.")
		a.Mentions = []data.DateMention{mention(a, 0, tc.date, data.MentionExplicit, data.Span{Start: data.YearDate(2019)})}
		events := data.TextEvents(&data.Corpus{Articles: []*data.Article{a}})
		if len(events) != 1 {
			t.Fatalf("%d events", len(events))
		}
		fragment := strings.TrimPrefix(events[0].Title, "Mentioned: ")
		if fragment != tc.want {
			t.Errorf("title fragment\n%q, want\n%q", fragment, tc.want)
		}
		if n := utf8.RuneCountInString(strings.Trim(fragment, "…")); n > 60 {
			t.Errorf("fragment of %d characters", n)
		}
	}
}

func eventIDs(events []*data.Event) []string {
	var ids []string
	for _, e := range events {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestTextEventPassageLimit checks that a date written in many articles
// lists its first passages and one of every further language, and counts
// the rest in the summary.
func TestTextEventPassageLimit(t *testing.T) {
	year2019 := data.Span{Start: data.YearDate(2019)}
	// article writes "2019" in each of its paragraphs.
	article := func(id, lang string, paragraphs ...string) *data.Article {
		a := newArticle(lang, paragraphs...)
		a.ID = id
		for p, text := range paragraphs {
			a.Mentions = append(a.Mentions, mention(a, p, text[strings.Index(text, "in 2019"):][:len("in 2019")], data.MentionExplicit, year2019))
		}
		return a
	}
	dutch := []string{"De oefeningen werden in 2019 gehouden.", "Ook in 2019 was het onrustig."}
	for _, tc := range []struct {
		name        string
		nl, de      int // articles in Dutch, then in German
		wantListed  int
		wantLast    string // language of the last listed passage
		wantSummary string
	}{
		{"under the limit", 10, 1, 22, "de", "2019, written out in 11 articles; no catalogue event covers it."},
		{"at the limit", 25, 0, 50, "nl", "2019, written out in 25 articles; no catalogue event covers it."},
		{"over the limit", 30, 0, 50, "nl", "2019, written out in 30 articles; no catalogue event covers it. 10 more passages not listed."},
		{"a new language past the limit", 30, 3, 51, "de",
			"2019, written out in 33 articles; no catalogue event covers it. 15 more passages not listed."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var articles []*data.Article
			for i := range tc.nl {
				articles = append(articles, article(fmt.Sprintf("nl%d", i), "nl", dutch...))
			}
			for i := range tc.de {
				articles = append(articles, article(fmt.Sprintf("de%d", i), "de", "Die Übungen fanden in 2019 statt.", "Auch in 2019 war es unruhig."))
			}
			events := data.TextEvents(&data.Corpus{Articles: articles})
			if len(events) != 1 {
				t.Fatalf("%d events", len(events))
			}
			e := events[0]
			if len(e.Excerpts) != tc.wantListed || e.Excerpts[len(e.Excerpts)-1].Language != tc.wantLast {
				t.Errorf("%d passages listed, the last in %q; want %d, the last in %q",
					len(e.Excerpts), e.Excerpts[len(e.Excerpts)-1].Language, tc.wantListed, tc.wantLast)
			}
			// The listed passages are the first ones, in article order.
			var all, listed []string
			for _, a := range articles {
				all = append(all, a.ID+" p0", a.ID+" p1")
			}
			for _, x := range e.Excerpts {
				listed = append(listed, fmt.Sprintf("%s p%d", x.Article, x.Paragraph))
			}
			if n := min(len(listed), 50); !slices.Equal(listed[:n], all[:n]) {
				t.Errorf("listed %q, want %q", listed[:n], all[:n])
			}
			if e.Summary != tc.wantSummary {
				t.Errorf("summary %q, want %q", e.Summary, tc.wantSummary)
			}
		})
	}
}
