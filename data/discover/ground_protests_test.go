package discover_test

import "testing"

// TestProtestDayIsNoDayOfTheVote: a vote told with the protests that
// followed it gives the protests' date to the protests (en ru fr; sentences
// written for the test). Look-alike: the vote's own date, with the
// protests told after it, stays the vote's.
func TestProtestDayIsNoDayOfTheVote(t *testing.T) {
	tests := []struct{ name, text, day, want string }{
		{"en", "Thousands protested in Tbilisi on 28 October 2024 against the result of the disputed parliamentary election.", "2024-10-28", "protest"},
		{"ru", "28 октября 2024 года тысячи человек вышли на акцию протеста в Тбилиси против итогов парламентских выборов.", "2024-10-28", "protest"},
		{"fr", "Des milliers de personnes ont manifesté le 28 octobre 2024 à Tbilissi contre le résultat des élections législatives.", "2024-10-28", "protest"},
		{"look-alike", "The parliamentary election in Georgia was held on 26 October 2024 and was followed by weeks of protests in Tbilisi.", "2024-10-26", "election"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": " date 2024-11-02\n\n" + tt.text + "\n"})
		if got := kindOfDay(c, tt.day); got != tt.want {
			t.Errorf("%s: the event of %s is %q, want %q; events %q", tt.name, tt.day, got, tt.want, titlesOf(c))
		}
	}
}
