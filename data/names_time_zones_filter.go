package data

import (
	"unicode"
	"unicode/utf8"
)

// runePair is two characters, each as the smallest of the characters
// strings.EqualFold takes for it (see foldKey).
type runePair [2]rune

// foldPairs are the first (or last) two characters of a list of words, as
// fold keys: a text can equal a word of the list under strings.EqualFold
// only if its own first (or last) two characters have the same keys.
// timeZoneName asks it of every name, so most names are turned away by a
// comparison of two characters rather than by two dozen EqualFolds.
type foldPairs []runePair

// timeZoneAfterStarts and timeZoneBeforeEnds are the characters that
// open the words of timeZoneAfter and close those of timeZoneBefore.
var (
	timeZoneAfterStarts = pairsOf(timeZoneAfter, firstTwoRunes)
	timeZoneBeforeEnds  = pairsOf(timeZoneBefore, lastTwoRunes)
)

// pairsOf returns the pairs two gives of each word; nil (every text may
// match) if a word has fewer than two characters, which two cannot tell.
func pairsOf(words []string, two func(string) (runePair, bool)) foldPairs {
	var out foldPairs
	for _, w := range words {
		p, ok := two(w)
		if !ok {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// mayHold reports whether a text whose pair is p (ok: it has two
// characters) can equal one of the words under strings.EqualFold.
func (ps foldPairs) mayHold(p runePair, ok bool) bool {
	if ps == nil {
		return true
	}
	if !ok {
		return false
	}
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// firstTwoRunes returns the fold keys of the first two characters of s;
// false when s has fewer than two.
func firstTwoRunes(s string) (runePair, bool) {
	r0, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return runePair{}, false
	}
	r1, m := utf8.DecodeRuneInString(s[n:])
	if m == 0 {
		return runePair{}, false
	}
	return runePair{foldKey(r0), foldKey(r1)}, true
}

// lastTwoRunes returns the fold keys of the last two characters of s, in
// the order they are written; false when s has fewer than two.
func lastTwoRunes(s string) (runePair, bool) {
	r1, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return runePair{}, false
	}
	r0, m := utf8.DecodeLastRuneInString(s[:len(s)-n])
	if m == 0 {
		return runePair{}, false
	}
	return runePair{foldKey(r0), foldKey(r1)}, true
}

// foldKey is the smallest character of r's case-folding orbit, the set
// of characters strings.EqualFold takes as r ("k", "K" and the Kelvin
// sign all give "K"): two characters are equal under EqualFold exactly
// when their keys are.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		// An upper-case ASCII letter is the least of its orbit, the
		// Kelvin sign's and the long s's too.
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
