package bidi

import (
	"unicode/utf8"

	xbidi "golang.org/x/text/unicode/bidi"
)

// This file resolves UAX #9 embedding levels for one paragraph.
//
// golang.org/x/text/unicode/bidi supplies the character data (bidi classes,
// paired brackets) but its Paragraph is not usable for layout as of v0.43:
// Order returns runs in logical order with only their parity (no levels, so
// a number inside Arabic inside Latin cannot be placed), it cannot force a
// left-to-right paragraph (DefaultDirection(LeftToRight) still
// auto-detects), and it never pairs brackets (rule N0; golang/go#72089), so
// "عربي (ABC) def" comes out scrambled. The implicit rules are short, so we
// apply them here ourselves: W1–W7, N0–N2, I1–I2.
//
// Explicit embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) are not honoured: they are ignored like boundary neutrals
// (rule X9) and the text between them gets implicit levels. News text does
// not carry them.

// level is a UAX #9 embedding level; odd levels run right to left.
type level uint8

func (l level) rtl() bool { return l&1 == 1 }

// direction returns the strong class matching the level's parity.
func (l level) direction() xbidi.Class {
	if l.rtl() {
		return xbidi.R
	}
	return xbidi.L
}

// classOf returns the bidi class of r.
func classOf(r rune) xbidi.Class {
	p, _ := xbidi.LookupRune(r)
	return p.Class()
}

// ignoredByX9 reports whether a class is removed from the implicit rules:
// boundary neutrals and, in this implementation, every explicit formatting
// character.
func ignoredByX9(c xbidi.Class) bool {
	switch c {
	case xbidi.BN, xbidi.Control, xbidi.LRO, xbidi.RLO, xbidi.LRE, xbidi.RLE, xbidi.PDF,
		xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI:
		return true
	}
	return false
}

// DetectRTL reports whether text's first strong character runs right to
// left (rules P2–P3: letters count, digits and punctuation do not, text
// inside isolates is skipped). Text with no strong character is
// left-to-right. Use it when the paragraph direction is not known from the
// language: NewParagraph(text, bidi.DetectRTL(text)).
func DetectRTL(text string) bool {
	isolates := 0
	for _, r := range text {
		switch classOf(r) {
		case xbidi.LRI, xbidi.RLI, xbidi.FSI:
			isolates++
		case xbidi.PDI:
			if isolates > 0 {
				isolates--
			}
		case xbidi.L:
			if isolates == 0 {
				return false
			}
		case xbidi.R, xbidi.AL:
			if isolates == 0 {
				return true
			}
		case xbidi.B:
			return false // only the first paragraph decides
		}
	}
	return false
}

// paragraph is one bidi paragraph: the text up to and including a
// paragraph separator, with a level for every rune.
type paragraph struct {
	runes   []rune
	offsets []int         // byte offset of each rune in the whole text, plus the end
	classes []xbidi.Class // original bidi classes, needed again by rule L1
	levels  []level       // resolved levels, before the per-line rule L1
	base    level         // paragraph embedding level, 0 or 1
}

// splitParagraphs cuts text after each paragraph separator (bidi class B:
// newline, carriage return, U+2029 …) and resolves each part's levels with
// the given base level.
func splitParagraphs(text string, base level) []paragraph {
	var paras []paragraph
	var cur paragraph
	for i, r := range text {
		c := classOf(r)
		cur.runes = append(cur.runes, r)
		cur.offsets = append(cur.offsets, i)
		cur.classes = append(cur.classes, c)
		if c == xbidi.B {
			cur.offsets = append(cur.offsets, i+utf8.RuneLen(r))
			paras = append(paras, cur)
			cur = paragraph{}
		}
	}
	if len(cur.runes) > 0 || len(paras) == 0 {
		cur.offsets = append(cur.offsets, len(text))
		paras = append(paras, cur)
	}
	for i := range paras {
		paras[i].base = base
		paras[i].levels = resolveLevels(paras[i].runes, paras[i].classes, base)
	}
	return paras
}

// resolveLevels applies the implicit rules to one paragraph whose every
// character sits at the base embedding level (there are no explicit
// embeddings), so the paragraph is a single isolating run sequence and
// sos = eos = the base direction.
func resolveLevels(runes []rune, classes []xbidi.Class, base level) []level {
	// X9: work on the characters that take part, remembering where they are.
	seq := make([]int, 0, len(runes))
	for i, c := range classes {
		if !ignoredByX9(c) {
			seq = append(seq, i)
		}
	}
	types := make([]xbidi.Class, len(seq))
	for k, i := range seq {
		types[k] = classes[i]
	}
	sos := base.direction()

	resolveWeak(types, sos)
	resolveBrackets(types, seq, runes, classes, base)
	resolveNeutrals(types, base)

	// I1–I2, then give each ignored character the level of the character
	// before it so that it travels with its neighbour.
	levels := make([]level, len(runes))
	for k, i := range seq {
		levels[i] = implicitLevel(types[k], base)
	}
	prev := base
	for i := range levels {
		if ignoredByX9(classes[i]) {
			levels[i] = prev
		}
		prev = levels[i]
	}
	return levels
}

// implicitLevel applies rules I1 and I2.
func implicitLevel(t xbidi.Class, base level) level {
	if !base.rtl() {
		switch t {
		case xbidi.R:
			return base + 1
		case xbidi.AN, xbidi.EN:
			return base + 2
		}
		return base
	}
	switch t {
	case xbidi.L, xbidi.EN, xbidi.AN:
		return base + 1
	}
	return base
}

// resolveWeak applies rules W1–W7 in place.
func resolveWeak(types []xbidi.Class, sos xbidi.Class) {
	// W1: a nonspacing mark takes the type of the character before it.
	prev := sos
	for k, t := range types {
		if t == xbidi.NSM {
			types[k] = prev
		}
		prev = types[k]
	}
	// W2: European digits after Arabic letters are Arabic numbers.
	// W3: Arabic letters become R.
	lastStrong := sos
	for k, t := range types {
		switch t {
		case xbidi.L, xbidi.R, xbidi.AL:
			lastStrong = t
		case xbidi.EN:
			if lastStrong == xbidi.AL {
				types[k] = xbidi.AN
			}
		}
	}
	for k, t := range types {
		if t == xbidi.AL {
			types[k] = xbidi.R
		}
	}
	// W4: one separator between two numbers of the same kind joins them.
	for k := 1; k+1 < len(types); k++ {
		before, after := types[k-1], types[k+1]
		switch {
		case types[k] == xbidi.ES && before == xbidi.EN && after == xbidi.EN,
			types[k] == xbidi.CS && before == xbidi.EN && after == xbidi.EN:
			types[k] = xbidi.EN
		case types[k] == xbidi.CS && before == xbidi.AN && after == xbidi.AN:
			types[k] = xbidi.AN
		}
	}
	// W5: terminators ($, %, °…) next to European numbers join them.
	for k := 0; k < len(types); {
		if types[k] != xbidi.ET {
			k++
			continue
		}
		end := k
		for end < len(types) && types[end] == xbidi.ET {
			end++
		}
		if (k > 0 && types[k-1] == xbidi.EN) || (end < len(types) && types[end] == xbidi.EN) {
			for j := k; j < end; j++ {
				types[j] = xbidi.EN
			}
		}
		k = end
	}
	// W6: separators and terminators left over are neutral.
	for k, t := range types {
		switch t {
		case xbidi.ES, xbidi.ET, xbidi.CS:
			types[k] = xbidi.ON
		}
	}
	// W7: European numbers in left-to-right context are L.
	lastStrong = sos
	for k, t := range types {
		switch t {
		case xbidi.L, xbidi.R:
			lastStrong = t
		case xbidi.EN:
			if lastStrong == xbidi.L {
				types[k] = xbidi.L
			}
		}
	}
}

// strongForNeutrals maps a resolved type to the direction it imposes on
// neutrals (rules N0, N1: numbers count as R), or ON when it imposes none.
func strongForNeutrals(t xbidi.Class) xbidi.Class {
	switch t {
	case xbidi.L:
		return xbidi.L
	case xbidi.R, xbidi.EN, xbidi.AN:
		return xbidi.R
	}
	return xbidi.ON
}

// maxBracketDepth is the bracket stack size of rule BD16; deeper nesting
// stops pairing for the rest of the paragraph.
const maxBracketDepth = 63

// bracketPair holds positions in the X9-filtered sequence.
type bracketPair struct{ open, close int }

// findBracketPairs implements BD16 over the filtered sequence.
func findBracketPairs(types []xbidi.Class, seq []int, runes []rune) []bracketPair {
	type opener struct {
		closer rune
		pos    int
	}
	var stack []opener
	var pairs []bracketPair
	for k, i := range seq {
		if types[k] != xbidi.ON {
			continue
		}
		props, _ := xbidi.LookupRune(runes[i])
		if !props.IsBracket() {
			continue
		}
		if props.IsOpeningBracket() {
			if len(stack) == maxBracketDepth {
				break
			}
			stack = append(stack, opener{closer: canonicalBracket(pairedBracket(runes[i])), pos: k})
			continue
		}
		closer := canonicalBracket(runes[i])
		for top := len(stack) - 1; top >= 0; top-- {
			if stack[top].closer == closer {
				pairs = append(pairs, bracketPair{open: stack[top].pos, close: k})
				stack = stack[:top]
				break
			}
		}
	}
	// Rule N0 visits pairs in the logical order of their opening brackets.
	sortPairs(pairs)
	return pairs
}

// sortPairs orders pairs by opening position (insertion sort: pairs are few
// and nearly sorted already).
func sortPairs(pairs []bracketPair) {
	for i := 1; i < len(pairs); i++ {
		for j := i; j > 0 && pairs[j].open < pairs[j-1].open; j-- {
			pairs[j], pairs[j-1] = pairs[j-1], pairs[j]
		}
	}
}

// pairedBracket returns the other bracket of a pair, "(" for ")" and so on.
// x/text exposes its bracket table only through ReverseString.
func pairedBracket(r rune) rune {
	other, _ := utf8.DecodeRuneInString(xbidi.ReverseString(string(r)))
	return other
}

// canonicalBracket maps the angle brackets U+2329/U+232A to their canonical
// equivalents U+3008/U+3009, as BD16 asks.
func canonicalBracket(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

// resolveBrackets applies rule N0: a bracket pair takes the embedding
// direction if it encloses text of that direction, else the opposite
// direction if it encloses that and the context before it agrees.
func resolveBrackets(types []xbidi.Class, seq []int, runes []rune, classes []xbidi.Class, base level) {
	embedding := base.direction()
	for _, p := range findBracketPairs(types, seq, runes) {
		found := xbidi.ON
		for k := p.open + 1; k < p.close; k++ {
			s := strongForNeutrals(types[k])
			if s == embedding {
				found = embedding
				break
			}
			if s != xbidi.ON {
				found = s
			}
		}
		if found == xbidi.ON {
			continue // no strong text inside: leave the pair to N1/N2
		}
		if found != embedding {
			context := embedding // sos
			for k := p.open - 1; k >= 0; k-- {
				if s := strongForNeutrals(types[k]); s != xbidi.ON {
					context = s
					break
				}
			}
			if context != found {
				found = embedding
			}
		}
		for _, k := range []int{p.open, p.close} {
			types[k] = found
			// Marks that W1 gave the bracket's old type follow it.
			for j := k + 1; j < len(types) && classes[seq[j]] == xbidi.NSM; j++ {
				types[j] = found
			}
		}
	}
}

// isNeutralOrIsolate reports the classes rules N1 and N2 resolve.
func isNeutralOrIsolate(t xbidi.Class) bool {
	switch t {
	case xbidi.ON, xbidi.WS, xbidi.S, xbidi.B:
		return true
	}
	return false
}

// resolveNeutrals applies rules N1 and N2: neutrals between text of one
// direction take it, the others take the embedding direction.
func resolveNeutrals(types []xbidi.Class, base level) {
	sos := base.direction()
	for k := 0; k < len(types); {
		if !isNeutralOrIsolate(types[k]) {
			k++
			continue
		}
		end := k
		for end < len(types) && isNeutralOrIsolate(types[end]) {
			end++
		}
		before, after := sos, sos // sos and eos are both the base direction
		if k > 0 {
			before = strongForNeutrals(types[k-1])
		}
		if end < len(types) {
			after = strongForNeutrals(types[end])
		}
		resolved := base.direction()
		if before == after {
			resolved = before
		}
		for j := k; j < end; j++ {
			types[j] = resolved
		}
		k = end
	}
}
