package discover_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/caravan-analytics/caravan/data"
)

// TestNamelessSpanJoinsTheDay: a statement that names nothing and dates
// its event by a week ("opened last week") joins the one event of its kind
// reported on a day of that week; two such events leave it apart, and
// so does a meeting of two named leaders (a summit's sideline meeting).
func TestNamelessSpanJoinsTheDay(t *testing.T) {
	const (
		week      = " date 2025-11-06\n\nThe general conference opened last week and runs until mid-November. Delegates voted on the budget.\n"
		samarkand = " date 2025-10-30\n\nSamarqand, 30-oktabr. Bugun Samarqandda Bosh konferensiyaning sessiyasi o'z ishini boshladi.\n"
		tashkent  = " date 2025-10-30\n\nA conference of energy ministers opened in Tashkent on 29 October 2025.\n"
		leaders   = " date 2025-10-30\n\nShavkat Mirziyoyev and Kassym-Jomart Tokayev held a meeting in Samarkand on 30 October 2025.\n"
	)
	tests := []struct {
		name  string
		files map[string]string
		want  [][]string // the articles of each meeting with a's or b's passages
	}{
		{"the week's statement joins the day's meeting (en, uz)", map[string]string{"a.txt": samarkand, "b.txt": week}, [][]string{{"a", "b"}}},
		{"two leaders' meeting that day is no week's statement's", map[string]string{"a.txt": leaders, "b.txt": week}, [][]string{{"a"}, {"b"}}},
		{"two meetings in the week: apart", map[string]string{"a.txt": samarkand, "b.txt": week, "c.txt": tashkent}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		c := build(t, tt.files)
		got := groupsOfAB(c, func(e *data.Event) bool {
			return e.Kind == "meeting" && strings.HasPrefix(e.Span.Start.String(), "2025-10")
		})
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: meetings: %q, want %q; events: %q", tt.name, got, tt.want, titlesOf(c))
		}
	}
}
