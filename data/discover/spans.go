package discover

import (
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// Some events last more than a day, and their reports each give the day
// they saw: a two-day summit is "the summit on the 18th" in one report and
// "on the 19th" in another, a three-day vote is reported on each of its
// days. And a crash is told as "the crash" by one report and as "the
// dead" by another. mergeSpans joins such clusters into one event:
//
//   - a summit, an election or a referendum reported on consecutive days
//     (a vote with at most one day without a report between them) that names the same
//     place (or, for a vote, the same place or person) is one event over
//     those days. A summit of another organisation in the same city on the
//     next day is another event ("the EAEU summit, then the CSTO summit in
//     Minsk"), and so is the same vote a week or a year later;
//     A cluster dated only by datelines (the day a report was filed) adds
//     no day to an event;
//   - a vote of no country (a conclave: see qConclave) told on
//     consecutive days is one vote, whether or not its passages name a
//     place: "the cardinals entered the conclave yesterday", "elected pope
//     on Thursday", "a day after he was elected pope" name no place;
//   - deaths whose reports name nobody who died (see deathSubjects) on the
//     day of a disaster, an attack or fighting in a place they share are
//     that disaster's dead.

// spanGap is how many days without a report may lie between two days of
// one event: the second day of a three-day vote may go unreported. A
// summit's days are reported day by day; a day between is more often a
// plan put on the wrong day than a day nobody wrote of.
func spanGap(k Kind) day {
	if k == Summit {
		return 0
	}
	return 1
}

// maxSpanGap is the largest spanGap.
const maxSpanGap day = 1

// lasts reports whether events of kind k last several days as one event.
func lasts(k Kind) bool { return k == Summit || k == Election || k == Referendum }

// killing reports whether events of kind k leave dead.
func killing(k Kind) bool { return k == Disaster || k == Attack || k == Clash }

// mergeSpans joins the clusters that tell one event over several days,
// and the dead of a disaster to it (see above). The clusters keep their
// order; the one met first takes the others' members. Only clusters
// known to the day that share a name are compared, neighbours in time
// along each name: the work grows with the clusters, not their square.
func mergeSpans(clusters []*Cluster) []*Cluster {
	type entry struct {
		i     int
		names map[string]bool // the cluster's own names (see ownNames)
		orgs  map[string]bool // the organisations among them
		dead  bool            // deaths with nobody named who died
		filed bool            // dated only by datelines (see datelineDated)
		body  bool            // a vote of no country (see conclaveVote)
	}
	var entries []*entry
	byName := map[string][]*entry{}
	for i, cl := range clusters {
		if cl.Span.Precision() != data.Day {
			continue
		}
		e := &entry{i: i}
		switch {
		case lasts(cl.kind), killing(cl.kind):
		case cl.kind == Death && len(deathSubjects(cl.Members)) == 0:
			e.dead = true
		default:
			continue
		}
		e.names, e.orgs, e.filed = ownNames(cl), ownOrgs(cl), datelineDated(cl)
		entries = append(entries, e)
		for id := range e.names {
			byName[id] = append(byName[id], e)
		}
		if e.body = conclaveVote(cl); e.body {
			// A conclave's days often name nothing: they meet under one
			// key of their own, no name of the lists.
			byName[conclaveKey] = append(byName[conclaveKey], e)
		}
	}
	if len(entries) < 2 {
		return clusters
	}
	// Union-find over the entries, the root the cluster met first.
	sets := make(clusterSets, len(entries))
	nearByName(byName, clusters, func(e *entry) int { return e.i }, maxSpanGap, func(x, y *entry, _ string) {
		a, b := clusters[x.i], clusters[y.i]
		if (x.filed || y.filed) && (a.from != b.from || a.to != b.to) {
			return
		}
		if oneSpan(a, b, x.names, y.names, x.orgs, y.orgs, x.dead, y.dead) || x.body && y.body && consecutive(a, b) {
			sets.union(x.i, y.i)
		}
	})
	return foldIntoRoots(sets, clusters, entries, func(e *entry) int { return e.i }).left(clusters)
}

// oneSpan reports whether two day-precise clusters, a starting no later
// than b and within spanGap days of it, tell one event (see mergeSpans),
// given their own names, organisations and whether each is deaths with
// nobody named.
func oneSpan(a, b *Cluster, an, bn, ao, bo map[string]bool, aDead, bDead bool) bool {
	overlap := a.from < b.to && b.from < a.to
	switch {
	case aDead || bDead:
		// The dead of a disaster died on its day, in its place.
		if aDead == bDead || !overlap {
			return false
		}
		other := a
		if aDead {
			other = b
		}
		return killing(other.kind) && sharesPlace(an, bn)
	case !lasts(a.kind) || !consecutive(a, b):
		return false
	}
	// Another organisation's summit is another event, wherever it is.
	if len(ao) > 0 && len(bo) > 0 && !sharesAny(ao, bo) {
		return false
	}
	if sharesPlace(an, bn) {
		return true
	}
	// A vote is also told by the person it is about.
	return a.kind != Summit && sharesActor(an, bn)
}

// conclaveKey files the conclaves among mergeSpans' names; no id of the
// lists starts with a space.
const conclaveKey = " conclave"

// conclaveVote reports whether a cluster is a vote whose members speak of
// a conclave or a pope (see qConclave): a vote of no country, whose days
// are one vote though they name no place.
func conclaveVote(cl *Cluster) bool {
	return cl.kind == Election && slices.ContainsFunc(cl.Members, func(c *Candidate) bool { return c.quals.has(qConclave) })
}

// consecutive reports whether two day-precise clusters of one kind, a
// starting no later than b, may be days of one event by their dates: at
// most spanGap days apart, and not one inside the other's coarser days
// ("this week" and "on Saturday": grouping has decided whether they are
// one; a merge would make the event's date the coarser).
func consecutive(a, b *Cluster) bool {
	if a.kind != b.kind || b.from > a.to+spanGap(a.kind) {
		return false
	}
	return !(a.from < b.to && b.from < a.to) || a.from == b.from && a.to == b.to
}

// sharesPlace reports whether two sets of own names (see ownNames) share
// a place.
func sharesPlace(x, y map[string]bool) bool {
	for id, actor := range x {
		if other, ok := y[id]; ok && !actor && !other {
			return true
		}
	}
	return false
}

// sharesActor reports whether two sets of own names share an actor.
func sharesActor(x, y map[string]bool) bool {
	for id, actor := range x {
		if actor && y[id] {
			return true
		}
	}
	return false
}

func sharesAny(x, y map[string]bool) bool {
	for id := range x {
		if y[id] {
			return true
		}
	}
	return false
}

// ownOrgs returns the organisations the cluster's members name in their
// own words: the actors that are no people.
func ownOrgs(cl *Cluster) map[string]bool {
	set := map[string]bool{}
	for _, m := range cl.Members {
		if m.Context || m.Undated {
			continue
		}
		people := m.People()
		for _, id := range m.Actors() {
			if !slices.Contains(people, id) {
				set[id] = true
			}
		}
	}
	return set
}

// widen makes into's span cover from's as well: the days of a summit,
// from its first to its last.
func widen(into, from *Cluster) {
	if from.from >= into.from && from.to <= into.to {
		return
	}
	first, last := into.Span.Start, into.Span.Last()
	if from.from < into.from {
		first = from.Span.Start
	}
	if from.to > into.to {
		last = from.Span.Last()
	}
	into.Span = data.Span{Start: first}
	if last != first {
		into.Span.End = last
	}
	into.from, into.to = min(into.from, from.from), max(into.to, from.to)
}

// datelineDated reports whether every dated member of the cluster takes
// its date from a dateline ("Washington, 7 November. Kazinform – the
// President took part yesterday in the summit"): the day the report was
// filed, which is no day of the event.
func datelineDated(cl *Cluster) bool {
	for _, c := range cl.Members {
		if c.Undated {
			continue
		}
		p := c.Article.Paragraphs[c.Paragraph]
		for _, x := range c.evidence {
			if x.kind == clueDate && !datelineDate(c.Article.Text, p.Start, int(x.start), int(x.end)) {
				return false
			}
		}
	}
	return true
}

// datelineDate reports whether the date at text[start:end] of a paragraph
// beginning at pStart is its dateline's: near the paragraph's start and
// followed by a stop, a dash, a bracket or "电" ("ТБИЛИСИ, 27 окт —",
// "BERLÍN, 14 Jul. (EUROPA PRESS)", "新华社西安5月19日电"), not by the
// sentence ("On 18 May, the leaders…").
func datelineDate(text string, pStart, start, end int) bool {
	if start < pStart || start-pStart > agencyReach {
		return false
	}
	after := strings.TrimLeft(text[end:min(end+8, len(text))], " ")
	for _, mark := range []string{".", "—", "–", "-", "(", "|", "电"} {
		if strings.HasPrefix(after, mark) || strings.HasSuffix(text[start:end], mark) {
			return true
		}
	}
	return false
}
