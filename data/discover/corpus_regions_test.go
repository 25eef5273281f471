package discover_test

import (
	"strings"
	"testing"
)

// TestRegionGivesAnOccasionNoYear: a meeting told with a region alone
// ("the Central Asian heads of state") takes no year from another year's
// meeting of that region on the same day; one that shares a country still
// does, and a final told with "Europe" still takes its year.
func TestRegionGivesAnOccasionNoYear(t *testing.T) {
	meeting2021 := " date 2021-08-07\n\nThe heads of the Central Asian states held their consultative meeting in Turkmenistan on 6 August 2021.\n"
	for _, tc := range []struct {
		name, src, text, words, want string
	}{
		{"en region only", meeting2021,
			"The heads of the Central Asian states held a consultative meeting in Kazakhstan on 6 August.\n", "on 6 August", ""},
		{"kk region only", meeting2021,
			"Орталық Азия мемлекеттері басшыларының консультативтік кездесуі 6 тамызда Қазақстанда өтті.\n", "6 тамызда", ""},
		{"de region only", meeting2021,
			"Die Staatschefs aus Zentralasien trafen sich am 6. August in Kasachstan zu einem Konsultativtreffen.\n", "am 6. August", ""},
		{"en a country shared", meeting2021,
			"The heads of the Central Asian states held a consultative meeting in Turkmenistan on 6 August.\n", "on 6 August", "2021-08-06"},
		{"en a final of Europe", " date 2023-06-11\n\nManchester City became the champions of Europe in the final in Istanbul on 10 June 2023.\n",
			"Manchester City became the champions of Europe in the final on 10 June.\n", "on 10 June", "2023-06-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := build(t, map[string]string{"src.txt": tc.src, "x.txt": tc.text})
			m := mention(t, c, "x", tc.words)
			got := ""
			if m.Resolved() {
				got = m.Span.Span().Start.String()
			}
			if got != tc.want || got != "" && !strings.Contains(m.Reason, "from the corpus") {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, m.Reason)
			}
		})
	}
}
