package discover

import (
	"iter"
	"sync"
	"sync/atomic"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// clue is a piece of a candidate's evidence as kept until its event is
// built: a span of the article's text, what kind of evidence it is and
// what it names, in 16 bytes rather than a data.Match's 64: the words are
// the article's text at the span (as every Match's are), what it names is
// a number (see refs), and a date's reference is the candidate's own
// span. At 100,000 articles there are millions of clues, all alive
// while discovery groups them.
type clue struct {
	start, end int32
	ref        int32 // what it names, in refs; 0 for the date
	kind       clueKind
}

// refs numbers what clues name: name ids and kinds, a few thousand in
// all, the same from one corpus to the next. Scanners look numbers up in
// a map of their own and take the lock only for a name they have not met
// (see Scanner.refOf); a clue's name is read without it from a snapshot
// of the list, which only grows.
var refs struct {
	mu   sync.Mutex
	ids  map[string]int32
	list atomic.Pointer[[]string] // refs by number; 0 is ""
}

// refNumber returns the number of ref, giving it one when it has none.
func refNumber(ref string) int32 {
	refs.mu.Lock()
	defer refs.mu.Unlock()
	if n, ok := refs.ids[ref]; ok {
		return n
	}
	var list []string
	if p := refs.list.Load(); p != nil {
		list = *p
	}
	if len(list) == 0 {
		list = []string{""}
		refs.ids = map[string]int32{"": 0}
	}
	if ref == "" {
		return 0
	}
	// A copy: readers may hold the old list.
	list = append(list[:len(list):len(list)], ref)
	n := int32(len(list) - 1)
	refs.ids[ref] = n
	refs.list.Store(&list)
	return n
}

// refName returns what number n names.
func refName(n int32) string {
	if n == 0 {
		return ""
	}
	return (*refs.list.Load())[n]
}

// clueKind is a Match.Kind as a number.
type clueKind uint8

// The kinds of clues, in the order of clueKinds.
const (
	clueTerm clueKind = iota
	cluePlace
	clueActor
	clueDate
	clueOther
)

// clueKinds are the Match.Kind of each clueKind.
var clueKinds = [...]string{data.EvidenceTerm, data.EvidencePlace, data.EvidenceActor, data.EvidenceDate}

// kindOfMatch returns the clueKind of a Match.Kind.
func kindOfMatch(kind string) clueKind {
	for i, k := range clueKinds {
		if k == kind {
			return clueKind(i)
		}
	}
	return clueOther
}

// clueOf returns m as a clue. Only the kinds of clueKinds are kept;
// extraction makes no other.
func (s *Scanner) clueOf(m data.Match) clue {
	k := kindOfMatch(m.Kind)
	var ref int32
	if k != clueDate && m.Ref != "" {
		ref = s.refOf(m.Ref)
	}
	return clue{start: int32(m.Start), end: int32(m.End), ref: ref, kind: k}
}

// refOf returns the number of ref in refs, from the scanner's own map
// when it has met ref before.
func (s *Scanner) refOf(ref string) int32 {
	n, ok := s.refs[ref]
	if !ok {
		n = refNumber(ref)
		s.refs[ref] = n
	}
	return n
}

// appendMatches appends to dst the candidate's evidence as data.Match
// values, in the order extraction sorted them; refs gives the date's
// reference.
func (c *Candidate) appendMatches(dst []data.Match, refs *spanRefs) []data.Match {
	for _, x := range c.evidence {
		m := data.Match{Start: int(x.start), End: int(x.end), Text: c.Article.Text[x.start:x.end], Ref: refName(x.ref)}
		if int(x.kind) < len(clueKinds) {
			m.Kind = clueKinds[x.kind]
		}
		if x.kind == clueDate {
			m.Ref = refs.of(c)
		}
		dst = append(dst, m)
	}
	return dst
}

// spanRefs remembers the reference of the last date it wrote: the
// members of an event mostly share one, which is then one string.
type spanRefs struct {
	last packedSpan
	ref  string
}

// of returns the reference of the candidate's date (see spanRef).
func (r *spanRefs) of(c *Candidate) string {
	if r.ref == "" || c.span != r.last {
		r.last, r.ref = c.span, spanRef(c.Span())
	}
	return r.ref
}

// Evidence returns the date, the event words and the names of the
// candidate, in text order, as data.Match values (made anew at each
// call).
func (c *Candidate) Evidence() []data.Match {
	return c.appendMatches(make([]data.Match, 0, len(c.evidence)), &spanRefs{})
}

// packedSpan is a data.Span in 16 bytes rather than 64: years as int32, months,
// days and precisions as bytes. Dates that reach a candidate are
// resolved ones (years 1000–2999, real months and days), so nothing is
// lost (see packSpan).
type packedSpan struct {
	startYear, endYear              int32
	startMonth, startDay, startPrec uint8
	endMonth, endDay, endPrec       uint8
}

// packSpan returns s as a packedSpan, and false when a field does not fit (no
// resolved date is such).
func packSpan(s data.Span) (packedSpan, bool) {
	w := packedSpan{
		startYear: int32(s.Start.Year), startMonth: uint8(s.Start.Month), startDay: uint8(s.Start.Day), startPrec: uint8(s.Start.Precision),
		endYear: int32(s.End.Year), endMonth: uint8(s.End.Month), endDay: uint8(s.End.Day), endPrec: uint8(s.End.Precision),
	}
	return w, w.Span() == s
}

// Span returns the data.Span.
func (w packedSpan) Span() data.Span {
	return data.Span{
		Start: data.Date{Year: int(w.startYear), Month: time.Month(w.startMonth), Day: int(w.startDay), Precision: data.Precision(w.startPrec)},
		End:   data.Date{Year: int(w.endYear), Month: time.Month(w.endMonth), Day: int(w.endDay), Precision: data.Precision(w.endPrec)},
	}
}

// qualList is a candidate's refinements, one bit each (bit i for
// qualifiers[i]): eight bytes where a []qualifier took 24 and an
// allocation of its own. (It held their codes in the order the words
// named them, four bits each, until the refinements of session 11 made
// them more than fifteen; no reader needed the order.)
type qualList uint64

// qualifiers are the qualifiers a qualList can hold: every one, in the
// order the lexicon compiles their words and a title lists them.
var qualifiers = [...]qualifier{qPresidential, qParliamentary, qArrival, qEarthquake, qFlood, qHeat, qFire, qEclipse, qOffensive, qTreaty, qInForce, qMourning, qParade, qElect, qConclave,
	qStorm, qCold, qDrought, qEruption, qCrash, qAccident, qRecord, qSolar, qRate, qInflation, qLaunch, qLanding, qFinal, qSemi, qRace, qRound, qTrial, qCharges, qAppeal, qFestival, qAward, qDecree, qInvite, qSentenced, qDetained, qExplosion, qAssault, qWarrant}

// qualCode returns q's bit in a qualList, 0 when it has none. Comparing q
// with each qualifier in turn was 0.65 CPU-s of a 100,000-article load
// (the rules ask has of every candidate and every member of a cluster):
// as for kinds (kind_rank.go), the one qualifier of q's length and first
// letter is compared, and the few that share both are looked up.
func qualCode(q qualifier) qualList {
	if q == "" {
		return 0
	}
	switch i := qualSlots[kindRankKey(len(q), q[0])]; {
	case i > 0:
		if qualifiers[i-1] == q {
			return 1 << (i - 1)
		}
		return 0
	case i < 0:
		return qualCodes[q]
	}
	return 0
}

// qualSlots holds, for each key of a length and a first letter, the
// place+1 of the one qualifier with that key; 0 for none, -1 when several
// share it.
var qualSlots = func() (t [32 * 32]int8) {
	for i, q := range qualifiers {
		switch slot := &t[kindRankKey(len(q), q[0])]; *slot {
		case 0:
			*slot = int8(i + 1)
		default:
			*slot = -1
		}
	}
	return t
}()

// qualCodes is each qualifier's bit: its place in qualifiers (the first,
// were one listed twice).
var qualCodes = func() map[qualifier]qualList {
	codes := make(map[qualifier]qualList, len(qualifiers))
	for i, q := range qualifiers {
		if _, ok := codes[q]; !ok {
			codes[q] = 1 << i
		}
	}
	return codes
}()

// has reports whether the list holds q.
func (l qualList) has(q qualifier) bool {
	return l&qualCode(q) != 0
}

// with returns the list with q added.
func (l qualList) with(q qualifier) qualList {
	return l | qualCode(q)
}

// all yields the qualifiers of the list, in the order of qualifiers.
func (l qualList) all() iter.Seq[qualifier] {
	return func(yield func(qualifier) bool) {
		for i, q := range qualifiers {
			if l&(1<<i) != 0 && !yield(q) {
				return
			}
		}
	}
}
