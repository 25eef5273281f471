package discover

import (
	"strings"
	"testing"
)

// The words that make a date a bound, before it, on it or after it, in
// the date reader's cut of it (the date between « and »); and the
// look-alikes that do not: a date after a place preposition, the end of a
// span written out. Phrases written for the test.
func TestDateBounds(t *testing.T) {
	for _, tt := range []struct {
		text  string
		bound bool
	}{
		{"climate finance by «2035» for", true},
		{"stay in office «until 2037».", true},
		{"financiamento climático «até 2035», valor", true},
		{"построить «к 2035 году», началось", true},
		{"au moins «d'ici 2030» selon", true},
		{"«2035» yılına kadar yeni", true},
		{"«2060» жылға қарай көміртегі", true},
		{"sammit «noyabrın 22»-dək davam", true},
		{"anjuman «13-noyabrgacha» davom etadi", true},
		{"«2030-yil»gacha", true},
		{"将持续至«22日»。", true},
		{"实现碳中和«2060年»前，", true},
		{"普京在3月15日至«17日»举行", false},
		{"from 15 until «17 March»", false},
		{"the summit in «2027» in Tashkent", false},
		{"ziyaret «2023» yılında yapıldı", false},
		{"«2023年»前往北京", false},
	} {
		start := strings.Index(tt.text, "«")
		end := strings.Index(tt.text, "»") - len("«")
		text := strings.Replace(strings.Replace(tt.text, "«", "", 1), "»", "", 1)
		got := boundBefore(text, start) || boundWithin(text, start, end) || boundAfter(text, end)
		if got != tt.bound {
			t.Errorf("%q: a bound %v, want %v", tt.text, got, tt.bound)
		}
	}
}
