package discover

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/caravan-analytics/caravan/data"
)

// agencyReach is how far into a paragraph, in bytes, an agency's name is
// its dateline's: "新华社西安5月19日电", "(ANSA) - CITTÀ DEL VATICANO, 08 MAG",
// "Вашингтон, 7 қараша. ҚазАқпарат –".
const agencyReach = 48

// reporters returns the organisations that a cluster's members name only
// in the datelines of their paragraphs: the news agency that filed the
// report, which takes no part in what it reports (no "Xinhua summit in
// Xi'an"). An organisation named anywhere else is an actor: "SCO summit
// opens in Astana" begins with one.
func reporters(cl *Cluster) map[string]bool {
	var out map[string]bool
	actor := map[int32]bool{}
	for _, c := range cl.Members {
		for _, x := range c.evidence {
			if x.kind != clueActor || actor[x.ref] {
				continue
			}
			if inDateline(c, x) {
				if out == nil {
					out = map[string]bool{}
				}
				out[refName(x.ref)] = true
				continue
			}
			actor[x.ref] = true
			delete(out, refName(x.ref))
		}
	}
	for id := range out {
		if !orgID(cl, id) {
			delete(out, id)
		}
	}
	return out
}

// inDateline reports whether the name of clue x of c is an agency's in a
// dateline: near the start of its paragraph, and next to the dateline's
// place or date or before its dash ("ASTANA. QazAqparat –").
func inDateline(c *Candidate, x clue) bool {
	p, ok := paragraphAt(c.Article, int(x.start))
	if !ok || int(x.start)-p.Start > agencyReach {
		return false
	}
	text := c.Article.Text
	// A dash after a space: "EU-Gespräche" is a compound, not a dateline.
	after := text[x.end:min(int(x.end)+8, len(text))]
	if trimmed := strings.TrimLeft(after, ")]"); strings.HasPrefix(trimmed, " ") {
		after = strings.TrimLeft(trimmed, " ")
		if strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") {
			return true
		}
	}
	for _, y := range c.evidence {
		if y.kind != cluePlace && y.kind != clueDate {
			continue
		}
		if y.start >= x.end && onlyMarks(text[x.end:y.start]) || y.end <= x.start && onlyMarks(text[y.end:x.start]) {
			return true
		}
	}
	return false
}

// onlyMarks reports whether s, a few bytes at most, is only spaces,
// brackets and punctuation: what stands between a dateline's parts.
func onlyMarks(s string) bool {
	if len(s) > 6 {
		return false
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
		s = s[size:]
	}
	return true
}

// orgID reports whether actor id is an organisation for the cluster's
// members: never among the people they name.
func orgID(cl *Cluster, id string) bool {
	for _, c := range cl.Members {
		for _, p := range c.People() {
			if p == id {
				return false
			}
		}
	}
	return true
}

// paragraphAt returns the paragraph of a that holds offset i: a
// candidate's names may be its paragraph's or a headline's neighbour's
// (see Candidate.Context), not always in its own paragraph.
func paragraphAt(a *data.Article, i int) (data.Paragraph, bool) {
	ps := a.Paragraphs
	k := sort.Search(len(ps), func(k int) bool { return ps[k].Start > i }) - 1
	if k < 0 || i > ps[k].End {
		return data.Paragraph{}, false
	}
	return ps[k], true
}
