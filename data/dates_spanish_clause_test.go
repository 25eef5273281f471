package data

import "testing"

// TestSpanishClauseKeepsPast checks that a Spanish date in a clause with
// a preterite ("que falleció el jueves") is of the past though another
// clause of the sentence announces ("pronunciará este viernes"), while a
// clause that announces itself, or has no preterite, stays announced.
// Sentences written for the test, in articles of Friday 9 September 2022.
func TestSpanishClauseKeepsPast(t *testing.T) {
	for _, c := range []struct {
		text, mention string
		announced     bool
	}{
		{"El alcalde inaugurará el puente, un año después de la riada que lo destruyó el jueves.", "el jueves", false},
		{"El alcalde inaugurará el puente, cuya obra se terminó el martes a medianoche.", "el martes", false},
		{"El alcalde inaugurará el puente, que se abrirá al tráfico el jueves.", "el jueves", true},
		{"El alcalde inaugurará el puente el jueves, con los vecinos.", "el jueves", true},
	} {
		a := datesArticle(t, "es", "2022-09-09", c.text)
		findDates(a)
		for _, m := range mentionsNamed(t, a, c.mention) {
			if m.Announced != c.announced {
				t.Errorf("%q: %q announced %v, want %v", c.text, m.Text, m.Announced, c.announced)
			}
		}
	}
}
