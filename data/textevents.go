package data

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// fragmentRunes is about how long the quoted part of a text event's title
// may be, so titles fit on a timeline label.
const fragmentRunes = 60

// TextEvents returns the events found only in text: explicit dates the
// articles write out ("2 januari", "15 إلى 16 سبتمبر") that no catalogue
// event covers — covered meaning that an event linked from the same
// paragraph agrees with the date. The same date in several articles is one
// event, with one excerpt per paragraph. The article's own date is skipped
// (it says when the article was written, not what happened), and so are
// duplicate articles.
//
// Each event has id "text-<date>-<n>" (n counts events starting on that
// date, from 1), Source EventFromText, storyline "other", and a title
// quoting the words around the date in its first article.
//
// A date that a large corpus writes thousands of times ("since January
// 2020" as a stock phrase) would otherwise carry thousands of passages that
// say the same thing. An event lists at most maxTextExcerpts passages, the
// first in article order, plus the first passage of every further language
// so that the event still shows every language the date is written in; the
// Summary counts the articles over all passages and says how many passages
// are not listed.
func TextEvents(c *Corpus) []*Event {
	catalogue := map[string]*Event{}
	for _, e := range c.Events {
		if e.Source == EventFromCatalogue {
			catalogue[e.ID] = e
		}
	}
	found := map[Span]*textEvent{}
	var spans []Span // in order of first sight
	for _, a := range c.Articles {
		if a.DuplicateOf != "" {
			continue
		}
		links := inParagraphOrder(a.Links)
		for _, m := range a.Mentions {
			if m.Kind != MentionExplicit || !m.Resolved() || m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
				continue
			}
			if m.Span == (Span{Start: a.Date}) || coveredInParagraph(links, m, catalogue) {
				continue
			}
			e := found[m.Span]
			if e == nil {
				e = &textEvent{Event: &Event{Span: m.Span, Storyline: OtherStoryline, Source: EventFromText}}
				found[m.Span] = e
				spans = append(spans, m.Span)
			}
			e.add(a, m)
		}
	}

	slices.SortStableFunc(spans, func(x, y Span) int {
		switch {
		case x.Start.Before(y.Start):
			return -1
		case y.Start.Before(x.Start):
			return 1
		case x.Last().Before(y.Last()):
			return -1
		case y.Last().Before(x.Last()):
			return 1
		}
		return 0
	})
	perStart := map[string]int{}
	events := make([]*Event, 0, len(spans))
	for _, s := range spans {
		e := found[s]
		perStart[s.Start.String()]++
		e.ID = fmt.Sprintf("text-%s-%d", s.Start, perStart[s.Start.String()])
		first := e.Excerpts[0]
		e.Title = "Mentioned: " + mentionFragment(first.ArticleRef.Paragraphs[first.Paragraph], first.Evidence[0])
		e.Summary = e.summary()
		events = append(events, e.Event)
	}
	return events
}

// coveredInParagraph reports whether a catalogue event linked from the
// mention's paragraph agrees with it.
// links are the article's links in paragraph order (see inParagraphOrder).
func coveredInParagraph(links []Link, m DateMention, catalogue map[string]*Event) bool {
	from, to := paragraphRange(links, m.Paragraph, linkParagraph)
	for _, l := range links[from:to] {
		if e := catalogue[l.Event]; e != nil && spanAgrees(e.Span, m.Span) {
			return true
		}
	}
	return false
}

// maxTextExcerpts is how many passages a text event lists before it only
// counts them (see TextEvents). Fifty passages are more than an analyst
// reads to judge a date; past them, what matters is how often it is written.
const maxTextExcerpts = 50

// textEvent is a text event while TextEvents gathers its passages.
type textEvent struct {
	*Event
	passages int // distinct paragraphs that write the date, listed or not
	articles int // distinct articles among them
	// The paragraph of the last mention added, and whether it was listed.
	// Mentions come article by article in text order, so a mention's
	// paragraph, when already seen, is always this one.
	lastArticle   *Article
	lastParagraph int
	lastListed    bool
	languages     map[string]bool // languages of the listed passages, once the list is full
}

// add adds mention m of article a: as new evidence on the passage of its
// paragraph, or as a new passage, listed while there is room or while its
// language is not listed yet.
func (e *textEvent) add(a *Article, m DateMention) {
	evidence := Match{Start: m.Start, End: m.End, Text: m.Text, Kind: EvidenceDate, Ref: spanRef(m.Span)}
	if e.lastArticle == a && e.lastParagraph == m.Paragraph {
		if x := &e.Excerpts[len(e.Excerpts)-1]; e.lastListed && !slices.Contains(x.Evidence, evidence) {
			x.Evidence = append(x.Evidence, evidence)
			sortEvidence(x.Evidence)
		}
		return
	}
	if e.lastArticle != a {
		e.articles++
	}
	e.passages++
	e.lastArticle, e.lastParagraph = a, m.Paragraph
	e.lastListed = len(e.Excerpts) < maxTextExcerpts || !e.listsLanguage(a.Language)
	if !e.lastListed {
		return
	}
	e.Excerpts = append(e.Excerpts, paragraphExcerpt(a, m.Paragraph, []Match{evidence}))
	if e.languages != nil {
		e.languages[a.Language] = true
	}
}

// listsLanguage reports whether a listed passage is in lang. It is only
// asked once the list is full, and builds its set then.
func (e *textEvent) listsLanguage(lang string) bool {
	if e.languages == nil {
		e.languages = map[string]bool{}
		for _, x := range e.Excerpts {
			e.languages[x.Language] = true
		}
	}
	return e.languages[lang]
}

// summary says when the date is, how widely it is written, and how many of
// its passages are not listed: "Jan 2020, written out in 9893 articles; no
// catalogue event covers it. 31407 more passages not listed."
func (e *textEvent) summary() string {
	articles := "1 article"
	if e.articles != 1 {
		articles = fmt.Sprintf("%d articles", e.articles)
	}
	s := fmt.Sprintf("%s, written out in %s; no catalogue event covers it.", e.Span.Start.Human(), articles)
	if unlisted := e.passages - len(e.Excerpts); unlisted > 0 {
		s += fmt.Sprintf(" %s not listed.", plural(unlisted, "more passage"))
	}
	return s
}

// nearText is the part of p within reach of the fragment around x: a
// fragment is a few dozen words, and a paragraph may be megabytes, which
// read in full for every date would make TextEvents quadratic. The cut is
// far enough out that the fragment never reaches it.
func nearText(p Paragraph, x Match) Paragraph {
	const reach = 8 * fragmentRunes * utf8.UTFMax
	lo, hi := max(p.Start, x.Start-reach), min(p.End, x.End+reach)
	for lo > p.Start && !utf8.RuneStart(p.Text[lo-p.Start]) {
		lo--
	}
	for hi < p.End && !utf8.RuneStart(p.Text[hi-p.Start]) {
		hi++
	}
	return Paragraph{Start: lo, End: hi, Text: p.Text[lo-p.Start : hi-p.Start], Count: p.Count}
}

// mentionFragment quotes the sentence of p around the date x, white space
// collapsed, cut at word boundaries to about fragmentRunes characters with
// "…" where words were left out.
func mentionFragment(p Paragraph, x Match) string {
	p = nearText(p, x)
	starts := sentenceStarts(p.Text, p.Start)
	i := sentenceIndex(starts, x.Start)
	from, to := starts[i], p.End
	if i+1 < len(starts) {
		to = starts[i+1]
	}
	start, end := max(x.Start, from), min(x.End, to)
	// Words keep the white space between them and the date, so that
	// "2019." stays "2019." and is not written "2019 .".
	left := wordsBefore.FindAllString(collapseSpace(p.Text[from-p.Start:start-p.Start]), -1)
	right := wordsAfter.FindAllString(collapseSpace(p.Text[end-p.Start:to-p.Start]), -1)
	fragment := collapseSpace(x.Text)
	size := utf8.RuneCountInString(fragment)
	fits := func(piece string) bool { return size+utf8.RuneCountInString(piece) <= fragmentRunes }
	// Take words from both sides in turn, the following side first, since
	// what a date introduces usually comes after it.
	l, r := len(left), 0
	for grew := true; grew; {
		grew = false
		if r < len(right) && fits(right[r]) {
			fragment += right[r]
			size += utf8.RuneCountInString(right[r])
			r++
			grew = true
		}
		if l > 0 && fits(left[l-1]) {
			fragment = left[l-1] + fragment
			size += utf8.RuneCountInString(left[l-1])
			l--
			grew = true
		}
	}
	fragment = strings.TrimSpace(fragment)
	if l > 0 {
		fragment = "…" + fragment
	}
	if r < len(right) {
		fragment += "…"
	}
	return fragment
}

// wordsBefore splits text before a date into words with the space after
// them; wordsAfter splits text after a date into words with the space
// before them.
var (
	wordsBefore = regexp.MustCompile(`\S+\s*|\s+`)
	wordsAfter  = regexp.MustCompile(`\s*\S+|\s+`)
)

// collapseSpace turns every run of white space into one space.
func collapseSpace(s string) string {
	return whiteSpace.ReplaceAllString(s, " ")
}

var whiteSpace = regexp.MustCompile(`\s+`)
