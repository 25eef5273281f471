package discover

import (
	"slices"

	"github.com/caravan-analytics/caravan/data"
)

// A fire, a flood or a battle is told by one report with the city or the
// province it struck ("a fire at the Kostenko mine in the Karaganda
// region") and by another with the country alone ("the Emergencies
// Ministry of Kazakhstan said the fire broke out early on 28 October").
// Grouping joins candidates by a name they share, and the report that
// names only the country made an event of its own: "Fire in Kazakhstan"
// beside "Fire in Karaganda", the same day. joinWithin joins such a
// country-only event to the one event of its kind that day placed in a
// city or province of that country. Look-alikes stay apart: when two
// events of the kind that day lie in cities of the country, nothing tells
// which one the country-only report is of; a city of another country is
// another event; an earthquake is no flood (the refinements must agree).

// ground reports whether events of kind k happen at a spot of a country,
// where reports name the spot or the country alone, or only the leader who
// spoke of it (a day of mourning "declared by Tokayev").
// A death is one too (see sameDead).
func ground(k Kind) bool { return killing(k) || k == Protest || k == Commemoration || k == Death }

// gathering reports whether events of kind k are held in a city that a
// report may give by its country alone ("la conférence … en Ouzbékistan",
// the General Conference in Samarkand).
func gathering(k Kind) bool { return k == Meeting || k == Summit }

// How precisely a ground event's cluster is placed in its country: by a
// leader of it only, by the country, by a city or province of it.
const (
	byNothing = iota // no place and no person of a known country
	byLeader
	byCountry
	byCity
)

// anywhere is the country key under which every placed cluster is filed as
// well: a cluster placed by nothing ("the attacks of Sunday", in a report
// filed from Moscow) joins the one placed cluster of its kind that day,
// wherever it is, as a statement naming no one joins the one event of its
// kind on its date (see grouper.best).
const anywhere = "*"

// joinWithin applies the rule above to the day-precise clusters of ground
// kinds: a cluster placed less precisely (by its country, or only by a
// leader of the country) joins the one cluster of its kind that day placed
// most precisely in that country, when exactly one is. byID gives each
// place and person its country. The clusters keep their order; the more
// precise cluster takes the other's members.
func joinWithin(clusters []*Cluster, byID map[string]*data.Name) []*Cluster {
	type key struct {
		kind     Kind
		from, to day
		country  string
	}
	at := map[*Cluster]placement{}
	byKey := map[key][]*Cluster{}
	for _, cl := range clusters {
		if cl.Span.Precision() != data.Day || !ground(cl.kind) && !gathering(cl.kind) && !spaceflight(cl) {
			continue
		}
		p, ok := placing(cl, byID)
		if !ok || gathering(cl.kind) && p.level < byCountry {
			// A meeting named only by a leader, or by nothing, may be
			// any of the leader's meetings that day: only one named by
			// its country is told as the one in its city.
			continue
		}
		at[cl] = p
		if p.level > byNothing {
			k := key{cl.kind, cl.from, cl.to, anywhere}
			byKey[k] = append(byKey[k], cl)
		}
		for _, country := range p.countries {
			k := key{cl.kind, cl.from, cl.to, country}
			byKey[k] = append(byKey[k], cl)
		}
	}
	gone := folded{}
	for _, cl := range clusters {
		p, ok := at[cl]
		if !ok || p.level == byCity {
			continue
		}
		var into *Cluster
		n := 0
		for _, country := range p.countries {
			// The most precise clusters of the kind that day in the country.
			var top []*Cluster
			level := p.level
			for _, c := range byKey[key{cl.kind, cl.from, cl.to, country}] {
				switch l := at[c].level; {
				case c == cl || gone[c] || l < level:
				case l > level:
					top, level = []*Cluster{c}, l
				default:
					top = append(top, c)
				}
			}
			if level == p.level {
				continue
			}
			for _, c := range top {
				if c != into && sameRefinement(cl, c) && sameDead(cl, c, byID) && sameSpaceStep(cl, c) {
					into = c
					n++
				}
			}
		}
		if n != 1 {
			continue // none, or two: nothing tells which
		}
		gone.fold(into, cl)
	}
	return gone.left(clusters)
}

// placement is how precisely a ground cluster is placed (byLeader,
// byCountry, byCity), and in which countries.
type placement struct {
	level     int
	countries []string
}

// placing tells how precisely a ground cluster is placed (see byLeader,
// byCountry, byCity) and in which countries, or false when it is not
// placed in one: a region, a place of no known country, leaders of several
// countries.
func placing(cl *Cluster, byID map[string]*data.Name) (placed placement, ok bool) {
	places := groundPlaces(cl, byID)
	local := map[string]bool{}
	for _, id := range places {
		if n := byID[id]; n != nil && n.Country != "" {
			local[n.Country] = true
		}
	}
	switch {
	case len(local) > 0:
		placed.level = byCity
		for c := range local {
			placed.countries = append(placed.countries, c)
		}
	case len(places) > 0 && allCountries(places):
		placed.level = byCountry
		placed.countries = places
	case len(places) > 0:
		return placed, false
	default:
		homes := map[string]bool{}
		for id := range cl.names {
			if n := byID[id]; n != nil && n.Kind == data.Person {
				if n.Country == "" {
					return placed, false
				}
				homes[n.Country] = true
			}
		}
		switch len(homes) {
		case 0:
			// Nothing in its own words but datelines and a paragraph's
			// cities: placed by nothing.
			placed.level, placed.countries = byNothing, []string{anywhere}
			return placed, true
		case 1:
		default:
			return placed, false
		}
		placed.level = byLeader
		for c := range homes {
			placed.countries = append(placed.countries, c)
		}
	}
	slices.Sort(placed.countries)
	return placed, true
}

// groundPlaces returns the places a cluster's dated members name in their
// own words, once each, datelines left out: where the report was filed is
// not where it happened. A cluster whose members name places only through
// their paragraphs (see Candidate.Context) takes the countries among them:
// a paragraph's city is as often its dateline's.
func groundPlaces(cl *Cluster, byID map[string]*data.Name) []string {
	var own, borrowed []string
	seen := map[string]bool{}
	for _, m := range cl.Members {
		if m.Undated {
			continue
		}
		for _, id := range m.Places() {
			if seen[id] || id == m.Dateline() {
				continue
			}
			if ownPlace(m, id) && sideCity(m, id, byID) {
				// A side's capital is its country (see sideCity).
				if country := byID[id].Country; !seen[country] {
					seen[country] = true
					own = append(own, country)
				}
				continue
			}
			switch {
			case ownPlace(m, id) && !notHere(m, id, nil):
				seen[id] = true
				own = append(own, id)
			case !ownPlace(m, id) && countries()[id]:
				borrowed = append(borrowed, id)
			}
		}
	}
	if len(own) > 0 {
		return own
	}
	slices.Sort(borrowed)
	return slices.Compact(borrowed)
}

// allCountries reports whether every place of ids is a country.
func allCountries(ids []string) bool {
	for _, id := range ids {
		if !countries()[id] {
			return false
		}
	}
	return true
}

// sameRefinement reports whether two clusters' refinements of what
// happened agree: an earthquake is no flood. A cluster that names none
// agrees with any.
func sameRefinement(a, b *Cluster) bool {
	qa, qb := refinements(a), refinements(b)
	if qa == 0 || qb == 0 {
		return true
	}
	return qa&qb != 0
}

// refinements returns the set of the disaster refinements a cluster's
// members name, one bit each.
func refinements(cl *Cluster) int {
	set := 0
	for _, m := range cl.Members {
		for q := range m.quals.all() {
			for i, r := range []qualifier{qEarthquake, qFlood, qHeat, qFire, qEclipse, qOffensive, qStorm, qCold, qDrought, qEruption} {
				if q == r {
					set |= 1 << i
				}
			}
		}
	}
	return set
}
