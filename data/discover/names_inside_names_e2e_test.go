package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// An air base or an airport named after a person makes no event of that
// person (names_inside_names.go): Iran's missiles on the Ain al-Asad base
// were "Bashar al-Assad appointed" ("عين", the spring in the base's name,
// read as "appointed"). Reports written for the test.
func TestPlacesNamedAfterPeopleAreNoActors(t *testing.T) {
	tests := []struct {
		name, person string
		files        map[string]string
	}{
		{"an air base (ar)", "assad", map[string]string{
			"ar.txt": " date 2020-01-09\n\nبغداد - سقطت صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار يوم ٨ كانون الثاني/يناير ٢٠٢٠. ولم تقع إصابات بين الجنود.\n",
		}},
		{"an airport (en)", "karzai", map[string]string{
			"en.txt": " date 2021-09-01\n\nThe last US military plane left Hamid Karzai International Airport in Kabul on 30 August 2021. Taliban fighters entered the terminal hours later.\n",
		}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		if len(c.Events) == 0 {
			t.Errorf("%s: no event", tt.name)
		}
		for _, e := range c.Events {
			if slices.Contains(e.Actors, tt.person) || strings.Contains(strings.ToLower(e.Title), tt.person) {
				t.Errorf("%s: event %q has %s as an actor (%q)", tt.name, e.Title, tt.person, e.Actors)
			}
		}
	}
}
