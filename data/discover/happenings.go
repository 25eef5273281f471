package discover

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/caravan-analytics/caravan/data"
)

// Some happenings last days, and their reports each tell another day of
// them: a fortnight of unrest (the protests in one town, the fighting in
// the capital three days later, the day of mourning), a war's first days
// (the attack, the strikes of the day after), a disaster and what follows
// it (the crash, the death announced the next day, the funeral), a trip
// (the guest in one country, then in the next). An analyst expects one
// event with a span, from its first day to its last, each passage keeping
// its own day as evidence; discovery made one event a day.
//
// joinHappenings joins such days. Two day-precise events are days of one
// happening when
//
//   - their kinds are of one family (see familiesOf): unrest (protests,
//     fighting, attacks, a state of emergency, national mourning — not a
//     parade), an aftermath (a
//     disaster, deaths, a funeral, mourning, a state of emergency), a trip
//     (visits);
//   - they are tied the way that family's days are: unrest by a place
//     both name below a country (a town, a city, a province: a country
//     alone is too wide a tie, its protests and its war are not one);
//     an aftermath by such a place when one of the two is the disaster
//     (its deaths, mourning, funerals; a funeral and a crash two days
//     later in one city are two), or by the dead, a person both name
//     whom one of them tells died or was buried (the one who died is
//     buried days later elsewhere; a leader who speaks of two crashes
//     ties neither); a trip by its guest, a person
//     both name who is abroad in each (see guestsOf): the host's
//     visitors of two days are two visits;
//   - a country's national mourning is tied to the days of a place in it:
//     the mourning in Spain for the dead of the floods in Valencia;
//   - they lie at most happeningGap days apart, and the whole happening
//     spans at most happeningDays days: a war of months is not one event.
//
// What keeps days apart: other kinds (a summit and the state visit of the
// day after, an election and the protests after it), two disasters (a
// fire, then a flood: see oneHazard), no tie (protests in two towns of one
// country, two visitors of one host), more than
// happeningGap days without a report, a happening grown past
// happeningDays. Summits, votes and referendums told on consecutive days
// are mergeSpans' (spans.go); a dateline's day (the day a report was
// filed) adds no day to a happening.

// happeningGap is the most days without a report between two days of one
// happening: the unrest of Zhanaozen on the 2nd and of Almaty on the 5th
// are one.
const happeningGap day = 3

// happeningDays is the longest a happening may last, its first day to its
// last: long enough for a fortnight of unrest, short enough that the
// daily attacks of a war stay a series of events.
const happeningDays day = 14

// inCountry prefixes a country's id as the key under which joinHappenings
// files the days in its towns and its national mournings; no id of the
// lists starts with a space.
const inCountry = " in "

// maxHappeningDay is the longest span (the day after its last day less
// its first) a cluster may have to be a day of a happening: a visit "from
// 27 to 30 November" is one, "last week" (seven days) is no day of it.
const maxHappeningDay day = 5

// family is a set of the families of happenings a kind belongs to.
type family uint8

const (
	unrest family = 1 << iota
	aftermath
	trip
)

// familiesOf returns the families of happenings events of kind k are days
// of, 0 for none.
func familiesOf(k Kind) family {
	switch k {
	case Protest, Clash, Attack:
		return unrest
	case Emergency, Commemoration:
		return unrest | aftermath
	case Disaster, Death, Funeral:
		return aftermath
	case Visit:
		return trip
	}
	return 0
}

// joinHappenings applies the rule above to the day-precise clusters; the
// clusters keep their order, the one met first takes the others' members.
// byID tells people, places and their countries. Only clusters that
// share a name are compared, neighbours in time along each name.
func joinHappenings(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type entry struct {
		i      int
		kind   Kind
		fam    family
		local  map[string]bool // places below a country
		people map[string]bool
		dead   map[string]bool // people who died or are buried (see theDead)
		mourns map[string]bool // for a national mourning, the countries it names
		hazard qualList        // for a disaster, what struck (see hazards)
		within map[string]bool // the countries of its local places
		guests map[string]bool // people abroad (see guestsOf)
		host   string          // the country they are in
	}
	var entries []*entry
	byName := map[string][]*entry{}
	for i, cl := range clusters {
		fam := familiesOf(cl.kind)
		if cl.kind == Commemoration && !nationalMourning(cl) {
			fam = 0 // a parade or an anniversary is no day of unrest or grief
		}
		if fam == 0 || cl.Span.Precision() != data.Day || cl.to-cl.from > maxHappeningDay || datelineDated(cl) {
			continue
		}
		e := &entry{i: i, kind: cl.kind, fam: fam, local: map[string]bool{}, people: map[string]bool{}}
		for id, actor := range ownNames(cl) {
			n := byID[id]
			switch {
			case n == nil:
			case !actor && n.Kind == data.Place && n.Country != "":
				e.local[id] = true
			case actor && n.Kind == data.Person:
				e.people[id] = true
			}
		}
		if fam&trip != 0 {
			e.guests, e.host = guestsOf(cl, e.people, byID)
		}
		if fam&aftermath != 0 {
			e.dead = theDead(cl)
		}
		if cl.kind == Disaster {
			e.hazard = hazardsOf(cl)
		}
		e.within = map[string]bool{}
		for id := range e.local {
			e.within[byID[id].Country] = true
		}
		if cl.kind == Commemoration {
			e.mourns = map[string]bool{}
			for id, actor := range ownNames(cl) {
				if n := byID[id]; !actor && n != nil && n.Kind == data.Place && n.Country == "" {
					e.mourns[id] = true
				}
			}
		}
		if len(e.local)+len(e.people)+len(e.mourns) == 0 {
			continue
		}
		entries = append(entries, e)
		// A country's mourning meets the days in its towns under the
		// country's key.
		for id := range e.within {
			byName[inCountry+id] = append(byName[inCountry+id], e)
		}
		for id := range e.mourns {
			if !e.within[id] {
				byName[inCountry+id] = append(byName[inCountry+id], e)
			}
		}
		for id := range e.local {
			byName[id] = append(byName[id], e)
		}
		for id := range e.people {
			byName[id] = append(byName[id], e)
		}
	}
	if len(entries) < 2 {
		return clusters
	}
	// Union-find over the entries, the root the cluster met first; each
	// root keeps its happening's first day and the day after its last.
	sets := make(clusterSets, len(entries))
	span := make(map[int][2]day, len(entries))
	for _, e := range entries {
		span[e.i] = [2]day{clusters[e.i].from, clusters[e.i].to}
	}
	union := func(a, b int) {
		ra, rb := sets.find(a), sets.find(b)
		if ra == rb {
			return
		}
		sa, sb := span[ra], span[rb]
		joined := [2]day{min(sa[0], sb[0]), max(sa[1], sb[1])}
		if joined[1]-joined[0] > happeningDays {
			return
		}
		span[sets.join(ra, rb)] = joined
	}
	// tied reports whether the two entries' days are one happening's by
	// the name id they share.
	tied := func(x, y *entry, id string) bool {
		fam := x.fam & y.fam
		if !oneHazard(x.hazard, y.hazard) {
			return false // two disasters: a fire, then a flood
		}
		// A place ties the days of an aftermath through its disaster, on
		// its first day: a funeral in a city and a crash there two days
		// later are two. Deaths that name nobody who died ("died on the
		// night of the 26th in Shanghai") are the death of the next day
		// there. (x starts no later than y.)
		first := clusters[x.i].from == clusters[y.i].from
		cause := x.kind == Disaster || y.kind == Disaster && first ||
			x.kind == Death && y.kind == Death && (len(x.dead) == 0 || len(y.dead) == 0)
		if country, ok := strings.CutPrefix(id, inCountry); ok {
			return (fam&unrest != 0 || fam&aftermath != 0 && cause) && (x.mourns[country] && y.within[country] || y.mourns[country] && x.within[country])
		}
		switch {
		case fam&unrest != 0 && x.local[id] && y.local[id]:
			return true
		case fam&aftermath != 0 && x.local[id] && y.local[id] && cause:
			return true
		case fam&aftermath != 0 && x.people[id] && y.people[id] && (x.dead[id] || y.dead[id]):
			return true
		case fam&trip != 0 && x.guests[id] && y.guests[id]:
			return true
		}
		return false
	}
	nearByName(byName, clusters, func(e *entry) int { return e.i }, happeningGap, func(x, y *entry, id string) {
		if tied(x, y, id) {
			union(x.i, y.i)
		}
	})
	// Each happening's main day, as it was before the others joined: the
	// one the most articles tell (most often how it began: the crash, not
	// the funeral), the earliest on a tie.
	lead := map[int]*Cluster{}
	told := map[*Cluster]int{}
	days := map[int]int{}
	for _, e := range entries {
		r, cl := sets.find(e.i), clusters[e.i]
		days[r]++
		told[cl] = articlesIn(cl)
		if l := lead[r]; l == nil || told[cl] > told[l] || told[cl] == told[l] && cl.from < l.from {
			lead[r] = cl
		}
	}
	snapshot := map[int]*Cluster{}
	for r, l := range lead {
		if days[r] > 1 {
			c := *l
			c.Members = slices.Clone(l.Members)
			c.names = maps.Clone(l.names)
			c.parties = maps.Clone(l.parties)
			snapshot[r] = &c
		}
	}
	// A trip through several countries is titled by them all.
	trips := map[int][]*tripDay{}
	for _, e := range entries {
		if r := sets.find(e.i); snapshot[r] != nil && snapshot[r].kind == Visit && e.host != "" {
			trips[r] = append(trips[r], &tripDay{from: clusters[e.i].from, date: clusters[e.i].Span.Start, host: e.host, guests: e.guests})
		}
	}
	for r, trip := range trips {
		snapshot[r].title = tripTitle(trip, byID)
	}
	gone := foldIntoRoots(sets, clusters, entries, func(e *entry) int { return e.i })
	for r, l := range snapshot {
		clusters[r].lead, clusters[r].kind = l, l.kind
	}
	return gone.left(clusters)
}

// hazards are the refinements that say what struck in a disaster.
var hazards = func() (l qualList) {
	for _, q := range []qualifier{qEarthquake, qFlood, qHeat, qFire, qStorm, qCold, qDrought, qEruption, qCrash, qAccident, qExplosion} {
		l = l.with(q)
	}
	return l
}()

// hazardsOf returns what the cluster's members say struck.
func hazardsOf(cl *Cluster) qualList {
	var l qualList
	for _, m := range cl.Members {
		l |= m.quals & hazards
	}
	return l
}

// oneHazard reports whether two disasters' hazards may be one disaster's:
// either says none, they share one, or one is what the other set off (a
// storm's flood, a quake's or a crash's or an explosion's fire). A fire on
// one day and a flood two days later in one city are two disasters.
func oneHazard(a, b qualList) bool {
	if a == 0 || b == 0 || a&b != 0 {
		return true
	}
	caused := func(x, y qualList) bool {
		return x.has(qStorm) && y.has(qFlood) || (x.has(qEarthquake) || x.has(qCrash) || x.has(qExplosion)) && y.has(qFire)
	}
	return caused(a, b) || caused(b, a)
}

// articlesIn returns how many articles the cluster's members are from.
func articlesIn(cl *Cluster) int {
	seen := map[*data.Article]bool{}
	for _, m := range cl.Members {
		seen[m.Article] = true
	}
	return len(seen)
}

// theDead returns the people whom the cluster's words of death or
// funeral govern (see subjects).
func theDead(cl *Cluster) map[string]bool {
	out := map[string]bool{}
	for _, k := range []Kind{Death, Funeral} {
		count, _ := subjects(cl.Members, k)
		for id := range count {
			out[id] = true
		}
	}
	return out
}

// guestsOf returns the people among a visit cluster's own people who are
// abroad: from another country than the one its places lie in. The
// country is that of the place the members name most (a city stands for
// its country); nil when it is not known.
func guestsOf(cl *Cluster, people map[string]bool, byID map[string]*data.Name) (guests map[string]bool, host string) {
	best, most := "", 0
	for id, actor := range ownNames(cl) {
		n := byID[id]
		if actor || n == nil || n.Kind != data.Place {
			continue
		}
		country := n.Country
		if country == "" {
			country = id
		}
		if c := cl.names[id]; c > most || c == most && id < best {
			host, best, most = country, id, c
		}
	}
	if host == "" {
		return nil, ""
	}
	guests = map[string]bool{}
	for id := range people {
		if n := byID[id]; n.Country != "" && n.Country != host {
			guests[id] = true
		}
	}
	return guests, host
}

// tripTitle titles a trip through several countries by its one guest and
// the countries in the order of their first days: "Pope Leo XIV visits
// Turkey and Lebanon", where its main day alone would say "visits Ankara".
// days are the trip's days (visits) in any order; "" when they name no
// single guest or one country only.
func tripTitle(days []*tripDay, byID map[string]*data.Name) string {
	slices.SortStableFunc(days, func(x, y *tripDay) int { return cmp.Compare(x.from, y.from) })
	var guest string
	for id := range days[0].guests {
		if !slices.ContainsFunc(days, func(d *tripDay) bool { return !d.guests[id] }) {
			if guest != "" {
				return "" // two guests on every day: a delegation, no one's trip
			}
			guest = id
		}
	}
	var hosts []string
	for _, d := range days {
		if !slices.Contains(hosts, d.host) {
			hosts = append(hosts, d.host)
		}
	}
	if guest == "" || len(hosts) < 2 {
		return ""
	}
	names := make([]string, len(hosts))
	for i, id := range hosts {
		names[i] = withThe(byID[id].EnglishOn(days[0].date))
	}
	return byID[guest].EnglishOn(days[0].date) + " visits " + joinNames(names, len(names))
}

// tripDay is one day (a visit cluster) of a trip: its first day, where it
// was, and who was abroad there.
type tripDay struct {
	from   day
	date   data.Date
	host   string
	guests map[string]bool
}
