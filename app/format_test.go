package app

import (
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

func TestDatedTextKeepsThePrecision(t *testing.T) {
	tests := []struct {
		span data.Span
		want string
	}{
		{data.Span{Start: data.DayDate(2022, time.September, 14)}, "14 Sep 2022 (exact day)"},
		{data.Span{Start: data.DayDate(2022, time.September, 15), End: data.DayDate(2022, time.September, 16)}, "15 Sep 2022 – 16 Sep 2022 (exact day)"},
		{data.Span{Start: data.MonthDate(2022, time.September)}, "Sep 2022 (month only)"},
		{data.Span{Start: data.DayDate(2022, time.January, 2), End: data.MonthDate(2022, time.January)}, "2 Jan 2022 – Jan 2022 (month only)"},
		{data.Span{Start: data.YearDate(2023)}, "2023 (year only)"},
		{data.Span{}, "undated"},
	}
	for _, tt := range tests {
		if got := datedText(tt.span); got != tt.want {
			t.Errorf("datedText(%v) = %q, want %q", tt.span, got, tt.want)
		}
	}
}

func TestSourcesText(t *testing.T) {
	c := winCorpus()
	tests := []struct{ event, want string }{
		{"summit", "3 sources in 3 languages (ar, de, nl)"},
		{"unrest", "1 source in 1 language (nl)"},
		{"talks", "no supporting passage"},
	}
	for _, tt := range tests {
		if got := sourcesText(c.Event(tt.event)); got != tt.want {
			t.Errorf("sourcesText(%s) = %q, want %q", tt.event, got, tt.want)
		}
	}
}

func TestCitationSaysWhereThePassageComesFrom(t *testing.T) {
	c := winCorpus()
	x := c.Event("visit").Excerpts[1]
	got := citation(x, c.Article(x.Article))
	a := c.Article(x.Article)
	for _, want := range []string{x.Text, "“" + a.Headline() + "” (ar-visit.txt)", "Arabic", "Sep 2022 (month only)"} {
		if !strings.Contains(got, want) {
			t.Errorf("citation %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "1 Sep") {
		t.Errorf("citation %q invents a day", got)
	}
}

func TestNamesText(t *testing.T) {
	c := winCorpus()
	if got := namesText(c, []string{"xi", "tokayev", "someone else"}); got != "Xi Jinping, Kassym-Jomart Tokayev, someone else" {
		t.Errorf("namesText = %q", got)
	}
}
