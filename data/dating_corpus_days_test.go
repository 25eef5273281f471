package data

import (
	"strings"
	"testing"
)

// DayOfMentionAt names the day a weekday or a relative word of an undated
// report names if the report is written on a given day, as dating would
// place it: on or before that day, after it when announced or "next", and
// nothing for words that name no single day.
func TestDayOfMentionAt(t *testing.T) {
	sunday := DayDate(2024, 10, 27)
	for _, c := range []struct {
		lang, text, words string
		at                Date
		want              string
	}{
		{"ru", "Выборы прошли в субботу.", "в субботу", sunday, "2024-10-26"},
		{"ru", "Выборы прошли в субботу.", "в субботу", DayDate(2020, 10, 27), "2020-10-24"},
		{"en", "The vote was held on Saturday.", "on Saturday", sunday, "2024-10-26"},
		{"en", "The commission will meet on Wednesday.", "on Wednesday", sunday, "2024-10-30"},
		{"en", "The leaders met yesterday.", "yesterday", sunday, "2024-10-26"},
		{"de", "Die Wahl fand am Samstag statt.", "am Samstag", sunday, "2024-10-26"},
		{"fr", "Le scrutin a eu lieu samedi.", "samedi", sunday, "2024-10-26"},
		{"en, the day itself", "The vote was held on Sunday.", "on Sunday", sunday, "2024-10-27"},
		{"en, no single day", "Talks lasted from Wednesday to Friday.", "from Wednesday to Friday", sunday, ""},
		{"en, not a day", "The vote was held last year.", "last year", sunday, ""},
		{"en, a month as the day", "The vote was held on Saturday.", "on Saturday", MonthDate(2024, 10), ""},
	} {
		t.Run(c.lang+" "+c.words, func(t *testing.T) {
			lang, _, _ := strings.Cut(c.lang, ",")
			a := datesArticle(t, lang, "", c.text)
			findDates(a)
			i := -1
			for k, m := range a.Mentions {
				if m.Text == c.words {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("no mention %q in %v", c.words, a.Mentions)
			}
			got, ok := DayOfMentionAt(a, i, c.at)
			if c.want == "" && ok || c.want != "" && got.String() != c.want {
				t.Errorf("%q at %s: %s %v, want %q", c.words, c.at, got, ok, c.want)
			}
		})
	}
	if _, ok := DayOfMentionAt(&Article{}, 3, sunday); ok {
		t.Errorf("a mention the article lacks named a day")
	}
}
