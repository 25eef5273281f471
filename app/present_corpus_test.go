package app

import (
	"strings"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// testArticle builds an article from paragraphs written for the tests, in
// one language, with its offsets filled in as the data package would.
func testArticle(id, lang string, date data.Date, paragraphs ...string) *data.Article {
	a := &data.Article{ID: id, File: id + ".txt", Language: lang, Date: date, Encoding: "utf-8"}
	var text strings.Builder
	for _, p := range paragraphs {
		start := text.Len()
		text.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, data.Paragraph{Start: start, End: text.Len(), Text: p, Count: 1})
		text.WriteString("\n\n")
	}
	a.Text = text.String()
	return a
}

// quote makes the excerpt of paragraph k of a, with evidence on the first
// occurrence of each word given.
func quote(a *data.Article, k int, evidence ...string) data.Excerpt {
	p := a.Paragraphs[k]
	x := data.Excerpt{Article: a.ID, Paragraph: k, Start: p.Start, End: p.End, Text: p.Text,
		Language: a.Language, ArticleRef: a}
	for _, word := range evidence {
		if off := strings.Index(p.Text, word); off >= 0 {
			x.Evidence = append(x.Evidence, data.Match{Start: p.Start + off, End: p.Start + off + len(word),
				Text: word, Kind: "term"})
		}
	}
	return x
}

// testCorpus is a small corpus written for these tests, independent of the
// shipped seeds and of the data package's pipeline: two storylines, five
// events at day, span, and month precision (one supported by no passage),
// and passages in Dutch, German and Arabic, the Arabic one mixing in digits
// and Latin letters.
func testCorpus() *data.Corpus {
	nl := testArticle("nl-onrust", "nl", data.MonthDate(2022, time.January),
		"Op 6 januari landden Russische troepen van de CSTO in Kazachstan. De regering in Astana sprak van een terroristische dreiging.",
		"In Almaty bleven de straten vrijdag leeg. Winkels waren gesloten en het internet lag plat.")
	de := testArticle("de-reise", "de", data.DayDate(2022, time.September, 13),
		"Am Mittwoch reist Xi Jinping nach Kasachstan, seine erste Auslandsreise seit Beginn der Pandemie.",
		"Danach nimmt er am Gipfel der SCO in Samarkand teil, wo er auch Wladimir Putin treffen wird.")
	ar := testArticle("ar-zyara", "ar", data.MonthDate(2022, time.September),
		"زار الرئيس الصيني شي جين بينغ مدينة أستانا يوم 14 سبتمبر 2022 قبل قمة منظمة شنغهاي للتعاون (SCO) في سمرقند.",
		"وقال المتحدث إن الزيارة هي الأولى منذ عام 2020.")
	c := &data.Corpus{
		Root:     "test",
		Articles: []*data.Article{nl, de, ar},
		Storylines: []data.Storyline{
			{ID: "unrest", Title: "Unrest in Kazakhstan"},
			{ID: "trip", Title: "Xi's Central Asia trip"},
		},
		Names: []*data.Name{
			{ID: "almaty", Kind: data.Place, English: "Almaty"},
			{ID: "samarkand", Kind: data.Place, English: "Samarkand"},
		},
	}
	c.Events = []*data.Event{
		{ID: "csto-landing", Title: "Russian-led CSTO troops land in Kazakhstan", Storyline: "unrest",
			Span: data.Span{Start: data.DayDate(2022, time.January, 6)}, Place: "almaty",
			Summary:  "The alliance sends troops at the president's request.",
			Excerpts: []data.Excerpt{quote(nl, 0, "CSTO", "troepen")}},
		{ID: "almaty-shutdown", Title: "Almaty shut down", Storyline: "unrest",
			Span:     data.Span{Start: data.DayDate(2022, time.January, 5), End: data.DayDate(2022, time.January, 7)},
			Excerpts: []data.Excerpt{quote(nl, 1, "Almaty")}},
		{ID: "xi-astana", Title: "Xi Jinping visits Kazakhstan", Storyline: "trip",
			Span: data.Span{Start: data.DayDate(2022, time.September, 14)}, Place: "Astana",
			Excerpts: []data.Excerpt{quote(de, 0, "Xi Jinping"), quote(ar, 0, "شي جين بينغ", "أستانا"), quote(ar, 1, "الزيارة")}},
		{ID: "sco-summit", Title: "SCO summit in Samarkand", Storyline: "trip",
			Span:     data.Span{Start: data.DayDate(2022, time.September, 15), End: data.DayDate(2022, time.September, 16)},
			Place:    "samarkand",
			Excerpts: []data.Excerpt{quote(de, 1, "SCO", "Samarkand"), quote(ar, 0, "سمرقند")}},
		{ID: "c5-summit", Title: "China–Central Asia summit in Xi'an", Storyline: "trip",
			Span: data.Span{Start: data.MonthDate(2023, time.May)}},
	}
	// In time order, as the data package keeps them.
	c.Events[0], c.Events[1] = c.Events[1], c.Events[0]
	// The articles' links are the excerpts seen from the other side.
	for _, e := range c.Events {
		for _, x := range e.Excerpts {
			x.ArticleRef.Links = append(x.ArticleRef.Links, data.Link{Event: e.ID, Paragraph: x.Paragraph, Evidence: x.Evidence})
		}
	}
	return c
}
