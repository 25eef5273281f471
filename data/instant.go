package data

import "time"

// Earlier returns whichever of a and b comes first; on a tie it returns b.
// The data, charts and app packages all clamp spans to windows with it.
func Earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// Later returns whichever of a and b comes last; on a tie it returns b.
func Later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
