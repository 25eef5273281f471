package discover_test

import (
	"slices"
	"testing"
)

// TestQueenElizabethsDeath: the United Kingdom's heads of state are in the
// lists, and "Elizabeth" alone is the Queen only in a report that has
// named her in full: "Elizabeth overleed op 8 september" is the Queen's
// death, not her son's who is named in the next sentence; another
// Elizabeth is nobody the lists know.
func TestQueenElizabethsDeath(t *testing.T) {
	c := build(t, map[string]string{
		"nl.txt": " date 2022-09-19\n\nHet land nam vandaag afscheid van koningin Elizabeth II.\n\nElizabeth overleed op 8 september 2022 op 96-jarige leeftijd in Balmoral. Haar zoon Charles werd als koning Charles III uitgeroepen.\n",
		"pl.txt": " date 2022-09-12\n\nKrólowa Elżbieta II zmarła 8 września 2022 w zamku Balmoral w Szkocji.\n",
	})
	if titles := titlesOf(c); !slices.Contains(titles, "Death of Queen Elizabeth II") {
		t.Errorf("no event \"Death of Queen Elizabeth II\"; events: %q", titles)
	}
	c = build(t, map[string]string{
		"en.txt": " date 2024-03-02\n\nElizabeth Smith, a retired teacher, died in Leeds on 1 March 2024.\n",
	})
	for _, e := range c.Events {
		if slices.Contains(e.Actors, "elizabeth-ii") {
			t.Errorf("event %q names the Queen: another Elizabeth is nobody the lists know", e.Title)
		}
	}
}
