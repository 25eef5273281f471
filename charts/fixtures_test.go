package charts

import (
	"fmt"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Helpers that build corpora by hand, shaped like the seeds: three
// storylines months apart, background going back decades, articles dated
// to the day or only to the month.

func day(y int, m time.Month, d int) data.Date { return data.DayDate(y, m, d) }

func ev(id, storyline, title string, start, end data.Date) *data.Event {
	return &data.Event{ID: id, Storyline: storyline, Title: title, Span: data.Span{Start: start, End: end}}
}

func art(id, lang string, d data.Date) *data.Article {
	return &data.Article{ID: id, Language: lang, Date: d}
}

// threeStorylines is a corpus like the seeds: unrest in Kazakhstan (Jan
// 2022), the SCO summit (Sep 2022), the China–Central Asia summit (May
// 2023), and background from 1989 to 2020.
func threeStorylines() *data.Corpus {
	return &data.Corpus{
		Storylines: []data.Storyline{
			{ID: "unrest", Title: "Unrest in Kazakhstan"},
			{ID: "sco", Title: "Xi in Central Asia & the SCO summit"},
			{ID: "c5", Title: "China–Central Asia summit"},
			{ID: "background", Title: "Background"},
			{ID: "unused", Title: "A storyline with no events"},
		},
		Events: []*data.Event{
			ev("nazarbayev-rule", "background", "Nazarbayev leads Kazakhstan", data.YearDate(1989), data.YearDate(2019)),
			ev("nazarbayev-resigns", "background", "Nazarbayev resigns", day(2019, 3, 19), data.Date{}),
			ev("covid", "background", "Covid-19 outbreak in Wuhan", data.MonthDate(2020, 1), data.Date{}),
			ev("fuel-protests", "unrest", "Fuel price protests begin", day(2022, 1, 2), data.Date{}),
			ev("unrest", "unrest", "Unrest across Kazakhstan", day(2022, 1, 2), day(2022, 1, 11)),
			ev("csto", "unrest", "CSTO troops land", day(2022, 1, 6), data.Date{}),
			ev("shoot", "unrest", "Tokayev orders to shoot to kill", day(2022, 1, 7), data.Date{}),
			ev("xi-articles", "sco", "Xi's articles in Kazakh media", day(2022, 9, 13), data.Date{}),
			ev("xi-astana", "sco", "Xi visits Kazakhstan", day(2022, 9, 14), data.Date{}),
			ev("sco-summit", "sco", "SCO summit in Samarkand", day(2022, 9, 15), day(2022, 9, 16)),
			ev("c5-summit", "c5", "China–Central Asia summit in Xi'an", day(2023, 5, 18), day(2023, 5, 19)),
			ev("stray", "nowhere", "An event from the text", data.MonthDate(2022, 9), data.Date{}),
		},
		Articles: []*data.Article{
			art("a0", "nl", data.MonthDate(2022, 9)),
			art("a1", "de", day(2022, 9, 13)),
			art("a2", "nl", data.MonthDate(2022, 1)),
			art("a3", "ar", day(2022, 9, 14)),
			art("a4", "ar", day(2023, 5, 19)),
			art("undated", "ar", data.Date{}),
		},
	}
}

// manyEvents is a corpus of n day events spread over two years in four
// storylines, for crowding and speed.
func manyEvents(n int) *data.Corpus {
	c := &data.Corpus{}
	for i := range 4 {
		c.Storylines = append(c.Storylines, data.Storyline{ID: fmt.Sprint("s", i), Title: fmt.Sprint("Storyline ", i)})
	}
	start := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		// A fixed stride through the days, so events bunch and spread.
		d := data.DateOf(start.AddDate(0, 0, (i*37)%730))
		c.Events = append(c.Events, ev(fmt.Sprint("e", i), fmt.Sprint("s", i%4), fmt.Sprintf("Event number %d with a longish title", i), d, data.Date{}))
	}
	return c
}

// para makes an article's paragraphs from texts.
func para(texts ...string) []data.Paragraph {
	out := make([]data.Paragraph, len(texts))
	for i, t := range texts {
		out[i] = data.Paragraph{Text: t, Count: 1}
	}
	return out
}

// withNamesAndText is threeStorylines with name lists and short
// paragraphs in Dutch, German and Arabic written for the tests.
func withNamesAndText() *data.Corpus {
	c := threeStorylines()
	c.Names = []*data.Name{
		{ID: "xi", Kind: data.Person, English: "Xi Jinping", Spellings: map[string][]string{
			"en": {"Xi Jinping", "Xi"}, "nl": {"Xi Jinping", "Xi"}, "de": {"Xi Jinping", "Xi"}, "ar": {"شي جين بينغ", "شي"}}},
		{ID: "tokayev", Kind: data.Person, English: "Kassym-Jomart Tokayev", Spellings: map[string][]string{
			"en": {"Tokayev"}, "nl": {"Tokajev"}, "de": {"Tokajew"}, "ar": {"توكاييف"}}},
		{ID: "putin", Kind: data.Person, English: "Vladimir Putin", Spellings: map[string][]string{
			"en": {"Putin"}, "nl": {"Poetin"}, "de": {"Putin"}, "ar": {"بوتين"}}},
		{ID: "sco", Kind: data.Organisation, English: "Shanghai Cooperation Organisation", Spellings: map[string][]string{
			"en": {"SCO"}, "nl": {"SSO", "Shanghai Samenwerkingsorganisatie"}, "de": {"SCO"}, "ar": {"منظمة شنغهاي للتعاون"}}},
		{ID: "kazakhstan", Kind: data.Place, English: "Kazakhstan", Spellings: map[string][]string{
			"en": {"Kazakhstan"}, "nl": {"Kazachstan"}, "de": {"Kasachstan"}, "ar": {"كازاخستان"}}},
	}
	text := map[string][]string{
		"a0": {"Xi Jinping sprak op de top van de SSO in Samarkand.", "Poetin en Xi spraken elkaar; Xinjiang bleef onbesproken."},
		"a1": {"Xis Staatsbesuche in Kasachstan: Xi trifft Tokajew.", "Der SCO-Gipfel beginnt, Putin kommt."},
		"a2": {"President Tokajev gaf het bevel. Tokajev wees onderhandelingen af."},
		"a3": {"يزور الرئيس الصيني شي جين بينغ كازاخستان، والتقى بوتين.", "وقال شي إن الصين مستعدة."},
		"a4": {"استضاف شي القمة في شيان."},
	}
	for _, a := range c.Articles {
		a.Paragraphs = para(text[a.ID]...)
	}
	return c
}
