package data_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// confirmEvents are the events the ConfirmLinks cases link to.
var confirmEvents = map[string]*data.Event{
	"shoot":    {ID: "shoot", Span: data.Span{Start: data.DayDate(2022, 1, 7)}},
	"call":     {ID: "call", Span: data.Span{Start: data.DayDate(2022, 1, 5), End: data.DayDate(2022, 1, 6)}},
	"summit":   {ID: "summit", Span: data.Span{Start: data.DayDate(2022, 9, 15), End: data.DayDate(2022, 9, 16)}},
	"outbreak": {ID: "outbreak", Span: data.Span{Start: data.MonthDate(2020, 1)}},
	"trip":     {ID: "trip", Span: data.Span{Start: data.DayDate(2022, 9, 14), End: data.DayDate(2022, 9, 16)}},
}

// at returns the offset in a.Text of the first occurrence of words in
// paragraph p.
func at(a *data.Article, p int, words string) int {
	para := a.Paragraphs[p]
	i := strings.Index(para.Text, words)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", words, para.Text))
	}
	return para.Start + i
}

// mention writes a date mention of the words in paragraph p of a.
func mention(a *data.Article, p int, words string, kind data.MentionKind, span data.Span) data.DateMention {
	start := at(a, p, words)
	m := data.DateMention{Paragraph: p, Start: start, End: start + len(words), Text: words, Kind: kind}
	m.SetSpan(span, "")
	return m
}

// evidence writes a piece of evidence for the words in paragraph p of a.
func evidence(a *data.Article, p int, words, kind, ref string) data.Match {
	start := at(a, p, words)
	return data.Match{Start: start, End: start + len(words), Text: words, Kind: kind, Ref: ref}
}

func TestConfirmLinks(t *testing.T) {
	day := func(y int, m time.Month, d int) data.Span { return data.Span{Start: data.DayDate(y, m, d)} }
	for _, tc := range []struct {
		name       string
		paragraphs []string
		date       data.Date // the article's
		// build returns the mentions and the candidate links of the article.
		build func(a *data.Article) ([]data.DateMention, []data.Link)
		want  []string // confirmed links as "event score kinds…"
	}{
		{
			name:       "no dates anywhere: kept as it is",
			paragraphs: []string{"Tokajev gaf het bevel om te vuren om te doden."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return nil, []data.Link{{Event: "shoot", Evidence: []data.Match{evidence(a, 0, "te vuren om te doden", "term", "shoot")}, Score: 3}}
			},
			want: []string{"shoot 3 term"},
		},
		{
			name:       "an agreeing weekday is added as evidence, in text order",
			paragraphs: []string{"Tokajev gaf vrijdag het bevel om te vuren om te doden."},
			date:       data.DayDate(2022, 1, 8),
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{mention(a, 0, "vrijdag", data.MentionWeekday, day(2022, 1, 7))},
					[]data.Link{{Event: "shoot", Evidence: []data.Match{evidence(a, 0, "te vuren om te doden", "term", "shoot")}, Score: 3}}
			},
			want: []string{"shoot 5 date:2022-01-07 term"},
		},
		{
			name:       "a month agrees with a day inside it, a year with a month",
			paragraphs: []string{"In januari 2022 gaf hij het bevel om te vuren om te doden; de uitbraak was in 2020."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{
						mention(a, 0, "januari 2022", data.MentionExplicit, data.Span{Start: data.MonthDate(2022, 1)}),
						mention(a, 0, "2020", data.MentionExplicit, data.Span{Start: data.YearDate(2020)}),
					}, []data.Link{
						{Event: "shoot", Evidence: []data.Match{evidence(a, 0, "te vuren om te doden", "term", "shoot")}, Score: 3},
						{Event: "outbreak", Evidence: []data.Match{evidence(a, 0, "uitbraak", "term", "outbreak")}, Score: 3},
					}
			},
			want: []string{"shoot 5 date:2022-01 term", "outbreak 5 term date:2020"},
		},
		{
			name:       "a range agrees with a day inside it",
			paragraphs: []string{"De top van 15 tot 16 september."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{mention(a, 0, "15 tot 16 september", data.MentionExplicit,
						data.Span{Start: data.DayDate(2022, 9, 15), End: data.DayDate(2022, 9, 16)})},
					[]data.Link{{Event: "summit", Evidence: []data.Match{evidence(a, 0, "top", "term", "summit")}, Score: 3}}
			},
			want: []string{"summit 5 term date:2022-09-15/2022-09-16"},
		},
		{
			name:       "a disagreeing date in the sentence of the evidence drops the link",
			paragraphs: []string{"Tokajev gaf donderdag het bevel om te vuren om te doden."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{mention(a, 0, "donderdag", data.MentionWeekday, day(2022, 1, 6))},
					[]data.Link{{Event: "shoot", Evidence: []data.Match{evidence(a, 0, "te vuren om te doden", "term", "shoot")}, Score: 3}}
			},
			want: nil,
		},
		{
			name:       "a disagreeing date in another sentence does not",
			paragraphs: []string{"Tokajev gaf het bevel om te vuren om te doden. De troepen kwamen donderdag."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{mention(a, 0, "donderdag", data.MentionWeekday, day(2022, 1, 6))},
					[]data.Link{{Event: "shoot", Evidence: []data.Match{evidence(a, 0, "te vuren om te doden", "term", "shoot")}, Score: 3}}
			},
			want: []string{"shoot 3 term"},
		},
		{
			name:       "unresolved mentions and mentions of other paragraphs are ignored",
			paragraphs: []string{"Tokajev gaf donderdag het bevel om te vuren om te doden."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				unresolved := mention(a, 0, "donderdag", data.MentionWeekday, data.Span{})
				elsewhere := mention(a, 0, "donderdag", data.MentionWeekday, day(2022, 1, 6))
				elsewhere.Paragraph = 1
				return []data.DateMention{unresolved, elsewhere},
					[]data.Link{{Event: "shoot", Evidence: []data.Match{evidence(a, 0, "te vuren om te doden", "term", "shoot")}, Score: 3}}
			},
			want: []string{"shoot 3 term"},
		},
		{
			name:       "a date another link accounts for: a term link stays, a names link goes",
			paragraphs: []string{"Zijn eerste reis sinds de uitbraak in januari 2020 bracht Xi naar Samarkand."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{mention(a, 0, "januari 2020", data.MentionExplicit, data.Span{Start: data.MonthDate(2020, 1)})},
					[]data.Link{
						{Event: "trip", Evidence: []data.Match{evidence(a, 0, "eerste reis", "term", "trip")}, Score: 3},
						{Event: "outbreak", Evidence: []data.Match{evidence(a, 0, "uitbraak", "term", "outbreak")}, Score: 3},
						{Event: "summit", Evidence: []data.Match{evidence(a, 0, "Xi", "actor", "xi"), evidence(a, 0, "Samarkand", "place", "samarkand")}, Score: 2},
					}
			},
			want: []string{"trip 3 term", "outbreak 5 term date:2020-01"},
		},
		{
			name:       "an event more than a week after the article is dropped; one within a week is announced",
			paragraphs: []string{"Xi reist naar de top. Tokajev riep de hulp in."},
			date:       data.DayDate(2022, 9, 13),
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return nil, []data.Link{
					{Event: "summit", Evidence: []data.Match{evidence(a, 0, "top", "term", "summit")}, Score: 3},
					{Event: "trip", Evidence: []data.Match{evidence(a, 0, "reist", "term", "trip")}, Score: 3},
				}
			},
			want: []string{"summit 3 term", "trip 3 term"},
		},
		{
			name:       "an article of January cannot report September",
			paragraphs: []string{"Xi reist naar de top."},
			date:       data.MonthDate(2022, 1),
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return nil, []data.Link{{Event: "summit", Evidence: []data.Match{evidence(a, 0, "top", "term", "summit")}, Score: 3}}
			},
			want: nil,
		},
		{
			name:       "background needs two kinds of evidence",
			paragraphs: []string{"Sinds de uitbraak.", "De uitbraak in Wuhan.", "Xi in Wuhan in 2020.", "Xi in Wuhan."},
			date:       data.DayDate(2022, 9, 14),
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return []data.DateMention{mention(a, 2, "2020", data.MentionExplicit, data.Span{Start: data.YearDate(2020)})},
					[]data.Link{
						{Event: "outbreak", Paragraph: 0, Evidence: []data.Match{evidence(a, 0, "uitbraak", "term", "outbreak")}, Score: 3},
						{Event: "outbreak", Paragraph: 1, Evidence: []data.Match{evidence(a, 1, "uitbraak", "term", "outbreak"), evidence(a, 1, "Wuhan", "place", "wuhan")}, Score: 4},
						{Event: "outbreak", Paragraph: 2, Evidence: []data.Match{evidence(a, 2, "Xi", "actor", "xi"), evidence(a, 2, "Wuhan", "place", "wuhan")}, Score: 2},
						{Event: "outbreak", Paragraph: 3, Evidence: []data.Match{evidence(a, 3, "Xi", "actor", "xi"), evidence(a, 3, "Wuhan", "place", "wuhan")}, Score: 2},
					}
			},
			want: []string{"outbreak 4 term place", "outbreak 4 actor place date:2020"},
		},
		{
			name:       "unknown events are dropped",
			paragraphs: []string{"Iets."},
			build: func(a *data.Article) ([]data.DateMention, []data.Link) {
				return nil, []data.Link{{Event: "nothing", Evidence: []data.Match{evidence(a, 0, "Iets", "term", "nothing")}}}
			},
			want: nil,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newArticle("nl", tc.paragraphs...)
			a.Date = tc.date
			mentions, candidates := tc.build(a)
			a.Mentions = mentions
			before := fmt.Sprint(candidates)
			var got []string
			for _, l := range data.ConfirmLinks(a, candidates, confirmEvents) {
				got = append(got, describeConfirmed(t, a, l))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("confirmed\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
			if after := fmt.Sprint(candidates); after != before {
				t.Errorf("ConfirmLinks changed its candidates:\n%s\n%s", before, after)
			}
		})
	}
}

// describeConfirmed writes a link as "event score kind kind:ref…", dates
// with their reference, checking the spans on the way.
func describeConfirmed(t *testing.T, a *data.Article, l data.Link) string {
	t.Helper()
	parts := []string{l.Event, fmt.Sprint(l.Score)}
	for _, x := range l.Evidence {
		if a.Text[x.Start:x.End] != x.Text {
			t.Errorf("evidence %+v does not point at its text", x)
		}
		if x.Kind == "date" {
			parts = append(parts, "date:"+x.Ref)
		} else {
			parts = append(parts, x.Kind)
		}
	}
	return strings.Join(parts, " ")
}
