package discover

import (
	"cmp"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// Cluster is the candidates that speak of one event.
type Cluster struct {
	Members []*Candidate
	// Span is the date the members agree on so far: the first member's,
	// narrowed by finer members that fall inside it. A candidate joins
	// only when its date overlaps it, so members never drift apart.
	Span     data.Span
	from, to day             // Span's first day and the day after its last
	buckets  []bucket        // the months it is filed under
	kinds    [maxKinds]int32 // members by their kind's rank (see Candidate.kindRank)
	kind     Kind            // the kind most members name (see Kind)
	names    map[string]int  // place and actor ids → members naming them
	parties  map[string]bool // people members name in their own words (see otherParties)
	seen     int             // the grouper's round that met it last
	num      int32           // its place among the grouper's clusters, for placeUndated
	created  int             // the position of its first member in grouping order
	// home is the country its members' articles are about (see
	// articleHomes), "" when none is known, "*" when they differ.
	home string
	// lead is, for the days of a happening joined into one event (see
	// joinHappenings), its main day as it was: the event is titled by it
	// ("Crash in …", not "Funeral in …"). nil otherwise.
	lead *Cluster
	// title, when set, is the event's title as a join decided it (a
	// trip's: see tripTitle), not made from its parts.
	title string
}

// bucket is a time slot clusters are filed under: a day, a month or a
// year, holding either the clusters known to that precision (levels
// levelDay, levelMonth, levelYear) or every cluster within it, however
// precise (levelAllMonth, levelAllYear).
type bucket struct {
	level      byte
	year       int
	month, day int
}

// The levels of buckets.
const (
	levelDay      = 'D'
	levelMonth    = 'M'
	levelYear     = 'Y'
	levelAllMonth = 'm'
	levelAllYear  = 'y'
)

// nameKey files a cluster under a time slot and one of its names.
type nameKey struct {
	bucket
	name string
}

// exactKey files clusters by their date and each kind they have, for the
// candidates (and clusters) without names, which only a kind and an exact
// date can tie.
type exactKey struct {
	span data.Span
	kind Kind
}

// Group puts candidates into clusters. Candidates are one event when
// their dates overlap (at their precisions), their kinds agree, and they
// share a name (a place or an actor); a candidate that names nobody joins
// a cluster of its kind on exactly its date when there is only one.
//
// Candidates are taken finest date first, so day-precise reports form the
// events and coarser ones ("in July") join them. Clusters are filed by
// month and name, so a candidate is only compared with the clusters of
// its months that share one of its names: the work grows with the number
// of candidates times the clusters of one month and name, not with the
// square of the corpus.
//
// The day-precise candidates, which come first, are grouped on every
// core, by the days they can meet (see groupDays); the rest in order.
func Group(cands []*Candidate) []*Cluster {
	return group(cands, runtime.GOMAXPROCS(0), minDayShard)
}

// group is Group with workers goroutines for the day-precise candidates
// when there are at least minShard of them.
func group(cands []*Candidate, workers, minShard int) []*Cluster {
	g, undated, filed := groupDated(cands, workers, minShard)
	g.placeUndated(undated)
	return joinNamelessSpans(dropFiled(mergeSpans(mergeVisits(g.clusters)), filed))
}

// groupDated is group up to the undated lead sentences: it groups the
// dated candidates, and returns the grouper, the undated candidates in
// grouping order and the dateline-dated ones (see claimWordsInParts).
func groupDated(cands []*Candidate, workers, minShard int) (g *grouper, undated []*Candidate, filed map[*Candidate]bool) {
	cands, filed = claimWordsInParts(cands, workers, minShard)
	g = newGrouper()
	g.home = articleHomes(cands)
	voteNames(cands, g.home)
	sortForGrouping(cands)
	days := 0 // cands[:days] are the day-precise ones, and undated ones
	for days < len(cands) && (cands[days].Undated || cands[days].Span().Precision() == data.Day) {
		days++
	}
	g.groupDays(cands[:days], workers, minShard)
	for i, c := range cands {
		if c.Undated {
			undated = append(undated, c)
			continue
		}
		if i >= days {
			g.place(c, i)
		}
	}
	return g, undated, filed
}

// claimWordsInParts is claimWords on every core when there are workers
// and at least twice minShard candidates: it reads and changes one
// article's candidates at a time, so parts that do not split an article
// are independent (2.6 CPU-s of one core at 100,000 articles). The kept
// candidates stay in order; the dateline-dated ones of every part are
// returned together (see filedOnly).
func claimWordsInParts(cands []*Candidate, workers, minShard int) ([]*Candidate, map[*Candidate]bool) {
	if workers < 2 || len(cands) < 2*minShard {
		return claimWords(cands)
	}
	parts := articleParts(cands, 4*workers)
	kept := make([][]*Candidate, len(parts))
	filedIn := make([]map[*Candidate]bool, len(parts))
	onEveryCore(len(parts), func() func(int) {
		return func(i int) { kept[i], filedIn[i] = claimWords(parts[i]) }
	})
	var filed map[*Candidate]bool
	for _, f := range filedIn {
		for c := range f {
			if filed == nil {
				filed = map[*Candidate]bool{}
			}
			filed[c] = true
		}
	}
	// Each part's kept candidates are a prefix of the part, in place:
	// moving them down in order keeps every one before it is overwritten.
	out := cands[:0]
	for _, k := range kept {
		out = append(out, k...)
	}
	return out, filed
}

// articleParts cuts cands into at most n parts of similar length, each
// ending where an article's candidates end.
func articleParts(cands []*Candidate, n int) [][]*Candidate {
	var parts [][]*Candidate
	from := 0
	for k := 1; k <= n && from < len(cands); k++ {
		to := max(from+1, len(cands)*k/n)
		for to < len(cands) && cands[to].Article == cands[to-1].Article {
			to++
		}
		parts = append(parts, cands[from:to])
		from = to
	}
	return parts
}

// undatedWindow is how long before its article an event may have happened
// for an undated sentence of the article's lead to be about it: news
// reports what happened in the last days.
const undatedWindow day = 3

// reported reports whether a dated member of the cluster tells of it as
// having taken place, not only as announced.
func reported(cl *Cluster) bool {
	return slices.ContainsFunc(cl.Members, func(c *Candidate) bool { return !c.Undated && !c.Announced })
}

// grouper is Group's state.
type grouper struct {
	clusters []*Cluster
	index    map[nameKey][]*Cluster
	exact    map[exactKey][]*Cluster // by date and kind
	round    int                     // scratch: Cluster.seen marks the clusters a lookup has met
	lookups  map[data.Span][]bucket  // lookupBuckets by span, worked out once
	// filings, when not nil, records every filing in index and exact, for
	// a grouper that groups one shard of the candidates (see groupDays).
	filings *[]filing
	// home is the country each article is about, by the article's order
	// (see articleHomes).
	home []string
}

func newGrouper() *grouper {
	return &grouper{index: map[nameKey][]*Cluster{}, exact: map[exactKey][]*Cluster{}, lookups: map[data.Span][]bucket{}}
}

// place puts candidate c, the pos-th in grouping order, into the cluster
// it belongs to, or a new one.
func (g *grouper) place(c *Candidate, pos int) {
	cl := g.best(c)
	if cl == nil {
		cl = &Cluster{Span: c.Span(), from: c.from, to: c.to, buckets: bucketsOf(c.Span()), names: map[string]int{}, created: pos}
		g.clusters = append(g.clusters, cl)
	}
	g.add(cl, c, pos)
}

// lookupBuckets is lookupBuckets(s), remembered: many candidates share a
// date.
func (g *grouper) lookupBuckets(s data.Span) []bucket {
	bs, ok := g.lookups[s]
	if !ok {
		bs = lookupBuckets(s)
		g.lookups[s] = bs
	}
	return bs
}

// sortForGrouping orders candidates finest date first, then by first and
// last day, article and place in the article; candidates equal on all of
// these keep their order. The keys are copied out of the candidates, so
// that comparing two touches no candidate, and the halves are sorted on
// two cores and merged: the order is total (the input position breaks
// ties), so it is the same however it is reached.
func sortForGrouping(cands []*Candidate) {
	ks := make([]groupingKey, len(cands))
	keys := func(from, to int) {
		for i := from; i < to; i++ {
			c := cands[i]
			ks[i] = groupingKey{int8(c.Span().Precision()), c.Announced, c.from, c.to, int32(c.Order), c.Start, int32(i)}
		}
		slices.SortFunc(ks[from:to], compareGroupingKeys)
	}
	in := slices.Clone(cands)
	half := len(ks) / 2
	if half < 4096 || runtime.GOMAXPROCS(0) < 2 {
		keys(0, len(ks))
		for i, k := range ks {
			cands[i] = in[k.i]
		}
		return
	}
	var wg sync.WaitGroup
	wg.Go(func() { keys(0, half) })
	keys(half, len(ks))
	wg.Wait()
	mergeSorted(cands, in, ks[:half], ks[half:])
}

// groupingKey is what sortForGrouping orders a candidate by, packed in
// 24 bytes and without a pointer: at 100,000 articles there are two
// million, sorted while the collector may be marking a heap of more than
// a gigabyte, where every pointer moved costs. An article is at most
// 64 MB and a corpus has fewer than 2³¹ articles and candidates, so the
// positions fit in 32 bits.
type groupingKey struct {
	prec         int8 // a data.Precision
	announced    bool // plans come after reports (in the padding)
	from, to     day
	order, start int32
	i            int32 // the input position
}

func compareGroupingKeys(x, y groupingKey) int {
	if c := cmp.Compare(y.prec, x.prec); c != 0 {
		return c
	}
	// What happened makes the events; plans join them after.
	if x.announced != y.announced {
		if x.announced {
			return 1
		}
		return -1
	}
	if c := cmp.Compare(x.from, y.from); c != 0 {
		return c
	}
	if c := cmp.Compare(x.to, y.to); c != 0 {
		return c
	}
	if c := cmp.Compare(x.order, y.order); c != 0 {
		return c
	}
	if c := cmp.Compare(x.start, y.start); c != 0 {
		return c
	}
	return cmp.Compare(x.i, y.i)
}

// mergeSorted writes to dst the candidates of in that two sorted runs of
// keys name, in order.
func mergeSorted(dst, in []*Candidate, a, b []groupingKey) {
	i := 0
	for len(a) > 0 && len(b) > 0 {
		if compareGroupingKeys(a[0], b[0]) <= 0 {
			dst[i], a = in[a[0].i], a[1:]
		} else {
			dst[i], b = in[b[0].i], b[1:]
		}
		i++
	}
	for _, k := range a {
		dst[i] = in[k.i]
		i++
	}
	for _, k := range b {
		dst[i] = in[k.i]
		i++
	}
}

// add puts c into cl and files cl under the names and kind it gains.
func (g *grouper) add(cl *Cluster, c *Candidate, pos int) {
	file := func(name string) {
		for _, b := range cl.buckets {
			k := nameKey{b, name}
			g.index[k] = append(g.index[k], cl)
			if g.filings != nil {
				*g.filings = append(*g.filings, filing{pos: pos, name: k, cl: cl})
			}
		}
	}
	if cl.kinds[c.kindRank()] == 0 {
		k := exactKey{cl.Span, c.Kind()}
		g.exact[k] = append(g.exact[k], cl)
		if g.filings != nil {
			*g.filings = append(*g.filings, filing{pos: pos, exact: k, isExact: true, cl: cl})
		}
	}
	for _, id := range c.Places() {
		if cl.names[id] == 0 {
			file(id)
		}
	}
	for _, id := range c.Actors() {
		if cl.names[id] == 0 {
			file(id)
		}
	}
	cl.add(c)
	if c.Order >= 0 && c.Order < len(g.home) {
		switch h := g.home[c.Order]; {
		case h == "" || cl.home == h:
		case cl.home == "":
			cl.home = h
		default:
			cl.home = "*"
		}
	}
}

// readEveryCluster, set by tests, makes best read every cluster it could
// join, not stop at one no other can beat.
var readEveryCluster bool

// best returns the cluster c belongs to, or nil: of those whose date and
// kind agree, the one sharing most names.
func (g *grouper) best(c *Candidate) *Cluster {
	var (
		best      *Cluster
		bestScore int
		nameless  *Cluster // the only cluster a nameless match may join
		namelessN int      // how many there are
		pool      *Cluster // a cluster of nameless matches on exactly c's date
	)
	g.round++
	months := g.lookupBuckets(lookupSpan(c))
	named := len(c.Places())+len(c.Actors()) > 0
	consider := func(cl *Cluster) {
		if cl.seen == g.round {
			return
		}
		cl.seen = g.round
		overlap := cl.from < c.to && c.from < cl.to
		slip := !overlap && named && slipped(cl, c)
		if !(overlap || slip) || !cl.kindAgrees(c) || otherParties(cl, c) {
			return
		}
		if !named || len(cl.names) == 0 {
			switch {
			case cl.Span != c.Span() || cl.kinds[c.kindRank()] == 0 || !g.sameHome(cl, c):
			case len(cl.names) == 0 && !named:
				pool = cl
			default:
				nameless = cl
				namelessN++
			}
			return
		}
		score := 0
		for _, id := range c.Places() {
			score += min(cl.names[id], 1) * 2
		}
		for _, id := range c.Actors() {
			score += min(cl.names[id], 1) * 2
		}
		if !yearTies(cl, c, score/2) {
			return
		}
		if c.Context {
			score /= 2
		}
		// A plan a day off joins on two names at least: the same
		// leaders, the same place.
		if score == 0 || (slip && score < 4) {
			return
		}
		// The same kind outweighs a kind the cluster only touches.
		if cl.kinds[c.kindRank()] > 0 {
			score++
		}
		if score > bestScore {
			best, bestScore = cl, score
		}
	}
	// No cluster scores more than one with every name of c and its kind
	// (the scores above): once a cluster does, it is the answer, since a
	// later one must score more to take its place, and the rest of the
	// lists need not be read. The lists of a year and a name hold
	// thousands of clusters in a large corpus.
	top := 2 * (len(c.Places()) + len(c.Actors()))
	if c.Context {
		top /= 2
	}
	top++
	for _, b := range months {
		for _, id := range c.Places() {
			for _, cl := range g.index[nameKey{b, id}] {
				consider(cl)
				if bestScore >= top && !readEveryCluster {
					return best
				}
			}
		}
		for _, id := range c.Actors() {
			for _, cl := range g.index[nameKey{b, id}] {
				consider(cl)
				if bestScore >= top && !readEveryCluster {
					return best
				}
			}
		}
	}
	// Clusters of the kind on exactly the date: for a candidate without
	// names, and the clusters without names, which only their kind and
	// date tie.
	for _, cl := range g.exact[exactKey{c.Span(), c.Kind()}] {
		if !named || len(cl.names) == 0 {
			consider(cl)
		}
	}
	if best == nil && namelessN == 1 {
		return nameless
	}
	if best == nil && pool != nil {
		// The nameless statements of that day already together, and no
		// single named event (none, or several, and nothing to tell
		// which): they stay together, one event of their own, not one
		// each ("the meetings lasted from September 14 to 15" in forty
		// reports made forty events).
		return pool
	}
	return best
}

// kindAgrees reports whether c can be of the cluster's event: its kind is
// one the cluster's members name, or a member's kind is one c names. A
// sentence that only says something "took place" agrees with any kind.
func (cl *Cluster) kindAgrees(c *Candidate) bool {
	if c.Kind() == Happening || cl.kinds[c.kindRank()] > 0 {
		return true
	}
	return cl.kind == Happening || c.Kinds.Has(cl.kind) || akin(c.Kind(), cl.kind)
}

// akin reports whether two kinds are words for the same event as often as
// not: a referendum is "the vote", fighting is "the offensive", talks are
// "the meeting", an agreement taking effect is "the new regime starts", a
// summit is "the gathering of the presidents".
func akin(a, b Kind) bool {
	pair := func(x, y Kind) bool { return (a == x && b == y) || (a == y && b == x) }
	return pair(Election, Referendum) || pair(Clash, Attack) || pair(Talks, Meeting) || pair(Agreement, Opening) || pair(Summit, Meeting)
}

// maxKinds is more than the number of kinds there can be (a KindSet
// holds 32): a cluster counts its members by kind in an array of it.
const maxKinds = 33

// kindRank is c.Kind()'s rank (see rank), len(kindOrder) for none:
// grouping counts a cluster's members by it, which is quicker than by
// the kind's name in a map.
func (c *Candidate) kindRank() int {
	return min(bits.TrailingZeros32(uint32(c.Kinds)), len(kindOrder))
}

// Kind is the kind most members name, the more specific on a tie.
func (cl *Cluster) Kind() Kind { return cl.kind }

func (cl *Cluster) add(c *Candidate) {
	cl.Members = append(cl.Members, c)
	cl.kinds[c.kindRank()]++
	if namesKind(cl, c.Kind()) {
		cl.kind = c.Kind()
	}
	for _, id := range c.Places() {
		cl.names[id]++
	}
	for _, id := range c.Actors() {
		cl.names[id]++
	}
	cl.addParties(c)
	if c.Span().Precision() > cl.Span.Precision() && c.from >= cl.from && c.to <= cl.to {
		cl.Span, cl.from, cl.to = c.Span(), c.from, c.to
	}
}

// namesKind reports whether kind k, just counted once more in the
// cluster, becomes its kind: the kind most members name, the more
// specific on a tie. A sentence that only says something "took place"
// names no kind, and gives way to the first that does: a ceremony of 19
// March where one report says the president was sworn in is an
// inauguration.
func namesKind(cl *Cluster, k Kind) bool {
	switch {
	case cl.kind == "":
		return true
	case k == Happening:
		return false
	case cl.kind == Happening:
		return true
	}
	n, m := cl.kinds[rank(k)], cl.kinds[rank(cl.kind)]
	return n > m || (n == m && rank(k) < rank(cl.kind))
}

// day is a day as the number of days since 1 January 1970: spans are
// compared as whole days, and a number is cheaper to compare and keep
// than a time.
type day int32

// daysOf returns the first day of the span and the day after its last.
func daysOf(s data.Span) (from, to day) {
	f, t := s.Days()
	return day(f), day(t)
}

// date returns the day as a Date.
func (d day) date() data.Date { return data.DateOf(time.Unix(int64(d)*86400, 0).UTC()) }

// Long spans are filed under their first days, months and years only, so
// that one span "from 2019 to 2023" cannot fill the index.
const (
	maxBucketDays   = 7
	maxBucketMonths = 3
	maxBucketYears  = 2
)

// slots returns the days (when the span is known to the day), months
// (when known to the month) and years of the span, each list capped.
func slots(s data.Span) (days, months, years []bucket) {
	first, last := s.From(), s.To().Add(-time.Nanosecond)
	prec := s.Precision()
	if prec == data.Day {
		for t := first; !t.After(last) && len(days) < maxBucketDays; t = t.AddDate(0, 0, 1) {
			days = append(days, bucket{year: t.Year(), month: int(t.Month()), day: t.Day()})
		}
	}
	if prec >= data.Month {
		y, m := first.Year(), int(first.Month())
		for len(months) < maxBucketMonths && (y < last.Year() || (y == last.Year() && m <= int(last.Month()))) {
			months = append(months, bucket{year: y, month: m})
			if m++; m > 12 {
				y, m = y+1, 1
			}
		}
	}
	for y := first.Year(); y <= last.Year() && len(years) < maxBucketYears; y++ {
		years = append(years, bucket{year: y})
	}
	return days, months, years
}

func at(level byte, bs []bucket) []bucket {
	for i := range bs {
		bs[i].level = level
	}
	return bs
}

// bucketsOf returns the buckets a cluster with the span is filed under:
// its own slots at its precision, and the "everything within" slots of
// its months and years, where coarser candidates look.
func bucketsOf(s data.Span) []bucket {
	days, months, years := slots(s)
	var out []bucket
	switch s.Precision() {
	case data.Day:
		out = append(out, at(levelDay, days)...)
	case data.Month:
		out = append(out, at(levelMonth, slices.Clone(months))...)
	default:
		out = append(out, at(levelYear, slices.Clone(years))...)
	}
	out = append(out, at(levelAllMonth, months)...)
	return append(out, at(levelAllYear, years)...)
}

// lookupBuckets returns the buckets where the clusters that may overlap a
// candidate with the span are filed: for a day, the clusters of that day
// and those known only to its month or year; for a month, every cluster
// within it and those known only to its year; for a year, every cluster
// within it.
func lookupBuckets(s data.Span) []bucket {
	days, months, years := slots(s)
	switch s.Precision() {
	case data.Day:
		out := at(levelDay, days)
		out = append(out, at(levelMonth, months)...)
		return append(out, at(levelYear, years)...)
	case data.Month:
		return append(at(levelAllMonth, months), at(levelYear, years)...)
	}
	return at(levelAllYear, years)
}
