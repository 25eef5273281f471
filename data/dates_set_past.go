package data

import "strings"

// This file reads the German active perfect of scheduling: "Tokajew hatte
// die Neuwahl im Januar angesetzt" (Tokayev had called the election in
// January). "angesetzt" and "anberaumt" are markers of a plan ("die Wahl
// ist für den 5. Mai angesetzt", scheduled for 5 May), but with a form of
// "haben" someone did the scheduling, and a date not introduced by "für"
// or "auf" is the day they did it: past, not announced. A sentence with a
// marker of its own ("wird", "soll") keeps its reading.

// setParticiples are the participles of scheduling that markers of the
// future are.
var setParticiples = map[string]bool{"angesetzt": true, "anberaumt": true}

// setAuxiliaries are the forms of "haben" that make the participle an
// active perfect.
var setAuxiliaries = map[string]bool{"hat": true, "hatte": true, "hatten": true, "haben": true, "habe": true}

// setPlanPreps introduce the day a plan is set for: "für den 5. Mai",
// "auf Freitag".
var setPlanPreps = map[string]bool{"für": true, "auf": true, "zum": true, "zur": true}

// setInThePast reports whether the date at start..end of text is the day an active perfect of scheduling tells of
// (see above): the participle after the date, a form of "haben" before
// it, no "für"/"auf" right before the date, and no other marker of the
// future in the sentence (lex.announces with the participle left out).
func (l *dateLexicon) setInThePast(text string, start, end int) bool {
	if !strings.Contains(text[end:], "angesetzt") && !strings.Contains(text[end:], "anberaumt") {
		return false // (most sentences: no word to read)
	}
	from, to := sentenceBounds(text, start, end)
	after := text[end:to]
	participle, participleEnd := -1, -1
	for w, at := range wordsOf(after) {
		if setParticiples[w] {
			participle, participleEnd = end+at, end+at+len(w)
			break
		}
	}
	if participle < 0 {
		return false
	}
	aux := false
	for w := range wordsOf(text[from:start]) {
		aux = aux || setAuxiliaries[w]
	}
	if !aux {
		return false
	}
	// "für den 5. Mai": the preposition, an article between.
	var last [2]string
	for w := range wordsOf(text[from:start]) {
		last[0], last[1] = last[1], w
	}
	if setPlanPreps[last[0]] || setPlanPreps[last[1]] {
		return false
	}
	for w := range wordsOf(text[start:end]) {
		if setPlanPreps[w] {
			return false
		}
		break
	}
	return !l.announces(text[from:participle] + text[participleEnd:to])
}

// wordsOf yields the words of text in lower case, with where each
// starts.
func wordsOf(text string) func(yield func(string, int) bool) {
	return func(yield func(string, int) bool) {
		start := -1
		for i, r := range text + " " {
			if isWord(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(strings.ToLower(text[start:i]), start) {
					return
				}
				start = -1
			}
		}
	}
}
