package project

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/pipeline"
	"github.com/caravan-analytics/caravan/seeds"
)

// smallCorpus is a hand-made computed corpus: three articles, three events
// on two storylines. Article a1 paragraph 0 supports e1, a1 p1 supports e2,
// a2 p0 supports e1 and e2, a3 is undated and supports nothing.
func smallCorpus() *data.Corpus {
	art := func(id, lang string, date data.Date, paras ...string) *data.Article {
		a := &data.Article{ID: id, File: id + ".txt", Language: lang, Date: date, DateSource: data.SourceText}
		text := ""
		for _, p := range paras {
			if text != "" {
				text += "\n\n"
			}
			a.Paragraphs = append(a.Paragraphs, data.Paragraph{Start: len(text), End: len(text) + len(p), Text: p, Count: 1})
			text += p
		}
		a.Text = text
		return a
	}
	a1 := art("a1", "en", data.DayDate(2024, 3, 2), "The ministers met in the capital on Friday.", "A treaty on water was signed later.")
	a2 := art("a2", "nl", data.DayDate(2024, 3, 3), "De ministers ontmoetten elkaar; een verdrag over water volgde.")
	a3 := art("a3", "de", data.Date{}, "Ein Bericht ohne Datum über Wasser.")
	c := &data.Corpus{Root: "small", Articles: []*data.Article{a1, a2, a3},
		Storylines: []data.Storyline{{ID: "talks", Title: "Talks"}, {ID: "water", Title: "Water"}}}
	e1 := &data.Event{ID: "e1", Title: "Ministers meet", Span: data.Span{Start: data.DayDate(2024, 3, 1)}, Storyline: "talks", Source: data.EventFromCatalogue, Actors: []string{"x"}}
	e2 := &data.Event{ID: "e2", Title: "Water treaty signed", Span: data.Span{Start: data.MonthDate(2024, 3)}, Storyline: "water", Source: data.EventFromCatalogue}
	e3 := &data.Event{ID: "e3", Title: "Treaty announced", Span: data.Span{Start: data.YearDate(2025)}, Storyline: "water", Source: data.EventFromText}
	link := func(a *data.Article, e *data.Event, p int) {
		a.Links = append(a.Links, data.Link{Event: e.ID, Paragraph: p, Score: 1})
		para := a.Paragraphs[p]
		e.Excerpts = append(e.Excerpts, data.Excerpt{Article: a.ID, Paragraph: p, Start: para.Start, End: para.End,
			Text: para.Text, Language: a.Language, ArticleRef: a})
	}
	link(a1, e1, 0)
	link(a2, e1, 0)
	link(a1, e2, 1)
	link(a2, e2, 0)
	c.Events = []*data.Event{e1, e2, e3}
	return c
}

var (
	seedsOnce   sync.Once
	seedsCorpus *data.Corpus
	seedsErr    error
)

// shippedCorpus builds the shipped corpus once per test binary.
func shippedCorpus(t testing.TB) *data.Corpus {
	t.Helper()
	seedsOnce.Do(func() {
		cur, err := data.LoadCurated(seeds.FS)
		if err != nil {
			seedsErr = err
			return
		}
		seedsCorpus, seedsErr = pipeline.Build(context.Background(), seeds.FS, "seeds", cur, nil)
	})
	if seedsErr != nil {
		t.Fatal(seedsErr)
	}
	return seedsCorpus
}

// snapshot writes the corpus's visible state as text, so that tests can
// compare two corpora and check that Apply left the computed one alone.
func snapshot(c *data.Corpus) string {
	var b strings.Builder
	for _, s := range c.Storylines {
		b.WriteString("storyline " + s.ID + " " + s.Title + "\n")
	}
	for _, e := range c.Events {
		b.WriteString("event " + e.ID + " " + e.Title + " " + e.Span.Start.String() + " " + e.Span.End.String() + " " + e.Storyline + " " + e.Place + " " + strings.Join(e.Actors, ",") + " " + e.Summary + "\n")
		for _, x := range e.Excerpts {
			b.WriteString("  " + Passage{x.Article, x.Paragraph}.String() + " ref=" + c.ArticleOf(x).Date.String() + "\n")
		}
	}
	for _, a := range c.Articles {
		b.WriteString("article " + a.ID + " " + a.Date.String() + " " + string(a.DateSource) + "\n")
		for _, l := range a.Links {
			b.WriteString("  link " + l.Event + "#" + string(rune('0'+l.Paragraph)) + "\n")
		}
	}
	return b.String()
}

func intp(n int) *int { return &n }
