package discover_test

import (
	"github.com/caravan-analytics/caravan/data"
	"slices"
	"testing"
)

// A plan a day off is the event that happened: a treaty "to be signed on
// 12 March" that two reports say was signed on the 13th is one event, on
// the 13th. A plan a week off is another event.
func TestPlanADayOffJoinsTheEvent(t *testing.T) {
	c := build(t, map[string]string{
		"plan.txt": " date 2025-03-10\n\nThe border treaty will be signed on 12 March 2025 by Sadyr Japarov and Emomali Rahmon in Bishkek, the presidency said.\n",
		"ru.txt":   " date 2025-03-14\n\nСадыр Жапаров и Эмомали Рахмон подписали договор о границе 13 марта 2025 года в Бишкеке.\n",
		"en.txt":   " date 2025-03-14\n\nSadyr Japarov and Emomali Rahmon signed the border treaty in Bishkek on 13 March 2025.\n",
		"far.txt":  " date 2025-03-01\n\nSadyr Japarov and Emomali Rahmon will sign a treaty on 20 March 2025 in Bishkek.\n",
	})
	got := eventsWith(c, "plan")
	if len(got) != 1 {
		t.Fatalf("the plan is in %d events, want 1", len(got))
	}
	e := got[0]
	if e.Span.Start.String() != "2025-03-13" || !e.Span.End.IsZero() {
		t.Errorf("event dated %s, want the day it happened, 2025-03-13", e.Span)
	}
	if arts := articlesOf(e); !slices.Equal(arts, []string{"en", "plan", "ru"}) {
		t.Errorf("event %q has articles %v, want en, plan, ru", e.Title, arts)
	}
	if e.Announced {
		t.Errorf("event %q is marked announced; reports confirm it", e.Title)
	}
	for _, e := range eventsWith(c, "far") {
		if slices.Contains(articlesOf(e), "en") {
			t.Errorf("a plan a week off joined %q (%s)", e.Title, e.Span)
		}
	}
}

// A plan without a date in the lead ("will attend the summit") supports
// the event of its kind and names in the weeks after the article, not one
// a season later.
func TestUndatedPlanSupportsTheEventAfter(t *testing.T) {
	c := build(t, map[string]string{
		"plan.txt":  " date 2023-09-10\n\nJoe Biden will meet the presidents of Kazakhstan and Uzbekistan at the first C5+1 summit in New York, the White House said.\n",
		"held.txt":  " date 2023-09-20\n\nThe C5+1 summit with Joe Biden and the presidents of Kazakhstan and Uzbekistan took place in New York on 19 September 2023.\n",
		"later.txt": " date 2023-06-01\n\nJoe Biden will meet the presidents of Kazakhstan and Uzbekistan at the C5+1 summit, officials said.\n",
	})
	var summit *data.Event
	for _, e := range eventsWith(c, "held") {
		if e.Kind == "summit" {
			summit = e
		}
	}
	if summit == nil {
		t.Fatal("no summit event for the report")
	}
	if arts := articlesOf(summit); !slices.Equal(arts, []string{"held", "plan"}) {
		t.Errorf("summit %q has articles %v, want held and plan (not the June plan)", summit.Title, arts)
	}
}

// One state visit told as an arrival, as talks and as a signing, in three
// languages, is one event; the same two leaders a month later are another.
func TestOneVisitManyWords(t *testing.T) {
	c := build(t, map[string]string{
		"en.txt":    " date 2024-11-28\n\nVladimir Putin arrived in Astana on 27 November 2024 for a state visit.\n",
		"ru.txt":    " date 2024-11-28\n\nВладимир Путин и Касым-Жомарт Токаев провели переговоры в Астане 27 ноября 2024 года.\n",
		"pt.txt":    " date 2024-11-28\n\nPutin e Tokayev assinaram uma declaração conjunta em Astana no dia 27 de novembro de 2024.\n",
		"later.txt": " date 2024-12-28\n\nVladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on 27 December 2024.\n",
	})
	got := eventsWith(c, "en")
	if len(got) != 1 {
		t.Fatalf("the arrival is in %d events, want 1", len(got))
	}
	if arts := articlesOf(got[0]); !slices.Equal(arts, []string{"en", "pt", "ru"}) {
		t.Errorf("visit %q has articles %v, want en, pt, ru", got[0].Title, arts)
	}
}

// Two meetings of one leader with two others on the sidelines of a
// summit, the same day in the same city, are two events.
func TestSidelineMeetingsStayApart(t *testing.T) {
	c := build(t, map[string]string{
		"putin.txt":   " date 2024-07-04\n\nXi Jinping and Vladimir Putin held talks in Astana on 3 July 2024.\n",
		"putin2.txt":  " date 2024-07-04\n\nСи Цзиньпин и Владимир Путин провели переговоры в Астане 3 июля 2024 года.\n",
		"erdogan.txt": " date 2024-07-04\n\nXi Jinping and Recep Tayyip Erdoğan held talks in Astana on 3 July 2024.\n",
	})
	for _, e := range eventsWith(c, "erdogan") {
		if slices.Contains(articlesOf(e), "putin") {
			t.Errorf("event %q joins the talks with Putin and with Erdoğan", e.Title)
		}
	}
	if got := eventsWith(c, "putin"); len(got) != 1 || !slices.Contains(articlesOf(got[0]), "putin2") {
		t.Errorf("the talks with Putin in two languages are not one event: %d events", len(got))
	}
}
