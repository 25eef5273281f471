package discover_test

import (
	"slices"
	"testing"
)

// TestSenderIsNoVisitor: the sender of a message a minister carried is not
// at the visit: "a visit to Moscow where he delivered a message from the
// leader Ali Khamenei to President Vladimir Putin" is no "Ali Khamenei
// arrives in Moscow" (it pt en); a leader who came himself stays the guest.
func TestSenderIsNoVisitor(t *testing.T) {
	tests := []struct {
		name, text, notWant, want string
	}{
		{"it", " date 2025-04-19\n\nIl ministro era arrivato a Roma ieri sera, dopo una visita a Mosca il 17 aprile 2025 dove aveva consegnato un messaggio del leader Ali Khamenei al presidente russo Vladimir Putin.\n",
			"Ali Khamenei arrives in Moscow", ""},
		{"en", " date 2025-04-19\n\nThe minister paid a visit to Moscow on 17 April 2025 and handed over a message from Ali Khamenei to Vladimir Putin.\n",
			"Ali Khamenei visits Moscow", ""},
		{"en, the leader came himself", " date 2025-04-19\n\nAli Khamenei paid a visit to Moscow on 17 April 2025 and met Vladimir Putin.\n",
			"", "Ali Khamenei"},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		titles := titlesOf(c)
		if tt.notWant != "" && slices.Contains(titles, tt.notWant) {
			t.Errorf("%s: event %q: the sender is no visitor; events: %q", tt.name, tt.notWant, titles)
		}
		if tt.want != "" && !slices.ContainsFunc(titles, func(s string) bool { return len(s) >= len(tt.want) && s[:len(tt.want)] == tt.want }) {
			t.Errorf("%s: no title starting %q; events: %q", tt.name, tt.want, titles)
		}
	}
}
