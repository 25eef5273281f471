package data

import (
	"slices"
	"strings"
)

// linkNames returns the names the linker needs for events: their places
// and actors, and every name with a spelling of several words that
// contains one of their spellings, so that the linker still sees that "Xi" in
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
	phrases := map[string]bool{} // the used names' spellings, as words
	for _, n := range names {
		if used[n.ID] {
			for _, sp := range allSpellings(n) {
				phrases[strings.Join(splitWords(sp), " ")] = true
			}
		}
	}
	var out []*Name
	for _, n := range names {
		if used[n.ID] || slices.ContainsFunc(allSpellings(n), func(sp string) bool { return containsPhrase(splitWords(sp), phrases) }) {
			out = append(out, n)
		}
	}
	return out
}

// containsPhrase reports whether a run of words shorter than all of words
// is one of phrases: "xi" in "xi an".
func containsPhrase(words []string, phrases map[string]bool) bool {
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			if j-i < len(words) && phrases[strings.Join(words[i:j], " ")] {
				return true
			}
		}
	}
	return false
}

// allSpellings lists every spelling of n, in every language.
func allSpellings(n *Name) []string {
	var out []string
	for _, lang := range sortedKeys(n.Spellings) {
		out = append(out, n.Spellings[lang]...)
	}
	return out
}
