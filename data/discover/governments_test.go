package discover_test

import (
	"strings"
	"testing"
)

// TestGovernmentIsNoPlaceOfAVerdict: a country named as its government
// reacts to a verdict, it is not where the court sat (en es fr pt;
// sentences written for the test). Look-alike: an arrest in that country,
// named as a place, keeps it.
func TestGovernmentIsNoPlaceOfAVerdict(t *testing.T) {
	tests := []struct {
		name, text string
		notIn      string // no title may name it
		in         string // a title must name it
	}{
		{"en", "On 11 September 2025 the government of the United States warned it would respond to the conviction of Jair Bolsonaro.", "United States", ""},
		{"es", "El 11 de septiembre de 2025 el Gobierno de Estados Unidos advirtió que responderá tras la condena a 27 años de Jair Bolsonaro.", "United States", ""},
		{"fr", "Le 11 septembre 2025, le gouvernement des États-Unis a critiqué le verdict contre Jair Bolsonaro.", "United States", ""},
		{"pt", "Em 11 de setembro de 2025 o governo dos Estados Unidos criticou os 27 anos de prisão de Jair Bolsonaro.", "United States", ""},
		{"look-alike: an arrest in the country", "On 11 September 2025 a Brazilian activist was arrested in the United States.", "", "United States"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": " date 2025-09-12\n\n" + tt.text + "\n"})
		titles := titlesOf(c)
		joined := strings.Join(titles, " | ")
		if len(titles) == 0 {
			t.Errorf("%s: no event", tt.name)
		}
		if tt.notIn != "" && strings.Contains(joined, tt.notIn) {
			t.Errorf("%s: titles %q name %s", tt.name, titles, tt.notIn)
		}
		if tt.in != "" && !strings.Contains(joined, tt.in) {
			t.Errorf("%s: titles %q do not name %s", tt.name, titles, tt.in)
		}
	}
}
