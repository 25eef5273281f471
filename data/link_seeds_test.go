package data_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/internal/datatest"
)

// TestSeedLinks builds the shipped corpus and checks, event by event, which
// articles support it. The expectations come from reading the five seeds:
// want lists the articles that report or clearly mention the event; also
// lists those that only allude to it, where a link is acceptable but not
// required. Any other article linked to the event is an error.
func TestSeedLinks(t *testing.T) {
	const (
		nlSamarkand = "000" // Dutch, Xi's speech at the SCO summit, Sep 2022
		deTrip      = "001" // German, Xi's articles before his trip (text repeated)
		nlKazakh    = "002" // Dutch, the Kazakh unrest, Jan 2022
		arVisit     = "003" // Arabic, Xi's arrival in Nur-Sultan, Sep 2022
		arXian      = "004" // Arabic, the Xi'an summit, May 2023
	)
	c := seedCorpus(t)
	for _, tc := range []struct {
		event      string
		want, also []string
	}{
		{event: "kz-fuel-protests", want: []string{nlKazakh}},
		{event: "kz-csto-appeal", want: []string{nlKazakh}},
		{event: "kz-csto-troops", want: []string{nlKazakh}},
		{event: "kz-shoot-to-kill", want: []string{nlKazakh}},
		{event: "kz-china-support", want: []string{nlKazakh}},
		{event: "kremlin-sco-alternative", want: []string{arVisit}},
		{event: "xi-signed-articles", want: []string{deTrip, arVisit}},
		{event: "xi-central-asia-trip", want: []string{nlSamarkand, deTrip, arVisit}},
		{event: "xi-kazakhstan-visit", want: []string{nlSamarkand, deTrip, arVisit}},
		{event: "sco-samarkand-summit", want: []string{nlSamarkand, deTrip, arVisit}},
		{event: "xi-putin-samarkand", want: []string{nlSamarkand, arVisit}},
		{event: "xi-colour-revolutions", want: []string{nlSamarkand}},
		{event: "xian-summit", want: []string{arXian}},
		{event: "xian-26bn-yuan", want: []string{arXian}},
		{event: "eu-central-asia-outreach", want: []string{arXian}},
		// 001 and 003 speak of "the beginnings of the pandemic" without
		// Wuhan or a date.
		{event: "covid-wuhan", want: []string{nlSamarkand, arVisit}, also: []string{deTrip}},
		{event: "xi-myanmar-trip", want: []string{arVisit}},
		{event: "beijing-olympics-putin", want: []string{arVisit}},
		{event: "russia-invades-ukraine", want: []string{nlSamarkand, arVisit, arXian}},
		{event: "kg-tj-border-clashes", want: []string{arXian}},
		{event: "nazarbayev-rule", want: []string{nlKazakh}},
	} {
		t.Run(tc.event, func(t *testing.T) {
			e := c.Event(tc.event)
			if e == nil {
				t.Fatalf("no event %q in the catalogue", tc.event)
			}
			var got []string
			for _, x := range e.Excerpts {
				if id := x.Article[:3]; !slices.Contains(got, id) {
					got = append(got, id)
				}
			}
			for _, id := range tc.want {
				if !slices.Contains(got, id) {
					t.Errorf("article %s does not support %s", id, tc.event)
				}
			}
			for _, id := range got {
				if !slices.Contains(tc.want, id) && !slices.Contains(tc.also, id) {
					t.Errorf("article %s is linked to %s, which it does not mention", id, tc.event)
				}
			}
		})
	}
}

// TestSeedEvidence checks that every link of the shipped corpus points at
// its words exactly, inside its paragraph, in text order.
func TestSeedEvidence(t *testing.T) {
	c := seedCorpus(t)
	for _, a := range c.Articles {
		for _, l := range a.Links {
			p := a.Paragraphs[l.Paragraph]
			for i, x := range l.Evidence {
				if x.Start < p.Start || x.End > p.End || a.Text[x.Start:x.End] != x.Text {
					t.Errorf("%s: %s evidence %+v is not in paragraph %d at its span", a.ID, l.Event, x, l.Paragraph)
				}
				if i > 0 && x.Start < l.Evidence[i-1].Start {
					t.Errorf("%s: %s evidence out of text order", a.ID, l.Event)
				}
			}
		}
	}
	for _, e := range c.Events {
		if e.Source == data.EventFromText && !strings.HasPrefix(e.ID, "text-") {
			t.Errorf("text event id %q", e.ID)
		}
	}
}

// seedCorpus builds the shipped corpus, failing the test when the loader
// finds no articles (which would make every check above pass vacuously).
func seedCorpus(t *testing.T) *data.Corpus {
	t.Helper()
	cur := datatest.ShippedCurated(t)
	c := datatest.BuildShipped(t, cur)
	if len(c.Articles) != 5 {
		t.Fatalf("the seeds gave %d articles, want 5", len(c.Articles))
	}
	return c
}

// TestSeedArrivalPassages checks passage by passage that the Arabic report
// of Xi's arrival supports the arrival event where it tells of it: the
// plane landing in Nur-Sultan and Tokayev welcoming Xi off the plane.
func TestSeedArrivalPassages(t *testing.T) {
	c := seedCorpus(t)
	e := c.Event("xi-kazakhstan-visit")
	if e == nil {
		t.Fatal("no event xi-kazakhstan-visit in the catalogue")
	}
	for _, words := range []string{"هبطت طائرة الزعيم الصيني", "استقبل الرئيس الكازاخستاني"} {
		found := false
		for _, x := range e.Excerpts {
			found = found || strings.HasPrefix(x.Article, "003") && strings.Contains(x.Text, words)
		}
		if !found {
			t.Errorf("the passage with %q does not support %s", words, e.ID)
		}
	}
}
