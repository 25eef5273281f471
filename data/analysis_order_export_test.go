package data

import (
	"fmt"
	"strings"
)

// ReanalyseInOrder dates and links the articles of corpus c again, as one
// worker of Build would, taking them in the order of the indexes given,
// with a worker made afresh: for analysis_order_test.go, which is outside
// the package to read generated folders (package synthetic imports data).
func ReanalyseInOrder(c *Corpus, cur Curated, order []int) {
	events := map[string]*Event{}
	for _, e := range c.Events {
		events[e.ID] = e
	}
	w := newAnalyser(NewLinker(c.Events, linkNames(c.Events, cur.Names)), events)
	w.dates.offices, w.dates.anniversaries = newOfficeFinder(cur.Names), newAnniversaryFinder(cur.Names)
	for _, i := range order {
		w.analyse(c.Articles[i])
	}
}

// AnalysedString is what analysing made of an article: its date, source
// and reason, its mentions and links, one a line.
func AnalysedString(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s (%s)\n", a.Date, a.DateSource, a.DateReason)
	for _, m := range a.Mentions {
		fmt.Fprintf(&b, "%q %d-%d at %s announced=%v background=%v: %s\n", m.Text, m.Start, m.End, spanString(m.Span.Span()), m.Announced, m.Background, m.Reason)
	}
	for _, l := range a.Links {
		fmt.Fprintf(&b, "link %s ¶%d\n", l.Event, l.Paragraph)
	}
	return b.String()
}
