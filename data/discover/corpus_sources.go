package discover

import (
	"hash/maphash"
	"slices"
	"time"

	"github.com/caravan-analytics/caravan/data"
)

// This file is the index of the corpus-year pass (corpus_year.go): the
// reports that can fix a date, filed by day and name, and the question
// it asks of them.
//
// A probe (the sentence of an open date) and a source tell of one event
// when the rule of the pass says so (the source of another article; kinds
// that agree, or two diplomatic occasions with two names in common; a
// name in common, a related one only for the same kind; no refinement
// that differs; see verdict, and sameEvent in the tests, the rule as it
// was applied pair by pair), and that rule reads only a source's article,
// its kinds (with the refinements that tell events apart) and the set of
// its names. So the sources of one day and name are grouped by kinds, and the
// sources of one kind by their set of names; each group keeps its first
// source and the first of another article, which is all a probe of any
// article needs (the first source of the group not of its own article).
// A probe is compared with each kind of the day once, and with the name
// sets of a kind only when that kind's verdict depends on the names: the
// work no longer grows with how often the corpus repeats a story (at
// 40,000 generated articles one day and name had 837 sources, each
// compared with every probe; they are 16 kinds at most).

// dayName and monthDayName file sources by a day (or a day of a month)
// and one of their names: a date is only compared with the reports that
// share a name with it.
type (
	dayName struct {
		day  day
		name string
	}
	monthDayName struct {
		md   monthDay
		name string
	}
)

// corpusDays files the day-precise candidates of a corpus by their days
// and names. Candidates that say the same (same day, kind, refinements
// and names in the same order) are filed once.
type corpusDays struct {
	byDay map[dayName]*daySources
	// byMonthDay lists the days of each day of a month that have sources
	// under a name, in the order they gained their first.
	byMonthDay map[monthDayName][]day
	// byName lists the days that have sources under a name, in the same
	// order: a weekday of an undated report may be of any week.
	byName map[string][]day
	// filedWeekday says in which round a day of each weekday was last
	// given a source (see fresh).
	filedWeekday [7]int
	// sets finds the group of a day, name, kinds and set of names.
	sets map[setKey]*nameSources
	// seen is what is filed already; filed says in which round a day, and
	// a day of a month, was last given a source, so that a later round
	// looks again only at the dates that may have gained one.
	seen        map[said]bool
	filedDay    map[day]int
	filedMonthD map[monthDay]int
	round       int
	// leads says that the index files the undated sentences of the leads
	// of reports dated to the day (see file), not dated candidates.
	leads bool
	// x, when set, says where a source tells of its occasion: in its
	// dateline's city, or the calendar's (corpus_calendar_venues.go).
	x    *Extractor
	seed maphash.Seed
	seq  int32 // how many sources were filed: the next one's place
}

func newCorpusDays() *corpusDays {
	return &corpusDays{byMonthDay: map[monthDayName][]day{}, byName: map[string][]day{}, byDay: map[dayName]*daySources{},
		sets: map[setKey]*nameSources{}, seen: map[said]bool{}, filedDay: map[day]int{},
		filedMonthD: map[monthDay]int{}, seed: maphash.MakeSeed()}
}

// said is a source filed under a day and a name, by what it says.
type said struct {
	day  day
	name string
	what uint64 // a hash of the kind, refinements and names
}

// daySources are the sources of one day and name, by kinds, in the order
// each kind was first filed.
type daySources struct {
	kinds []*kindSources
}

// kindSig is what the rule reads of a source's kinds: the kinds it
// names and whether it says presidential or parliamentary.
type kindSig struct {
	kinds KindSet
	quals uint8 // presidentialQual | parliamentaryQual
	// calendar: the sources are occasions of the shipped calendar, which
	// a probe matches only by naming their kind (corpus_calendar.go).
	calendar bool
	// byMembers: a summit of the calendar filed under its organisation's
	// member states, which a probe matches only by naming most of them
	// (corpus_calendar_names.go).
	byMembers bool
}

const (
	presidentialQual uint8 = 1 << iota
	parliamentaryQual
)

// kindSources are the sources of one day, name and kindSig; sets are
// those sources by their set of names, in the order each set was first
// filed.
type kindSources struct {
	sig kindSig
	firsts
	sets []*nameSources
}

// nameSources are the sources of one day, name and kindSig that name
// the same set of names.
type nameSources struct {
	names   []string // sorted, once each: places and actors alike
	parties          // who and where, for otherOccasion
	firsts
}

// setKey files a nameSources: the day and name, the kinds and a hash of
// the set of names.
type setKey struct {
	dayName
	sig   kindSig
	names uint64
}

// firsts are the first source of a group and the first of another
// article: whatever article a probe is of, the first source of the group
// not of that article is one of them.
type firsts struct {
	first, other source
}

// source is what the pass keeps of a filed candidate: its article, its
// date, its names and when it was filed. The candidate itself can go
// when its article is extracted again.
type source struct {
	article *data.Article // nil: no source
	set     *nameSources
	span    packedSpan
	seq     int32 // the order of filing
	// announced: the candidate tells of its day as to come; a dateline
	// looks back only to days that happened (corpus_writing_day.go).
	announced bool
	// ownDay: the candidate tells of the day its article is dated to,
	// what the report saw the day it was written.
	ownDay bool
}

// add keeps s if it is the group's first, or its first of another
// article.
func (f *firsts) add(s source) {
	switch {
	case f.first.article == nil:
		f.first = s
	case f.other.article == nil && s.article != f.first.article:
		f.other = s
	}
}

// notOf returns the group's first source not of article a (a nil
// article when there is none).
func (f *firsts) notOf(a *data.Article) source {
	if f.first.article != a {
		return f.first
	}
	return f.other
}

// file files the candidates of the articles that can fix a date: known
// to the day, naming a kind of event and someone or somewhere, and not an
// undated sentence of a lead.
func (idx *corpusDays) file(per [][]Candidate, articles []int) {
	var h maphash.Hash
	h.SetSeed(idx.seed)
	for _, i := range articles {
		var run []*Candidate // per[i] as pointers, made when first needed
		for j := range per[i] {
			c := &per[i][j]
			if c.Undated != idx.leads || c.Kind() == Happening || c.Span().Precision() != data.Day || len(c.Places())+len(c.Actors()) == 0 {
				continue
			}
			// A dateline's day whose sentence writes the day before it
			// ("МОСКВА, 2 августа. … обмена, который состоялся вчера")
			// is the day the report was filed, on which nothing it tells
			// happened (see filedOnly): it places no other report's day.
			// Results are told on the day a report is filed (see
			// dropFiled).
			if !c.Undated && len(per[i]) > 1 && !c.Kinds.Has(Result) {
				if run == nil {
					run = make([]*Candidate, len(per[i]))
					for k := range per[i] {
						run[k] = &per[i][k]
					}
				}
				if filedOnly(c, run) {
					continue
				}
			}
			// A lead tells what happened by the day its report is dated
			// to; one that announces tells of another day.
			if c.Undated && (c.Announced || c.Article.Date.Precision != data.Day) {
				continue
			}
			what := saysWhat(c, &h)
			sig := sigOf(c)
			var set []string // c's names as a set, made when first needed
			var who parties
			var setHash uint64
			for d := c.from; d < c.to && d < c.from+maxSourceDays; d++ {
				t := d.date()
				md := monthDay{t.Month, t.Day}
				for _, list := range names(c) {
					for _, id := range list {
						k := said{d, id, what}
						if idx.seen[k] {
							continue
						}
						idx.seen[k] = true
						if set == nil {
							set, setHash = nameSet(c, &h)
							who, setHash = partiesOf(c, setHash, &h)
						}
						dayWho, dayHash := who, setHash
						if idx.x != nil {
							dayWho, dayHash = idx.x.venueOn(c, d, who, setHash, &h)
						}
						idx.add(dayName{d, id}, md, sig, set, dayWho, dayHash, c)
						idx.filedDay[d], idx.filedMonthD[md] = idx.round+1, idx.round+1
						idx.filedWeekday[t.Start().Weekday()] = idx.round + 1
					}
				}
			}
		}
	}
}

// saysWhat returns a hash of what c says, as a source: its kinds,
// refinements and names in order (h is scratch).
func saysWhat(c *Candidate, h *maphash.Hash) uint64 {
	h.Reset()
	h.WriteString(string(c.Kind()))
	h.WriteByte(byte(c.Kinds))
	h.WriteByte(byte(c.Kinds >> 8))
	h.WriteByte(byte(c.Kinds >> 16))
	h.WriteByte(byte(c.Kinds >> 24))
	for q := range c.quals.all() {
		h.WriteByte(1)
		h.WriteString(string(q))
	}
	for _, list := range names(c) {
		h.WriteByte(0)
		for _, id := range list {
			h.WriteByte(1)
			h.WriteString(id)
		}
	}
	return h.Sum64()
}

// add files candidate c, whose kinds are sig, names set and parties
// who, under day and name dn (a day of month md).
func (idx *corpusDays) add(dn dayName, md monthDay, sig kindSig, set []string, who parties, setHash uint64, c *Candidate) {
	ds := idx.byDay[dn]
	if ds == nil {
		ds = &daySources{}
		idx.byDay[dn] = ds
		mdn := monthDayName{md, dn.name}
		idx.byMonthDay[mdn] = append(idx.byMonthDay[mdn], dn.day)
		idx.byName[dn.name] = append(idx.byName[dn.name], dn.day)
	}
	var ks *kindSources
	for _, k := range ds.kinds {
		if k.sig == sig {
			ks = k
			break
		}
	}
	if ks == nil {
		ks = &kindSources{sig: sig}
		ds.kinds = append(ds.kinds, ks)
	}
	key := setKey{dn, sig, setHash}
	ns := idx.sets[key]
	if ns == nil {
		ns = &nameSources{names: set, parties: who}
		idx.sets[key] = ns
		ks.sets = append(ks.sets, ns)
	}
	own := false
	if ad := c.Article.Date; ad.Precision == data.Day {
		from, _ := daysOf(data.Span{Start: ad})
		own = from == c.from
	}
	s := source{article: c.Article, set: ns, span: c.span, seq: idx.seq, announced: c.Announced, ownDay: own}
	idx.seq++
	ks.add(s)
	ns.add(s)
}

// sigOf returns the kindSig of c.
func sigOf(c *Candidate) kindSig {
	sig := kindSig{kinds: c.Kinds}
	if c.quals.has(qPresidential) {
		sig.quals |= presidentialQual
	}
	if c.quals.has(qParliamentary) {
		sig.quals |= parliamentaryQual
	}
	return sig
}

// nameSet returns c's places and actors sorted, once each, and their
// hash (h is scratch).
func nameSet(c *Candidate, h *maphash.Hash) ([]string, uint64) {
	set := make([]string, 0, len(c.Places())+len(c.Actors()))
	set = append(append(set, c.Places()...), c.Actors()...)
	slices.Sort(set)
	set = slices.Clip(slices.Compact(set))
	h.Reset()
	for _, id := range set {
		h.WriteString(id)
		h.WriteByte(0)
	}
	return set, h.Sum64()
}

// freshMonthDay reports whether a source was filed on the day of the month since
// the last round looked (every source, in the first round).
func (idx *corpusDays) freshMonthDay(md monthDay) bool { return idx.filedMonthD[md] > idx.round }

// freshAround reports whether a day of the month within a week of md is
// fresh (see freshMonthDay): the days a dateline's weekday or day word may
// name (see probeDays).
func (idx *corpusDays) freshAround(md monthDay) bool {
	return slices.ContainsFunc(weekAround(md), idx.freshMonthDay)
}

// freshDay is freshMonthDay for a day.
func (idx *corpusDays) freshDay(d day) bool { return idx.filedDay[d] > idx.round }

// report is a source found to tell of a probe's event, with how closely
// its kind matches the probe's (see kindStrength).
type report struct {
	source
	kinds    KindSet
	strength int
}

// found reports whether r is a source.
func (r report) found() bool { return r.article != nil }

// Which report of a day and name a probe takes (see sourceOf).
const (
	strongestFirst = iota // the first of the kind closest to the probe's
	earliest              // the first filed
)

// sourceOf returns the source filed under day and name dn that tells of
// probe's event (see verdict) and comes first, in filing order, among
// the strongest (order strongestFirst) or among all (earliest); a report
// with no source when there is none. exact says that the probe names dn's
// name itself (not only a related one).
func (idx *corpusDays) sourceOf(x *Extractor, dn dayName, probe *Candidate, exact bool, order int) report {
	return idx.sourceFrom(x, dn, probe, exact, order, allSources)
}

// sources says which sources sourceFrom asks: the folder's reports, the
// shipped calendar's occasions (corpus_calendar.go), or both.
type sources uint8

const (
	allSources sources = iota
	folderSources
	calendarSources
)

// asks reports whether sources of the calendar (or not) are asked.
func (w sources) asks(calendar bool) bool {
	return w == allSources || calendar == (w == calendarSources)
}

// sourceFrom is sourceOf among the sources which says.
func (idx *corpusDays) sourceFrom(x *Extractor, dn dayName, probe *Candidate, exact bool, order int, which sources) report {
	ds := idx.byDay[dn]
	if ds == nil {
		return report{}
	}
	var best report
	better := func(r report) bool {
		if !best.found() {
			return true
		}
		if order == strongestFirst && r.strength != best.strength {
			return r.strength > best.strength
		}
		return r.seq < best.seq
	}
	// Each kind's verdict is asked once, for both passes below.
	var room [8]verdict
	verdicts := room[:0]
	if len(ds.kinds) > len(room) {
		verdicts = make([]verdict, 0, len(ds.kinds))
	}
	for _, ks := range ds.kinds {
		var v verdict
		if which.asks(ks.sig.calendar) {
			v = x.verdict(probe, ks.sig, exact)
		}
		verdicts = append(verdicts, v)
	}
	// The kinds whose every source tells of the event first: they need
	// one look each.
	for k, ks := range ds.kinds {
		v := verdicts[k]
		if !v.match || v.needExact || v.needTwo || v.needParties {
			continue
		}
		if r := (report{ks.notOf(probe.Article), ks.sig.kinds, v.strength}); r.found() && better(r) {
			best = r
		}
	}
	// Then the kinds whose sources tell of it by their names: each set of
	// names is looked at once, and only until one filed later than the
	// best found could not come first.
	for k, ks := range ds.kinds {
		v := verdicts[k]
		if !v.match || !(v.needExact || v.needTwo || v.needParties) {
			continue
		}
		if best.found() && order == strongestFirst && best.strength > v.strength {
			continue
		}
		for _, ns := range ks.sets {
			// Sets come in the order of their first source: one filed
			// after the best found comes after it, unless it is stronger
			// (a kind of the probe's own that its parties decide).
			if best.found() && ns.first.seq >= best.seq && !(order == strongestFirst && v.strength > best.strength) {
				break
			}
			if v.needExact && !sharesNameWith(probe, ns.names) || v.needTwo && x.countShared(probe, ns.names) < 2 ||
				v.needParties && x.otherOccasion(probe, ks.sig.kinds.First(), ns.parties, ns.notOf(probe.Article).article) {
				continue
			}
			if r := (report{ns.notOf(probe.Article), ks.sig.kinds, v.strength}); r.found() && better(r) {
				best = r
			}
		}
	}
	return best
}

// verdict is what the rule says of a probe and the sources of a
// kindSig, before their names: whether they can tell of the probe's
// event, whether that needs a name the probe names too (needExact) or
// two names in common (needTwo), and the strength of the match.
type verdict struct {
	match, needExact, needTwo bool
	needParties               bool // see partiesVerdict
	strength                  int
}

// verdict returns the rule's verdict on probe and the sources of
// sig filed under one of probe's names (exact) or a name related to one
// of them. Every such source shares a name with the probe, itself or
// related: the name it is filed under.
func (x *Extractor) verdict(probe *Candidate, sig kindSig, exact bool) verdict {
	ek, pk := sig.kinds.First(), probe.Kind()
	if ek == Happening {
		return verdict{}
	}
	// The calendar's occasions are of every year: only a sentence that
	// names the occasion's kind tells of one (corpus_calendar.go), or
	// a summit by its body, which then is the kind it names first
	// (corpus_calendar_names.go). Not for the folder's reports: a
	// report of the folder is no curated day with its city, and talks
	// with a summit report of the folder are akin kinds, under the
	// guards of rule 13's akin answer (corpus_weekday_akin.go).
	if !probe.Kinds.Has(ek) {
		// Filed under its members, a summit is found through the
		// leaders' countries: not the probe's own names.
		if ek == Summit && sig.calendar && x.namesCalendarSummit(probe, exact || sig.byMembers) {
			pk = Summit
		} else if sig.calendar {
			return verdict{}
		}
	}
	if sig.byMembers && !x.namesMostMembers(probe) {
		return verdict{}
	}
	v := verdict{match: true, strength: 1}
	if ek == pk {
		v.strength = 2
	}
	// A name related but not the same (a leader and his country) says
	// less: Uzbek observers at Kazakhstan's referendum are no Uzbek
	// election. Such a match needs the same kind named first.
	v.needExact = ek != pk && !exact
	kinds := ek == pk || akin(ek, pk) || probe.Kinds.Has(ek) || sig.kinds.Has(pk)
	// The visit, the talks and the signing of the same leaders on the
	// same day are one occasion, told in other words; two names in
	// common make up for the different word.
	if !kinds {
		if !(occasion(ek) && occasion(pk)) {
			return verdict{}
		}
		v.needTwo = true
	}
	v.needParties = x.partiesVerdict(probe, ek)
	// A presidential election is not a parliamentary one.
	pq := sigOf(probe).quals
	if pq&presidentialQual != 0 && sig.quals&parliamentaryQual != 0 || pq&parliamentaryQual != 0 && sig.quals&presidentialQual != 0 {
		return verdict{}
	}
	return v
}

// sharesNameWith reports whether probe names one of names itself.
func sharesNameWith(probe *Candidate, names []string) bool {
	for _, list := range [2][]string{probe.Places(), probe.Actors()} {
		for _, id := range list {
			if _, ok := slices.BinarySearch(names, id); ok {
				return true
			}
		}
	}
	return false
}

// countShared is how many of probe's names one of names is, or is
// related to (see related).
func (x *Extractor) countShared(probe *Candidate, names []string) int {
	n := 0
	for _, list := range [2][]string{probe.Places(), probe.Actors()} {
		for _, id := range list {
			if x.relatedToAny(id, names) {
				n++
			}
		}
	}
	return n
}

// yearOfDay returns the year of day d when it falls on the given day of
// the month, or 0.
func yearOfDay(d day, month time.Month, dayOfMonth int) int {
	if t := d.date(); t.Month == month && t.Day == dayOfMonth {
		return t.Year
	}
	return 0
}
