package discover_test

import (
	"strings"
	"testing"
)

// Two dates in one sentence, each in its own coordinated clause, take the
// names of their clause (coordinated_dates.go): the summit in Bishkek on 14
// June is not "in Dushanbe", where the next day's summit was. A date set
// off by a comma alone keeps the sentence's names. Reports written for
// the test.
func TestCoordinatedDatesTakeTheirClause(t *testing.T) {
	tests := []struct {
		name, text string
		day, place string // the event of day must be titled with place
	}{
		{"en", " date 2019-06-13\n\nThe president will attend the summit in Bishkek on 14 June 2019, and on 15 June 2019 the conference in Dushanbe.\n", "2019-06-14", "Bishkek"},
		{"en, the second clause", " date 2019-06-13\n\nThe president will attend the summit in Bishkek on 14 June 2019, and on 15 June 2019 the conference in Dushanbe.\n", "2019-06-15", "Dushanbe"},
		{"ru", " date 2019-06-13\n\nУже 14 июня 2019 года президент примет участие в саммите в Бишкеке, а 15 июня 2019 года – в совещании в Душанбе.\n", "2019-06-14", "Bishkek"},
		{"fr", " date 2019-06-13\n\nLe président participera au sommet de Bichkek le 14 juin 2019, puis le 15 juin 2019 à la conférence de Douchanbé.\n", "2019-06-14", "Bishkek"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		found := false
		for _, e := range c.Events {
			if e.Span.Start.String() != tt.day {
				continue
			}
			found = true
			if !strings.Contains(e.Title, tt.place) {
				t.Errorf("%s: the event of %s is %q, want it in %s", tt.name, tt.day, e.Title, tt.place)
			}
		}
		if !found {
			t.Errorf("%s: no event on %s; events: %q", tt.name, tt.day, titlesOf(c))
		}
	}
}
