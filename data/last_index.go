package data

import "strings"

// lastIndex is strings.LastIndex, asked first whether sub occurs at all:
// strings.Index looks for it with the CPU's vector instructions,
// LastIndex hashes the text byte by byte from its end, and the phrases
// searched in each date's clause (deadlines, agreements, "ahead of") are
// nearly always absent.
func lastIndex(s, sub string) int {
	if !strings.Contains(s, sub) {
		return -1
	}
	return strings.LastIndex(s, sub)
}
