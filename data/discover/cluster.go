package discover

import (
	"cmp"
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// Cluster is the candidates that speak of one event.
type Cluster struct {
	Members []*Candidate
	// Span is the date the members agree on so far: the first member's,
	// narrowed by finer members that fall inside it. A candidate joins
	// only when its date overlaps it, so members never drift apart.
	Span  data.Span
	kinds map[Kind]int
	names map[string]int // place and actor ids → members naming them
}

// bucket keys clusters by year and month; month 0 holds the clusters
// known to the year only.
type bucket struct {
	year  int
	month int
}

// Group puts candidates into clusters. Candidates are one event when
// their dates overlap (at their precisions), their kinds agree, and they
// share a name (a place or an actor); a candidate that names nobody joins
// a cluster of its kind on exactly its date when there is only one.
//
// Candidates are taken finest date first, so day-precise reports form the
// events and coarser ones ("in July") join them. Clusters are looked up by
// month, so the work grows with the number of candidates times the
// clusters of one month and kind, not with the square of the corpus.
func Group(cands []*Candidate) []*Cluster {
	slices.SortStableFunc(cands, func(a, b *Candidate) int {
		if c := cmp.Compare(b.Span.Precision(), a.Span.Precision()); c != 0 {
			return c
		}
		if c := a.Span.From().Compare(b.Span.From()); c != 0 {
			return c
		}
		if c := a.Span.To().Compare(b.Span.To()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Order, b.Order); c != 0 {
			return c
		}
		return cmp.Compare(a.Start, b.Start)
	})
	var clusters []*Cluster
	index := map[bucket][]*Cluster{}
	for _, c := range cands {
		cl := bestCluster(c, index)
		if cl == nil {
			cl = &Cluster{Span: c.Span, kinds: map[Kind]int{}, names: map[string]int{}}
			clusters = append(clusters, cl)
			for _, b := range bucketsOf(c.Span) {
				index[b] = append(index[b], cl)
			}
		}
		cl.add(c)
	}
	return clusters
}

// bestCluster returns the cluster c belongs to, or nil: of those whose
// date and kind agree, the one sharing most names.
func bestCluster(c *Candidate, index map[bucket][]*Cluster) *Cluster {
	var (
		best      *Cluster
		bestScore int
		nameless  []*Cluster
	)
	named := len(c.Places)+len(c.Actors) > 0
	seen := map[*Cluster]bool{}
	for _, b := range lookupBuckets(c.Span) {
		for _, cl := range index[b] {
			if seen[cl] {
				continue
			}
			seen[cl] = true
			if !overlaps(cl.Span, c.Span) || !cl.kindAgrees(c) {
				continue
			}
			if !named || len(cl.names) == 0 {
				if cl.Span == c.Span && cl.kinds[c.Kind] > 0 {
					nameless = append(nameless, cl)
				}
				continue
			}
			score := 0
			for _, id := range c.Places {
				score += min(cl.names[id], 1) * 2
			}
			for _, id := range c.Actors {
				score += min(cl.names[id], 1) * 2
			}
			if c.Context {
				score /= 2
			}
			if score == 0 {
				continue
			}
			// The same kind outweighs a kind the cluster only touches.
			if cl.kinds[c.Kind] > 0 {
				score++
			}
			if score > bestScore {
				best, bestScore = cl, score
			}
		}
	}
	if best == nil && len(nameless) == 1 {
		return nameless[0]
	}
	return best
}

// kindAgrees reports whether c can be of the cluster's event: its kind is
// one the cluster's members name, or a member's kind is one c names. A
// sentence that only says something "took place" agrees with any kind.
func (cl *Cluster) kindAgrees(c *Candidate) bool {
	if c.Kind == Happening || cl.kinds[c.Kind] > 0 {
		return true
	}
	main := cl.Kind()
	return main == Happening || slices.Contains(c.Kinds, main)
}

// Kind is the kind most members name, the more specific on a tie.
func (cl *Cluster) Kind() Kind {
	var best Kind
	n := 0
	for _, k := range kindOrder {
		if cl.kinds[k] > n {
			best, n = k, cl.kinds[k]
		}
	}
	return best
}

func (cl *Cluster) add(c *Candidate) {
	cl.Members = append(cl.Members, c)
	cl.kinds[c.Kind]++
	for _, id := range c.Places {
		cl.names[id]++
	}
	for _, id := range c.Actors {
		cl.names[id]++
	}
	if c.Span.Precision() > cl.Span.Precision() && contains(cl.Span, c.Span) {
		cl.Span = c.Span
	}
}

// overlaps reports whether two spans share a moment.
func overlaps(a, b data.Span) bool {
	return a.From().Before(b.To()) && b.From().Before(a.To())
}

// contains reports whether b lies within a.
func contains(a, b data.Span) bool {
	return !b.From().Before(a.From()) && !a.To().Before(b.To())
}

// maxBucketMonths caps the months a long span is filed under: an event
// "from 2019 to 2023" is filed under its first months only, so that one
// span cannot fill the index.
const maxBucketMonths = 3

// bucketsOf returns the buckets a cluster with the span is filed under.
func bucketsOf(s data.Span) []bucket {
	if s.Precision() == data.Year || s.Start.Precision == data.Year {
		return []bucket{{s.Start.Year, 0}}
	}
	var out []bucket
	y, m := s.Start.Year, int(s.Start.Month)
	last := s.Last()
	for len(out) < maxBucketMonths {
		out = append(out, bucket{y, m})
		if y > last.Year || (y == last.Year && m >= int(last.Month)) {
			break
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

// lookupBuckets returns the buckets where clusters that may overlap a
// candidate with the span are filed: its months and its year's bucket, or
// every month of the year for a year.
func lookupBuckets(s data.Span) []bucket {
	if s.Precision() == data.Year || s.Start.Precision == data.Year {
		out := make([]bucket, 0, 13)
		for m := range 13 {
			out = append(out, bucket{s.Start.Year, m})
		}
		return out
	}
	out := bucketsOf(s)
	return append(out, bucket{s.Start.Year, 0})
}
