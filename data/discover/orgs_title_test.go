package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// TestSeatOfGovernmentIsNoParty: a seat of government or a newsroom (an
// organisation without an acronym: the Kremlin, Xinhua) does not lead a
// title; a body of members (SCO) does.
func TestSeatOfGovernmentIsNoParty(t *testing.T) {
	tests := []struct {
		name, text, want, not string
	}{
		{"the Kremlin confirms (en)", " date 2025-08-09\n\nThe Kremlin confirmed on 9 August 2025 that a summit would take place in Alaska. Officials gave no further details. The date is not yet final.\n", "Summit", "Kremlin"},
		{"the Kremlin signs (de)", " date 2025-05-09\n\nDer Kreml unterzeichnete am 8. Mai 2025 ein Abkommen mit China. Weitere Einzelheiten wurden nicht genannt. Die Gespräche dauerten mehrere Stunden.\n", "Agreement signed", "Kremlin"},
		{"a body of members (en)", " date 2024-07-05\n\nThe SCO summit was held in Astana on 4 July 2024. Leaders of member states attended. A declaration was adopted.\n", "SCO summit in Astana", ""},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		titles := titlesOf(c)
		if !slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, tt.want) }) ||
			tt.not != "" && slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, tt.not) }) {
			t.Errorf("%s: titles %q, want one starting %q and none with %q", tt.name, titles, tt.want, tt.not)
		}
	}
}
