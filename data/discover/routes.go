package discover

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// A place joined to another by a dash is one end of a route or a pair —
// "the flight Baku — Grozny", "the «Central Asia – China» summit" — and
// not where the event happened: the plane came down near Aktau, the summit
// was held in Xi'an. Nor is a place the text says it happened outside of:
// "the first General Conference held outside Paris since 1985" met in
// Samarkand. sceneOf is the candidate's scene with such places left out,
// and notHere tells them.

// outsideBefore are the words before a place that say an event is away
// from it, by language; outsideAfter the postpositions after it (Turkic
// languages: "Paris dışında", "Parijdan tashqarida").
var (
	outsideBefore = map[string][]string{
		"en": {"outside", "outside of", "away from"},
		"fr": {"hors de", "en dehors de", "loin de", "hors d'", "en dehors d'"},
		"de": {"außerhalb", "außerhalb von", "fern von"},
		"nl": {"buiten"},
		"es": {"fuera de"},
		"it": {"fuori da", "fuori di", "lontano da"},
		"pt": {"fora de", "longe de"},
		"ru": {"вне", "за пределами", "вдали от"},
		"uk": {"поза", "за межами"},
		"pl": {"poza", "z dala od"},
	}
	outsideAfter = map[string][]string{
		"tr": {"dışında"},
		"uz": {"tashqarida", "ташқарида"},
		"kk": {"тыс", "сыртында"},
		"az": {"xaricində"},
	}
)

// notHere reports whether place id is named in c only as the end of a
// route or as where the event was not (see above).
func notHere(c *Candidate, id string) bool {
	n := 0
	for _, x := range c.evidence {
		if x.kind != cluePlace || refName(x.ref) != id {
			continue
		}
		if !paired(c.Article.Text, int(x.start), int(x.end)) && !outside(c.Article, int(x.start), int(x.end)) {
			return false
		}
		n++
	}
	return n > 0
}

// outside reports whether the place at text[start:end] follows a word for
// "outside" or is followed by a postposition of it (see outsideBefore).
func outside(a *data.Article, start, end int) bool {
	text := a.Text
	if words := outsideBefore[a.Language]; len(words) > 0 {
		before := strings.ToLower(strings.TrimRight(text[max(0, start-24):start], " "))
		for _, w := range words {
			if strings.HasSuffix(before, w) {
				// A whole word: "outside", not "…doutside".
				k := len(before) - len(w)
				if k == 0 || before[k-1] == ' ' || before[k-1] == '\n' || before[k-1] == '(' {
					return true
				}
			}
		}
	}
	if words := outsideAfter[a.Language]; len(words) > 0 {
		// The place's word may go on with a case ending ("Parijdan").
		i := wordEnd(text, end, min(len(text), end+24))
		after := strings.ToLower(strings.TrimLeft(text[i:min(len(text), i+24)], " "))
		for _, w := range words {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
	}
	return false
}

// sceneOf returns the place nearest to the words for what happened in c,
// leaving out the dateline and the places paired by a dash (see above);
// "" when none is left.
func sceneOf(c *Candidate) string {
	s := c.Scene()
	if s == "" || !notHere(c, s) {
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
		if x.kind != cluePlace || refName(x.ref) == c.Dateline() || paired(c.Article.Text, int(x.start), int(x.end)) || outside(c.Article, int(x.start), int(x.end)) {
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
			if datelineDash(text, start-12+len(rest)) {
				return false // "ASTANA. QazAqparat – Qazaqstan …"
			}
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

// datelineDash reports whether a dash at offset i ends a dateline: near
// the start of its line, after a stop or a comma ("ASTANA. QazAqparat –",
// "Вашингтон, 7 қараша. ҚазАқпарат –").
func datelineDash(text string, i int) bool {
	i = max(0, min(i, len(text)))
	line := strings.LastIndexByte(text[:i], '\n') + 1
	return i-line <= agencyReach && strings.ContainsAny(text[line:i], ".,")
}

// paragraphStart reports whether the name at start opens its line.
func paragraphStart(text string, start int) bool {
	i := strings.LastIndexByte(text[:start], '\n')
	return strings.TrimSpace(text[i+1:start]) == ""
}
