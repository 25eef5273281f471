package data

import "slices"

// linkNames returns the names the linker needs for events: their places
// and actors, and every name with a spelling of several words that
// contains a word of theirs, so that the linker still sees that "Xi" in
// "Xi'an" or "Shanghai" in "Shanghai Cooperation Organisation" is part of
// a longer name. The shipped lists hold hundreds of names in sixteen
// languages; compiling the spellings of all of them for a catalogue that
// uses thirty would cost more than linking the corpus.
func linkNames(events []*Event, names []*Name) []*Name {
	used := map[string]bool{}
	for _, e := range events {
		if e.Place != "" {
			used[e.Place] = true
		}
		for _, a := range e.Actors {
			used[a] = true
		}
	}
	if len(used) == 0 {
		return nil
	}
	words := map[string]bool{}
	for _, n := range names {
		if used[n.ID] {
			for _, s := range allSpellings(n) {
				for _, w := range splitWords(s) {
					words[w] = true
				}
			}
		}
	}
	var out []*Name
	for _, n := range names {
		if used[n.ID] || slices.ContainsFunc(allSpellings(n), func(s string) bool {
			ws := splitWords(s)
			return len(ws) > 1 && slices.ContainsFunc(ws, func(w string) bool { return words[w] })
		}) {
			out = append(out, n)
		}
	}
	return out
}

// allSpellings lists every spelling of n, in every language.
func allSpellings(n *Name) []string {
	var out []string
	for _, lang := range sortedKeys(n.Spellings) {
		out = append(out, n.Spellings[lang]...)
	}
	return out
}
