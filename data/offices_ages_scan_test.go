package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayTellAgeInHoldsEveryAge checks that mayTellAgeIn, which lets
// windowAndAges skip the name scan of a paragraph, is true of every text
// in which ageAt's regular expressions read an age: ageAfter at any place
// (the text after a name), ageBefore on any stretch (the text of a
// sentence before a name, a title cut off). The texts are made of the
// pieces ages are written with, in every script of the rule, with the
// white space and digits around them that a quick look could miss.
func TestMayTellAgeInHoldsEveryAge(t *testing.T) {
	pieces := []string{
		",", "،", "(", ")", " ", "  ", "\t", "\n", "\r", "\f", "\v", "de", "de ", "7", "1", "0", "71", "42", "2019",
		"ans", "años", "лет", "yaşında", "عاما", " year", "-year-old", "‐year‐old", " YEAR old", "-jährige",
		"-летний", "-річний", "-letni", " yaşındaki", "-yaşındaki", "岁的", "歲的", "Putin", "президент", ".", ";", "x",
	}
	rng := rand.New(rand.NewPCG(14, 9))
	read := 0
	for range 8000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		ages := false
		for i := 0; i <= len(text) && !ages; i++ {
			if ageAfter.MatchString(text[i:]) {
				ages = true
			}
			for j := 0; j <= i && !ages; j++ {
				ages = ageBefore.MatchString(text[j:i])
			}
		}
		if ages {
			read++
			if !mayTellAgeIn(text) {
				t.Fatalf("mayTellAgeIn(%q) = false, but an age is read in it", text)
			}
		}
	}
	if read < 200 {
		t.Fatalf("only %d of the texts hold an age: the pieces no longer make ages", read)
	}
	// The forms of the rule's comments, one by one.
	for _, text := range []string{"Putin, 71,", "Navalni, de 47 años,", "Navalni,\nde\n47 años.", "(71)", "the 69-year-old President",
		"der 71-jährige Präsident", "71-летний", "71 yaşındaki", "71岁的普京", "، 71 عاما،"} {
		if !mayTellAgeIn(text) {
			t.Errorf("mayTellAgeIn(%q) = false", text)
		}
	}
}
