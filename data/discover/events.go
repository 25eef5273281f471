package discover

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// eventOf turns a cluster into an event: its date, kind, title, names,
// passages and strength, and returns with it the passages it does not
// list (see listExcerpts). The id is left to the caller.
func eventOf(cl *Cluster, byID map[string]*data.Name, h *homes) (*data.Event, []data.Excerpt) {
	kind := cl.Kind()
	e := &data.Event{
		Span:      cl.Span,
		Storyline: data.OtherStoryline,
		Source:    data.EventFromText,
		Kind:      string(kind),
	}
	parts := titleParts(kind, cl, byID, h)
	e.Title = Title(parts)
	actorCount := map[string]int{}
	for _, c := range cl.Members {
		for _, id := range c.Actors {
			actorCount[id]++
		}
	}
	e.Place = placeFor(kind, cl, h)
	e.Actors = topNames(actorCount, 6)
	all := excerptsOf(cl.Members)
	strength := strengthOf(all) // before listExcerpts reuses all
	var unlisted []data.Excerpt
	e.Excerpts, unlisted = listExcerpts(all, nil)
	e.Announced = true
	background := true
	for _, c := range cl.Members {
		if !c.Announced {
			e.Announced = false
		}
		if !c.Background {
			background = false
		}
	}
	e.Strength = strength
	e.Strength.Weak = e.Strength.Articles < 2 || background || (len(e.Actors) == 0 && e.Place == "")
	e.Summary = summaryOf(e, kind, len(unlisted))
	return e, unlisted
}

// maxListed is how many passages an event lists before it only counts
// them and links their articles: a stock phrase that a large corpus
// repeats thousands of times says nothing more in its thousandth passage,
// and every listed passage costs memory and screen.
const maxListed = 50

// listExcerpts splits passages into those an event lists, given the ones
// it lists already, and the rest: the first maxListed, and beyond them
// the first passage of every language not listed yet, so that the event
// still shows every language it is told in. The passages not listed are
// moved to the front of all, which they reuse: an event may have hundreds
// of thousands.
func listExcerpts(all, already []data.Excerpt) (listed, unlisted []data.Excerpt) {
	if len(already)+len(all) <= maxListed {
		return all, nil
	}
	// The languages listed: a few, so a list is quicker than a map.
	var langs []string
	for _, x := range already {
		if !slices.Contains(langs, x.Language) {
			langs = append(langs, x.Language)
		}
	}
	listed = make([]data.Excerpt, 0, max(maxListed-len(already), 0)+len(langs)+1)
	n := 0 // all[:n] are the passages not listed
	for _, x := range all {
		known := slices.Contains(langs, x.Language)
		if len(already)+len(listed) < maxListed || !known {
			listed = append(listed, x)
			if !known {
				langs = append(langs, x.Language)
			}
		} else {
			all[n] = x
			n++
		}
	}
	return listed, all[:n:n]
}

// excerptsOf lists one passage per paragraph of the members, in article
// order, with the evidence of every member in it.
func excerptsOf(members []*Candidate) []data.Excerpt {
	// In article order, then text order, members that tie in their given
	// order: a stable sort, done as a plain sort on copied keys with the
	// position as the last one, since a stable sort of an event's
	// hundred thousand members costs n·log²n.
	type keyed struct {
		order, start, i int
		c               *Candidate
	}
	ks := make([]keyed, len(members))
	for i, c := range members {
		ks[i] = keyed{c.Order, c.Start, i, c}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := cmp.Compare(a.order, b.order); c != 0 {
			return c
		}
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	out := make([]data.Excerpt, 0, len(ks))
	for _, k := range ks {
		c := k.c
		if n := len(out); n > 0 && out[n-1].ArticleRef == c.Article && out[n-1].Paragraph == c.Paragraph {
			// A second statement in the paragraph: its evidence joins the
			// first's, in a list of the excerpt's own.
			merged := make([]data.Match, 0, len(out[n-1].Evidence)+len(c.Evidence))
			out[n-1].Evidence = dedupeEvidence(append(append(merged, out[n-1].Evidence...), c.Evidence...))
			continue
		}
		p := c.Article.Paragraphs[c.Paragraph]
		// The candidate's evidence is not changed after extraction, so the
		// excerpt shares it.
		out = append(out, data.Excerpt{
			Article: c.Article.ID, Paragraph: c.Paragraph, Start: p.Start, End: p.End, Text: p.Text,
			Language: c.Article.Language, Evidence: c.Evidence, ArticleRef: c.Article,
		})
	}
	return out
}

// strengthOf counts the articles, languages and kinds of evidence of the
// passages.
func strengthOf(excerpts []data.Excerpt) data.Strength {
	s := data.Strength{Evidence: []string{}}
	// Articles are told apart by id; passages that all point at their
	// article are told apart by that, which is quicker to hash.
	byRef := !slices.ContainsFunc(excerpts, func(x data.Excerpt) bool { return x.ArticleRef == nil })
	articles, refs, kinds := map[string]bool{}, map[*data.Article]bool{}, map[string]bool{}
	var langs []string // a few
	for _, x := range excerpts {
		if byRef {
			refs[x.ArticleRef] = true
		} else {
			articles[x.Article] = true
		}
		if x.Language != "" && !slices.Contains(langs, x.Language) {
			langs = append(langs, x.Language)
		}
		for _, m := range x.Evidence {
			kinds[m.Kind] = true
		}
	}
	s.Articles, s.Languages = len(articles)+len(refs), len(langs)
	for _, k := range []string{data.EvidenceDate, data.EvidenceTerm, data.EvidencePlace, data.EvidenceActor} {
		if kinds[k] {
			s.Evidence = append(s.Evidence, k)
		}
	}
	return s
}

// summaryOf says in a line what supports the event.
func summaryOf(e *data.Event, kind Kind, unlisted int) string {
	articles := "1 article"
	if e.Strength.Articles != 1 {
		articles = fmt.Sprintf("%d articles", e.Strength.Articles)
	}
	langs := "1 language"
	if e.Strength.Languages != 1 {
		langs = fmt.Sprintf("%d languages", e.Strength.Languages)
	}
	s := fmt.Sprintf("%s %s, found in %s in %s.", capitalise(article(string(kind))), when(e.Span.Start), articles, langs)
	if e.Announced {
		s += " Announced; no report yet says it took place."
	}
	if e.Strength.Weak {
		s += " Weak evidence: check the passages."
	}
	if unlisted > 0 {
		s += fmt.Sprintf(" %d more passages not listed.", unlisted)
	}
	return s
}

// when says a date to its precision: "on 3 Jul 2024", "in Sep 2022", "in 1994".
func when(d data.Date) string {
	if d.Precision == data.Day {
		return "on " + d.Human()
	}
	return "in " + d.Human()
}

// topNames returns up to n ids, the most counted first, ties by id.
func topNames(count map[string]int, n int) []string {
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}

// EventID derives a discovered event's id from its content, so that it
// survives reloads while its first passage does: kind, start date, the
// sorted names, and a hash of the first passage's article and sentence.
// "ev-summit-2024-07-04-3f2a9c1b".
func EventID(kind Kind, span data.Span, names []string, firstArticle, firstSentence string) string {
	h := fnv.New32a()
	sorted := slices.Clone(names)
	slices.Sort(sorted)
	for _, n := range sorted {
		h.Write([]byte(n))
		h.Write([]byte{0})
	}
	h.Write([]byte(firstArticle))
	h.Write([]byte{0})
	h.Write([]byte(data.Normalize(firstSentence)))
	return fmt.Sprintf("ev-%s-%s-%08x", kind, span.Start, h.Sum32())
}

// firstMember is the member of the cluster that comes first in the
// corpus: the earliest article, the earliest sentence.
func firstMember(cl *Cluster) *Candidate {
	first := cl.Members[0]
	for _, c := range cl.Members[1:] {
		if c.Order < first.Order || (c.Order == first.Order && c.Start < first.Start) {
			first = c
		}
	}
	return first
}
