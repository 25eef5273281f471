package data

import "testing"

// TestPlanTakesTheYearWrittenBeforeIt checks, on plans in five languages,
// that a year-less date takes the year of the dated day written before it
// in its sentence (the rule of dates_sentence_year.go), in a past sentence
// too; a date of another sentence keeps the year nearest the article.
// Sentences written for the test, in articles of 6 June 2025.
func TestPlanTakesTheYearWrittenBeforeIt(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []wantMention
	}{
		{"es", "La cumbre arrancará el 3 de marzo de 2026 y concluirá el 5 de abril.", []wantMention{{"el 3 de marzo de 2026", MentionExplicit, "2026-03-03"}, {"el 5 de abril", MentionExplicit, "2026-04-05"}}},
		{"it", "Il vertice inizierà il 3 marzo 2026 e si concluderà il 5 aprile.", []wantMention{{"il 3 marzo 2026", MentionExplicit, "2026-03-03"}, {"il 5 aprile", MentionExplicit, "2026-04-05"}}},
		{"en", "The summit will open on 3 March 2026 and will close on 5 April.", []wantMention{{"on 3 March 2026", MentionExplicit, "2026-03-03"}, {"on 5 April", MentionExplicit, "2026-04-05"}}},
		{"fr", "Le sommet s'ouvrira le 3 mars 2026 et se terminera le 5 avril.", []wantMention{{"le 3 mars 2026", MentionExplicit, "2026-03-03"}, {"le 5 avril", MentionExplicit, "2026-04-05"}}},
		{"es", "El torneo arrancará el 11 de junio del próximo año y concluirá el 19 de julio.", []wantMention{{"el 11 de junio del próximo año", MentionExplicit, "2026-06-11"}, {"el 19 de julio", MentionExplicit, "2026-07-19"}}},
		// The past too: the talks that ended on 5 April ended after the opening of 3 March 2022.
		{"en", "The summit opened on 3 March 2022 and the talks ended on 5 April.", []wantMention{{"on 3 March 2022", MentionExplicit, "2022-03-03"}, {"on 5 April", MentionExplicit, "2022-04-05"}}},
		// Another sentence's plan lends no year.
		{"en", "The summit will open on 3 March 2026. Ministers will meet on 5 July.", []wantMention{{"on 3 March 2026", MentionExplicit, "2026-03-03"}, {"on 5 July", MentionExplicit, "2025-07-05"}}},
	} {
		a := datesArticle(t, c.lang, "2025-06-06", c.text)
		findDates(a)
		checkMentions(t, a, c.want)
	}
}
