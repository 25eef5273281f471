package discover

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A place joined to another by a dash is one end of a route or a pair —
// "the flight Baku — Grozny", "the «Central Asia – China» summit" — and
// not where the event happened: the plane came down near Aktau, the summit
// was held in Xi'an. sceneOf is the candidate's scene with such places
// left out.

// sceneOf returns the place nearest to the words for what happened in c,
// leaving out the dateline and the places paired by a dash (see above);
// "" when none is left.
func sceneOf(c *Candidate) string {
	s := c.Scene()
	if s == "" || !pairedPlace(c, s) {
		return s
	}
	kind := c.Kind()
	ofKind := false
	kindRef := refNumber(string(kind))
	for _, t := range c.evidence {
		if t.kind == clueTerm && t.ref == kindRef {
			ofKind = true
		}
	}
	best, bestDist := "", -1
	for _, x := range c.evidence {
		if x.kind != cluePlace || refName(x.ref) == c.Dateline() || paired(c.Article.Text, int(x.start), int(x.end)) {
			continue
		}
		for _, t := range c.evidence {
			if t.kind != clueTerm || (ofKind && t.ref != kindRef) {
				continue
			}
			d := max(int(x.start-t.end), int(t.start-x.end), 0)
			if bestDist < 0 || d < bestDist {
				best, bestDist = refName(x.ref), d
			}
		}
	}
	return best
}

// pairedPlace reports whether every mention of place id in c is paired
// by a dash with another name.
func pairedPlace(c *Candidate, id string) bool {
	n := 0
	for _, x := range c.evidence {
		if x.kind != cluePlace || refName(x.ref) != id {
			continue
		}
		if !paired(c.Article.Text, int(x.start), int(x.end)) {
			return false
		}
		n++
	}
	return n > 0
}

// paired reports whether the name at text[start:end] is joined by a dash
// to a capitalised name before or after it: "Баку — Грозный", "Орталық
// Азия – Қытай", "China–Central Asia". A dash at the start of a paragraph
// is a dateline's ("ASTANA – The leaders"), which the dateline rule
// handles.
func paired(text string, start, end int) bool {
	after := strings.TrimLeft(text[end:min(end+12, len(text))], " ")
	for _, dash := range []string{"—", "–", "-"} {
		if rest, ok := strings.CutPrefix(after, dash); ok {
			rest = strings.TrimLeft(rest, " «\"")
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && !paragraphStart(text, start) {
				return true
			}
		}
	}
	before := strings.TrimRight(text[max(0, start-12):start], " «\"")
	for _, dash := range []string{"—", "–", "-"} {
		if rest, ok := strings.CutSuffix(before, dash); ok {
			rest = strings.TrimRight(rest, " »\"")
			if r, _ := utf8.DecodeLastRuneInString(rest); unicode.IsLetter(r) {
				// The word before the dash: a name when it begins with a
				// capital.
				i := strings.LastIndexAny(rest, " \n«\"")
				w, _ := utf8.DecodeRuneInString(rest[i+1:])
				return unicode.IsUpper(w)
			}
		}
	}
	return false
}

// paragraphStart reports whether the name at start opens its line.
func paragraphStart(text string, start int) bool {
	i := strings.LastIndexByte(text[:start], '\n')
	return strings.TrimSpace(text[i+1:start]) == ""
}
