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
func TextEvents(c *Corpus) []*Event {
	catalogue := map[string]*Event{}
	for _, e := range c.Events {
		if e.Source == EventFromCatalogue {
			catalogue[e.ID] = e
		}
	}
	found := map[Span]*Event{}
	var spans []Span // in order of first sight
	for _, a := range c.Articles {
		if a.DuplicateOf != "" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Kind != MentionExplicit || !m.Resolved() || m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
				continue
			}
			if m.Span == (Span{Start: a.Date}) || coveredInParagraph(a, m, catalogue) {
				continue
			}
			e := found[m.Span]
			if e == nil {
				e = &Event{Span: m.Span, Storyline: OtherStoryline, Source: EventFromText}
				found[m.Span] = e
				spans = append(spans, m.Span)
			}
			addTextExcerpt(e, a, m)
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
		e.Summary = fmt.Sprintf("%s, written out in %s; no catalogue event covers it.", s.Start.Human(), countArticles(e.Excerpts))
		events = append(events, e)
	}
	return events
}

// coveredInParagraph reports whether a catalogue event linked from the
// mention's paragraph agrees with it.
func coveredInParagraph(a *Article, m DateMention, catalogue map[string]*Event) bool {
	for _, l := range a.Links {
		if l.Paragraph != m.Paragraph {
			continue
		}
		if e := catalogue[l.Event]; e != nil && spanAgrees(e.Span, m.Span) {
			return true
		}
	}
	return false
}

// addTextExcerpt adds mention m of article a to e: as new evidence on the
// excerpt of its paragraph, or as a new excerpt.
func addTextExcerpt(e *Event, a *Article, m DateMention) {
	evidence := Match{Start: m.Start, End: m.End, Text: m.Text, Kind: EvidenceDate, Ref: spanRef(m.Span)}
	for i := range e.Excerpts {
		x := &e.Excerpts[i]
		if x.ArticleRef == a && x.Paragraph == m.Paragraph {
			if !slices.Contains(x.Evidence, evidence) {
				x.Evidence = append(x.Evidence, evidence)
				sortEvidence(x.Evidence)
			}
			return
		}
	}
	p := a.Paragraphs[m.Paragraph]
	e.Excerpts = append(e.Excerpts, Excerpt{
		Article: a.ID, Paragraph: m.Paragraph, Start: p.Start, End: p.End, Text: p.Text,
		Language: a.Language, Evidence: []Match{evidence}, ArticleRef: a,
	})
}

// countArticles says in how many articles the excerpts are: "1 article".
func countArticles(excerpts []Excerpt) string {
	seen := map[string]bool{}
	for _, x := range excerpts {
		seen[x.Article] = true
	}
	if len(seen) == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", len(seen))
}

// mentionFragment quotes the sentence of p around the date x, white space
// collapsed, cut at word boundaries to about fragmentRunes characters with
// "…" where words were left out.
func mentionFragment(p Paragraph, x Match) string {
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
