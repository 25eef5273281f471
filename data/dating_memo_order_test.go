package data

import (
	"fmt"
	"slices"
	"testing"
)

// A load's workers each keep one dateReader from article to article, and
// its memos (placed, near, readings) answer for an article with what an
// earlier one found. Which articles a worker dates, and in what order, is
// up to the scheduler: a memo answer that differs from what the article
// alone would give makes the load's result differ from run to run. These
// tests date articles that share a memo key (language, words, date) one
// after the other with one reader, in both orders, and want what each
// gives when dated alone.

// orderFreeCase is a set of articles of one language and header whose
// dating must not depend on which of them a reader met first.
type orderFreeCase struct {
	name, lang, header string
	texts              []string
}

// TestDatingDoesNotDependOnTheArticlesBefore: a weekday below the lead's
// day that alone dated the article follows that day (weekdayAfterLead),
// the same words above it, or in an article with the same day written
// elsewhere, do not; the memo must tell them apart.
func TestDatingDoesNotDependOnTheArticlesBefore(t *testing.T) {
	cases := []orderFreeCase{
		{"en Monday below and above the lead's day", "en", "2025-11", []string{
			"Kyrgyz voters went to the polls on Sunday, November 30, to elect a new parliament in a snap vote.\nThe election commission announced the preliminary results on Monday.",
			"After talks on Monday, Kyrgyz voters went to the polls on Sunday, November 30, to elect a new parliament.",
		}},
		{"fr lundi below and above the lead's day", "fr", "2025-06", []string{
			"Le candidat de l'opposition a remporté le second tour de la présidentielle, dimanche 1er juin, avec 51 % des voix.\nLa commission électorale a publié les résultats définitifs lundi.",
			"Après un débat tendu lundi, le candidat de l'opposition a remporté le second tour, dimanche 1er juin, avec 51 % des voix.",
		}},
		{"fa شنبه below and above the lead's day", "fa", "2024-08", []string{
			"سران کشورهای منطقه روز جمعه ۱۹ مرداد در آستانه نشست مشترک خود را برگزار کردند.\nوزارت خارجه روز شنبه از نتایج این نشست استقبال کرد.",
			"پس از گفت‌وگوهای روز شنبه، سران کشورهای منطقه روز جمعه ۱۹ مرداد در آستانه نشست مشترک خود را برگزار کردند.",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkOrderFree(t, c) })
	}
}

// checkOrderFree dates each article of c alone, then all of them with one
// reader forwards and backwards, and wants the same dates and mentions.
func checkOrderFree(t *testing.T, c orderFreeCase) {
	t.Helper()
	alone := make([]string, len(c.texts))
	for i, text := range c.texts {
		a := datesArticle(t, c.lang, c.header, text)
		dateAlone(a, nil, nil)
		alone[i] = datedString(a)
	}
	order := make([]int, len(c.texts))
	for i := range order {
		order[i] = i
	}
	for _, backwards := range []bool{false, true} {
		if backwards {
			slices.Reverse(order)
		}
		var r dateReader
		for _, i := range order {
			a := datesArticle(t, c.lang, c.header, c.texts[i])
			r.find(a)
			dateArticle(a, nil, nil, &r, r.future)
			if got := datedString(a); got != alone[i] {
				t.Errorf("article %d dated after %v of the others:\n%s\nwant, as dated alone:\n%s", i, order[:slices.Index(order, i)], got, alone[i])
			}
		}
	}
}

// datedString is an article's date and each mention's place and reason,
// one a line.
func datedString(a *Article) string {
	s := fmt.Sprintf("date %s (%s)\n", a.Date, a.DateReason)
	for _, m := range a.Mentions {
		s += fmt.Sprintf("%q at %s: %s\n", m.Text, spanString(m.Span.Span()), m.Reason)
	}
	return s
}

// TestResolvedDatesDoNotDependOnTheArticlesBefore: a Chinese date of the
// month after the article's, in a sentence that does not say it is done,
// lies ahead (hanSoonAhead); "了" puts it a year back. Two articles of the
// same day (given by a linked event: no header, no year in the text) with
// the same words, one each way, are placed each by its own sentence,
// whichever a reader met first.
func TestResolvedDatesDoNotDependOnTheArticlesBefore(t *testing.T) {
	day := DayDate(2025, 9, 28)
	texts := []string{
		"国庆招待会10月1日在人民大会堂举行。",
		"国庆招待会10月1日在人民大会堂举行了。",
	}
	want := []string{"2025-10-01", "2024-10-01"}
	place := func(r *dateReader, text string) string {
		a := datesArticle(t, "zh", "", text)
		r.find(a)
		a.Date = day // as an event would date it
		(&dating{a: a, lex: lexiconFor(a.Language), reader: r}).resolveMentions()
		for _, m := range a.Mentions {
			if m.Text == "10月1日" {
				return spanString(m.Span.Span())
			}
		}
		t.Fatalf("no mention 10月1日 in %+v", a.Mentions)
		return ""
	}
	for first := range texts {
		var r dateReader
		for k := range texts {
			i := (first + k) % len(texts)
			if got := place(&r, texts[i]); got != want[i] {
				t.Errorf("%q placed at %s after %d other articles, want %s", texts[i], got, k, want[i])
			}
		}
	}
}
