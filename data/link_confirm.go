package data

import (
	"cmp"
	"slices"
	"time"
)

// How far apart an article and an event may be in time.
const (
	// announceWindow: an article may report an event up to a week after
	// its own date, because it can announce it ("Xi will attend the summit
	// in Samarkand"); anything later has not happened yet.
	announceWindow = 7 * 24 * time.Hour
	// backgroundAfter: an event that ended this long before the article is
	// background to it. Articles keep naming the same people and places
	// for years, so for background names alone prove nothing.
	backgroundAfter = 30 * 24 * time.Hour
)

// ConfirmLinks checks candidate links against the dates the article gives
// and returns those that stand, each with the agreeing dates of its
// paragraph added as evidence of kind "date". A candidate is dropped when:
//
//   - the article is dated and the event begins more than a week after it
//     (an article may announce an event, not report one that is months
//     away);
//   - no resolved date of the paragraph agrees with the event and one, in a
//     sentence that holds some of the link's evidence, clearly disagrees: a
//     link found by names alone yields to any such date; a link with terms
//     only to a date no other link of the paragraph accounts for ("his
//     first trip abroad since the outbreak in January 2020" is about the
//     trip and the outbreak, and the date belongs to the outbreak);
//   - the event is background (over a month older than the article) and
//     the paragraph shows only one kind of evidence: a term, names, or a
//     date alone is not enough; two of them are.
//
// Month and year dates agree with every event they overlap. events maps
// event ids to events; candidates of unknown events are dropped.
func ConfirmLinks(a *Article, candidates []Link, events map[string]*Event) []Link {
	c := linkChecker{events: events}
	return c.confirmLinks(a, candidates, false)
}

// linkChecker holds what ConfirmLinks looks up for every candidate. Build
// keeps one per worker and checks one article after the other with it.
type linkChecker struct {
	events map[string]*Event

	// What is known about the article being checked.
	article    *Article
	candidates []Link
	// sortedCandidates are the candidates in paragraph order, for
	// paragraphRange: the candidates themselves, as Match gives them.
	sortedCandidates []Link
	// owned is set when the candidates are the checker's to change: a
	// confirmed link may keep its candidate's evidence instead of a copy.
	owned     bool
	sentences map[int][]int // paragraph → sentence starts, computed on demand
	// byParagraph holds the indexes of the article's resolved mentions,
	// ordered by paragraph and, within one, as in Article.Mentions.
	byParagraph []int
	agreeing    []Match // scratch for confirm
	// evidenceSentences holds the sentences of the link being confirmed
	// that hold some of its evidence, sorted (see nearEvidence).
	evidenceSentences []int
}

// confirmLinks is ConfirmLinks with c's buffers; owned says the candidates
// are handed over and nobody will read them afterwards.
func (c *linkChecker) confirmLinks(a *Article, candidates []Link, owned bool) []Link {
	c.article, c.candidates, c.owned = a, candidates, owned
	c.sortedCandidates = inParagraphOrder(candidates)
	clear(c.sentences)
	c.groupMentions()
	var out []Link
	for _, link := range candidates {
		if confirmed, ok := c.confirm(link); ok {
			out = append(out, confirmed)
		}
	}
	c.article, c.candidates, c.sortedCandidates = nil, nil, nil
	return out
}

// groupMentions fills c.byParagraph, so that each candidate looks at the
// mentions of its own paragraph only.
func (c *linkChecker) groupMentions() {
	c.byParagraph = c.byParagraph[:0]
	for i, m := range c.article.Mentions {
		if m.Resolved() {
			c.byParagraph = append(c.byParagraph, i)
		}
	}
	// The date reader writes mentions in text order, so they are usually sorted
	// already.
	slices.SortStableFunc(c.byParagraph, func(i, j int) int {
		return cmp.Compare(c.article.Mentions[i].Paragraph, c.article.Mentions[j].Paragraph)
	})
}

// mentionsIn returns the indexes of the resolved mentions of paragraph p.
func (c *linkChecker) mentionsIn(p int) []int {
	mentions := c.article.Mentions
	from, _ := slices.BinarySearchFunc(c.byParagraph, p, func(i, p int) int { return cmp.Compare(mentions[i].Paragraph, p) })
	to := from
	for to < len(c.byParagraph) && mentions[c.byParagraph[to]].Paragraph == p {
		to++
	}
	return c.byParagraph[from:to]
}

func (c *linkChecker) confirm(link Link) (Link, bool) {
	a := c.article
	e := c.events[link.Event]
	if e == nil || e.Span.Start.IsZero() {
		return Link{}, false
	}
	if !a.Date.IsZero() && !e.Span.From().Before(a.Date.End().Add(announceWindow)) {
		return Link{}, false
	}

	agreeing := c.agreeing[:0]
	var against, unexplained int
	hasTerm := slices.ContainsFunc(link.Evidence, func(x Match) bool { return x.Kind == EvidenceTerm })
	c.evidenceSentences = c.evidenceSentences[:0]
	for _, i := range c.mentionsIn(link.Paragraph) {
		m := a.Mentions[i]
		if spanAgrees(e.Span, m.Span.Span()) {
			agreeing = append(agreeing, Match{Start: m.Start, End: m.End, Text: m.Text, Kind: EvidenceDate, Ref: spanRef(m.Span.Span())})
			continue
		}
		if !c.nearEvidence(link, m) {
			continue
		}
		against++
		if !c.explained(link, m) {
			unexplained++
		}
	}
	c.agreeing = agreeing // its room, for the next candidate
	if len(agreeing) == 0 && (unexplained > 0 || against > 0 && !hasTerm) {
		return Link{}, false
	}

	if !a.Date.IsZero() && !e.Span.To().Add(backgroundAfter).After(a.Date.Start()) {
		hasName := slices.ContainsFunc(link.Evidence, func(x Match) bool {
			return x.Kind == EvidencePlace || x.Kind == EvidenceActor
		})
		kinds := 0
		for _, has := range []bool{hasTerm, hasName, len(agreeing) > 0} {
			if has {
				kinds++
			}
		}
		if kinds < 2 {
			return Link{}, false
		}
	}

	confirmed := link
	switch {
	case len(agreeing) > 0:
		confirmed.Evidence = append(make([]Match, 0, len(link.Evidence)+len(agreeing)), link.Evidence...)
		confirmed.Evidence = append(confirmed.Evidence, agreeing...)
	case !c.owned:
		confirmed.Evidence = slices.Clone(link.Evidence) // nil stays nil
	}
	SortEvidence(confirmed.Evidence)
	confirmed.Score += float64(dateWeight * len(agreeing))
	return confirmed, true
}

// nearEvidence reports whether mention m stands in a sentence of its
// paragraph that holds some of the link's evidence: a date two sentences
// away is usually about something else ("A day after Russian troops
// landed… On Friday the troops controlled the streets").
//
// The sentences holding evidence are listed once per link, on the first
// mention that asks, so that a paragraph with many dates and much evidence
// costs their sum, not their product.
func (c *linkChecker) nearEvidence(link Link, m DateMention) bool {
	starts := c.sentenceStarts(link.Paragraph)
	if len(c.evidenceSentences) == 0 {
		for _, x := range link.Evidence {
			c.evidenceSentences = append(c.evidenceSentences, sentenceIndex(starts, x.Start))
		}
		slices.Sort(c.evidenceSentences)
	}
	_, found := slices.BinarySearch(c.evidenceSentences, sentenceIndex(starts, m.Start))
	return found
}

// explained reports whether another candidate of the same paragraph agrees
// with mention m, which then need not be about link's event.
func (c *linkChecker) explained(link Link, m DateMention) bool {
	from, to := paragraphRange(c.sortedCandidates, link.Paragraph, linkParagraph)
	for _, other := range c.sortedCandidates[from:to] {
		if other.Event == link.Event {
			continue
		}
		if e := c.events[other.Event]; e != nil && spanAgrees(e.Span, m.Span.Span()) {
			return true
		}
	}
	return false
}

func (c *linkChecker) sentenceStarts(paragraph int) []int {
	if starts, ok := c.sentences[paragraph]; ok {
		return starts
	}
	if c.sentences == nil {
		c.sentences = map[int][]int{}
	}
	p := c.article.Paragraphs[paragraph]
	starts := sentenceStarts(p.Text, p.Start)
	c.sentences[paragraph] = starts
	return starts
}

// spanAgrees reports whether a date mention can refer to the event span:
// their time intervals overlap. A mention of one date is Span.Agrees; a
// mention of a range ("15 إلى 16 سبتمبر") agrees when the ranges overlap.
func spanAgrees(event, mention Span) bool {
	if mention.End.IsZero() {
		return event.Agrees(mention.Start)
	}
	if event.Start.IsZero() || mention.Start.IsZero() {
		return false
	}
	return event.From().Before(mention.To()) && mention.From().Before(event.To())
}

// spanRef writes a span as Match.Ref: "2022-09-15", or "2022-09-15/2022-09-16".
func spanRef(s Span) string {
	if s.End.IsZero() {
		return s.Start.String()
	}
	return s.Start.String() + "/" + s.End.String()
}

// sentenceStarts returns the offsets (plus base) at which the sentences of
// text begin; the first is base. A sentence ends at . ! ? ؟ or … followed
// by white space. Abbreviations ("Mr. Xi") split a sentence in two, which
// only makes a date look further from the evidence than it is.
func sentenceStarts(text string, base int) []int {
	starts := []int{base}
	ended := false
	for i, r := range text {
		switch {
		case r == '.' || r == '!' || r == '?' || r == '؟' || r == '…':
			ended = true
		case ended && (r == ' ' || r == '\n' || r == '\t' || r == '\u00a0'):
			starts = append(starts, base+i)
			ended = false
		case ended && (r == '"' || r == '\'' || r == '’' || r == '”' || r == '»' || r == ')'):
			// closing quotes and brackets belong to the sentence they end
		default:
			ended = false
		}
	}
	return starts
}

// sentenceIndex returns the index of the sentence holding offset pos.
func sentenceIndex(starts []int, pos int) int {
	i, found := slices.BinarySearch(starts, pos)
	if found {
		return i
	}
	return i - 1
}
