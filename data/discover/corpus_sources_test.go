package discover

import (
	"context"
	"hash/maphash"
	"slices"
	"testing"

	"github.com/caravan-analytics/caravan/data"
	"github.com/caravan-analytics/caravan/data/synthetic"
)

// TestSourceIndexAnswersAsTheExhaustiveScan checks the corpus-year
// index on a generated corpus: for the sentence of every open date (a
// year-less day, a weekday of a month) and every day and name the pass
// asks about, the source the index gives is the one that comparing the
// sentence with every source filed under that day and name gives, by the
// rule written candidate by candidate (sameEvent below): the first of
// the strongest, or the first of all.
func TestSourceIndexAnswersAsTheExhaustiveScan(t *testing.T) {
	fsys := synthetic.GenerateFS(1500, 7)
	cur, err := data.LoadCurated(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c, err := data.Build(context.Background(), fsys, "synthetic", cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(c.Names)
	st := newMentionStash(c.Articles)
	per, err := extractAll(context.Background(), c, x, st, func(int, int) {})
	if err != nil {
		t.Fatal(err)
	}
	st.restoreAll()
	all := make([]int, len(per))
	for i := range all {
		all[i] = i
	}
	idx := newCorpusDays()
	idx.file(per, all)
	ref := exhaustiveSources(per, idx.seed)

	s := x.NewScanner()
	var asked, strong, weak, none, ownSkipped, byNames, byParties int
	check := func(probe *Candidate, d day, id string, exact bool) {
		asked++
		list := ref[dayName{d, id}]
		for order, want := range [2]*Candidate{firstStrongest(x, probe, list), firstMatch(x, probe, list)} {
			got := idx.sourceOf(x, dayName{d, id}, probe, exact, []int{strongestFirst, earliest}[order])
			if !sameSource(probe, got, want) {
				t.Fatalf("%s, day %s, name %s, order %d, probe %v %v %v %v: the index gives %+v %v, the scan %+v", probe.Article.ID, d.date(), id, order, probe.Kind(), probe.Kinds, probe.Places(), probe.Actors(), got, got.set, want)
			}
			if order == 1 {
				continue
			}
			// A source of the probe's kind that its parties set apart
			// (another guest, another city): the index must pass it by.
			for _, e := range list {
				if e.Article != probe.Article && e.Kind() == probe.Kind() && !sameEvent(x, probe, e) && x.partiesVerdict(probe, e.Kind()) {
					var h maphash.Hash
					_, setHash := nameSet(e, &h)
					if who, _ := partiesOf(e, setHash, &h); x.otherOccasion(probe, e.Kind(), who, e.Article) {
						byParties++
						break
					}
				}
			}
			switch {
			case want == nil:
				none++
			case want.Kind() == probe.Kind():
				strong++
			default:
				weak++
				// A source whose kind alone does not decide: its names do.
				if v := x.verdict(probe, sigOf(want), exact); v.needExact || v.needTwo {
					byNames++
				}
			}
			if want != nil && slices.ContainsFunc(list[:slices.Index(list, want)], func(e *Candidate) bool { return e.Article == probe.Article }) {
				ownSkipped++
			}
		}
	}
	for i, a := range c.Articles {
		o := openIn(a, i, nil)
		for _, y := range o.yearless {
			probe, ok := s.describe(a, y.Mention, data.Span{Start: data.DayDate(2000, y.Month, y.Day)})
			if !ok {
				continue
			}
			for pass := range 3 {
				for _, id := range x.namesFor(names(&probe), pass) {
					md := monthDay{y.Month, y.Day}
					days := idx.byMonthDay[monthDayName{md, id}]
					for dn := range ref {
						if dn.name == id && dn.day.date().Month == y.Month && dn.day.date().Day == y.Day && !slices.Contains(days, dn.day) {
							t.Fatalf("day %s under %s is not among the days of %v", dn.day.date(), id, md)
						}
					}
					for _, d := range days {
						check(&probe, d, id, pass < 2)
					}
				}
			}
		}
		for _, packed := range o.weekdays {
			w := packed.open()
			probe, ok := s.describe(a, w.Mention, w.Window)
			if !ok {
				continue
			}
			from, to := daysOf(w.Window)
			for pass := range 3 {
				for _, id := range x.namesFor(names(&probe), pass) {
					for d := from; d < to; d++ {
						check(&probe, d, id, pass < 2)
					}
				}
			}
		}
	}
	t.Logf("%d questions: %d answered by a source of the probe's kind, %d of another kind (%d by its names), %d by none; %d past a source of the probe's own article; %d with a source of the probe's kind set apart by its parties", asked, strong, weak, byNames, none, ownSkipped, byParties)
	if strong == 0 || weak == 0 || byNames == 0 || none == 0 || ownSkipped == 0 || byParties == 0 {
		t.Fatal("the corpus does not try every kind of answer")
	}
}

// sameSource reports whether the index's report is candidate want, as
// strong as want is for probe.
func sameSource(probe *Candidate, got report, want *Candidate) bool {
	if want == nil || !got.found() {
		return want == nil && !got.found()
	}
	set, _ := nameSet(want, &maphash.Hash{})
	return got.article == want.Article && got.span == want.span && got.kinds == want.Kinds && slices.Equal(got.set.names, set) &&
		(got.strength == 2) == (want.Kind() == probe.Kind())
}

// exhaustiveSources files every source under its days and names, once
// for what it says, as the index files them, in a plain list per day and
// name.
func exhaustiveSources(per [][]Candidate, seed maphash.Seed) map[dayName][]*Candidate {
	var h maphash.Hash
	h.SetSeed(seed)
	out, seen := map[dayName][]*Candidate{}, map[said]bool{}
	for i := range per {
		for j := range per[i] {
			c := &per[i][j]
			if c.Undated || c.Kind() == Happening || c.Span().Precision() != data.Day || len(c.Places())+len(c.Actors()) == 0 {
				continue
			}
			what := saysWhat(c, &h)
			for d := c.from; d < c.to && d < c.from+maxSourceDays; d++ {
				for _, list := range names(c) {
					for _, id := range list {
						if k := (said{d, id, what}); !seen[k] {
							seen[k] = true
							out[dayName{d, id}] = append(out[dayName{d, id}], c)
						}
					}
				}
			}
		}
	}
	return out
}

// firstStrongest returns the first candidate of list that tells of
// probe's event with the strongest kind (the same kind first), or nil.
func firstStrongest(x *Extractor, probe *Candidate, list []*Candidate) *Candidate {
	var best *Candidate
	for _, e := range list {
		if sameEvent(x, probe, e) && (best == nil || e.Kind() == probe.Kind() && best.Kind() != probe.Kind()) {
			best = e
		}
	}
	return best
}

// firstMatch returns the first candidate of list that tells of probe's
// event, or nil.
func firstMatch(x *Extractor, probe *Candidate, list []*Candidate) *Candidate {
	for _, e := range list {
		if sameEvent(x, probe, e) {
			return e
		}
	}
	return nil
}

// sameEvent is the rule as the pass first applied it, to every pair of
// candidates: candidate e, of another article, tells of the event probe
// tells of when their kinds agree (the same, akin, or one the other
// names; or, for two diplomatic occasions, two names in common), they
// share a name (a related one only when the kind is the same), and no
// refinement differs (a presidential election is not a parliamentary
// one).
func sameEvent(x *Extractor, probe, e *Candidate) bool {
	if e.Article == probe.Article || e.Kind() == Happening {
		return false
	}
	if e.Kind() != probe.Kind() && !sharesNameExactly(probe, e) {
		return false
	}
	shared := 0
	for _, list := range [2][]string{probe.Places(), probe.Actors()} {
		for _, id := range list {
			if x.relatedToAny(id, e.Places()) || x.relatedToAny(id, e.Actors()) {
				shared++
			}
		}
	}
	kinds := e.Kind() == probe.Kind() || akin(e.Kind(), probe.Kind()) || probe.Kinds.Has(e.Kind()) || e.Kinds.Has(probe.Kind())
	if !kinds && !(occasion(e.Kind()) && occasion(probe.Kind()) && shared >= 2) {
		return false
	}
	// Talks, a visit or a signing of other guests, or an occasion in
	// another city, are another occasion (see otherOccasion).
	if x.partiesVerdict(probe, e.Kind()) {
		var h maphash.Hash
		_, setHash := nameSet(e, &h)
		if who, _ := partiesOf(e, setHash, &h); x.otherOccasion(probe, e.Kind(), who, e.Article) {
			return false
		}
	}
	for _, pair := range [][2]qualifier{{qPresidential, qParliamentary}} {
		if probe.quals.has(pair[0]) && e.quals.has(pair[1]) ||
			probe.quals.has(pair[1]) && e.quals.has(pair[0]) {
			return false
		}
	}
	return shared > 0
}

// sharesNameExactly reports whether probe and e name one name both.
func sharesNameExactly(probe, e *Candidate) bool {
	for _, list := range [2][]string{probe.Places(), probe.Actors()} {
		for _, id := range list {
			if slices.Contains(e.Places(), id) || slices.Contains(e.Actors(), id) {
				return true
			}
		}
	}
	return false
}
