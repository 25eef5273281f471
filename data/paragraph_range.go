package data

import (
	"cmp"
	"slices"
)

// paragraphRange returns the bounds [from, to) of the items of paragraph p
// in items, which are in paragraph order. It is how the steps that look at
// one paragraph at a time find that paragraph's links, candidates or
// weekdays without going over the whole article each time: on a file of a
// million paragraphs, a scan per paragraph is a million squared.
func paragraphRange[T any](items []T, p int, paragraphOf func(T) int) (from, to int) {
	from, _ = slices.BinarySearchFunc(items, p, func(x T, p int) int { return cmp.Compare(paragraphOf(x), p) })
	to = from
	for to < len(items) && paragraphOf(items[to]) == p {
		to++
	}
	return from, to
}

// inParagraphOrder returns links, or a sorted copy of them when they are
// not in paragraph order, so that paragraphRange may search them. Match
// and ConfirmLinks keep paragraph order, so the copy is for links made by
// hand.
func inParagraphOrder(links []Link) []Link {
	if slices.IsSortedFunc(links, compareLinkParagraphs) {
		return links
	}
	sorted := slices.Clone(links)
	slices.SortStableFunc(sorted, compareLinkParagraphs)
	return sorted
}

func compareLinkParagraphs(a, b Link) int { return cmp.Compare(a.Paragraph, b.Paragraph) }

func linkParagraph(l Link) int { return l.Paragraph }
