package discover

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/textnorm"
)

// eventOf turns a cluster into an event: its date, kind, title, names,
// passages and strength, and returns with it the passages it does not
// list (see excerptsOf) and the member that comes first in the corpus
// (the earliest article, the earliest sentence), which its id is made
// of. The id is left to the caller.
//
// An event of a large corpus has hundreds of thousands of members,
// spread over a heap of a gigabyte and more: what eventOf needs of them
// besides the title and the place is read in one walk (see factsOf),
// and the place once, by titleParts.
func eventOf(cl *Cluster, byID map[string]*data.Name, h *homes) (*data.Event, []pendingLink, *Candidate) {
	kind := cl.Kind()
	e := &data.Event{
		Span:      cl.Span,
		Storyline: data.OtherStoryline,
		Source:    data.EventFromText,
		Kind:      string(kind),
	}
	titled := cl
	if cl.lead != nil {
		titled = cl.lead // a happening is titled by its main day
	}
	parts := titleParts(kind, titled, byID, h)
	e.Title = Title(parts)
	if titled.title != "" {
		e.Title = titled.title
	}
	e.Place = parts.placeID
	f := factsOf(cl.Members)
	e.Actors = topNames(f.actors, 6)
	var unlisted []pendingLink
	e.Excerpts, unlisted = excerptsSorted(cl.Members, f.order, nil)
	e.Announced = f.announced
	e.Strength = strengthOver(f.kinds, e.Excerpts, unlisted)
	e.Strength.Weak = e.Strength.Articles < 2 || f.background || (len(e.Actors) == 0 && e.Place == "")
	e.Summary = summaryOf(e, kind, len(unlisted))
	return e, unlisted, cl.Members[f.order[0].i]
}

// memberFacts is what eventOf reads of a cluster's members besides its
// title and place, gathered in one walk over them.
type memberFacts struct {
	actors     map[string]int       // actor ids → members naming them
	kinds      [len(clueKinds)]bool // the kinds of evidence (as clueKind) they have
	announced  bool                 // every member speaks of the date as to come
	background bool                 // every member tells of it in retrospect
	order      []memberKey          // the members in passage order (see sortMembers)
}

// factsOf reads the facts of the members (at least one) in one walk.
func factsOf(members []*Candidate) memberFacts {
	f := memberFacts{actors: map[string]int{}, announced: true, background: true, order: make([]memberKey, len(members))}
	for i, c := range members {
		f.order[i] = memberKey{int32(c.Order), c.Start, int32(i)}
		for _, id := range c.Actors() {
			f.actors[id]++
		}
		for _, x := range c.evidence {
			if int(x.kind) < len(f.kinds) {
				f.kinds[x.kind] = true
			}
		}
		f.announced = f.announced && c.Announced
		f.background = f.background && c.Background
	}
	sortMembers(f.order)
	return f
}

// maxListed is how many passages an event lists before it only counts
// them and links their articles: a stock phrase that a large corpus
// repeats thousands of times says nothing more in its thousandth passage,
// and every listed passage costs memory and screen.
const maxListed = 50

// listing says which of the passages all an event lists, given the ones
// it lists already: the first maxListed, and beyond them the first
// passage of every language not listed yet, so that the event still
// shows every language it is told in.
func listing(all []pendingLink, already []data.Excerpt) []bool {
	listed := make([]bool, len(all))
	if len(already)+len(all) <= maxListed {
		for i := range listed {
			listed[i] = true
		}
		return listed
	}
	// The languages listed: a few, so a list is quicker than a map.
	var langs []string
	for _, x := range already {
		if !slices.Contains(langs, x.Language) {
			langs = append(langs, x.Language)
		}
	}
	n := len(already)
	for i, x := range all {
		lang := x.article.Language
		known := slices.Contains(langs, lang)
		if n < maxListed || !known {
			listed[i], n = true, n+1
			if !known {
				langs = append(langs, lang)
			}
		}
	}
	return listed
}

// excerptsOf returns the passages of the members, one per paragraph, in
// article order, split into those an event lists (given the ones it
// lists already; see listing), with the evidence of every member in
// them, and those it does not list, with their dates only, as links to
// make: the link of such a passage says that the paragraph tells of the
// event and when, and costs little. An event may have hundreds of
// thousands of passages, so the evidence of the ones not listed is never
// made whole, nor are they made excerpts (more than twice the size).
func excerptsOf(members []*Candidate, already []data.Excerpt) (listed []data.Excerpt, unlisted []pendingLink) {
	return excerptsSorted(members, keysOf(members), already)
}

// excerptsSorted is excerptsOf with the members' keys in passage order
// (see sortMembers).
func excerptsSorted(members []*Candidate, keys []memberKey, already []data.Excerpt) (listed []data.Excerpt, unlisted []pendingLink) {
	all, sorted, ends := passagesOf(members, keys)
	isListed := listing(all, already)
	// The evidence of the listed passages shares one block, and the dates
	// of the others another.
	// The date block is sized at a date per member not listed (a
	// statement has one); only the members listed, a few thousand at
	// most, are read for it.
	full, dates, n := 0, len(sorted), 0
	for i := range all {
		if isListed[i] {
			n++
			ms := membersOf(sorted, ends, i)
			dates -= len(ms)
			for _, c := range ms {
				full += len(c.evidence)
			}
		}
	}
	// The passages not listed are moved to the front of all, which they
	// reuse: an event may have hundreds of thousands.
	listed, unlisted = make([]data.Excerpt, 0, n), all[:0:len(all)-n]
	fullBlock, dateBlock := make([]data.Match, 0, full), make([]data.Match, 0, dates)
	var refs spanRefs
	for i, x := range all {
		if isListed[i] {
			a := x.article
			p := a.Paragraphs[x.paragraph]
			ex := data.Excerpt{
				Article: a.ID, Paragraph: x.paragraph, Start: p.Start, End: p.End, Text: p.Text,
				Language: a.Language, ArticleRef: a,
			}
			ex.Evidence, fullBlock = evidenceOf(membersOf(sorted, ends, i), fullBlock, &refs)
			listed = append(listed, ex)
		} else {
			x.evidence, dateBlock = datesOf(membersOf(sorted, ends, i), dateBlock, &refs)
			unlisted = append(unlisted, x)
		}
	}
	return listed, unlisted
}

// evidenceOf appends to block the evidence of the members of one
// paragraph, in text order without repeats, and returns it (nil for
// none) with the block.
func evidenceOf(members []*Candidate, block []data.Match, refs *spanRefs) ([]data.Match, []data.Match) {
	k := len(block)
	for _, c := range members {
		block = c.appendMatches(block, refs)
	}
	if len(members) > 1 {
		// Sorted and without repeats, the block's end may be shorter.
		block = append(block[:k], dedupeEvidence(block[k:])...)
	}
	if len(block) == k {
		return nil, block
	}
	return block[k:len(block):len(block)], block
}

// datesOf is evidenceOf for the date evidence only.
func datesOf(members []*Candidate, block []data.Match, refs *spanRefs) ([]data.Match, []data.Match) {
	k := len(block)
	for _, c := range members {
		for _, x := range c.evidence {
			if x.kind == clueDate {
				block = append(block, data.Match{Start: int(x.start), End: int(x.end), Text: c.Article.Text[x.start:x.end], Kind: data.EvidenceDate, Ref: refs.of(c)})
			}
		}
	}
	if len(members) > 1 {
		block = append(block[:k], dedupeEvidence(block[k:])...)
	}
	if len(block) == k {
		return nil, block
	}
	return block[k:len(block):len(block)], block
}

// memberKey is what sortMembers orders a member by: its article's place
// in the corpus, its sentence's start, and its position among the
// members. The keys hold no pointer: moving them costs the collector
// nothing (an event's members are sorted while it marks a heap of a
// gigabyte and more), and a corpus has fewer than 2³¹ articles, an
// article fewer than 2³¹ bytes and a cluster fewer than 2³¹ members.
type memberKey struct{ order, start, i int32 }

// keysOf returns the members' keys in passage order.
func keysOf(members []*Candidate) []memberKey {
	ks := make([]memberKey, len(members))
	for i, c := range members {
		ks[i] = memberKey{int32(c.Order), c.Start, int32(i)}
	}
	sortMembers(ks)
	return ks
}

// sortMembers puts members' keys in passage order: article order, then
// text order, members that tie in their given order. It is a stable sort
// done as a plain sort with the position as the last key, since a stable
// sort of an event's hundred thousand members costs n·log²n.
func sortMembers(ks []memberKey) {
	slices.SortFunc(ks, func(a, b memberKey) int {
		if c := cmp.Compare(a.order, b.order); c != 0 {
			return c
		}
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
}

// passagesOf lists one passage per paragraph of the members, in article
// order, without evidence, and the members of each in the order their
// evidence joins: those of passage i are sorted[ends[i-1]:ends[i]]. ks
// are the members' keys in passage order (see sortMembers).
func passagesOf(members []*Candidate, ks []memberKey) (out []pendingLink, sorted []*Candidate, ends []int32) {
	// One walk over the members finds where each passage ends; the
	// passages are then made from their first members alone, at their
	// number (they are kept, as the links of those an event does not list).
	sorted = make([]*Candidate, len(ks))
	for i, k := range ks {
		c := members[k.i]
		sorted[i] = c
		if i > 0 && samePassage(sorted[i-1], c) {
			// A second statement in the paragraph: its evidence joins the
			// first's.
			ends[len(ends)-1] = int32(i + 1)
			continue
		}
		ends = append(ends, int32(i+1))
	}
	out = make([]pendingLink, len(ends))
	from := int32(0)
	for i, end := range ends {
		c := sorted[from]
		out[i] = pendingLink{article: c.Article, paragraph: int(c.Paragraph)}
		from = end
	}
	return out, sorted, ends
}

// samePassage reports whether two candidates are of one paragraph of one
// article.
func samePassage(a, b *Candidate) bool { return a.Article == b.Article && a.Paragraph == b.Paragraph }

// membersOf returns the members of passage i (see passagesOf).
func membersOf(sorted []*Candidate, ends []int32, i int) []*Candidate {
	from := int32(0)
	if i > 0 {
		from = ends[i-1]
	}
	return sorted[from:ends[i]]
}

// strengthOf counts the articles, languages and kinds of evidence of the
// passages.
func strengthOf(excerpts []data.Excerpt) data.Strength {
	var kinds [len(clueKinds)]bool
	for _, x := range excerpts {
		for _, m := range x.Evidence {
			if k := kindOfMatch(m.Kind); int(k) < len(kinds) {
				kinds[k] = true
			}
		}
	}
	return strengthOver(kinds, excerpts, nil)
}

// strengthOver counts the articles and languages of the passages, listed
// (excerpts) and not (links), given which kinds of evidence (as
// clueKind) they have.
func strengthOver(kinds [len(clueKinds)]bool, excerpts []data.Excerpt, links []pendingLink) data.Strength {
	s := data.Strength{Evidence: []string{}}
	articles, refs := map[string]bool{}, map[*data.Article]bool{}
	var langs []string // a few
	addLang := func(lang string) {
		if lang != "" && !slices.Contains(langs, lang) {
			langs = append(langs, lang)
		}
	}
	// Articles are told apart by id; passages that all point at their
	// article are told apart by that, which is quicker to hash. A link
	// always points at its article.
	byRef := !slices.ContainsFunc(excerpts, func(x data.Excerpt) bool { return x.ArticleRef == nil })
	for _, x := range excerpts {
		if byRef {
			refs[x.ArticleRef] = true
		} else {
			articles[x.Article] = true
		}
		addLang(x.Language)
	}
	for _, x := range links {
		refs[x.article] = true
		addLang(x.article.Language)
	}
	s.Articles, s.Languages = len(articles)+len(refs), len(langs)
	for _, k := range []clueKind{clueDate, clueTerm, cluePlace, clueActor} {
		if kinds[k] {
			s.Evidence = append(s.Evidence, clueKinds[k])
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
	h.Write([]byte(textnorm.Normalize(firstSentence)))
	return fmt.Sprintf("ev-%s-%s-%08x", kind, span.Start, h.Sum32())
}
