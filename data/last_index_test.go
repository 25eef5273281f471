package data

import (
	"strings"
	"testing"
)

// TestLastIndexAsStringsLastIndex checks lastIndex against
// strings.LastIndex: absent, once, several times, at either end, empty.
func TestLastIndexAsStringsLastIndex(t *testing.T) {
	for _, c := range []struct{ s, sub string }{
		{"the parties agreed on a visit in September", "agreed"},
		{"they have until April 4 and have until May", "have until"},
		{"no phrase here", "has until"},
		{"", "by"},
		{"by", ""},
		{"", ""},
		{"до до до", "до"},
		{"abcabc", "c"},
	} {
		if got, want := lastIndex(c.s, c.sub), strings.LastIndex(c.s, c.sub); got != want {
			t.Errorf("lastIndex(%q, %q) = %d, want %d", c.s, c.sub, got, want)
		}
	}
}
