package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/seeds"
)

// This file builds the corpora the window's tests run on: a small one by
// hand, in Dutch, German and Arabic sentences written for the tests, so the
// tests do not depend on the loading and linking pipeline; and the shipped
// seeds, built the way main builds them.

// winArticle makes an article whose paragraphs are the blank-line separated
// blocks of text, as the loader would.
func winArticle(id, lang string, date data.Date, text string) *data.Article {
	a := &data.Article{ID: id, File: id + ".txt", Text: text, Language: lang, Encoding: "utf-8",
		Date: date, DateSource: data.SourceHeader, DateReason: "test header"}
	seen := map[string]int{}
	at := 0
	for _, block := range strings.Split(text, "\n\n") {
		start := at + strings.Index(text[at:], block)
		at = start + len(block)
		trimmed := strings.TrimSpace(block)
		if trimmed == "" {
			continue
		}
		if k, ok := seen[trimmed]; ok {
			a.Paragraphs[k].Count++
			a.RepeatedParagraphs++
			continue
		}
		s := start + strings.Index(block, trimmed)
		seen[trimmed] = len(a.Paragraphs)
		a.Paragraphs = append(a.Paragraphs, data.Paragraph{Start: s, End: s + len(trimmed), Text: trimmed, Count: 1})
	}
	return a
}

// winLink links paragraph k of a to the event, with the words as evidence.
func winLink(c *data.Corpus, a *data.Article, k int, event string, words ...string) {
	p := a.Paragraphs[k]
	l := data.Link{Event: event, Paragraph: k, Score: 1}
	for _, w := range words {
		i := strings.Index(p.Text, w)
		if i < 0 {
			panic("evidence " + w + " not in paragraph of " + a.ID)
		}
		l.Evidence = append(l.Evidence, data.Match{Start: p.Start + i, End: p.Start + i + len(w), Text: w, Kind: "term", Ref: event})
	}
	a.Links = append(a.Links, l)
	e := c.Event(event)
	e.Excerpts = append(e.Excerpts, data.Excerpt{Article: a.ID, Paragraph: k, Start: p.Start, End: p.End,
		Text: p.Text, Language: a.Language, Evidence: l.Evidence, ArticleRef: a})
}

func span(from, to data.Date) data.Span { return data.Span{Start: from, End: to} }

// winCorpus is a small corpus of three articles and five events: points,
// ranges, a month and a year.
func winCorpus() *data.Corpus {
	nl := winArticle("nl-unrest", "nl", data.DayDate(2022, time.January, 7),
		"Tokajev vroeg donderdag de hulp van Rusland.\n\nDe top in Samarkand begon vrijdag met een toespraak.\n\nTokajev vroeg donderdag de hulp van Rusland.")
	de := winArticle("de-visit", "de", data.DayDate(2022, time.September, 13),
		"Xi reist am Mittwoch nach Kasachstan.\n\nDer Gipfel in Samarkand beginnt am Donnerstag.")
	ar := winArticle("ar-visit", "ar", data.MonthDate(2022, time.September),
		"وصل شي إلى سمرقند لحضور القمة.\n\nالتقى توكاييف مع شي في نور سلطان.")
	c := &data.Corpus{
		Root:       "test",
		Articles:   []*data.Article{nl, de, ar},
		Storylines: []data.Storyline{{ID: "unrest", Title: "Kazakh unrest"}, {ID: "sco", Title: "SCO summit"}},
		Names: []*data.Name{
			{ID: "tokayev", Kind: data.Person, English: "Kassym-Jomart Tokayev", Spellings: map[string][]string{
				"en": {"Tokayev"}, "nl": {"Tokajev"}, "de": {"Tokajew"}, "ar": {"توكاييف"}}},
			{ID: "xi", Kind: data.Person, English: "Xi Jinping", Spellings: map[string][]string{
				"en": {"Xi Jinping", "Xi"}, "ar": {"شي جين بينغ", "شي"}}},
			{ID: "samarkand", Kind: data.Place, English: "Samarkand", Spellings: map[string][]string{
				"en": {"Samarkand"}, "ar": {"سمرقند"}}},
			{ID: "almaty", Kind: data.Place, English: "Almaty"},
		},
		Events: []*data.Event{
			{ID: "unrest", Title: "Unrest in Kazakhstan", Storyline: "unrest", Place: "almaty", Actors: []string{"tokayev"},
				Span: span(data.DayDate(2022, time.January, 2), data.DayDate(2022, time.January, 11)), Summary: "Fuel prices spark protests."},
			{ID: "visit", Title: "Xi visits Kazakhstan", Storyline: "sco", Actors: []string{"xi", "tokayev"},
				Span: span(data.DayDate(2022, time.September, 14), data.Date{})},
			{ID: "summit", Title: "SCO summit in Samarkand", Storyline: "sco", Place: "samarkand", Actors: []string{"xi"},
				Span: span(data.DayDate(2022, time.September, 15), data.DayDate(2022, time.September, 16))},
			{ID: "talks", Title: "Security talks", Storyline: "sco",
				Span: span(data.MonthDate(2022, time.October), data.Date{})},
			{ID: "year", Title: "Year of cooperation", Storyline: "sco",
				Span: span(data.YearDate(2023), data.Date{})},
		},
		Problems: []data.Problem{{File: "broken.txt", Error: "not valid text in any known encoding"}},
	}
	ar.Warnings = []string{"no date in the header"}
	winLink(c, nl, 0, "unrest", "Tokajev", "Rusland")
	winLink(c, nl, 1, "summit", "Samarkand")
	winLink(c, de, 0, "visit", "Xi", "Kasachstan")
	winLink(c, de, 1, "summit", "Gipfel", "Samarkand")
	winLink(c, ar, 0, "summit", "سمرقند", "القمة")
	winLink(c, ar, 1, "visit", "توكاييف", "شي")
	return c
}

// seedCorpus builds the shipped corpus as main does.
func seedCorpus(tb testing.TB) *data.Corpus {
	tb.Helper()
	cur, err := data.LoadCurated(seeds.FS)
	if err != nil {
		tb.Fatalf("curated files: %v", err)
	}
	c, err := data.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	if err != nil {
		tb.Fatalf("building the seeds: %v", err)
	}
	return c
}
