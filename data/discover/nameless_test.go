package discover_test

import (
	"fmt"
	"testing"
)

// Statements that name no one ("the meetings lasted from 14 to 15
// September") join the one event of their kind on exactly their date;
// when there are two and nothing tells which, they stay together in one
// event of their own, not one event each. Sentences written for the test.
func TestNamelessStatementsStayTogether(t *testing.T) {
	files := map[string]string{
		"a.txt": " date 2019-09-16\n\nXi Jinping and Kassym-Jomart Tokayev held a meeting in Astana from 14 to 15 September 2019.\n",
		"b.txt": " date 2019-09-16\n\nVladimir Putin and Shavkat Mirziyoyev held a meeting in Samarkand from 14 to 15 September 2019.\n",
	}
	for i := range 4 {
		files[fmt.Sprintf("n%d.txt", i)] = fmt.Sprintf(" date 2019-09-16\n\nState media said the meetings lasted from 14 to 15 September 2019, report %d.\n", i)
	}
	c := build(t, files)
	groups := 0
	for _, e := range c.Events {
		for _, id := range articlesOf(e) {
			if id == "n0" {
				groups++
				if n := len(articlesOf(e)); n < 4 {
					t.Errorf("the nameless statements' event %q has %d articles, want the 4 together", e.Title, n)
				}
			}
		}
	}
	if groups != 1 {
		t.Errorf("n0 is in %d events, want 1; events: %q", groups, titlesOf(c))
	}
}
