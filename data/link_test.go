package data_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// linkTestNames and linkTestCatalogue are a small world written for these
// tests, so that they say what the rules do whatever the shipped files
// become.
const linkTestNames = `
[[name]]
id = "xi"
kind = "person"
en = ["Xi Jinping", "Xi"]
ar = ["شي جين بينغ", "شي"]
ru = ["Си Цзиньпин"]

[[name]]
id = "putin"
kind = "person"
en = ["Putin"]
nl = ["Poetin"]
fr = ["Poutine"]
ar = ["بوتين"]
ru = ["Путин"]

[[name]]
id = "tokayev"
kind = "person"
en = ["Tokayev"]
nl = ["Tokajev"]
de = ["Tokajew"]
fr = ["Tokaïev"]
ar = ["توكاييف"]
ru = ["Токаев"]

[[name]]
id = "kazakhstan"
kind = "place"
en = ["Kazakhstan"]
nl = ["Kazachstan"]
de = ["Kasachstan"]
ar = ["كازاخستان", "قازاقستان"]
ru = ["Казахстан"]

[[name]]
id = "samarkand"
kind = "place"
en = ["Samarkand"]
fr = ["Samarcande"]
ar = ["سمرقند"]
ru = ["Самарканд"]

[[name]]
id = "xian"
kind = "place"
en = ["Xi'an"]
ar = ["شيان"]

[[name]]
id = "sco"
kind = "organisation"
en = ["Shanghai Cooperation Organisation", "SCO"]
nl = ["SSO"]
ar = ["منظمة شنغهاي للتعاون"]
ru = ["ШОС"]

[[name]]
id = "csto"
kind = "organisation"
en = ["CSTO"]
de = ["OVKS"]
fr = ["OTSC"]
ar = ["منظمة معاهدة الأمن الجماعي"]
ru = ["ОДКБ"]
`

const linkTestCatalogue = `
[[storyline]]
id = "other"
title = "Everything"

[[event]]
id = "summit"
title = "SCO summit in Samarkand"
start = "2022-09-15"
end = "2022-09-16"
storyline = "other"
place = "samarkand"
actors = ["sco", "xi", "putin"]
[event.terms]
nl = ["top in Samarkand"]
en = ["SCO summit"]
ru = ["саммит ШОС"]

[[event]]
id = "meeting"
title = "Xi meets Putin"
start = "2022-09-15"
storyline = "other"
place = "samarkand"
actors = ["xi", "putin"]
[event.terms]
en = ["on the sidelines"]

[[event]]
id = "csto-call"
title = "Tokayev calls on the CSTO"
start = "2022-01-05"
end = "2022-01-06"
storyline = "other"
place = "kazakhstan"
actors = ["tokayev", "csto"]
[event.terms]
nl = ["riep de hulp in"]
de = ["um Hilfe gebeten"]
fr = ["appel à l'aide"]
ar = ["طلب المساعدة"]
ru = ["обратился за помощью"]

[[event]]
id = "fuel"
title = "Fuel price protests"
start = "2022-01-02"
storyline = "other"
place = "kazakhstan"
[event.terms]
en = ["fuel prices"]
nl = ["brandstofprijzen"]
"*" = ["LPG"]

[[event]]
id = "yuan"
title = "26 billion yuan"
start = "2023-05-19"
storyline = "other"
place = "xian"
actors = ["xi"]
[event.terms]
ar = ["26 مليار"]
`

// linkTestWorld parses the test world and builds its Linker.
func linkTestWorld(t testing.TB) (*data.Linker, map[string]*data.Event) {
	t.Helper()
	names, err := data.ParseNames("names.toml", []byte(linkTestNames))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := data.ParseCatalogue("catalogue.toml", []byte(linkTestCatalogue))
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]*data.Event{}
	for _, e := range cat.Events {
		events[e.ID] = e
	}
	return data.NewLinker(cat.Events, names), events
}

// newArticle returns an article in lang whose paragraphs are the given
// texts, separated by blank lines.
func newArticle(lang string, paragraphs ...string) *data.Article {
	a := &data.Article{ID: "test", Language: lang}
	var text strings.Builder
	for i, p := range paragraphs {
		if i > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		text.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, data.Paragraph{Start: start, End: text.Len(), Text: p, Count: 1})
	}
	a.Text = text.String()
	return a
}

// describeLinks writes links as "p<paragraph> <event>: kind:ref:"text" ...",
// checking on the way that every evidence span points at its text.
func describeLinks(t *testing.T, a *data.Article, links []data.Link) []string {
	t.Helper()
	var out []string
	for _, l := range links {
		var evidence []string
		for _, x := range l.Evidence {
			if x.Start < 0 || x.End > len(a.Text) || x.Start > x.End || a.Text[x.Start:x.End] != x.Text {
				t.Errorf("evidence %+v does not point at its text in %q", x, a.Text)
			}
			evidence = append(evidence, fmt.Sprintf("%s:%s:%q", x.Kind, x.Ref, x.Text))
		}
		out = append(out, fmt.Sprintf("p%d %s: %s", l.Paragraph, l.Event, strings.Join(evidence, " ")))
	}
	return out
}

func TestLinkerMatch(t *testing.T) {
	linker, _ := linkTestWorld(t)
	for _, tc := range []struct {
		name       string
		lang       string
		paragraphs []string
		want       []string
	}{
		{
			name:       "ar: names alone, two actors beside the place, with proclitics",
			lang:       "ar",
			paragraphs: []string{"التقى توكاييف وشي جين بينغ وبوتين في سمرقند خلال اجتماع منظمة شنغهاي للتعاون."},
			want: []string{
				`p0 summit: actor:xi:"وشي جين بينغ" actor:putin:"وبوتين" place:samarkand:"سمرقند" actor:sco:"منظمة شنغهاي للتعاون"`,
				`p0 meeting: actor:xi:"وشي جين بينغ" actor:putin:"وبوتين" place:samarkand:"سمرقند"`,
			},
		},
		{
			name:       "ar: Tokayev and the CSTO in Kazakhstan; the verb form طلبت is not the term طلب",
			lang:       "ar",
			paragraphs: []string{"قال توكاييف إن قازاقستان طلبت المساعدة من منظمة معاهدة الأمن الجماعي."},
			want: []string{
				`p0 csto-call: actor:tokayev:"توكاييف" place:kazakhstan:"قازاقستان" actor:csto:"منظمة معاهدة الأمن الجماعي"`,
			},
		},
		{
			name:       "ar: term with the article and a conjunction, vowel marks and tatweel in the name",
			lang:       "ar",
			paragraphs: []string{"وطلب المساعدة الرئيس تُوكَايِيف، ثم زار بـوتين كازاخستان."},
			want: []string{
				`p0 csto-call: term:csto-call:"وطلب المساعدة" actor:tokayev:"تُوكَايِيف" place:kazakhstan:"كازاخستان"`,
			},
		},
		{
			name:       "ar: Arabic-Indic digits in a term",
			lang:       "ar",
			paragraphs: []string{"قال شي في شيان إن الصين ستقدم ٢٦ مليار رنمينبي."},
			want:       []string{`p0 yuan: actor:xi:"شي" place:xian:"شيان" term:yuan:"٢٦ مليار"`},
		},
		{
			name:       "de: term, genitive place, acronym actor",
			lang:       "de",
			paragraphs: []string{"Tokajew hat die OVKS um Hilfe gebeten, um Kasachstans Ordnung zu retten."},
			want: []string{
				`p0 csto-call: actor:tokayev:"Tokajew" actor:csto:"OVKS" term:csto-call:"um Hilfe gebeten" place:kazakhstan:"Kasachstans"`,
			},
		},
		{
			name:       "nl: term without place, upper case",
			lang:       "nl",
			paragraphs: []string{"TOKAJEV RIEP DE HULP IN van de CSTO."},
			want:       []string{`p0 csto-call: actor:tokayev:"TOKAJEV" term:csto-call:"RIEP DE HULP IN" actor:csto:"CSTO"`},
		},
		{
			name:       "nl: one actor is not enough for an event with several",
			lang:       "nl",
			paragraphs: []string{"Xi Jinping sprak in Samarkand over veiligheid."},
			want:       nil,
		},
		{
			name:       "nl: an actor without the place is not enough",
			lang:       "nl",
			paragraphs: []string{"Poetin en Xi spraken over Oekraïne."},
			want:       nil,
		},
		{
			name:       "nl: two actors and the place, in two paragraphs",
			lang:       "nl",
			paragraphs: []string{"De brandstofprijzen stegen.", "Xi en Poetin ontmoetten elkaar in Samarkand."},
			want: []string{
				`p0 fuel: term:fuel:"brandstofprijzen"`,
				`p1 summit: actor:xi:"Xi" actor:putin:"Poetin" place:samarkand:"Samarkand"`,
				`p1 meeting: actor:xi:"Xi" actor:putin:"Poetin" place:samarkand:"Samarkand"`,
			},
		},
		{
			name:       "nl: terms of another language do not count, terms for every language do",
			lang:       "nl",
			paragraphs: []string{"De fuel prices stegen.", "De prijs van LPG steeg."},
			want:       []string{`p1 fuel: term:fuel:"LPG"`},
		},
		{
			name:       "unknown language: every language's terms count",
			lang:       "",
			paragraphs: []string{"De fuel prices stegen."},
			want:       []string{`p0 fuel: term:fuel:"fuel prices"`},
		},
		{
			name:       "en: Xi inside Xi'an is not Xi",
			lang:       "en",
			paragraphs: []string{"Leaders met in Xi'an.", "The Shanghai Cooperation Organisation met in Samarkand with Putin."},
			want:       []string{`p1 summit: actor:sco:"Shanghai Cooperation Organisation" place:samarkand:"Samarkand" actor:putin:"Putin"`},
		},
		{
			name:       "en: a term alone is enough",
			lang:       "en",
			paragraphs: []string{"They met on the sidelines."},
			want:       []string{`p0 meeting: term:meeting:"on the sidelines"`},
		},
		{
			name:       "fr: diacritics and elision",
			lang:       "fr",
			paragraphs: []string{"Le président TOKAIEV a lancé un appel à l'aide à l'OTSC."},
			want:       []string{`p0 csto-call: actor:tokayev:"TOKAIEV" term:csto-call:"appel à l'aide" actor:csto:"OTSC"`},
		},
		{
			name:       "ru: case endings on names and terms",
			lang:       "ru",
			paragraphs: []string{"Путина встретили в Самарканде на саммите ШОС."},
			want:       []string{`p0 summit: actor:putin:"Путина" place:samarkand:"Самарканде" term:summit:"саммите ШОС" actor:sco:"ШОС"`},
		},
		{
			name:       "ru: Tokayev's appeal",
			lang:       "ru",
			paragraphs: []string{"Токаев обратился за помощью к ОДКБ."},
			want:       []string{`p0 csto-call: actor:tokayev:"Токаев" term:csto-call:"обратился за помощью" actor:csto:"ОДКБ"`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newArticle(tc.lang, tc.paragraphs...)
			got := describeLinks(t, a, linker.Match(a))
			if !slices.Equal(got, tc.want) {
				t.Errorf("links\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// TestLinkerConcurrent matches from several goroutines at once; run with
// -race it shows that a Linker is only read.
func TestLinkerConcurrent(t *testing.T) {
	linker, _ := linkTestWorld(t)
	a := newArticle("nl", "Xi en Poetin ontmoetten elkaar in Samarkand.")
	want := fmt.Sprint(linker.Match(a))
	done := make(chan string)
	for range 4 {
		go func() { done <- fmt.Sprint(linker.Match(a)) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Match = %s, want %s", got, want)
		}
	}
}
